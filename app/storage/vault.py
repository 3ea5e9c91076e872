"""A vault folder: ``balise.db`` (SQLCipher), ``keyring.json``, ``balise.lock``.

:class:`Vault` is a folder opened by this process. Opening takes the instance
lock (one running Balise per vault) and reads the keyring; unlocking derives
the key from a passphrase, opens the database and brings its schema up to
date; locking disposes the engine and wipes every key copy we hold.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import filelock

from app.errors import (
    StorageUnavailable,
    VaultAlreadyExists,
    VaultDamaged,
    VaultFolderMissing,
    VaultFolderUnusable,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from app.i18n import tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.security.keyring import (
    KIND_RECOVERY,
    KIND_USER,
    Keyring,
    load_keyring,
    login_hash,
    save_keyring,
    seal_slot,
)
from app.security.keys import (
    SecretKey,
    generate_recovery_code,
    normalize_passphrase,
    normalize_recovery_code,
)
from app.storage.engine import (
    Database,
    damaged_database_message,
    folder_missing_message,
    is_damage,
    storage_error,
)

log = logging.getLogger(__name__)

DB_NAME = "balise.db"
KEYRING_NAME = "keyring.json"
LOCK_NAME = "balise.lock"
BACKUP_DIR_NAME = "sauvegardes"


@dataclass(frozen=True)
class VaultPaths:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / DB_NAME

    @property
    def keyring(self) -> Path:
        return self.root / KEYRING_NAME

    @property
    def lock(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR_NAME

    def exists(self) -> bool:
        return self.keyring.is_file() and self.db.is_file()


def vault_exists(folder: Path) -> bool:
    return VaultPaths(Path(folder)).exists()


def not_found_message(folder: Path) -> str:
    return tr("Aucun coffre Balise n'a été trouvé dans le dossier « {dossier} ».").format(
        dossier=str(folder)
    )


class InstanceLock:
    """The lock file that keeps a second Balise from opening the same vault."""

    def __init__(self, path: Path) -> None:
        # Not thread-local: the vault may be created on the worker thread and closed on
        # the GUI thread.
        self._lock = filelock.FileLock(str(path), timeout=0, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except filelock.Timeout:
            raise VaultInUse(
                tr(
                    "Ce coffre est déjà ouvert dans une autre fenêtre de Balise. "
                    "Revenez à cette fenêtre, ou fermez-la avant de rouvrir le coffre."
                )
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    @property
    def is_held(self) -> bool:
        return self._lock.is_locked


@dataclass(frozen=True)
class NewVault:
    """What :meth:`Vault.create` hands back: the open vault and its database."""

    vault: Vault
    db: Database
    recovery_code: str
    coordinator_slot_id: str


class Vault:
    """A vault folder opened by this process (instance lock held)."""

    def __init__(self, folder: Path, keyring: Keyring, lock: InstanceLock) -> None:
        self.paths = VaultPaths(Path(folder))
        self.keyring = keyring
        self._lock = lock
        self.db: Database | None = None

    # -- opening ------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path) -> Vault:
        """Take the instance lock and read the keyring; nothing is decrypted yet."""
        paths = VaultPaths(Path(folder))
        try:
            if not paths.exists():
                if not paths.root.is_dir():
                    raise VaultFolderMissing(folder_missing_message(paths.root))
                raise VaultNotFound(not_found_message(paths.root))
            lock = InstanceLock(paths.lock)
            lock.acquire()
        except OSError as exc:  # read-only disk (the lock file), access refused…
            raise storage_error(exc, paths.db, opening=True) or exc from None
        try:
            keyring = load_keyring(paths.keyring)
        except OSError as exc:
            lock.release()
            raise storage_error(exc, paths.db, opening=True) or exc from None
        except BaseException:
            lock.release()
            raise
        return cls(paths.root, keyring, lock)

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        login: str,
        passphrase: str,
        demo: bool = False,
        kdf: KdfPolicy = PRODUCTION,
    ) -> NewVault:
        """Create an empty vault (schema at head) with one user slot and a recovery slot.

        Parameters below the minimum are accepted only from a test policy.
        """
        paths = VaultPaths(Path(folder))
        if paths.keyring.exists() or paths.db.exists():
            raise VaultAlreadyExists(
                tr("Un coffre existe déjà dans le dossier « {dossier} ».").format(
                    dossier=str(paths.root)
                )
            )
        try:
            paths.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        except (NotADirectoryError, FileExistsError):
            raise VaultFolderUnusable(
                tr(
                    "Le coffre ne peut pas être créé dans « {dossier} » : un fichier porte "
                    "déjà ce nom ou se trouve sur ce chemin. Choisissez un autre dossier."
                ).format(dossier=str(paths.root))
            ) from None
        except OSError as exc:
            raise storage_error(exc, paths.db, opening=True) or exc from None
        with contextlib.suppress(OSError):
            os.chmod(paths.root, 0o700)
        lock = InstanceLock(paths.lock)
        lock.acquire()
        try:
            params = kdf.params_for_new_slot()
            keyring = Keyring(vault_id=str(uuid.uuid4()), demo=demo)
            dek = SecretKey.generate()
            user_slot = seal_slot(
                keyring.vault_id,
                dek,
                normalize_passphrase(passphrase),
                params,
                kind=KIND_USER,
                login_hash_value=login_hash(keyring.vault_id, login),
                allow_weak=kdf.allow_weak,
            )
            recovery_code = generate_recovery_code()
            recovery_slot = seal_slot(
                keyring.vault_id,
                dek,
                normalize_recovery_code(recovery_code).encode("ascii"),
                params,
                kind=KIND_RECOVERY,
                login_hash_value=None,
                allow_weak=kdf.allow_weak,
            )
            keyring.slots = [user_slot, recovery_slot]
            from app.storage.migrations import upgrade_to

            db = Database(paths.db, dek, create=True)
            dek.wipe()
            upgrade_to(db)
            save_keyring(paths.keyring, keyring)
        except BaseException:
            lock.release()
            raise
        vault = cls(paths.root, keyring, lock)
        vault.db = db
        return NewVault(vault, db, recovery_code, user_slot.slot_id)

    # -- state --------------------------------------------------------------------
    @property
    def is_demo(self) -> bool:
        return self.keyring.demo

    @property
    def is_unlocked(self) -> bool:
        return self.db is not None and self.db.is_open

    def require_db(self) -> Database:
        if self.db is None or not self.db.is_open:
            raise WrongPassphrase(tr("Le coffre est verrouillé."))
        return self.db

    # -- unlocking ----------------------------------------------------------------
    def unlock(
        self, login: str, passphrase: str, *, migrate: bool = True, kdf: KdfPolicy = PRODUCTION
    ) -> Database:
        """Open the database with ``login``'s passphrase."""
        key = self.keyring.unlock_user(login, passphrase, allow_weak=kdf.allow_weak)
        return self._open_database(key, migrate=migrate)

    def unlock_with_recovery(
        self, code: str, *, migrate: bool = True, kdf: KdfPolicy = PRODUCTION
    ) -> Database:
        """Open the database with the printed recovery code."""
        key = self.keyring.unlock_recovery(code, allow_weak=kdf.allow_weak)
        return self._open_database(key, migrate=migrate)

    def unlock_with_key(self, key: SecretKey, *, migrate: bool = True) -> Database:
        """Open the database with a key already at hand (after a restore); ``key``
        stays the caller's to wipe."""
        return self._open_database(key.copy(), migrate=migrate)

    def _open_database(self, key: SecretKey, *, migrate: bool) -> Database:
        self.lock()
        try:
            db = Database(self.paths.db, key)
        finally:
            key.wipe()
        try:
            db.cipher_version()  # first connection: keyed, verified
        except (StorageUnavailable, VaultNotFound):
            # The disk or folder refused (full, read-only, unplugged): not damage.
            db.close()
            raise
        except WrongPassphrase:
            # The slot opened, so the key is right: the file itself is damaged.
            db.close()
            raise VaultDamaged(damaged_database_message()) from None
        except Exception:
            db.close()
            raise VaultDamaged(damaged_database_message()) from None
        if migrate:
            # the schema's tools come with the first database opened (not before
            # the unlock screen: issue #10, cold start)
            from app.storage.migrations import upgrade_to
            from app.storage.reference import load_reference_data

            try:
                written = _written_before_migration(db)
                result = upgrade_to(db, backup_dir=self.paths.backups)
                if result.from_revision != result.to_revision:
                    # New catalogues may come with a new revision.
                    with db.session() as session, session.begin():
                        load_reference_data(session)
                    _snapshot_after_migration(db, written)
            except BaseException as exc:
                db.close()
                # The backup taken first writes through its own connection: a full
                # disk there is named too, not reported as an unexpected error.
                problem = storage_error(exc, self.paths.db, opening=True)
                if problem is not None and not isinstance(exc, StorageUnavailable):
                    raise problem from None
                if is_damage(exc):
                    # The schema pages read first (alembic_version, sqlite_master) are
                    # damaged: said as damage, so the newest backup is offered.
                    raise VaultDamaged(damaged_database_message()) from None
                raise
        self.db = db
        return db

    # -- key slots ----------------------------------------------------------------
    def set_user_passphrase(
        self,
        login: str,
        new_passphrase: str,
        *,
        slot_id: str | None = None,
        kdf: KdfPolicy = PRODUCTION,
    ) -> str:
        """(Re)wrap the database key for ``login`` under ``new_passphrase``.

        The vault must be unlocked. Only that user's slot changes and
        ``keyring.json`` is replaced atomically. Returns the slot id.
        """
        db = self.require_db()
        existing = self.keyring.user_slot(login)
        params = kdf.params_for_new_slot()
        key = db.key_copy()
        try:
            slot = seal_slot(
                self.keyring.vault_id,
                key,
                normalize_passphrase(new_passphrase),
                params,
                kind=KIND_USER,
                login_hash_value=login_hash(self.keyring.vault_id, login),
                slot_id=slot_id or (existing.slot_id if existing else None),
                allow_weak=kdf.allow_weak,
            )
        finally:
            key.wipe()
        self.keyring.put_slot(slot)
        save_keyring(self.paths.keyring, self.keyring)
        return slot.slot_id

    def renew_recovery_code(self, *, kdf: KdfPolicy = PRODUCTION) -> str:
        """Replace the recovery slot; the old code stops working. Returns the new code."""
        db = self.require_db()
        code = generate_recovery_code()
        old = self.keyring.recovery_slot()
        key = db.key_copy()
        try:
            slot = seal_slot(
                self.keyring.vault_id,
                key,
                normalize_recovery_code(code).encode("ascii"),
                kdf.params_for_new_slot(),
                kind=KIND_RECOVERY,
                login_hash_value=None,
                slot_id=old.slot_id if old else None,
                allow_weak=kdf.allow_weak,
            )
        finally:
            key.wipe()
        self.keyring.put_slot(slot)
        save_keyring(self.paths.keyring, self.keyring)
        return code

    # -- locking ------------------------------------------------------------------
    def lock(self) -> None:
        """Dispose the engine and wipe the key; the folder stays reserved."""
        if self.db is not None:
            self.db.close()
            self.db = None

    def close(self) -> None:
        """Lock and release the instance lock."""
        self.lock()
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _written_before_migration(db: Database) -> int | None:
    """The newest key recorded for synchronisation before migrating (``None``: none)."""
    from app.storage.migrations import current_revision

    if (current_revision(db) or "") < "0012":
        return None
    with db.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM sync_dirty").scalar())


def _snapshot_after_migration(db: Database, written: int | None) -> None:
    """A laptop that synchronises: its snapshot takes the new shape at once, keeping
    what was typed before the update (``app.storage.sync_engine.after_migration``).

    APSW opens the vault file: sqlcipher3's connections are closed first (two
    copies of SQLite must never hold one file together)."""
    from app.storage import sync_engine

    if written is None or not db.path.parent.joinpath(*sync_engine.SNAPSHOT).exists():
        return
    db.engine.dispose()
    key = db.key_copy()
    try:
        sync_engine.after_migration(db.path, key, written)
    finally:
        key.wipe()
