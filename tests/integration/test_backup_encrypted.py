"""SECURITY.md #9 (part): a backup is an encrypted, verified, readable copy."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.core.setup import CreatedVault
from app.errors import VaultDamaged
from app.security.keys import SecretKey
from app.storage.backup import integrity_problems, make_backup, verify_database_file
from app.storage.engine import connect_raw
from tests.helpers.records import add_case
from tests.helpers.scan import SQLITE_HEADER, encodings_of, files_containing


def test_backup_is_encrypted_verified_and_holds_the_data(
    make_vault: Callable[..., CreatedVault],
) -> None:
    vault = make_vault().vault
    db = vault.require_db()
    add_case(db, first_name="Łucja", last_name="Ştefan-Backup", summary="Note du 3 mars")
    key = db.key_copy()

    path = make_backup(db, vault.paths.backups, "manuelle")

    assert path.parent == vault.paths.backups and path.suffix == ".db"
    assert list(vault.paths.backups.iterdir()) == [path]  # no .partial left
    assert not path.read_bytes().startswith(SQLITE_HEADER)
    assert files_containing([path], encodings_of("Ştefan-Backup", "Note du 3 mars")) == []
    verify_database_file(path, key)
    conn = connect_raw(path, key)
    try:
        assert integrity_problems(conn) == []
        row = conn.execute("SELECT first_name, last_name FROM people").fetchone()
        assert tuple(row) == ("Łucja", "Ştefan-Backup")
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    with pytest.raises(VaultDamaged):
        verify_database_file(path, SecretKey.generate())
