"""SECURITY.md #10: locking disposes the engine, closes every connection and
overwrites the key bytes we hold. (Emptying models and forms: tests/ui.)
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from sqlalchemy import select, text

from app.core.setup import CreatedVault
from app.security.keys import KeyLocked, SecretKey
from app.storage.models import Person
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.records import add_case


def test_lock_closes_connections_and_wipes_the_key(
    make_vault: Callable[..., CreatedVault],
) -> None:
    vault = make_vault().vault
    db = vault.require_db()
    add_case(db)
    engine = db.engine
    old_pool = engine.pool
    held = [engine.connect() for _ in range(2)]
    dbapi_connections = [c.connection.dbapi_connection for c in held]
    for conn in held:
        conn.close()  # back to the pool, still open
    assert old_pool.checkedin() == 2
    key_buffer = db._key._buf  # the very bytes the Database holds
    assert any(key_buffer)

    vault.lock()

    assert vault.db is None and not vault.is_unlocked
    assert not db.is_open
    assert db._key.is_wiped
    assert key_buffer == bytearray(len(key_buffer))  # overwritten in place, not just dropped
    for pool in (old_pool, engine.pool):
        assert pool.checkedin() == 0
        assert pool.checkedout() == 0
    for dbapi_conn in dbapi_connections:  # really closed, not only forgotten
        with pytest.raises(Exception, match="closed"):
            dbapi_conn.execute("SELECT 1")
    with pytest.raises(KeyLocked), db.session() as session:
        session.execute(text("SELECT count(*) FROM cases"))
    assert db.key_copy().is_wiped  # nothing left to copy
    with pytest.raises(KeyLocked):
        db.raw_connection()


def test_locked_vault_unlocks_again_with_a_fresh_engine(
    make_vault: Callable[..., CreatedVault],
) -> None:
    vault = make_vault().vault
    old = vault.require_db()
    add_case(old)
    vault.lock()
    new = vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
    assert new is not old and new.engine is not old.engine
    with new.session() as session:
        assert session.scalar(select(Person.first_name)) == "Hélène"
    assert not old.is_open


def test_close_also_releases_the_folder(make_vault: Callable[..., CreatedVault]) -> None:
    vault = make_vault().vault
    db = vault.require_db()
    vault.close()
    assert not db.is_open and vault.db is None
    with Vault.open(vault.paths.root) as again:  # the instance lock was released
        assert not again.is_unlocked


def test_secret_key_zeroes_the_buffer_it_was_given_and_its_own() -> None:
    given = bytearray(os.urandom(32))
    expected = bytes(given)
    key = SecretKey(given)
    assert given == bytearray(32)
    assert key.raw() == expected
    copy = key.copy()
    own = key._buf
    key.wipe()
    assert own == bytearray(32)
    assert key.is_wiped and not copy.is_wiped  # copies are wiped by their holder
    copy.wipe()
    assert copy.is_wiped
