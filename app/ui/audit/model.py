"""The audit table: filled lazily, newest entries first, a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.core.audit_view import PAGE_SIZE, AuditPage, AuditRow
from app.i18n import tr

_ROOT = QModelIndex()
#: fetch(before, limit) -> AuditPage, run on the worker thread
Fetcher = Callable[[int | None, int], AuditPage]
#: run(fn, on_done, on_error): the workspace's TaskRunner.run, bound to an owner
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


def headers() -> list[str]:
    return [
        tr("N°"),
        tr("Date et heure"),
        tr("Utilisateur·rice"),
        tr("Action"),
        tr("Dossier"),
        tr("Objet"),
        tr("Détail"),
    ]


def _text(row: AuditRow, column: int) -> str:
    if column == 0:
        return str(row.seq)
    if column == 1:
        return row.at.strftime("%d/%m/%Y %H:%M:%S")
    if column == 2:
        if row.user_name and row.login:
            return f"{row.user_name} ({row.login})"
        return row.login or "—"
    if column == 3:
        return row.action_label
    if column == 4:
        return row.case_reference or ""
    if column == 5:
        return row.object_type or ""
    if column == 6:
        return row.detail or ""
    return ""


class AuditTableModel(QAbstractTableModel):
    #: rows now held after a page arrived
    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[AuditRow] = []
        self._fetch: Fetcher | None = None
        self._run: Runner | None = None
        self._cursor: int | None = None
        self._exhausted = True
        self._fetching = False
        self._generation = 0

    def set_source(self, fetch: Fetcher, run: Runner) -> None:
        self.clear()
        self._fetch, self._run = fetch, run
        self._exhausted = False
        self.fetchMore(_ROOT)

    def clear(self) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._fetch = self._run = None
        self._cursor = None
        self._exhausted = True
        self._fetching = False
        self.endResetModel()

    @property
    def is_complete(self) -> bool:
        return self._exhausted and not self._fetching

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        if parent.isValid() or self._fetch is None:
            return False
        return not self._fetching and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None and self._run is not None
        fetch, cursor, limit, generation = (
            self._fetch,
            self._cursor,
            self.page_size,
            self._generation,
        )
        self._fetching = True
        self._run(
            lambda: fetch(cursor, limit),
            lambda page: self._arrived(generation, page),
            lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, page: AuditPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(_ROOT, first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(len(self._rows))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._exhausted = True
        self.failed.emit(exc)

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            names = headers()
            return names[section] if 0 <= section < len(names) else None
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return row.action
        if role == Qt.ItemDataRole.ForegroundRole and row.action in (
            "unlock_failed",
            "trail_cut",
        ):
            return Qt.GlobalColor.darkRed
        return None
