"""Cold start to the unlock screen, and unlock time (key derivation and the rest).

Usage: .venv/bin/python tests/benchmarks/bench_startup.py [--runs 10]

Creates a vault with production key-derivation parameters (tuned on this
machine) in a temporary folder, then:
- starts ``python -m app`` per run (the command line, the application and
  the controller, as a person starts Balise; offscreen Qt); the time is
  measured from before the process is spawned until the unlock screen has
  been shown and painted (``BALISE_SMOKE_FIRST_WINDOW``, app/ui/smoke.py);
- unlocks in-process, timing Argon2id and the rest (opening the encrypted
  database, schema check, user session, settings) separately.
Prints Markdown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def cold_start(vault: Path, runs: int) -> list[float]:
    """``python -m app --vault <vault>`` as a person starts it (the CLI, the
    application, the controller), until the unlock screen has been shown and
    painted: the smoke watcher (``app/ui/smoke.py``) stamps the time one event
    loop turn after the window's show event, then quits."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BALISE_SMOKE_FIRST_WINDOW="1")
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-m", "app", "--vault", str(vault)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        shown = [line for line in out.stdout.splitlines() if "window=UnlockWindow" in line]
        assert shown, out.stdout + out.stderr
        times.append(float(shown[0].split("t=")[1].split()[0]) - start)
    return times


def unlock_times(vault: Path, login: str, passphrase: str, runs: int) -> tuple[list, list]:
    from app.core.auth import load_user_session
    from app.core.settings import load_settings
    from app.storage.vault import Vault

    kdf_times, rest_times = [], []
    for _ in range(runs):
        with Vault.open(vault) as v:
            start = time.perf_counter()
            key = v.keyring.unlock_user(login, passphrase)  # Argon2id + AES-GCM unwrap
            kdf_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            v._open_database(key, migrate=True)  # keyed connection, checks, schema
            with v.require_db().session() as s:
                load_settings(s)
            load_user_session(v, login)
            rest_times.append(time.perf_counter() - start)
    return kdf_times, rest_times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    from app.core.setup import CoordinatorInfo, ServiceInfo, create_service_vault

    passphrase = "banc d'essai du démarrage à froid"
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "coffre"
        created = create_service_vault(
            vault,
            ServiceInfo(name="Service de mesure", commune_code="62009"),
            CoordinatorInfo(full_name="Mesure", login="mesure"),
            passphrase,
        )
        params = created.vault.keyring.user_slot("mesure").kdf  # type: ignore[union-attr]
        created.vault.close()
        starts = cold_start(vault, args.runs)
        kdf, rest = unlock_times(vault, "mesure", passphrase, max(3, args.runs // 2))

    def row(name: str, values: list[float]) -> str:
        ms = sorted(v * 1000 for v in values)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        return f"| {name} | {statistics.median(ms):.0f} ms | {p95:.0f} ms | {len(ms)} |"

    print(
        f"Argon2id parameters tuned on this machine: {params.memory_kib // 1024} MiB, "
        f"t={params.iterations}, p={params.lanes}\n"
    )
    print("| measure | median | p95 | runs |")
    print("|---|---|---|---|")
    print(row("cold start to the painted unlock screen (new process)", starts))
    print(row("unlock: Argon2id key derivation", kdf))
    print(row("unlock: the rest (open database, schema check, session)", rest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
