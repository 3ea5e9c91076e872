"""The one helper for work that may take more than ~50 ms.

Key derivation (Argon2id, about a second), vault creation and database reads
run on a single worker thread, one job at a time, so the window never freezes
and two jobs never use the vault at once. Results come back on the GUI thread
through a queued signal: ``on_done(result)`` or ``on_error(exception)``.

Locking the vault first waits for the running job, then calls
:meth:`TaskRunner.forget_pending` so that no callback fills a screen again
after it was cleared.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

#: the longest the jobs held by :meth:`TaskRunner.hold_until_drawn` wait for
#: the screen's drawing (a screen that draws nothing)
HOLD_MS = 100
#: the longest a held job waits on the worker (the release never came)
HOLD_LIMIT_S = 0.25
#: the drawing is taken as done when the screen drew nothing more for this
#: long (its layout and drawing come in a few passes, 5 ms apart at least)
QUIET_MS = 8


class _Drawn(QObject):
    """Sets ``hold`` once ``widget`` has been drawn (:data:`QUIET_MS` after its
    last Paint event), or after :data:`HOLD_MS`."""

    def __init__(self, widget: QObject, hold: threading.Event, parent: QObject) -> None:
        super().__init__(parent)
        self._widget = widget
        self._hold = hold
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.release)
        widget.installEventFilter(self)
        QTimer.singleShot(HOLD_MS, self, self.release)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._hold.is_set():
            self._quiet.start()  # (again: drawn once more)
        return False

    def release(self) -> None:
        if self._hold.is_set() and self._widget is None:
            return
        self._hold.set()
        widget, self._widget = self._widget, None
        if widget is not None and shiboken6.isValid(widget):
            widget.removeEventFilter(self)
        self.deleteLater()


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    owner: QObject | None
    epoch: int


class _Job(QRunnable):
    def __init__(
        self,
        job_id: int,
        fn: Callable[[], Any],
        runner: TaskRunner,
        hold: threading.Event | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = job_id
        self._fn = fn
        self._hold = hold
        self._finished = runner._finished  # the bound signal, emitted from the worker

    def run(self) -> None:
        if self._hold is not None:
            self._hold.wait(HOLD_LIMIT_S)  # (without the GIL)
        try:
            result = self._fn()
        except BaseException as exc:  # handed to on_error on the GUI thread
            self._finished.emit(self._id, False, (exc,))
        else:
            # Always a tuple: a bare None crossing threads through an ``object``
            # signal has been seen to upset PySide6's reference counting.
            self._finished.emit(self._id, True, (result,))


class TaskRunner(QObject):
    """Runs callables on one worker thread and calls back on the GUI thread."""

    _finished = Signal(int, bool, object)
    #: emitted (on the GUI thread) when the number of running jobs changes
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._epoch = 0
        self._hold: threading.Event | None = None
        self._finished.connect(self._deliver)

    @property
    def is_busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn()`` off the GUI thread.

        Callbacks are skipped when ``owner`` (a widget) was deleted meanwhile.
        Without ``on_error`` an exception goes to the application's error hook.
        """
        job_id = next(self._ids)
        was_busy = self.is_busy
        self._pending[job_id] = _Pending(on_done, on_error, owner, self._epoch)
        hold = self._hold if self._hold is not None and not self._hold.is_set() else None
        self._pool.start(_Job(job_id, fn, self, hold))
        if not was_busy:
            self.busy_changed.emit(True)

    def hold_until_drawn(self, widget: QObject) -> None:
        """The jobs started from now until ``widget`` (a screen just shown) has
        been laid out and drawn wait for it on the worker (at most
        :data:`HOLD_MS`). A worker reading meanwhile held the GIL while the GUI
        thread drew, and each widget's drawing, which passes through the Python
        event filters, waited for it: the window stalled (issue #10)."""
        if self._hold is None or self._hold.is_set():
            self._hold = hold = threading.Event()
            _Drawn(widget, hold, self)

    def wait_for_done(self, timeout_ms: int = -1) -> bool:
        """Block until the worker is idle (callbacks are still queued)."""
        if self._hold is not None:
            self._hold.set()  # (its timer cannot run while the GUI thread waits)
        return self._pool.waitForDone(timeout_ms)

    def forget_pending(self) -> None:
        """Drop the callbacks of every job started so far (used when locking)."""
        self._epoch += 1

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, boxed: Any) -> None:
        payload = boxed[0]
        pending = self._pending.pop(job_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None or pending.epoch != self._epoch:
            return
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return
        if ok:
            if pending.on_done is not None:
                pending.on_done(payload)
        elif pending.on_error is not None:
            pending.on_error(payload)
        else:
            from app.ui.messages import report_unexpected

            report_unexpected(payload)
