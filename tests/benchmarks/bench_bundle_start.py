"""Cold start of the built bundle to the unlock screen (docs/PERFORMANCE.md).

    bash scripts/build.sh
    .venv/bin/python tests/benchmarks/bench_bundle_start.py --runs 10 [--drop-caches]

Copies dist/balise/ outside the source tree, creates a vault with the bundle,
then starts the GUI offscreen ``--runs`` times with BALISE_SMOKE_FIRST_WINDOW=1
(app/ui/smoke.py) and reports the time from launching the process to the
unlock screen having been shown and the event loop having run once. With
``--drop-caches`` (root, Linux) the page cache is emptied before every start:
the files come from the disk, as after a reboot.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from smoke_bundle import LOGIN, PASSPHRASE, Smoke, bundle_env, gui_start  # noqa: E402


def drop_caches() -> None:
    subprocess.run(["sync"], check=True)
    Path("/proc/sys/vm/drop_caches").write_text("3\n", encoding="ascii")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "balise")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--drop-caches", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="balise-bench-") as temp:
        work = Path(temp)
        bundle = work / "balise"
        shutil.copytree(args.dist, bundle, symlinks=True)
        smoke = Smoke(exe=bundle / "balise", env=bundle_env(work / "home"), cwd=work)
        vault = work / "coffre"
        created = smoke.run(
            "init",
            "--vault",
            str(vault),
            "--service-name",
            "Service",
            "--coordinator-name",
            "Chloé Lambert",
            "--login",
            LOGIN,
            stdin=(PASSPHRASE + "\n") * 2,
        )
        if created.code != 0:
            print(created.text, file=sys.stderr)
            return 1
        times = []
        for _ in range(args.runs):
            if args.drop_caches:
                drop_caches()
            run, shown = gui_start(smoke, vault)
            if run.code != 0 or shown is None:
                print(run.text, file=sys.stderr)
                return 1
            times.append(shown)
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        kind = "page cache dropped before each start" if args.drop_caches else "page cache warm"
        print(f"bundle start to the unlock screen ({kind}), {len(times)} runs:")
        print(f"  median {statistics.median(times) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
        print(f"  min {times[0] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
