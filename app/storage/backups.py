"""Backup sets: an online, encrypted copy of the database with the keyring as it was.

A backup set is a folder ``AAAAMMJJ-HHMMSS-<kind>`` holding

- ``balise.db``: a page-by-page copy made by SQLite's backup API between two
  connections keyed with the vault key (so the copy is encrypted like the
  vault, every page with its HMAC); taken inside one read transaction of the
  source, so it is one consistent snapshot while others keep writing (WAL);
- ``keyring.json``: the key slots at that time, so the copy opens with the
  passphrases and the recovery code valid then;
- ``sauvegarde.json``: the manifest. Date, kind and size are in clear (the
  file system shows them anyway); the row counts are sealed with AES-GCM under
  a key derived from the vault key, the clear fields as associated data, so a
  key holder can trust the whole manifest and nobody else learns the counts.

A set is written under a hidden ``.partial`` name, verified (it opens with the
key, ``integrity_check`` and ``cipher_integrity_check`` pass, every table has
the row count of the snapshot), and only then renamed into place: a folder
with a readable manifest is a verified backup. Rotation (:func:`select_kept`)
only ever looks at verified sets.
"""

from __future__ import annotations

import base64
import contextlib
import errno
import json
import logging
import os
import secrets
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app import clock
from app.errors import (
    BaliseError,
    DiskFull,
    StorageUnavailable,
    VaultAccessDenied,
    VaultDamaged,
    VaultFolderMissing,
    VaultReadOnly,
)
from app.fsutil import fsync_dir, fsync_file, remove_tree
from app.i18n import tr
from app.security.keyring import write_atomic
from app.security.keys import SecretKey, derive_subkey, wipe
from app.storage.backup import integrity_problems
from app.storage.engine import connect_raw, load_sqlcipher, storage_error

log = logging.getLogger(__name__)

MANIFEST_NAME = "sauvegarde.json"
DB_FILE = "balise.db"
KEYRING_FILE = "keyring.json"
MANIFEST_FORMAT = 1
PARTIAL_SUFFIX = ".partial"
_SEAL_PURPOSE = b"balise backup manifest v1"
#: pages copied per step of the backup API (4 MiB at 4 KiB pages): progress granularity
PAGES_PER_STEP = 1024
#: page cache of the verifying connection (KiB): ``integrity_check`` walks every
#: index against its table, and with the default 8 MB cache it took about twice as
#: long on a 1.7 GB vault (docs/PERFORMANCE.md); freed when the check ends
VERIFY_CACHE_KIB = 64 * 1024

#: ``progress(phase, done, total)``; phases: "copy", "verify"
Progress = Callable[[str, int, int], None]


class BackupKind:
    """Why a backup was taken (stable codes, in folder names and manifests)."""

    DAILY = "quotidienne"
    MANUAL = "manuelle"
    AFTER_PURGE = "apres-effacement"
    BEFORE_RESTORE = "avant-restauration"


@dataclass(frozen=True)
class BackupInfo:
    """One backup set as listed (no key needed; ``counts`` only once unsealed)."""

    path: Path
    taken_at: datetime
    kind: str
    size: int
    vault_id: str
    verified: bool
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def db_path(self) -> Path:
        return self.path / DB_FILE

    @property
    def keyring_path(self) -> Path:
        return self.path / KEYRING_FILE


# --- errors -------------------------------------------------------------------------


def backup_failed_error(exc: BaseException, target: Path) -> BaliseError:
    """The French error for a backup that could not be written to ``target``'s folder.

    Full disk, read-only, refused access or a folder gone (a USB stick pulled
    out) are named; in every case the previous backups are said to be intact,
    because a set only replaces nothing and rotation runs after verification.
    """
    problem = storage_error(exc, target.parent / DB_FILE)
    if problem is None and isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            problem = DiskFull("")
        elif exc.errno == errno.EROFS:
            problem = VaultReadOnly("")
        elif exc.errno in (errno.EACCES, errno.EPERM):
            problem = VaultAccessDenied("")
        elif exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
            problem = VaultFolderMissing("")
    if not target.parent.is_dir():
        problem = VaultFolderMissing("")
    intact = tr("Les sauvegardes précédentes sont intactes.")
    folder = str(target.parent)
    if isinstance(problem, DiskFull):
        return DiskFull(
            tr(
                "La sauvegarde n'a pas pu être écrite : le disque du dossier « {dossier} » "
                "est plein. Libérez de la place ou choisissez un autre support. {intact}"
            ).format(dossier=folder, intact=intact)
        )
    if isinstance(problem, VaultFolderMissing):
        return VaultFolderMissing(
            tr(
                "La sauvegarde n'a pas pu être écrite : le dossier « {dossier} » n'est plus "
                "accessible (clé USB retirée, disque réseau déconnecté ?). Reconnectez-le, "
                "puis réessayez. {intact}"
            ).format(dossier=folder, intact=intact)
        )
    if isinstance(problem, VaultReadOnly):
        return VaultReadOnly(
            tr(
                "La sauvegarde n'a pas pu être écrite : le dossier « {dossier} » est en "
                "lecture seule. {intact}"
            ).format(dossier=folder, intact=intact)
        )
    if isinstance(problem, StorageUnavailable):
        return VaultAccessDenied(
            tr(
                "La sauvegarde n'a pas pu être écrite : l'accès au dossier « {dossier} » est "
                "refusé. {intact}"
            ).format(dossier=folder, intact=intact)
        )
    return VaultDamaged(
        tr(
            "La sauvegarde n'a pas pu être faite ou sa vérification a échoué ; la copie "
            "incomplète a été supprimée. {intact}"
        ).format(intact=intact)
    )


# --- the copy -----------------------------------------------------------------------


def table_counts(conn: Any) -> dict[str, int]:
    """Rows per ordinary table (FTS shadow tables included, virtual tables skipped)."""
    names = [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
            "ORDER BY name"
        ).fetchall()
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }


def set_name(taken_at: datetime, kind: str) -> str:
    return f"{taken_at:%Y%m%d-%H%M%S}-{kind}"


def write_backup_set(
    db_path: Path,
    keyring_path: Path,
    key: SecretKey,
    vault_id: str,
    folder: Path,
    kind: str,
    *,
    progress: Progress | None = None,
) -> BackupInfo:
    """Copy the vault at ``db_path`` into a new verified set below ``folder``.

    The copy is taken online: a read transaction on the source holds one
    snapshot for the whole copy (writers go on in the WAL). On any failure the
    partial set is removed and the French error says what happened; nothing
    else in ``folder`` is touched.
    """
    taken_at = clock.now_second()
    name = set_name(taken_at, kind)
    target = folder / name
    n = 1
    while target.exists():  # two backups in the same second
        n += 1
        target = folder / f"{name}-{n}"
    partial = folder / f".{target.name}{PARTIAL_SUFFIX}"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        remove_tree(partial)
        partial.mkdir(mode=0o700)
        counts = _copy_database(db_path, partial / DB_FILE, key, progress)
        shutil.copyfile(keyring_path, partial / KEYRING_FILE)
        fsync_file(partial / KEYRING_FILE)
        if progress is not None:
            progress("verify", 0, 1)
        verify_copy(partial / DB_FILE, key, counts)
        size = (partial / DB_FILE).stat().st_size
        info = BackupInfo(target, taken_at, kind, size, vault_id, True, counts)
        write_atomic(partial / MANIFEST_NAME, _manifest_bytes(info, key))
        os.replace(partial, target)
        fsync_dir(folder)
        if progress is not None:
            progress("verify", 1, 1)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            remove_tree(partial)
        if isinstance(exc, BaliseError | OSError | load_sqlcipher().Error):
            log.warning("backup to a folder failed: %s", type(exc).__name__)
            raise backup_failed_error(exc, target) from None
        raise
    log.info("backup set written (%s, %d bytes)", kind, size)
    return info


def _copy_database(
    source: Path, target: Path, key: SecretKey, progress: Progress | None
) -> dict[str, int]:
    src = connect_raw(source, key)
    try:
        dst = _connect_target(target, key)
        try:
            # One snapshot for the copy and the counts: the backup API reuses the
            # read transaction already open on the source instead of restarting
            # whenever another connection commits.
            src.execute("BEGIN")
            try:
                counts = table_counts(src)

                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress("copy", total - remaining, total)

                src.backup(dst, pages=PAGES_PER_STEP, progress=step)
            finally:
                src.execute("ROLLBACK")
            # The copy must stand alone: its own WAL folded in, no -wal/-shm beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    fsync_file(target)
    return counts


def _connect_target(path: Path, key: SecretKey) -> Any:
    dbapi = load_sqlcipher()
    conn = dbapi.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def verify_copy(path: Path, key: SecretKey, counts: dict[str, int] | None) -> None:
    """Open ``path`` with ``key``; integrity checks must pass and counts match.

    Raises :class:`~app.errors.VaultDamaged` otherwise. The copy is opened
    read-only so that checking it writes nothing beside it.
    """
    try:
        conn = _connect_read_only(path, key)
    except BaliseError:
        raise
    except Exception:
        raise VaultDamaged(tr("La copie de sauvegarde ne peut pas être relue.")) from None
    try:
        conn.execute(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}")
        problems = integrity_problems(conn)
        if not problems and counts is not None and table_counts(conn) != counts:
            problems = ["row counts differ"]
    except Exception as exc:
        problem = storage_error(exc, path)
        if problem is not None:
            raise problem from None
        problems = ["unreadable"]
    finally:
        conn.close()
    if problems:
        for line in problems[:20]:
            log.warning("backup verification: %s", line)
        raise VaultDamaged(tr("La copie de sauvegarde est endommagée."))


def _connect_read_only(path: Path, key: SecretKey) -> Any:
    dbapi = load_sqlcipher()
    if not path.is_file():
        raise VaultDamaged(tr("La copie de sauvegarde est introuvable."))
    conn = dbapi.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.Error:
        conn.close()
        raise VaultDamaged(
            tr("La copie de sauvegarde ne s'ouvre pas avec la clé de ce coffre.")
        ) from None
    return conn


# --- manifests ------------------------------------------------------------------------


def _clear_fields(info: BackupInfo) -> dict[str, Any]:
    return {
        "format": MANIFEST_FORMAT,
        "vault_id": info.vault_id,
        "taken_at": info.taken_at.isoformat(timespec="seconds"),
        "kind": info.kind,
        "size": info.size,
        "verified": info.verified,
    }


def _aad(clear: dict[str, Any]) -> bytes:
    return json.dumps(clear, sort_keys=True, separators=(",", ":")).encode()


def _manifest_bytes(info: BackupInfo, key: SecretKey) -> bytes:
    clear = _clear_fields(info)
    seal_key = derive_subkey(key, _SEAL_PURPOSE)
    try:
        nonce = secrets.token_bytes(12)
        sealed = AESGCM(bytes(seal_key)).encrypt(
            nonce, json.dumps({"counts": info.counts}).encode(), _aad(clear)
        )
    finally:
        wipe(seal_key)
    data = {**clear, "sealed": base64.b64encode(nonce + sealed).decode("ascii")}
    return json.dumps(data, indent=2).encode("utf-8")


def read_backup(path: Path, key: SecretKey | None = None) -> BackupInfo | None:
    """The set at ``path`` from its manifest; ``None`` when it is not a readable set.

    With ``key``, the sealed counts are opened; a manifest that does not
    authenticate under the key is reported as not verified.
    """
    try:
        data = json.loads((path / MANIFEST_NAME).read_text(encoding="utf-8"))
        clear = {k: data[k] for k in ("format", "vault_id", "taken_at", "kind", "size", "verified")}
        info = BackupInfo(
            path=path,
            taken_at=datetime.fromisoformat(str(clear["taken_at"])),
            kind=str(clear["kind"]),
            size=int(clear["size"]),
            vault_id=str(clear["vault_id"]),
            verified=bool(clear["verified"]) and (path / DB_FILE).is_file(),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if key is None:
        return info
    seal_key = derive_subkey(key, _SEAL_PURPOSE)
    try:
        raw = base64.b64decode(str(data.get("sealed", "")), validate=True)
        opened = AESGCM(bytes(seal_key)).decrypt(raw[:12], raw[12:], _aad(clear))
        counts = {str(k): int(v) for k, v in json.loads(opened)["counts"].items()}
    except (InvalidTag, ValueError, KeyError, TypeError):
        return BackupInfo(info.path, info.taken_at, info.kind, info.size, info.vault_id, False)
    finally:
        wipe(seal_key)
    return BackupInfo(
        info.path, info.taken_at, info.kind, info.size, info.vault_id, info.verified, counts
    )


def list_backup_sets(
    folder: Path, vault_id: str | None = None, key: SecretKey | None = None
) -> list[BackupInfo]:
    """Every readable set in ``folder`` (newest first), of ``vault_id`` if given."""
    try:
        entries = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]
    except OSError:
        return []
    found = []
    for entry in entries:
        info = read_backup(entry, key)
        if info is not None and (vault_id is None or info.vault_id == vault_id):
            found.append(info)
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def remove_partials(folder: Path) -> None:
    """Leftovers of a backup that was interrupted (power cut, process killed)."""
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(".") and entry.name.endswith(PARTIAL_SUFFIX):
                remove_tree(entry)


# --- rotation -------------------------------------------------------------------------


def select_kept(
    backups: Iterable[BackupInfo], *, daily: int, weekly: int, monthly: int
) -> set[Path]:
    """The verified sets that rotation keeps: the newest of each of the last
    ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months that have one —
    and always the newest verified set, whatever the settings say."""
    verified = sorted(
        (b for b in backups if b.verified), key=lambda b: (b.taken_at, b.path.name), reverse=True
    )
    kept: set[Path] = set()
    if not verified:
        return kept
    kept.add(verified[0].path)

    def newest_per(period: Callable[[date], object], limit: int) -> None:
        seen: list[object] = []
        for backup in verified:
            bucket = period(backup.taken_at.date())
            if bucket in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(bucket)
            kept.add(backup.path)

    newest_per(lambda d: d, max(0, daily))
    newest_per(lambda d: d.isocalendar()[:2], max(0, weekly))
    newest_per(lambda d: (d.year, d.month), max(0, monthly))
    return kept


def rotate(folder: Path, vault_id: str, *, daily: int, weekly: int, monthly: int) -> list[Path]:
    """Delete the verified sets of ``vault_id`` in ``folder`` that rotation does not keep.

    Unverified sets are never deleted here (someone may want to look at them),
    and neither is anything that is not a backup set. Returns what was removed.
    """
    backups = list_backup_sets(folder, vault_id)
    kept = select_kept(backups, daily=daily, weekly=weekly, monthly=monthly)
    removed = []
    for backup in backups:
        if backup.verified and backup.path not in kept:
            try:
                remove_tree(backup.path)
                removed.append(backup.path)
            except OSError as exc:
                log.warning("rotation could not remove an old backup: %s", type(exc).__name__)
    return removed
