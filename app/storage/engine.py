"""The only place where database connections are made.

Each connection is keyed with the raw 32-byte database key as its very first
statement, then SQLCipher 4 compatibility is pinned, the key is verified with
a read, and the pragmas of DESIGN.md are applied. The key never appears in an
engine URL: SQLAlchemy gets a ``creator`` function and the sqlcipher3 module.
There is no fallback to the standard ``sqlite3`` module: without sqlcipher3
the application refuses to run (fail closed).
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import (
    BaliseError,
    DiskFull,
    EncryptionUnavailable,
    VaultAccessDenied,
    VaultDamaged,
    VaultFolderMissing,
    VaultReadOnly,
    WrongPassphrase,
)
from app.i18n import tr
from app.security.keys import SecretKey, derive_subkey, wipe
from app.storage.sqlcipher import load_sqlcipher as load_sqlcipher  # (re-exported)

if TYPE_CHECKING:
    from sqlalchemy import Engine, ExceptionContext
    from sqlalchemy.orm import Session

# SQLAlchemy is imported when a database is opened: the unlock screen, which
# only reads the messages and codes of this module, is shown without it
# (issue #10, cold start).

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 64 * 1024
AUDIT_KEY_PURPOSE = b"balise audit chain v1"
#: key of ``Session.info`` holding the audit chain's HMAC key
AUDIT_KEY_INFO = "balise_audit_key"


def damaged_database_message() -> str:
    return tr(
        "Le fichier du coffre est endommagé ou ne peut pas être déchiffré. "
        "Restaurez la dernière sauvegarde du coffre."
    )


# --- errors that come from the disk, not from the data ---------------------------------
#
# SQLite reports a full disk as SQLITE_FULL when a write fails, but as a bare
# "disk I/O error" (SQLITE_IOERR_SHMSIZE) when the first read cannot create the
# WAL index (-shm); a read-only folder gives SQLITE_CANTOPEN. Taken for a wrong key
# or for damage, these would send the user back to an older backup for nothing.

SQLITE_PERM = 3
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
_STORAGE_CODES = frozenset(
    {SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN}
)
#: SQLite's own words for those codes, for a driver error that does not carry them
_STORAGE_WORDS = {
    "database or disk is full": SQLITE_FULL,
    "disk i/o error": SQLITE_IOERR,
    "attempt to write a readonly database": SQLITE_READONLY,
    "unable to open database file": SQLITE_CANTOPEN,
    "access permission denied": SQLITE_PERM,
}
#: below this much free space, an I/O error is taken to mean "disk full"
LOW_SPACE_BYTES = 4 * 1024 * 1024
_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_DENIED_ERRNOS = frozenset({errno.EACCES, errno.EPERM})


def _consequence(opening: bool) -> str:
    if opening:
        return tr("Balise ne peut pas ouvrir le coffre.")
    return tr("ce qui vient d'être fait n'a pas été enregistré.")


def disk_full_message(*, opening: bool = False) -> str:
    """No room left on the vault's disk; ``opening``: said at unlock, else after a write."""
    return tr(
        "Le disque où se trouve le coffre est plein : {consequence} Libérez de la place "
        "sur ce disque (videz la corbeille, déplacez ou supprimez de gros fichiers), puis "
        "réessayez. Vos données déjà enregistrées ne sont pas endommagées."
    ).format(consequence=_consequence(opening))


def read_only_message(*, opening: bool = False) -> str:
    """The vault's disk or folder cannot be written."""
    return tr(
        "Le dossier du coffre est en lecture seule (disque protégé en écriture, ou dossier "
        "que votre compte ne peut pas modifier) : {consequence} Vérifiez que le disque "
        "n'est pas verrouillé en écriture et que vous pouvez modifier ce dossier, puis "
        "réessayez. Vos données déjà enregistrées ne sont pas endommagées."
    ).format(consequence=_consequence(opening))


def access_denied_message(*, opening: bool = False) -> str:
    """This computer account may not use the vault's files."""
    return tr(
        "Votre compte sur cet ordinateur n'a pas le droit d'accéder aux fichiers du coffre "
        "(accès refusé) : {consequence} Connectez-vous avec votre compte habituel, ou "
        "demandez à la personne qui gère l'ordinateur de vous rendre l'accès au dossier du "
        "coffre. Vos données déjà enregistrées ne sont pas endommagées."
    ).format(consequence=_consequence(opening))


def folder_missing_message(folder: Path) -> str:
    """The vault's folder is gone (a USB drive or network share disconnected)."""
    return tr(
        "Aucun coffre Balise n'a été trouvé : le dossier « {dossier} » n'existe pas ou "
        "n'est plus accessible. S'il se trouve sur une clé USB ou un disque réseau, "
        "reconnectez-le, puis réessayez."
    ).format(dossier=str(folder))


def _error_cause(exc: BaseException) -> tuple[int | None, int | None]:
    """``(errno, primary SQLite result code)`` of ``exc`` or of the driver error it wraps."""
    orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError keeps the driver's error
    if isinstance(orig, BaseException):
        exc = orig
    if isinstance(exc, OSError):
        return exc.errno, None
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _STORAGE_CODES:
        return None, code & 0xFF  # extended codes carry the primary one in the low byte
    # sqlcipher_export() passes the inner error on as a generic SQLITE_ERROR with
    # SQLite's words; a driver error may carry no code at all.
    return None, _STORAGE_WORDS.get(str(exc).strip().lower(), code)


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _read_only(folder: Path) -> bool:
    if hasattr(os, "statvfs"):
        try:
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return True
        except OSError:
            pass
    return not os.access(folder, os.W_OK)


def _files_denied(db_path: Path) -> bool:
    for path in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            return True
    return not os.access(db_path.parent, os.R_OK | os.X_OK)


#: a page's HMAC or structure is wrong ("database disk image is malformed", "file
#: is not a database"): SQLCipher reports a damaged page with these codes
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def is_damage(exc: BaseException) -> bool:
    """``exc`` (a driver or SQLAlchemy error) says the file's pages are damaged."""
    _errno, code = _error_cause(exc)
    return code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


def storage_error(
    exc: BaseException, db_path: Path, *, opening: bool = False
) -> BaliseError | None:
    """The error to report when ``exc`` comes from the disk or folder, not the data.

    ``exc`` is a driver or SQLAlchemy error, or an ``OSError``, met while opening
    (``opening``) or writing the vault whose database is ``db_path``. Returns
    :class:`DiskFull`, :class:`VaultReadOnly`, :class:`VaultAccessDenied` or
    :class:`VaultFolderMissing`, or ``None`` when the cause is something else
    (wrong key, damaged pages, a bug): the caller keeps its own reading then.
    A bare "disk I/O error" is told apart by looking at the disk itself.
    """
    err, code = _error_cause(exc)
    if err is None and code not in _STORAGE_CODES:
        return None
    folder = db_path.parent
    try:
        if not folder.is_dir():
            return VaultFolderMissing(folder_missing_message(folder))
    except OSError:  # cannot even look inside the parent folder
        return VaultAccessDenied(access_denied_message(opening=opening))
    if err in _FULL_ERRNOS or code == SQLITE_FULL:
        return DiskFull(disk_full_message(opening=opening))
    # SQLITE_READONLY alone proves nothing about the disk (a read-only connection
    # says it too): the folder and the files are looked at.
    if err == errno.EROFS or _read_only(folder):
        return VaultReadOnly(read_only_message(opening=opening))
    if err in _DENIED_ERRNOS or code == SQLITE_PERM or _files_denied(db_path):
        return VaultAccessDenied(access_denied_message(opening=opening))
    if err == errno.EIO or code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        free = _free_bytes(folder)
        if free is not None and free < LOW_SPACE_BYTES:
            return DiskFull(disk_full_message(opening=opening))
    return None


def connect_raw(db_path: Path, key: SecretKey, *, create: bool = False) -> Any:
    """Open one keyed and verified sqlcipher3 connection (DB-API level)."""
    dbapi = load_sqlcipher()
    try:
        if not create and not db_path.exists():
            if not db_path.parent.is_dir():  # e.g. a USB drive unplugged: not damage
                raise VaultFolderMissing(folder_missing_message(db_path.parent))
            raise VaultDamaged(damaged_database_message())
        conn = dbapi.connect(str(db_path), check_same_thread=False, isolation_level=None)
    except (OSError, dbapi.Error) as exc:
        _raise_if_storage(exc, db_path)
        raise
    try:
        # 1. The key is the first statement. Raw-key syntax: no PBKDF2 on top of Argon2id.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        # 2. Verify: a wrong key or a foreign file fails on the first read.
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except dbapi.DatabaseError as exc:
            # The disk can make this read fail too (no room for the -shm file).
            _raise_if_storage(exc, db_path)
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
            # Deleted content is overwritten with zeros, not left in free pages
            # (erasure must really delete: SECURITY.md #17). The build's default,
            # made explicit so that it never depends on how SQLCipher was compiled.
            "PRAGMA secure_delete = ON",
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        ):
            conn.execute(pragma)
    except dbapi.Error as exc:
        conn.close()
        _raise_if_storage(exc, db_path)
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _raise_if_storage(exc: BaseException, db_path: Path) -> None:
    """While opening: raise the disk's error instead of ``exc`` when it is one."""
    problem = storage_error(exc, db_path, opening=True)
    if problem is not None:
        log.warning("opening the vault refused by the disk: %s", type(problem).__name__)
        raise problem from None


class Database:
    """An open, keyed vault database: engine, sessions, and the key they use.

    It keeps its own copy of the key; :meth:`close` disposes the engine (every
    pooled connection is closed) and overwrites that copy.
    """

    def __init__(self, db_path: Path, key: SecretKey, *, create: bool = False) -> None:
        from sqlalchemy import create_engine, event
        from sqlalchemy.orm import sessionmaker
        from sqlalchemy.pool import QueuePool

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
        # One place turns a write refused by the disk into the error that says so
        # (full, read-only…), whichever service made it: the UI shows its sentence.
        event.listen(self.engine, "handle_error", _disk_errors(db_path))
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


#: execution option of a connection whose transaction will write
WRITE_INTENT = "balise_write_intent"


def _emit_begin(conn: Any) -> None:
    # A transaction that will write takes the write lock at once: SQLite then
    # waits (busy_timeout) for another writer — the backup's audit entry, a
    # second thread — instead of failing with "database is locked" when a
    # read transaction tries to become a write one.
    immediate = conn.get_execution_options().get(WRITE_INTENT, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _disk_errors(db_path: Path) -> Any:
    def handle_error(context: ExceptionContext) -> None:
        problem = storage_error(context.original_exception, db_path)
        if problem is not None:
            log.warning("a statement was refused by the disk: %s", type(problem).__name__)
            raise problem

    return handle_error
