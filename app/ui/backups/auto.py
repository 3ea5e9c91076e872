"""The day's automatic backup, taken in the background while the vault is open.

Shortly after the first unlock of the day the copy starts on a thread of its
own — not the worker every screen reads through, so a 1.6 GiB copy does not
hold up the pages; SQLite's backup API reads one snapshot while the worker
goes on writing in the WAL. Locking must be immediate, so a lock stops a
running copy (between two steps of 4 MiB) and waits only for that; the next
unlock starts it again. At exit, a day without a verified backup is backed up
before the vault closes. A failure never stops a lock or an exit: it is
logged, and the home page tells the coordinator when the last verified backup
is old.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QThreadPool, QTimer

from app.core.auth import UserSession
from app.core.backups import auto_backup_if_due
from app.storage.vault import Vault

log = logging.getLogger(__name__)

#: how long after an unlock the day's backup starts (the first screens load first)
START_DELAY_MS = 10_000


class _Stopped(Exception):
    """Raised from the copy's progress callback when the vault is being locked."""


class DailyBackup(QObject):
    """Starts the day's backup after an unlock; stops it before a lock."""

    def __init__(self, parent: QObject | None = None, *, delay_ms: int = START_DELAY_MS) -> None:
        super().__init__(parent)
        self.delay_ms = delay_ms
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._target: tuple[Vault, UserSession] | None = None

    @property
    def is_running(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def schedule(self, vault: Vault, user: UserSession) -> None:
        """After an unlock: take today's backup soon, if there is none yet."""
        self._target = (vault, user)
        self._timer.start(self.delay_ms)

    def stop(self) -> None:
        """Before a lock or an exit: no backup starts, a running one stops (its
        partial copy is removed) and this returns once its thread is idle."""
        self._timer.stop()
        self._target = None
        self._stop.set()
        self._pool.waitForDone()
        self._stop.clear()

    def _start(self) -> None:
        if self._target is None:
            return
        vault, user = self._target
        stop = self._stop

        def progress(_phase: str, _done: int, _total: int) -> None:
            if stop.is_set():
                raise _Stopped

        def job() -> None:
            try:
                outcome = auto_backup_if_due(vault, user, progress=progress)
            except _Stopped:
                log.info("daily backup stopped by a lock; it starts again at the next unlock")
            except Exception as exc:  # logged; the home page reports an old backup
                log.warning("daily backup failed: %s", type(exc).__name__)
            else:
                if outcome is not None and outcome.external_error:
                    log.warning("daily backup: the external copy failed")

        self._pool.start(job)


def backup_before_exit(vault: Vault, user: UserSession) -> None:
    """At exit, today's backup if none was made yet (the window is already
    hidden); never raises."""
    if not vault.is_unlocked:
        return
    try:
        outcome = auto_backup_if_due(vault, user)
    except Exception as exc:  # the exit goes on whatever happens
        log.warning("daily backup failed: %s", type(exc).__name__)
        return
    if outcome is not None and outcome.external_error:
        log.warning("daily backup: the external copy failed")
