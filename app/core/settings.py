"""Vault-wide settings, typed, with their defaults declared once."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.auth import UserSession

# The models and the permission rules come with the first read: the unlock
# screen, which names VaultSettings, is shown without them (issue #10).


@dataclass
class VaultSettings:
    """Settings shared by every user of the vault."""

    auto_lock_minutes: int = 5
    lock_on_minimise: bool = False
    #: backups kept by rotation: the newest of each of the last N days, weeks, months
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    backup_keep_monthly: int = 12
    #: a second copy (USB stick, network share) chosen by the coordinator; "" = none
    backup_external_folder: str = ""
    #: a closed case is kept this many years after its closure (docs/RETENTION.md)
    retention_years_after_closure: int = 5


def load_settings(session: Session) -> VaultSettings:
    """The stored settings, defaults for those never set."""
    from app.storage.models import Setting

    values = {}
    for f in fields(VaultSettings):
        row = session.get(Setting, f.name)
        if row is not None:
            values[f.name] = json.loads(row.value)
    return VaultSettings(**values)


def save_settings(session: Session, actor: UserSession, settings: VaultSettings) -> None:
    """Store every setting (coordinator only; traced; the caller commits)."""
    from app.core import audit
    from app.core.permissions import Perm, require
    from app.storage.models import Setting

    require(actor, Perm.SETTINGS_WRITE)
    changed = []
    for f in fields(VaultSettings):
        value = json.dumps(getattr(settings, f.name))
        row = session.get(Setting, f.name)
        if row is None:
            session.add(Setting(key=f.name, value=value))
            changed.append(f.name)
        elif row.value != value:
            row.value = value
            changed.append(f.name)
    if changed:
        audit.record(
            session,
            actor,
            audit.Action.SETTINGS_CHANGED,
            object_type="settings",
            detail=" ".join(changed),
        )
