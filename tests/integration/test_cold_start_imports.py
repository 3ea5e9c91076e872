"""Cold start (issue #10): the unlock screen is shown before the database layer
is imported. SQLAlchemy and the ORM models (≈ 0.25–0.6 s of the start on the
build machine) come with the first unlock, or from the thread that prepares
the main window while the person types the passphrase."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from app.core.setup import CreatedVault

ROOT = Path(__file__).resolve().parents[2]

#: run ``balise`` as a person starts it; note the first import of each watched
#: module (time and thread) and when the smoke watcher saw the unlock screen
PROGRAM = textwrap.dedent(
    """
    import sys, threading, time
    WATCHED = ("sqlalchemy", "alembic", "app.storage.models", "app.core.audit")
    first = {}

    class Watch:
        def find_spec(self, name, path=None, target=None):
            if name in WATCHED and name not in first:
                first[name] = (time.time(), threading.current_thread().name)
            return None

    sys.meta_path.insert(0, Watch())
    from app.cli import main

    code = main(sys.argv[1:])
    for name, (at, thread) in first.items():
        print(f"imported {name} t={at:.3f} thread={thread}")
    sys.exit(code)
    """
)


def test_the_unlock_screen_is_shown_without_the_database_layer(
    make_vault: object, tmp_path: Path
) -> None:
    created: CreatedVault = make_vault(tmp_path / "coffre")  # type: ignore[operator]
    created.vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BALISE_SMOKE_FIRST_WINDOW="1")
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM, "--vault", str(tmp_path / "coffre")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    (shown,) = [line for line in lines if "window=UnlockWindow" in line]
    shown_at = float(shown.split("t=")[1].split()[0])
    early = [
        line
        for line in lines
        if line.startswith("imported ") and float(line.split("t=")[1].split()[0]) <= shown_at
    ]
    assert early == [], result.stdout
