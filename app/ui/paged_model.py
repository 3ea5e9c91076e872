"""One table model base for lists read a page at a time (keyset pagination).

Qt asks for more rows through ``canFetchMore``/``fetchMore`` as the view
scrolls. Pages are read on the worker thread (``run`` is the workspace's
``TaskRunner.run``); a page that arrives after the model was reset or given a
new source is dropped (generation counter). ``fetch(tx, cursor, limit)`` runs
in a read transaction handed over by ``read`` (a bound
:meth:`app.ui.operations.Operations.reader`). Subclasses provide ``data``,
``columnCount`` and ``headerData``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Signal,
)

from app.ui.operations import Reader, Tx

ROOT = QModelIndex()

RowT = TypeVar("RowT")


class Page(Protocol[RowT]):  # type: ignore[misc]
    rows: list[RowT]
    next_cursor: Any


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows held so far, and the cursor of the next page."""

    #: rows now held, after a page (or a result set) arrived
    loaded = Signal(int)
    #: a page could not be read (the exception is given)
    failed = Signal(object)

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[RowT] = []
        self._fetch: Callable[[Tx, Any, int], Page[RowT]] | None = None
        self._read: Reader | None = None
        self._cursor: Any = None
        self._exhausted = True
        self._fetching = False
        self._generation = 0

    # -- source ----------------------------------------------------------------------
    def set_source(self, fetch: Callable[[Tx, Any, int], Page[RowT]], read: Reader) -> None:
        """Start again from the first page of ``fetch(tx, cursor, limit)``, read
        through ``read``."""
        self._reset([])
        self._fetch, self._read = fetch, read
        self._exhausted = False
        self.fetchMore(ROOT)

    def set_results(self, rows: list[RowT]) -> None:
        """Show a finite result set (e.g. a search): nothing more to fetch."""
        self._reset(rows)
        self.loaded.emit(len(self._rows))

    def clear(self) -> None:
        """Forget every row and the source (on lock)."""
        self._reset([])

    def _reset(self, rows: list[RowT]) -> None:
        self.beginResetModel()
        self._generation += 1  # pages still on their way are dropped
        self._rows = list(rows)
        self._fetch = self._read = None
        self._cursor = None
        self._exhausted = True
        self._fetching = False
        self.endResetModel()

    # -- paging ----------------------------------------------------------------------
    @property
    def is_fetching(self) -> bool:
        return self._fetching

    @property
    def is_complete(self) -> bool:
        """Every row of the source is held (or a result set is shown)."""
        return self._exhausted and not self._fetching

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:
        if parent.isValid() or self._fetch is None:
            return False
        return not self._fetching and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None and self._read is not None
        fetch, cursor, limit = self._fetch, self._cursor, self.page_size
        generation = self._generation
        self._fetching = True
        self._read(
            lambda tx: fetch(tx, cursor, limit),
            lambda page: self._page_arrived(generation, page),
            lambda exc: self._page_failed(generation, exc),
        )

    def _page_arrived(self, generation: int, page: Page[RowT]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(ROOT, first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(len(self._rows))

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._exhausted = True
        self.failed.emit(exc)

    # -- reading ---------------------------------------------------------------------
    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)
