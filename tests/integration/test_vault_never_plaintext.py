"""SECURITY.md #1: the vault is never plaintext.

A marker written through the application (a person's names, a follow-up, the
service's name) is found in no byte of any file of the vault folder (database,
WAL, shared memory, keyring, backups, lock, throttle file) nor of the log
folder, whether the vault is open or closed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from app.core import auth
from app.core.setup import CreatedVault
from app.errors import WrongPassphrase
from app.logging_setup import setup_logging
from app.paths import log_dir
from app.storage.backup import make_backup
from app.storage.models import FollowUp, Person, ServiceProfile
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, SERVICE, TEST_KDF
from tests.helpers.records import add_case
from tests.helpers.scan import SQLITE_HEADER, encodings_of, files_containing, files_under

MARKER = "Zébulon-Marqueur-7f3a"
# The ASCII tail catches a copy stored under any other encoding of "é".
PATTERNS = encodings_of(MARKER, "Marqueur-7f3a")


@pytest.fixture
def app_logging() -> Iterator[Path]:
    """The application's log file, in the (redirected) platform log folder."""
    root = logging.getLogger()
    level = root.level
    path = setup_logging()
    yield path
    for handler in [h for h in root.handlers if getattr(h, "balise", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


def write_markers(created: CreatedVault) -> None:
    db = created.vault.require_db()
    add_case(
        db,
        reference="2026-0007",
        first_name=MARKER,
        last_name=f"{MARKER}-nom",
        summary=f"Entretien : {MARKER} a peur de rentrer.",
    )
    logging.getLogger("app").info("case written")  # the log file is in use
    with db.session() as session:  # the marker really is stored
        assert session.scalar(select(Person.first_name)) == MARKER
        assert MARKER in session.scalar(select(FollowUp.summary))
        assert MARKER in session.scalar(select(ServiceProfile.name))


def assert_nothing_readable(folder: Path) -> None:
    files = files_under(folder, log_dir())
    assert folder / "balise.db" in files
    assert files_containing(files, PATTERNS) == []
    assert not (folder / "balise.db").read_bytes().startswith(SQLITE_HEADER)
    for path in files:
        assert not path.read_bytes().startswith(SQLITE_HEADER), path


def test_marker_is_in_no_file_while_the_vault_is_open(
    make_vault: Callable[..., CreatedVault], tmp_path: Path, app_logging: Path
) -> None:
    folder = tmp_path / "coffre"
    created = make_vault(folder, service=replace(SERVICE, name=f"Service {MARKER}"))
    write_markers(created)
    make_backup(created.vault.require_db(), created.vault.paths.backups, "test")

    wal = folder / "balise.db-wal"
    assert wal.stat().st_size > 0  # the latest pages are still in the WAL
    assert list(created.vault.paths.backups.iterdir())
    assert app_logging.exists()
    assert_nothing_readable(folder)


def test_marker_is_in_no_file_after_closing_and_reopening(
    make_vault: Callable[..., CreatedVault], tmp_path: Path, app_logging: Path
) -> None:
    folder = tmp_path / "coffre"
    created = make_vault(folder, service=replace(SERVICE, name=f"Service {MARKER}"))
    write_markers(created)
    make_backup(created.vault.require_db(), created.vault.paths.backups, "test")
    created.vault.close()
    assert_nothing_readable(folder)

    with Vault.open(folder) as vault:
        with pytest.raises(WrongPassphrase):  # a failure writes the throttle file
            auth.unlock(vault, LOGIN, f"{MARKER} phrase fausse", kdf=TEST_KDF)
        later = auth.UnlockThrottle(folder, clock=lambda: time.time() + 60)
        auth.unlock(vault, LOGIN, PASSPHRASE, kdf=TEST_KDF, throttle=later)
        with vault.require_db().session() as session:
            assert session.scalar(select(Person.first_name)) == MARKER
        assert_nothing_readable(folder)
    assert_nothing_readable(folder)


def test_scan_would_see_the_marker_in_a_plain_sqlite_file(tmp_path: Path) -> None:
    # Control: the same scan finds the marker in an unencrypted database.
    import sqlite3

    for encoding in ("UTF-8", "UTF-16le"):
        path = tmp_path / f"plain-{encoding}.db"
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA encoding = '{encoding}'")
        conn.execute("CREATE TABLE t (v TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", (MARKER,))
        conn.commit()
        conn.close()
        assert path.read_bytes().startswith(SQLITE_HEADER)
        assert files_containing([path], PATTERNS)
