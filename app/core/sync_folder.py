"""The exchange folder this laptop last synchronised through (issue 12).

Kept in the laptop's own ``settings`` table (JSON value, like every setting),
which never travels (:data:`app.storage.sync_engine.LOCAL_TABLES`): each
laptop remembers its own USB stick folder. It is not a field of
:class:`app.core.settings.VaultSettings`: those are the coordinator's
(``save_settings`` requires the settings permission and writes them all back
from the copy loaded at unlock), while any user who synchronises sets this
one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import BaliseError
from app.i18n import tr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.core.auth import UserSession
    from app.core.sync import SyncReport
    from app.storage.vault import Vault

#: the ``settings`` key (a local table: the folder stays on this laptop)
SYNC_FOLDER_KEY = "sync_last_folder"


@dataclass(frozen=True)
class RememberedFolder:
    """The last exchange folder ("" = never synchronised) and whether it is plugged in."""

    path: str
    reachable: bool


def _require_actor(actor: UserSession) -> None:
    """Every role synchronises; a missing actor (a bug) is refused, never skipped."""
    if actor is None:
        raise BaliseError(tr("Connectez-vous pour synchroniser."))


def remembered_sync_folder(session: Session, actor: UserSession) -> RememberedFolder:
    """The folder this laptop last synchronised through, and whether it exists now."""
    from app.storage.models import Setting

    _require_actor(actor)
    row = session.get(Setting, SYNC_FOLDER_KEY)
    path = ""
    if row is not None:
        try:
            value = json.loads(row.value)
        except ValueError:
            value = None
        if isinstance(value, str):
            path = value
    return RememberedFolder(path, bool(path) and Path(path).is_dir())


def remember_sync_folder(session: Session, actor: UserSession, folder: Path | str) -> None:
    """Keep ``folder`` for the next synchronisation on this laptop. The caller commits."""
    from app.storage.models import Setting

    _require_actor(actor)
    value = json.dumps(str(Path(folder).absolute()), ensure_ascii=False)
    row = session.get(Setting, SYNC_FOLDER_KEY)
    if row is None:
        session.add(Setting(key=SYNC_FOLDER_KEY, value=value))
    elif row.value != value:
        row.value = value


def synchronise_remembering(vault: Vault, actor: UserSession, folder: Path) -> SyncReport:
    """:func:`app.core.sync.synchronise`, then remember ``folder`` (it worked)."""
    from app.core.sync import synchronise
    from app.core.transaction import write

    report = synchronise(vault, actor, folder)
    write(vault, lambda tx: remember_sync_folder(tx, actor, folder))
    return report
