"""The only place where database connections are made.

Each connection is keyed with the raw 32-byte database key as its very first
statement, then SQLCipher 4 compatibility is pinned, the key is verified with
a read, and the pragmas of DESIGN.md are applied. The key never appears in an
engine URL: SQLAlchemy gets a ``creator`` function and the sqlcipher3 module.
There is no fallback to the standard ``sqlite3`` module: without sqlcipher3
the application refuses to run (fail closed).
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.errors import EncryptionUnavailable, VaultDamaged, WrongPassphrase
from app.i18n import tr
from app.security.keys import SecretKey, derive_subkey, wipe

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 64 * 1024
AUDIT_KEY_PURPOSE = b"balise audit chain v1"
#: key of ``Session.info`` holding the audit chain's HMAC key
AUDIT_KEY_INFO = "balise_audit_key"


_quietened = False


def load_sqlcipher() -> ModuleType:
    """Import sqlcipher3's DB-API module or refuse to run."""
    global _quietened
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise EncryptionUnavailable(
            tr(
                "Le chiffrement (SQLCipher) n'est pas disponible sur cet ordinateur : "
                "Balise refuse de démarrer pour ne pas écrire de données en clair. "
                "Réinstallez l'application."
            )
        ) from None
    if not _quietened:
        # SQLCipher prints its own diagnostics on stderr (dozens of lines for a
        # damaged file); Balise reports problems in French and logs what it needs.
        _quietened = True
        conn = dbapi2.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
    return dbapi2


def damaged_database_message() -> str:
    return tr(
        "Le fichier du coffre est endommagé ou ne peut pas être déchiffré. "
        "Restaurez la dernière sauvegarde du coffre."
    )


def connect_raw(db_path: Path, key: SecretKey, *, create: bool = False) -> Any:
    """Open one keyed and verified sqlcipher3 connection (DB-API level)."""
    dbapi = load_sqlcipher()
    if not create and not db_path.exists():
        raise VaultDamaged(damaged_database_message())
    conn = dbapi.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        # 1. The key is the first statement. Raw-key syntax: no PBKDF2 on top of Argon2id.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        # 2. Verify: a wrong key or a foreign file fails on the first read.
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi.DatabaseError:
            raise WrongPassphrase(
                tr("La clé ne correspond pas à ce coffre, ou le fichier est endommagé.")
            ) from None
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise EncryptionUnavailable(
                tr("La connexion à la base n'est pas chiffrée : Balise refuse de continuer.")
            )
        # 3. Pragmas.
        for pragma in (
            "PRAGMA foreign_keys = ON",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
            "PRAGMA temp_store = MEMORY",
            # 64 MiB of decrypted pages per connection: SQLCipher pays AES + HMAC for
            # every page read from disk, so a warm cache keeps it near plain SQLite
            # (docs/PERFORMANCE.md). The cache is freed when the engine is disposed.
            f"PRAGMA cache_size = -{CACHE_KIB}",
            "PRAGMA trusted_schema = OFF",
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        ):
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


class Database:
    """An open, keyed vault database: engine, sessions, and the key they use.

    It keeps its own copy of the key; :meth:`close` disposes the engine (every
    pooled connection is closed) and overwrites that copy.
    """

    def __init__(self, db_path: Path, key: SecretKey, *, create: bool = False) -> None:
        dbapi = load_sqlcipher()
        self.path = db_path
        self._key = key.copy()

        def creator() -> Any:
            return connect_raw(db_path, self._key, create=create)

        self.engine: Engine = create_engine(
            "sqlite://",
            creator=creator,
            module=dbapi,
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=2,
        )
        event.listen(self.engine, "connect", _disable_driver_transactions)
        event.listen(self.engine, "begin", _emit_begin)
        # The audit trail's HMAC key travels with every session (session.info),
        # so core services can append to the chain inside their own transaction.
        self._audit_key = derive_subkey(self._key, AUDIT_KEY_PURPOSE)
        self.sessions = sessionmaker(
            self.engine, expire_on_commit=False, info={AUDIT_KEY_INFO: self._audit_key}
        )

    @property
    def is_open(self) -> bool:
        return not self._key.is_wiped

    def key_copy(self) -> SecretKey:
        """A copy of the key, for a backup or a raw connection (wipe it after)."""
        return self._key.copy()

    def session(self) -> Session:
        """A new ORM session (use as a context manager, one per use case)."""
        return self.sessions()

    def raw_connection(self) -> Any:
        """A keyed DB-API connection outside the pool (caller closes it)."""
        return connect_raw(self.path, self._key)

    def cipher_version(self) -> str:
        """SQLCipher's version as reported by a live connection."""
        with self.engine.connect() as conn:
            return str(conn.exec_driver_sql("PRAGMA cipher_version").scalar() or "")

    def close(self) -> None:
        self.engine.dispose(close=True)
        self._key.wipe()
        wipe(self._audit_key)


def _disable_driver_transactions(dbapi_conn: Any, _record: Any) -> None:
    # Let SQLAlchemy emit BEGIN itself (SQLAlchemy's documented pysqlite recipe).
    dbapi_conn.isolation_level = None


def _emit_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")
