"""The one way a screen reads or writes the vault.

A screen says *what* to do — a function of a transaction that calls core
services — and *what to do with the result*. :class:`Operations` says *how*:
the function runs on the worker thread (:class:`~app.ui.tasks.TaskRunner`),
in one session and one transaction (:mod:`app.core.transaction`), and its
result or its error comes back on the GUI thread. Like anki's ``QueryOp`` /
``CollectionOp``.

Errors are never dropped: ``on_error`` may show an error itself (next to a
field, in the page) and return ``True``; otherwise — no handler, or a handler
that returns ``False`` — the French sentence of the error is shown in a
message box over the owner's window (:func:`app.ui.messages.error_text`).
Callbacks are skipped when the owner widget was deleted meanwhile, or when
the vault was locked since the operation started.

Nothing under ``app/ui`` opens a database session or imports SQLAlchemy:
this module and :mod:`app.core.transaction` are the door.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

from app.core import transaction
from app.core.transaction import Tx
from app.storage.vault import Vault
from app.ui.messages import error_text, show_error
from app.ui.tasks import TaskRunner

__all__ = ["ErrorHandler", "Operations", "Reader", "Tx"]

T = TypeVar("T")

#: shows an error itself and returns True, or returns False to let the helper show it
ErrorHandler = Callable[[BaseException], bool]
#: read(fn, on_done, on_error): a bound :meth:`Operations.read` (for paged models)
Reader = Callable[
    [Callable[[Tx], Any], Callable[[Any], None], Callable[[BaseException], None]], None
]


class Operations:
    """Reads and writes of one unlocked vault, run off the GUI thread."""

    def __init__(self, vault: Vault, tasks: TaskRunner) -> None:
        self.vault = vault
        self.tasks = tasks

    def read(
        self,
        owner: QWidget,
        fn: Callable[[Tx], T],
        on_done: Callable[[T], None] | None = None,
        *,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run ``fn(tx)`` in a read-only transaction; ``on_done(result)`` on the GUI thread."""
        vault = self.vault
        self._run(owner, lambda: transaction.read(vault, fn), on_done, on_error)

    def write(
        self,
        owner: QWidget,
        fn: Callable[[Tx], T],
        on_done: Callable[[T], None] | None = None,
        *,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run ``fn(tx)`` in one transaction, committed if it returns."""
        vault = self.vault
        self._run(owner, lambda: transaction.write(vault, fn), on_done, on_error)

    def write_now(self, fn: Callable[[Tx], T]) -> T:
        """Run ``fn(tx)`` at once on the calling (GUI) thread, after the worker.

        Only for the moment of locking, when the vault is about to close and the
        screen waits anyway (keeping drafts). Errors are raised to the caller."""
        self.tasks.wait_for_done()
        return transaction.write(self.vault, fn)

    def reader(self, owner: QWidget) -> Reader:
        """A ``read(fn, on_done, on_failed)`` for a paged table model: failures go
        to ``on_failed`` (the model reports them through its ``failed`` signal)."""

        def run(
            fn: Callable[[Tx], Any],
            on_done: Callable[[Any], None],
            on_failed: Callable[[BaseException], None],
        ) -> None:
            def handled(exc: BaseException) -> bool:
                on_failed(exc)
                return True

            self.read(owner, fn, on_done, on_error=handled)

        return run

    def _run(
        self,
        owner: QWidget,
        job: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: ErrorHandler | None,
    ) -> None:
        def failed(exc: BaseException) -> None:
            if on_error is not None and on_error(exc):
                return
            window = owner.window() if shiboken6.isValid(owner) else None
            show_error(window, error_text(exc), blocking=False)

        self.tasks.run(job, on_done, failed, owner=owner)
