"""SECURITY.md #3: the key is the first statement on every connection and never
appears in an engine URL, a log record or an exception.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2

from app.core import auth
from app.core.setup import CreatedVault
from app.errors import VaultDamaged, WrongPassphrase
from app.security.keys import SecretKey
from app.storage.backup import make_backup, verify_database_file
from app.storage.engine import Database
from app.storage.migrations import upgrade_to
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.records import add_case

NEW_PASSPHRASE = "lanterne bleue sur le quai de Huy"
WRONG_PASSPHRASE = "phrase inventée par un voleur"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vaults" / "rev0001"
KEY_PRAGMA = re.compile(r"""^PRAGMA key = "x'([0-9a-f]{64})'"$""")


class RecordingConnection:
    """A sqlcipher3 connection that records every statement given to ``execute``."""

    def __init__(self, real: Any) -> None:
        object.__setattr__(self, "_real", real)
        object.__setattr__(self, "statements", [])

    def execute(self, sql: str, *args: Any) -> Any:
        self.statements.append(sql)
        return self._real.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._real, name, value)


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[RecordingConnection]]:
    """Every connection sqlcipher3 opens from now on, recorded."""
    connections: list[RecordingConnection] = []
    real_connect = dbapi2.connect

    def connect(*args: Any, **kwargs: Any) -> RecordingConnection:
        conn = RecordingConnection(real_connect(*args, **kwargs))
        connections.append(conn)
        return conn

    monkeypatch.setattr(dbapi2, "connect", connect)
    yield connections


def secrets_in(text: str, secrets: list[str]) -> list[str]:
    return [s for s in secrets if s and s.lower() in text.lower()]


def exception_texts(exc: BaseException) -> list[str]:
    """str, repr and the formatted traceback of ``exc`` and of every chained exception."""
    texts = ["".join(traceback.format_exception(exc))]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), repr(current.args)]
        current = current.__cause__ or current.__context__
    return texts


def test_key_is_the_first_statement_of_every_connection(
    recorded: list[RecordingConnection], make_vault: Callable[..., CreatedVault]
) -> None:
    vault = make_vault().vault
    db = vault.require_db()
    add_case(db)
    held = [db.engine.connect() for _ in range(3)]
    for conn in held:
        conn.close()
    make_backup(db, vault.paths.backups, "test")
    hex_key = db.key_copy().hex()
    vault.lock()
    later = auth.UnlockThrottle(vault.paths.root, clock=lambda: time.time() + 60)
    auth.unlock(vault, LOGIN, PASSPHRASE, kdf=TEST_KDF, throttle=later)
    vault.require_db().cipher_version()

    assert len(recorded) >= 5  # pool, backup, its verification, after unlock
    for conn in recorded:
        match = KEY_PRAGMA.match(conn.statements[0])
        assert match, conn.statements[:2]
        assert match.group(1) == hex_key
        # the key never travels in any later statement except a keyed ATTACH (backup)
        for statement in conn.statements[1:]:
            assert hex_key not in statement or statement.startswith("ATTACH DATABASE")


def test_engine_url_and_reprs_never_hold_the_key(make_vault: Callable[..., CreatedVault]) -> None:
    db = make_vault().vault.require_db()
    hex_key = db.key_copy().hex()
    texts = [
        str(db.engine.url),
        repr(db.engine.url),
        db.engine.url.render_as_string(hide_password=False),
        repr(db.engine),
        repr(db),
        repr(db.key_copy()),
        str(db.engine.pool.status()),
    ]
    assert secrets_in(" ".join(texts), [hex_key]) == []
    assert "SecretKey(<hidden>)" in texts[5]


def test_no_log_record_holds_key_or_passphrase(
    caplog: pytest.LogCaptureFixture, make_vault: Callable[..., CreatedVault], tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy.engine")  # SQL echo with parameters
    caplog.set_level(logging.DEBUG, logger="sqlalchemy.pool")
    caplog.set_level(logging.DEBUG, logger="alembic")
    created = make_vault(tmp_path / "coffre")
    vault = created.vault
    db = vault.require_db()
    hex_key = db.key_copy().hex()
    add_case(db)
    make_backup(db, vault.paths.backups, "journal")
    upgrade_to(db, backup_dir=vault.paths.backups)
    auth.change_passphrase(vault, LOGIN, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
    vault.close()
    with Vault.open(tmp_path / "coffre") as reopened:
        with pytest.raises(WrongPassphrase):
            reopened.unlock(LOGIN, WRONG_PASSPHRASE, kdf=TEST_KDF)
        with pytest.raises(WrongPassphrase):
            Database(reopened.paths.db, SecretKey.generate()).cipher_version()
        reopened.unlock_with_recovery(created.recovery_code, kdf=TEST_KDF)
        add_case(reopened.require_db(), reference="2026-0002")
        reopened.lock()
        reopened.unlock(LOGIN, NEW_PASSPHRASE, kdf=TEST_KDF)
    # A real migration of an older vault, with its backup.
    old = tmp_path / "ancien"
    shutil.copytree(FIXTURE, old, ignore=shutil.ignore_patterns("expected.json"))
    fixture = json.loads((FIXTURE / "expected.json").read_text(encoding="utf-8"))
    with Vault.open(old) as migrated:
        user = fixture["users"][0]
        old_hex = migrated.unlock(user["login"], user["passphrase"], kdf=TEST_KDF).key_copy().hex()
    assert list((old / "sauvegardes").iterdir())

    assert any(r.name.startswith("sqlalchemy.engine") for r in caplog.records)  # echo was on
    assert any("Running upgrade 0001" in r.getMessage() for r in caplog.records)
    secrets = [hex_key, PASSPHRASE, NEW_PASSPHRASE, WRONG_PASSPHRASE, created.recovery_code]
    secrets += [old_hex, fixture["recovery_code"], *(u["passphrase"] for u in fixture["users"])]
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        if record.exc_info and record.exc_info[1] is not None:
            text += "".join(traceback.format_exception(record.exc_info[1]))
        assert secrets_in(text, secrets) == [], record.name
    assert secrets_in(caplog.text, secrets) == []


def test_wrong_passphrase_error_holds_no_secret(vault_dir: Path) -> None:
    with Vault.open(vault_dir) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
        hex_key = db.key_copy().hex()
        vault.lock()
        with pytest.raises(WrongPassphrase) as info:
            vault.unlock(LOGIN, WRONG_PASSPHRASE, kdf=TEST_KDF)
    for text in exception_texts(info.value):
        assert secrets_in(text, [hex_key, PASSPHRASE, WRONG_PASSPHRASE]) == []
    assert "phrase de passe incorrect" in str(info.value)


def test_wrong_raw_key_error_holds_no_key(vault_dir: Path) -> None:
    wrong = SecretKey.generate()
    wrong_hex = wrong.hex()
    db = Database(vault_dir / "balise.db", wrong)
    with pytest.raises(WrongPassphrase) as info:
        db.cipher_version()
    db.close()
    with pytest.raises(VaultDamaged) as backup_info:
        verify_database_file(vault_dir / "balise.db", wrong)
    for exc in (info.value, backup_info.value):
        for text in exception_texts(exc):
            assert secrets_in(text, [wrong_hex]) == []


def test_damaged_file_error_holds_no_key(vault_dir: Path) -> None:
    with Vault.open(vault_dir) as vault:
        hex_key = vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF).key_copy().hex()
    path = vault_dir / "balise.db"
    data = bytearray(path.read_bytes())
    for offset in range(4096, len(data), 4096):  # one byte in every page but the first
        data[offset + 100] ^= 0xFF
    path.write_bytes(bytes(data))
    errors: list[BaseException] = []
    with Vault.open(vault_dir) as vault:
        with pytest.raises(VaultDamaged) as info:
            vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
        assert not vault.is_unlocked
    errors.append(info.value)
    db = Database(path, SecretKey(bytes.fromhex(hex_key)))
    try:
        with db.session() as session:
            session.connection().exec_driver_sql("SELECT * FROM followups").fetchall()
    except Exception as exc:  # whatever SQLAlchemy raises must be clean too
        errors.append(exc)
    finally:
        db.close()
    assert len(errors) == 2
    for exc in errors:
        for text in exception_texts(exc):
            assert secrets_in(text, [hex_key, PASSPHRASE]) == []
    assert "Restaurez la dernière sauvegarde" in str(info.value)
