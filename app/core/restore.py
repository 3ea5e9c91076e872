"""Restoring a backup: the current vault is moved aside, never deleted.

The key comes either from the unlocked vault (the screen: the database key
never changes, only its wrappings do) or from the backup's own keyring opened
with a passphrase valid at the backup's date (``balise restore``, which also
works when the current file or keyring is damaged).

Order, so that a failure at any step leaves a vault that opens:

1. the set is checked (manifest authenticated by the key, integrity and row
   counts) and copied into a staging folder inside the vault folder, where the
   restoring account must be an active coordinator;
2. the current ``balise.db`` (with its ``-wal``/``-shm``) and ``keyring.json``
   move into ``avant-restauration-AAAAMMJJ-HHMMSS/`` in the vault folder;
3. the staged files take their place (renames in one folder);
4. the vault opens (migrating an older schema, backup first), every erasure of
   the register made since is applied again, and the restore is recorded in
   the restored vault's audit trail.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app import clock
from app.core.auth import MustWait, UnlockThrottle, UserSession, load_user_session
from app.core.auth import lock as lock_vault
from app.core.backups import external_folder
from app.core.erasure_register import merged, read_register
from app.core.settings import load_settings
from app.core.vocabulary import Role
from app.errors import BaliseError, VaultDamaged
from app.fsutil import fsync_dir, fsync_file, remove_tree
from app.i18n import tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.security.keyring import load_keyring
from app.security.keys import SecretKey
from app.storage.backups import (
    DB_FILE,
    BackupInfo,
    backup_failed_error,
    read_backup,
    verify_copy,
)
from app.storage.engine import load_sqlcipher
from app.storage.vault import DB_NAME, KEYRING_NAME, Vault

log = logging.getLogger(__name__)

STAGING_NAME = ".restauration.partial"
ASIDE_PREFIX = "avant-restauration-"


class RestoreRefused(BaliseError):
    """The set cannot be restored (another vault's, not verified, not a coordinator)."""

    exit_code = 2


@dataclass(frozen=True)
class RestoreOutcome:
    backup: BackupInfo
    #: where the vault that was replaced now is (inside the vault folder)
    set_aside: Path
    #: erasures of the register applied again to the restored data
    reapplied: int


def describe_backup(path: Path) -> BackupInfo:
    """The set at ``path`` as its manifest tells (no key needed), or a refusal."""
    info = read_backup(Path(path))
    if info is None:
        raise RestoreRefused(
            tr("« {chemin} » n'est pas une sauvegarde Balise lisible.").format(chemin=str(path))
        )
    return info


def restore_backup(vault: Vault, backup_path: Path, key: SecretKey, login: str) -> RestoreOutcome:
    """Put the set at ``backup_path`` in place of ``vault``'s database and keyring.

    ``vault`` holds the instance lock (it may be locked or unlocked: it is
    locked first). ``key`` is the database key; ``login`` the restoring
    account, which must be an active coordinator in the backup. On return the
    vault is unlocked on the restored data; the caller locks it.
    """
    from app.core import audit, transaction
    from app.core.purge import checkpoint, reapply

    backup_path = Path(backup_path)
    info = read_backup(backup_path, key)
    if info is None or not info.verified or not info.counts:
        raise RestoreRefused(
            tr(
                "Cette sauvegarde n'est pas vérifiée ou n'appartient pas à ce coffre : "
                "elle n'est pas restaurée."
            )
        )
    try:
        backup_keyring = load_keyring(info.keyring_path)
    except BaliseError:
        raise RestoreRefused(
            tr("Le trousseau de clés de cette sauvegarde est illisible.")
        ) from None
    if backup_keyring.vault_id != info.vault_id or vault.keyring.vault_id != info.vault_id:
        raise RestoreRefused(tr("Cette sauvegarde appartient à un autre coffre."))
    verify_copy(info.db_path, key, info.counts)

    root = vault.paths.root
    staging = root / STAGING_NAME
    try:
        remove_tree(staging)
        staging.mkdir(mode=0o700)
        shutil.copyfile(info.db_path, staging / DB_NAME)
        shutil.copyfile(info.keyring_path, staging / KEYRING_NAME)
        for name in (DB_NAME, KEYRING_NAME):
            fsync_file(staging / name)
        verify_copy(staging / DB_NAME, key, info.counts)
        _require_coordinator(staging / DB_NAME, key, login)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            remove_tree(staging)
        if isinstance(exc, OSError):
            raise backup_failed_error(exc, staging / DB_FILE) from None
        raise

    vault.lock()
    aside = root / f"{ASIDE_PREFIX}{clock.now():%Y%m%d-%H%M%S}"
    aside.mkdir(mode=0o700)
    for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYRING_NAME):
        if (root / name).exists():
            os.replace(root / name, aside / name)
    os.replace(staging / DB_NAME, root / DB_NAME)
    os.replace(staging / KEYRING_NAME, root / KEYRING_NAME)
    remove_tree(staging)
    fsync_dir(root)
    log.info("backup restored; the previous vault was moved aside")

    vault.keyring = load_keyring(root / KEYRING_NAME)
    vault.unlock_with_key(key)
    actor = load_user_session(vault, login)
    register_folders = [root, backup_path.parent]

    def finish(tx: transaction.Tx) -> int:
        settings = load_settings(tx)
        folders = list(register_folders)
        if settings.backup_external_folder:
            folders.append(external_folder(settings.backup_external_folder, info.vault_id))
        register = merged(*(read_register(f) for f in folders))
        applied = reapply(tx, actor, register)
        audit.record(
            tx,
            actor,
            audit.Action.RESTORE,
            object_type="backup",
            detail=f"taken_at={info.taken_at.isoformat()} kind={info.kind} "
            f"reapplied={len(applied)}",
        )
        return len(applied)

    reapplied = transaction.write(vault, finish)
    if reapplied:
        checkpoint(vault)
    audit.store_head(vault)
    return RestoreOutcome(info, aside, reapplied)


def _require_coordinator(db_path: Path, key: SecretKey, login: str) -> None:
    dbapi = load_sqlcipher()
    conn = dbapi.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        row = conn.execute(
            "SELECT role, active FROM users WHERE login = ?", (login.strip().lower(),)
        ).fetchone()
    except dbapi.Error:
        raise VaultDamaged(tr("La copie de sauvegarde ne peut pas être relue.")) from None
    finally:
        conn.close()
    if row is None or row[0] != Role.COORDINATOR.value or not row[1]:
        raise RestoreRefused(
            tr("Seul un compte de coordination actif à la date de la sauvegarde peut la restaurer.")
        )


def restore_with_session(vault: Vault, actor: UserSession, backup_path: Path) -> RestoreOutcome:
    """The screen's restore: the key of the unlocked vault, the coordinator at work."""
    from app.core.permissions import Perm, require

    require(actor, Perm.SETTINGS_WRITE)
    key = vault.require_db().key_copy()
    try:
        return restore_backup(vault, backup_path, key, actor.login)
    finally:
        key.wipe()


def backup_key(
    vault: Vault,
    backup: BackupInfo,
    login: str,
    passphrase: str,
    *,
    kdf: KdfPolicy = PRODUCTION,
) -> SecretKey:
    """The database key from ``backup``'s own keyring, opened with ``login``'s
    passphrase as it was at the backup's date.

    Works when the vault's own file or keyring is damaged. Delayed and counted
    like an unlock (``tentatives.json``): raises :class:`~app.core.auth.MustWait`
    while a delay runs, ``WrongPassphrase`` (and records it) on a wrong pair.
    The caller wipes the key.
    """
    throttle = UnlockThrottle(vault.paths.root)
    remaining = throttle.seconds_to_wait()
    if remaining > 0:
        raise MustWait(remaining)
    try:
        backup_keyring = load_keyring(backup.keyring_path)
    except BaliseError:
        raise RestoreRefused(
            tr("Le trousseau de clés de cette sauvegarde est illisible.")
        ) from None
    if backup_keyring.vault_id != vault.keyring.vault_id:
        raise RestoreRefused(tr("Cette sauvegarde appartient à un autre coffre."))
    try:
        key = backup_keyring.unlock_user(
            login.strip().lower(), passphrase, allow_weak=kdf.allow_weak
        )
    except BaliseError:
        throttle.record_failure()
        raise
    throttle.reset()
    return key


def restore_when_damaged(
    vault: Vault,
    backup_path: Path,
    login: str,
    passphrase: str,
    *,
    kdf: KdfPolicy = PRODUCTION,
) -> RestoreOutcome:
    """The restore offered by the unlock screen when the vault cannot be opened.

    The key comes from the backup's keyring (:func:`backup_key`), so nothing of
    the damaged file is needed; ``login`` must be an active coordinator in the
    backup. The damaged files are moved aside (never deleted), later erasures
    are applied again, and the restored vault is left **locked**: the user then
    unlocks it with the passphrase valid at the backup's date.
    """
    backup = describe_backup(backup_path)
    key = backup_key(vault, backup, login, passphrase, kdf=kdf)
    try:
        outcome = restore_backup(vault, backup.path, key, login)
    finally:
        key.wipe()
    lock_vault(vault, load_user_session(vault, login))
    return outcome
