"""Stress test of crash consistency (SECURITY.md #7), outside the default test run.

A forked writer commits batches of follow-ups plus a counter, one transaction
per batch, and is killed with SIGKILL at random moments; after every kill the
vault is reopened and checked (integrity_check, cipher_integrity_check, every
batch whole or absent, counter = complete batches).

    .venv/bin/python tests/benchmarks/stress_crash.py --kills 1000

Prints one summary line; exits 1 on any violation.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=1000, help="number of SIGKILLs (1000)")
    parser.add_argument("--batch-size", type=int, default=7, help="rows per transaction (7)")
    parser.add_argument(
        "--max-delay-ms",
        type=float,
        default=20.0,
        help="longest wait after the writer's last signal before a kill (20 ms)",
    )
    parser.add_argument(
        "--early-fraction",
        type=float,
        default=0.1,
        help="share of kills landing while the writer opens the vault (0.1)",
    )
    parser.add_argument("--seed", type=int, default=None, help="random seed (random)")
    parser.add_argument(
        "--folder", type=Path, default=None, help="keep the vault here (default: a temp folder)"
    )
    parser.add_argument(
        "--keep-going", action="store_true", help="do not stop at the first violation"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from app.security.keys import SecretKey
    from app.storage.engine import Database
    from app.storage.migrations import upgrade_to
    from tests.helpers.crash import kill_repeatedly
    from tests.helpers.records import add_case

    seed = args.seed if args.seed is not None else random.randrange(2**32)
    with tempfile.TemporaryDirectory(prefix="balise-stress-") as scratch:
        folder = args.folder or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        db_path = folder / "balise.db"
        if db_path.exists():
            print(f"{db_path} exists already; choose an empty folder", file=sys.stderr)
            return 2
        key = SecretKey.generate()
        db = Database(db_path, key, create=True)
        upgrade_to(db)
        case_id = add_case(db)
        db.close()  # no connection may cross a fork
        start = time.perf_counter()
        report = kill_repeatedly(
            db_path,
            key,
            case_id,
            kills=args.kills,
            batch_size=args.batch_size,
            max_delay=args.max_delay_ms / 1000,
            rng=random.Random(seed),
            early_fraction=args.early_fraction,
            stop_on_violation=not args.keep_going,
        )
        elapsed = time.perf_counter() - start
    for violation in report.violations:
        print(violation, file=sys.stderr)
    print(f"stress_crash seed={seed}: {report.summary()} in {elapsed:.1f} s")
    return 1 if report.violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
