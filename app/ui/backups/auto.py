"""The daily backup taken at the first lock (or exit) of the day.

It runs on the GUI thread while the locked screen is already hidden: locking
must not wait for the worker, and the key has to be there for the copy. A
vault of a few thousand cases takes well under a second; a failure never
stops the lock (it is logged, and the home page says when the last verified
backup is old).
"""

from __future__ import annotations

import logging

from app.core.auth import UserSession
from app.core.backups import auto_backup_if_due
from app.storage.vault import Vault

log = logging.getLogger(__name__)


def daily_backup(vault: Vault, user: UserSession | None) -> None:
    """Take today's backup if none exists yet; never raises."""
    if user is None or not vault.is_unlocked:
        return
    try:
        outcome = auto_backup_if_due(vault, user)
    except Exception as exc:  # the lock goes on whatever happens
        log.warning("daily backup failed: %s", type(exc).__name__)
        return
    if outcome is not None and outcome.external_error:
        log.warning("daily backup: the external copy failed")
