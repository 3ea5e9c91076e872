"""Smoke test of the built bundle (dist/balise/), run by scripts/smoke-bundle.sh.

The bundle is copied to a temporary folder outside the source tree and run
there with a fresh HOME, no virtual environment and no PYTHONPATH:

1. ``--version`` prints the version of pyproject.toml;
2. ``init`` (passphrase on standard input) then ``check`` on a new vault;
3. every stored fixture vault of a past revision (tests/fixtures/vaults/),
   copied, is migrated by the bundle (``audit verify`` unlocks, which backs up
   and migrates) and then passes ``check``. The fixtures' key slots use the
   test suite's weak Argon2id parameters, which the bundle rightly refuses:
   this script re-seals the copies' slots at the production minimum first
   (key slots only; the database is left for the bundle to migrate);
4. the GUI starts offscreen, shows the unlock screen and quits cleanly
   (``BALISE_SMOKE_FIRST_WINDOW=1``, app/ui/smoke.py), which also times the
   cold start; on an empty folder it shows the wizard;
5. forced errors give a French sentence and no traceback: a damaged database
   file, a corrupt keyring (CLI and GUI), a vault asked for under a file (an
   error Balise does not name: the generic sentence), the demo (not bundled).

Prints one line per check and ``N passed, N failed`` at the end; exits 1 on a
failure. ``--json FILE`` writes the timings (used for docs/PERFORMANCE.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.security.kdf import MINIMUM  # noqa: E402
from app.security.keyring import (  # noqa: E402
    KIND_RECOVERY,
    login_hash,
    open_slot,
    parse_keyring,
    save_keyring,
    seal_slot,
)
from app.security.keys import normalize_passphrase, normalize_recovery_code  # noqa: E402

PASSPHRASE = "lanterne du quai des Tanneurs"
LOGIN = "c.lambert"
TIMEOUT = 120
#: what must never reach the screen (SECURITY.md requirement 12)
TRACEBACK_MARKS = ("Traceback (most recent call last)", 'File "', "Error:")


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float

    @property
    def text(self) -> str:
        return self.out + self.err


@dataclass
class Smoke:
    exe: Path
    env: dict[str, str]
    cwd: Path
    passed: int = 0
    failed: list[str] = field(default_factory=list)
    timings: dict[str, object] = field(default_factory=dict)

    def run(self, *args: str, stdin: str = "", extra_env: dict[str, str] | None = None) -> Run:
        env = dict(self.env, **(extra_env or {}))
        start = time.time()
        try:
            done = subprocess.run(
                [str(self.exe), *args],
                input=stdin,
                capture_output=True,
                text=True,
                env=env,
                cwd=self.cwd,
                timeout=TIMEOUT,
            )
        except subprocess.TimeoutExpired as exc:
            return Run(-1, str(exc.stdout or ""), f"timeout after {TIMEOUT} s", time.time() - start)
        return Run(done.returncode, done.stdout, done.stderr, time.time() - start)

    def check(self, name: str, ok: bool, run: Run | None = None) -> bool:
        if ok:
            self.passed += 1
            print(f"ok    {name}" + (f"  ({run.seconds:.1f} s)" if run else ""), flush=True)
        else:
            self.failed.append(name)
            print(f"FAIL  {name}", flush=True)
            if run is not None:
                print(f"      exit {run.code}", flush=True)
                for line in run.text.strip().splitlines()[-15:]:
                    print(f"      | {line}", flush=True)
        return ok


def no_traceback(run: Run) -> bool:
    return not any(mark in run.text for mark in TRACEBACK_MARKS)


def french(run: Run, *words: str) -> bool:
    return all(word in run.text for word in words)


def smoke_lines(run: Run) -> list[dict[str, str]]:
    """The ``balise-smoke:`` lines of app/ui/smoke.py, as dictionaries."""
    found = []
    for line in run.out.splitlines():
        if line.startswith("balise-smoke: window="):
            head, _, text = line.partition(" text=")
            fields = dict(part.split("=", 1) for part in head.split()[1:])
            fields["text"] = text
            found.append(fields)
    return found


# -- fixture vaults --------------------------------------------------------------------


def reseal_at_minimum(folder: Path, expected: dict) -> None:
    """Re-seal every key slot of the copy ``folder`` at the production minimum."""
    path = folder / "keyring.json"
    keyring = parse_keyring(path.read_bytes())
    secrets: dict[str, bytes] = {}
    for user in expected["users"]:
        secrets[login_hash(keyring.vault_id, user["login"])] = normalize_passphrase(
            user["passphrase"]
        )
    recovery = normalize_recovery_code(expected["recovery_code"]).encode("ascii")
    for slot in list(keyring.slots):
        secret = recovery if slot.kind == KIND_RECOVERY else secrets[slot.login_hash or ""]
        dek = open_slot(keyring.vault_id, slot, secret, allow_weak=True)
        try:
            keyring.put_slot(
                seal_slot(
                    keyring.vault_id,
                    dek,
                    secret,
                    MINIMUM,
                    kind=slot.kind,
                    login_hash_value=slot.login_hash,
                    slot_id=slot.slot_id,
                )
            )
        finally:
            dek.wipe()
    save_keyring(path, keyring)


def check_fixtures(smoke: Smoke, work: Path) -> None:
    fixtures = sorted(
        p for p in (ROOT / "tests" / "fixtures" / "vaults").glob("rev*") if p.is_dir()
    )
    smoke.check("fixture vaults found", bool(fixtures))
    for fixture in fixtures:
        expected = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
        folder = work / "fixtures" / fixture.name
        shutil.copytree(fixture, folder, ignore=shutil.ignore_patterns("expected.json"))
        reseal_at_minimum(folder, expected)
        coordinator = expected["users"][0]
        creds = coordinator["passphrase"] + "\n"
        migrated = smoke.run(
            "audit", "verify", "--vault", str(folder), "--user", coordinator["login"], stdin=creds
        )
        smoke.check(
            f"{fixture.name}: opened and migrated, audit trail intact",
            migrated.code == 0 and no_traceback(migrated),
            migrated,
        )
        checked = smoke.run(
            "check", "--vault", str(folder), "--user", coordinator["login"], stdin=creds
        )
        smoke.check(
            f"{fixture.name}: check after migration",
            checked.code == 0 and french(checked, "Le coffre est intact") and no_traceback(checked),
            checked,
        )
        backups = (
            list((folder / "sauvegardes").glob("*")) if (folder / "sauvegardes").exists() else []
        )
        smoke.check(
            f"{fixture.name}: a backup was taken before migrating",
            bool(backups) or fixture.name == f"rev{head_of(fixtures)}",
        )


def head_of(fixtures: list[Path]) -> str:
    return fixtures[-1].name.removeprefix("rev")


# -- GUI --------------------------------------------------------------------------------


def gui_start(smoke: Smoke, vault: Path) -> tuple[Run, float | None]:
    start = time.time()
    run = smoke.run("gui", "--vault", str(vault), extra_env={"BALISE_SMOKE_FIRST_WINDOW": "1"})
    windows = smoke_lines(run)
    shown = float(windows[0]["t"]) - start if windows else None
    return run, shown


def check_gui(smoke: Smoke, vault: Path, work: Path, runs: int) -> None:
    starts: list[float] = []
    for i in range(runs):
        run, shown = gui_start(smoke, vault)
        windows = smoke_lines(run)
        ok = (
            run.code == 0
            and [w["window"] for w in windows] == ["UnlockWindow"]
            and "balise-smoke: quitting" in run.out
            and no_traceback(run)
        )
        if shown is not None:
            starts.append(shown)
        smoke.check(
            f"GUI offscreen: unlock screen shown, then quit cleanly (start {i + 1}: "
            f"{shown if shown is not None else float('nan'):.2f} s to the unlock screen)",
            ok,
            run,
        )
    if starts:
        smoke.timings["gui_to_unlock_seconds"] = starts
        smoke.timings["gui_to_unlock_median"] = statistics.median(starts)
    wizard = smoke.run(
        "gui", "--vault", str(work / "pas-encore"), extra_env={"BALISE_SMOKE_FIRST_WINDOW": "1"}
    )
    smoke.check(
        "GUI offscreen: an empty folder shows the set-up wizard",
        wizard.code == 0
        and [w["window"] for w in smoke_lines(wizard)] == ["SetupWizard"]
        and no_traceback(wizard),
        wizard,
    )


# -- forced errors ------------------------------------------------------------------------


def copy_vault(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("balise.lock", "sauvegardes"))
    return target


def damage_pages(db: Path) -> None:
    """Overwrite bytes in the middle of a few pages (SQLCipher's page HMACs notice)."""
    data = bytearray(db.read_bytes())
    page = 4096
    for number in range(1, max(2, len(data) // page)):
        offset = number * page + 100
        if offset + 64 <= len(data):
            data[offset : offset + 64] = bytes(64)
    db.write_bytes(bytes(data))


def check_errors(smoke: Smoke, vault: Path, work: Path) -> None:
    creds = PASSPHRASE + "\n"
    damaged = copy_vault(vault, work / "endommage")
    damage_pages(damaged / "balise.db")
    run = smoke.run("check", "--vault", str(damaged), "--user", LOGIN, stdin=creds)
    smoke.check(
        "damaged database: check says so in French (exit 1), no traceback",
        run.code == 1 and french(run, "endommagé") and no_traceback(run),
        run,
    )

    broken = copy_vault(vault, work / "trousseau")
    (broken / "keyring.json").write_text('{"format": 1, "slots": [', encoding="utf-8")
    run = smoke.run("check", "--vault", str(broken), "--user", LOGIN, stdin=creds)
    smoke.check(
        "corrupt keyring: check says so in French (exit 1), no traceback",
        run.code == 1 and french(run, "keyring.json", "sauvegarde") and no_traceback(run),
        run,
    )
    run = smoke.run("gui", "--vault", str(broken), extra_env={"BALISE_SMOKE_FIRST_WINDOW": "1"})
    boxes = [w for w in smoke_lines(run) if w["window"] == "QMessageBox"]
    smoke.check(
        "corrupt keyring: the GUI shows a French message box and stops (exit 1), no traceback",
        run.code == 1
        and len(boxes) == 1
        and "keyring.json" in boxes[0]["text"]
        and "Restaurez" in boxes[0]["text"]
        and no_traceback(run),
        run,
    )

    a_file = work / "un-fichier"
    a_file.write_text("", encoding="utf-8")
    run = smoke.run(
        "init",
        "--vault",
        str(a_file / "coffre"),
        "--service-name",
        "Service",
        "--coordinator-name",
        "Chloé Lambert",
        "--login",
        LOGIN,
        "--kdf-seconds",
        "0",
        stdin=creds * 2,
    )
    smoke.check(
        "vault under a file: named in French (exit 2), no traceback",
        run.code == 2 and french(run, "un fichier porte déjà ce nom") and no_traceback(run),
        run,
    )

    run = smoke.run("demo", "--no-gui", "--vault", str(work / "demo"), stdin="")
    smoke.check(
        "demo: not in the bundle, said in French (exit 1), no traceback",
        run.code == 1 and french(run, "démonstration n'est pas incluse") and no_traceback(run),
        run,
    )


# -- main -------------------------------------------------------------------------------


def bundle_env(home: Path) -> dict[str, str]:
    """A person's environment: fresh HOME, no venv, no PYTHONPATH, offscreen Qt."""
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "TMPDIR")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QT_QPA_PLATFORM="offscreen",
    )
    (home / "run").mkdir(parents=True, mode=0o700)
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "balise")
    parser.add_argument("--gui-runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="write the timings to this file")
    args = parser.parse_args()

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    with tempfile.TemporaryDirectory(prefix="balise-smoke-") as temp:
        work = Path(temp)
        if ROOT in work.resolve().parents:
            raise SystemExit("the temporary folder must be outside the source tree")
        bundle = work / "balise"
        shutil.copytree(args.dist, bundle, symlinks=True)
        exe = bundle / ("balise.exe" if sys.platform == "win32" else "balise")
        smoke = Smoke(exe=exe, env=bundle_env(work / "home"), cwd=work)
        size = sum(
            p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()
        )
        smoke.timings["bundle_bytes"] = size
        print(f"bundle copied to {bundle} ({size / 1e6:.0f} MB)", flush=True)

        run = smoke.run("--version")
        smoke.check(f"--version says Balise {version}", run.out.strip() == f"Balise {version}", run)

        vault = work / "coffre"
        run = smoke.run(
            "init",
            "--vault",
            str(vault),
            "--service-name",
            "Service d'aide aux victimes — Namur",
            "--commune",
            "5000",
            "--coordinator-name",
            "Chloé Lambert",
            "--login",
            LOGIN,
            "--kdf-seconds",
            "0",
            stdin=(PASSPHRASE + "\n") * 2,
        )
        smoke.check(
            "init: a new vault, recovery code printed",
            run.code == 0 and french(run, "Le coffre a été créé", "CODE DE RÉCUPÉRATION"),
            run,
        )
        run = smoke.run("check", "--vault", str(vault), "--user", LOGIN, stdin=PASSPHRASE + "\n")
        smoke.check(
            "check: the new vault is intact",
            run.code == 0 and french(run, "Le coffre est intact", "SQLCipher"),
            run,
        )
        steps: list[Callable[[], None]] = [
            lambda: check_fixtures(smoke, work),
            lambda: check_gui(smoke, vault, work, args.gui_runs),
            lambda: check_errors(smoke, vault, work),
        ]
        for step in steps:
            step()

    if args.json:
        args.json.write_text(json.dumps(smoke.timings, indent=2) + "\n", encoding="utf-8")
    print(f"smoke: {smoke.passed} passed, {len(smoke.failed)} failed")
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
