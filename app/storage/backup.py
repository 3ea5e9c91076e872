"""Encrypted backups: online copies made by SQLCipher itself, verified after writing."""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from app import clock
from app.errors import VaultDamaged
from app.i18n import tr
from app.security.keys import SecretKey
from app.storage.engine import Database, connect_raw


def backup_file_name(label: str, when: datetime | None = None) -> str:
    stamp = (when or clock.now()).strftime("%Y%m%d-%H%M%S")
    return f"balise-{stamp}-{label}.db"


def make_backup(db: Database, backup_dir: Path, label: str) -> Path:
    """Write an encrypted copy of the vault database into ``backup_dir``.

    ``sqlcipher_export`` re-encrypts every page under the same key into a new
    file; the copy is checked (integrity and HMACs) before it is kept.
    """
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = backup_dir / backup_file_name(label)
    partial = target.with_suffix(".partial")
    for stale in backup_dir.glob("balise-*.partial"):  # an earlier attempt that failed
        with contextlib.suppress(OSError):
            stale.unlink()
    key = db.key_copy()
    try:
        conn = db.raw_connection()
        try:
            conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(partial),))
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute("DETACH DATABASE backup")
        finally:
            conn.close()
        verify_database_file(partial, key)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    finally:
        key.wipe()
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return target


def integrity_problems(conn: object) -> list[str]:
    """Problems reported by SQLite's and SQLCipher's integrity checks (empty = sound)."""
    problems: list[str] = []
    rows = conn.execute("PRAGMA integrity_check").fetchall()  # type: ignore[attr-defined]
    problems += [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
    rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()  # type: ignore[attr-defined]
    problems += [str(r[0]) for r in rows]
    return problems


def verify_database_file(path: Path, key: SecretKey) -> None:
    """Open ``path`` with ``key`` and raise VaultDamaged if any check fails."""
    try:
        conn = connect_raw(path, key)
    except Exception:
        raise VaultDamaged(tr("La copie de sauvegarde ne peut pas être relue.")) from None
    try:
        problems = integrity_problems(conn)
    except Exception:
        problems = ["unreadable"]
    finally:
        conn.close()
    if problems:
        raise VaultDamaged(tr("La copie de sauvegarde est endommagée."))
