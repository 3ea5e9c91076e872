"""A backup and its verification on a synthetic vault, against a plain file copy.

Usage:
    .venv/bin/python tests/benchmarks/synthetic_vault.py --out /tmp/balise-bench
    .venv/bin/python tests/benchmarks/bench_backup.py --vault /tmp/balise-bench/vault

(``--cases 2000 --followups 20000`` on the first command for a quick run.)
``--no-migrate`` backs a vault up at the schema revision it was built at: a
backup copies pages and counts the tables it finds, whatever the revision, and
migrating 100 000 cases first takes minutes.
The vault is unlocked with the benchmark passphrase; the backup is written
into a temporary folder (never the vault's own ``sauvegardes``), timed in its
phases (online copy through the backup API, verification: integrity checks
and row counts), and compared with ``shutil.copyfile`` of the same file.
Prints Markdown for docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.storage.backups import (  # noqa: E402
    BackupKind,
    read_backup,
    verify_copy,
    write_backup_set,
)
from app.storage.vault import Vault  # noqa: E402
from tests.benchmarks.synthetic_vault import BENCH_KDF, BENCH_LOGIN, BENCH_PASSPHRASE  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, default=Path("/tmp/balise-bench/vault"))
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-migrate", dest="migrate", action="store_false")
    args = parser.parse_args(argv)
    with Vault.open(args.vault) as vault:
        db = vault.unlock(BENCH_LOGIN, BENCH_PASSPHRASE, kdf=BENCH_KDF, migrate=args.migrate)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        size = db.path.stat().st_size
        key = db.key_copy()
        rows = []
        try:
            for _ in range(args.runs):
                with tempfile.TemporaryDirectory(dir=args.vault.parent) as tmp:
                    folder = Path(tmp)
                    phases: dict[str, float] = {}
                    started = time.perf_counter()

                    def progress(
                        phase: str, _done: int, _total: int, phases: dict[str, float] = phases
                    ) -> None:
                        phases.setdefault(phase, time.perf_counter())

                    info = write_backup_set(
                        db.path, vault.paths.keyring, key, vault.keyring.vault_id, folder,
                        BackupKind.MANUAL, progress=progress,
                    )  # fmt: skip
                    total = time.perf_counter() - started
                    copy = phases.get("verify", started) - started
                    verify_started = time.perf_counter()
                    opened = read_backup(info.path, key)
                    verify_copy(opened.db_path, key, opened.counts)
                    verify_again = time.perf_counter() - verify_started
                    plain_started = time.perf_counter()
                    shutil.copyfile(db.path, folder / "copie-brute.db")
                    with open(folder / "copie-brute.db", "rb") as handle:
                        os.fsync(handle.fileno())
                    plain = time.perf_counter() - plain_started
                    rows.append((total, copy, verify_again, plain, opened.counts.get("cases", 0)))
        finally:
            key.wipe()
    print(f"Vault: {size / 2**20:.0f} MiB, {rows[0][4]} cases, schema revision {revision}\n")
    print("| run | backup (copy + verify) | online copy | verification | plain file copy | ratio |")
    print("|---|---|---|---|---|---|")
    for n, (total, copy, verify, plain, _) in enumerate(rows, 1):
        print(
            f"| {n} | {total:.2f} s | {copy:.2f} s | {verify:.2f} s | {plain:.2f} s "
            f"| {total / plain:.1f}× |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
