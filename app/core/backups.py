"""Backups as the service uses them: daily, manual, after a purge; local and external.

Every backup goes into the vault's ``sauvegardes/`` folder and, when the
coordinator chose one (or ``--to`` says so), into an external folder as well
(USB stick, network share: the 3-2-1 habit). Each set is verified before the
rotation removes older ones (:mod:`app.storage.backups`). A backup that fails
leaves the previous ones as they were and says why in French.

The functions taking a :class:`~app.storage.vault.Vault` run a whole use case
(they open their own connections); the UI calls them on the worker thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from app import clock
from app.core.auth import UserSession
from app.core.erasure_register import merged, read_register, write_register
from app.core.french_dates import short_date
from app.core.settings import VaultSettings, load_settings
from app.errors import BaliseError
from app.i18n import tr
from app.security.keyring import load_keyring
from app.storage.backups import (
    BackupInfo,
    BackupKind,
    Progress,
    list_backup_sets,
    remove_partials,
    rotate,
    write_backup_set,
)
from app.storage.vault import KEYRING_NAME, Vault, VaultPaths

log = logging.getLogger(__name__)

#: a last verified backup older than this is pointed out on the home page
STALE_AFTER = timedelta(days=7)


def external_folder(base: Path | str, vault_id: str) -> Path:
    """Where this vault's sets go inside an external folder (one subfolder per vault)."""
    return Path(base) / f"balise-{vault_id[:8]}"


@dataclass(frozen=True)
class BackupOutcome:
    """What a backup did: the local set, the external one, and what went wrong there."""

    local: BackupInfo
    external: BackupInfo | None = None
    #: French sentence when the external copy could not be made (the local one was)
    external_error: str | None = None
    removed: int = 0


def _settings(vault: Vault) -> VaultSettings:
    from app.core import transaction

    return transaction.read(vault, load_settings)


def _rotate(folder: Path, vault_id: str, settings: VaultSettings) -> int:
    return len(
        rotate(
            folder,
            vault_id,
            daily=settings.backup_keep_daily,
            weekly=settings.backup_keep_weekly,
            monthly=settings.backup_keep_monthly,
        )
    )


def take_backup(
    vault: Vault,
    actor: UserSession,
    *,
    kind: str = BackupKind.MANUAL,
    to: Path | None = None,
    progress: Progress | None = None,
) -> BackupOutcome:
    """Back the unlocked ``vault`` up now, verify, then rotate older sets away.

    ``to`` (or the external folder of the settings) receives a second set and
    a copy of the erasure register. A failure of the local copy raises (the
    previous backups are intact); a failure of the external copy is reported in
    :attr:`BackupOutcome.external_error` and traced, the local set is kept.
    """
    from app.core import audit, transaction

    db = vault.require_db()
    settings = _settings(vault)
    vault_id = vault.keyring.vault_id
    key = db.key_copy()
    try:
        remove_partials(vault.paths.backups)
        local = write_backup_set(
            db.path,
            vault.paths.keyring,
            key,
            vault_id,
            vault.paths.backups,
            kind,
            progress=progress,
        )
        removed = _rotate(vault.paths.backups, vault_id, settings)
        external = None
        external_error = None
        base = to or (
            Path(settings.backup_external_folder) if settings.backup_external_folder else None
        )
        if base is not None:
            try:
                if not Path(base).is_dir():
                    raise FileNotFoundError(str(base))
                folder = external_folder(base, vault_id)
                remove_partials(folder)
                external = write_backup_set(
                    db.path, vault.paths.keyring, key, vault_id, folder, kind, progress=progress
                )
                removed += _rotate(folder, vault_id, settings)
                copy_register(vault.paths.root, folder)
            except (BaliseError, OSError) as exc:
                external_error = _external_failure(exc, Path(base))
                log.warning("external backup failed: %s", type(exc).__name__)
    finally:
        key.wipe()

    def trace(tx: transaction.Tx) -> None:
        audit.record(
            tx,
            actor,
            audit.Action.BACKUP,
            object_type="backup",
            detail=f"kind={kind} size={local.size} external="
            + ("ok" if external else ("failed" if external_error else "none")),
        )

    transaction.write(vault, trace)
    return BackupOutcome(local, external, external_error, removed)


def _external_failure(exc: BaseException, base: Path) -> str:
    if isinstance(exc, BaliseError):
        return exc.message
    return tr(
        "La copie externe n'a pas pu être faite : le dossier « {dossier} » n'est pas "
        "accessible (clé USB retirée, disque réseau déconnecté ?). La sauvegarde dans le "
        "dossier du coffre a bien été faite."
    ).format(dossier=str(base))


def copy_register(vault_root: Path, folder: Path) -> None:
    """Merge the vault's erasure register into ``folder``'s (best effort both ways)."""
    entries = merged(read_register(vault_root), read_register(folder))
    if entries:
        write_register(folder, entries)


def backup_due_today(vault: Vault) -> bool:
    """True when no backup of this vault was taken today in its folder."""
    today = clock.today()
    return not any(
        b.taken_at.date() == today
        for b in list_backup_sets(vault.paths.backups, vault.keyring.vault_id)
        if b.verified
    )


def auto_backup_if_due(
    vault: Vault, actor: UserSession, *, progress: Progress | None = None
) -> BackupOutcome | None:
    """The daily backup, when no verified backup was taken today (else nothing)."""
    if not vault.is_unlocked or not backup_due_today(vault):
        return None
    return take_backup(vault, actor, kind=BackupKind.DAILY, progress=progress)


# --- what there is --------------------------------------------------------------------


@dataclass(frozen=True)
class BackupListing:
    """The backups of a vault, newest first, with the sealed counts opened."""

    local: list[BackupInfo]
    external: list[BackupInfo]
    external_folder: str  # "" when none is chosen
    external_reachable: bool


def list_backups(vault: Vault, actor: UserSession) -> BackupListing:
    """Every backup set of the unlocked vault, local and external (counts unsealed)."""
    db = vault.require_db()
    settings = _settings(vault)
    key = db.key_copy()
    vault_id = vault.keyring.vault_id
    try:
        local = list_backup_sets(vault.paths.backups, vault_id, key)
        external: list[BackupInfo] = []
        reachable = False
        if settings.backup_external_folder:
            base = Path(settings.backup_external_folder)
            reachable = base.is_dir()
            if reachable:
                external = list_backup_sets(external_folder(base, vault_id), vault_id, key)
    finally:
        key.wipe()
    return BackupListing(local, external, settings.backup_external_folder, reachable)


@dataclass(frozen=True)
class BackupStatus:
    last_verified: BackupInfo | None
    warnings: list[str] = field(default_factory=list)


def backup_status(vault: Vault, settings: VaultSettings) -> BackupStatus:
    """What the home page tells the coordinator about backups (French sentences)."""
    vault_id = vault.keyring.vault_id
    local = [b for b in list_backup_sets(vault.paths.backups, vault_id) if b.verified]
    last = local[0] if local else None
    warnings = []
    now = clock.now()
    if last is None:
        warnings.append(tr("Aucune sauvegarde vérifiée du coffre n'existe encore."))
    elif now - last.taken_at > STALE_AFTER:
        warnings.append(
            tr("La dernière sauvegarde vérifiée date du {date} : plus d'une semaine.").format(
                date=short_date(last.taken_at.date())
            )
        )
    if not settings.backup_external_folder:
        warnings.append(
            tr(
                "Aucune copie externe n'est prévue : choisissez une clé USB ou un disque "
                "réseau dans Paramètres › Sauvegardes."
            )
        )
    else:
        base = Path(settings.backup_external_folder)
        external = (
            [b for b in list_backup_sets(external_folder(base, vault_id), vault_id) if b.verified]
            if base.is_dir()
            else []
        )
        if not external:
            warnings.append(
                tr("Aucune copie externe n'existe encore sur « {dossier} ».").format(
                    dossier=str(base)
                )
            )
        elif now - external[0].taken_at > STALE_AFTER:
            warnings.append(
                tr("La dernière copie externe date du {date} : plus d'une semaine.").format(
                    date=short_date(external[0].taken_at.date())
                )
            )
    return BackupStatus(last, warnings)


def _vault_id_of(folder: Path) -> str | None:
    try:
        return load_keyring(folder / KEYRING_NAME).vault_id
    except Exception:  # a damaged keyring: any set in the folder may help
        return None


def newest_verified_backup(folder: Path) -> BackupInfo | None:
    """The newest verified set in the vault folder's ``sauvegardes`` (no key needed).

    Offered when the database or the keyring is damaged: it holds the keyring
    of its time, so it opens with the passphrases valid then.
    """
    paths = VaultPaths(Path(folder))
    sets = [b for b in list_backup_sets(paths.backups, _vault_id_of(paths.root)) if b.verified]
    return sets[0] if sets else None


def when_text(taken_at: datetime) -> str:
    """``12/03/2026 à 18:05``."""
    return tr("{date} à {heure}").format(
        date=short_date(taken_at.date()), heure=taken_at.strftime("%H:%M")
    )


def damage_offer(folder: Path, *, keyring: bool = False) -> str:
    """The French sentence offering the newest verified backup, or saying there is none.

    ``keyring``: what is damaged is ``keyring.json``; the keyring saved with the
    backup is offered (it opens with the passphrases valid at its date).
    """
    backup = newest_verified_backup(folder)
    if backup is not None and keyring:
        return tr(
            "Le trousseau de clés enregistré avec la sauvegarde vérifiée du {quand} se trouve "
            "dans « {chemin} » : copiez-le à la place de keyring.json dans le dossier du coffre "
            "(les phrases de passe valables à cette date s'appliqueront), ou restaurez toute "
            "la sauvegarde : balise restore --vault « {coffre} » « {sauvegarde} »."
        ).format(
            quand=when_text(backup.taken_at),
            chemin=str(backup.keyring_path),
            coffre=str(folder),
            sauvegarde=str(backup.path),
        )
    if backup is None:
        return tr(
            "Aucune sauvegarde vérifiée n'a été trouvée dans le dossier « sauvegardes » du "
            "coffre. Si une copie existe sur une clé USB ou un disque réseau, restaurez-la."
        )
    return tr(
        "La sauvegarde vérifiée la plus récente date du {quand} : ce qui a été enregistré "
        "après cette date serait perdu. Pour la restaurer : "
        "balise restore --vault « {coffre} » « {sauvegarde} »."
    ).format(quand=when_text(backup.taken_at), coffre=str(folder), sauvegarde=str(backup.path))


__all__ = [
    "BackupInfo",
    "BackupKind",
    "BackupListing",
    "BackupOutcome",
    "BackupStatus",
    "Progress",
    "auto_backup_if_due",
    "backup_due_today",
    "backup_status",
    "damage_offer",
    "external_folder",
    "list_backups",
    "newest_verified_backup",
    "take_backup",
]
