"""The audit table: filled lazily, newest entries first, a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from app.core.audit_view import PAGE_SIZE, AuditPage, AuditRow
from app.i18n import tr
from app.ui.paged_model import ROOT, PagedTableModel

_ROOT = ROOT
#: fetch(before, limit) -> AuditPage, run on the worker thread
Fetcher = Callable[[int | None, int], AuditPage]


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


class AuditTableModel(PagedTableModel[AuditRow]):
    """The trail, newest entries first, a page at a time."""

    def __init__(self, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(page_size, parent)

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
