"""The case table: a lazily filled model over the keyset-paginated case list.

The model holds only the rows fetched so far. ``fetchMore`` asks the worker
thread for the next page (``list_cases(..., after=cursor)``) and appends the
rows when they arrive; while a page is on its way ``canFetchMore`` is false,
so the view never asks twice. Search results come the same way, a page of
``search_cases`` at a time.
Sorting is done by the database (``CaseSort``), never in the view.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from app.core.case_list import PAGE_SIZE, CasePage, CaseRow, CaseSort
from app.core.vocabulary import RiskLevel
from app.i18n import tr
from app.ui.paged_model import ROOT, PagedTableModel

COL_REFERENCE = 0
COL_PERSON = 1
COL_COMMUNE = 2
COL_STATUS = 3
COL_RISK = 4
COL_OPENED = 5
COL_LAST_CONTACT = 6
COL_WORKERS = 7
COLUMN_COUNT = 8

#: the case's UUID
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: True for a confidential case (reference column)
CONFIDENTIAL_ROLE = Qt.ItemDataRole.UserRole + 2
#: the RiskLevel (or None) of the row, any column
RISK_ROLE = Qt.ItemDataRole.UserRole + 3

#: marker colours: orange for high, red for critical
RISK_COLOURS = {RiskLevel.HIGH: "#f08c00", RiskLevel.CRITICAL: "#d92d20"}
#: darker shades for text, readable on white (contrast above 4.5:1)
RISK_TEXT_COLOURS = {RiskLevel.HIGH: "#a04a00", RiskLevel.CRITICAL: "#b42318"}
STANDOUT = (RiskLevel.HIGH, RiskLevel.CRITICAL)
_ROOT = ROOT

#: columns the database can sort on, with the CaseSort for each Qt order
_SORTS: dict[int, dict[Qt.SortOrder, CaseSort]] = {
    COL_REFERENCE: {
        Qt.SortOrder.AscendingOrder: CaseSort.REFERENCE,
        Qt.SortOrder.DescendingOrder: CaseSort.REFERENCE_DESC,
    },
    COL_OPENED: {
        Qt.SortOrder.DescendingOrder: CaseSort.NEWEST,
        Qt.SortOrder.AscendingOrder: CaseSort.OLDEST,
    },
    COL_RISK: {
        Qt.SortOrder.DescendingOrder: CaseSort.RISK,
        Qt.SortOrder.AscendingOrder: CaseSort.RISK_LOWEST,
    },
    COL_LAST_CONTACT: {
        Qt.SortOrder.AscendingOrder: CaseSort.LAST_CONTACT,
        Qt.SortOrder.DescendingOrder: CaseSort.LAST_CONTACT_RECENT,
    },
}
#: the header indicator that matches each CaseSort
SORT_INDICATOR: dict[CaseSort, tuple[int, Qt.SortOrder]] = {
    CaseSort.REFERENCE: (COL_REFERENCE, Qt.SortOrder.AscendingOrder),
    CaseSort.REFERENCE_DESC: (COL_REFERENCE, Qt.SortOrder.DescendingOrder),
    CaseSort.RISK_LOWEST: (COL_RISK, Qt.SortOrder.AscendingOrder),
    CaseSort.LAST_CONTACT_RECENT: (COL_LAST_CONTACT, Qt.SortOrder.DescendingOrder),
    CaseSort.NEWEST: (COL_OPENED, Qt.SortOrder.DescendingOrder),
    CaseSort.OLDEST: (COL_OPENED, Qt.SortOrder.AscendingOrder),
    CaseSort.RISK: (COL_RISK, Qt.SortOrder.DescendingOrder),
    CaseSort.LAST_CONTACT: (COL_LAST_CONTACT, Qt.SortOrder.AscendingOrder),
}

#: fetch(cursor, limit) -> CasePage, run on the worker thread
PageFetcher = Callable[[tuple[Any, ...] | None, int], CasePage]


def headers() -> list[str]:
    return [
        tr("Référence"),
        tr("Personne"),
        tr("Commune"),
        tr("Statut"),
        tr("Risque"),
        tr("Ouvert le"),
        tr("Dernier contact"),
        tr("Intervenant·es"),
    ]


def sort_for(column: int, order: Qt.SortOrder) -> CaseSort | None:
    """The database sort for a header click, or None for a column it cannot sort."""
    return _SORTS.get(column, {}).get(order)


_markers: dict[RiskLevel, QIcon] = {}


def risk_caption(level: RiskLevel) -> str:
    """What a risk marker means, in words: "Risque élevé" (its tooltip and the
    text a screen reader says with the line)."""
    return tr("Risque {level}").format(level=level.label.lower())


def risk_marker(level: RiskLevel) -> QIcon:
    """A filled circle in the level's colour (orange for high, red for critical)."""
    if level not in _markers:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(RISK_COLOURS[level]))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _markers[level] = QIcon(pixmap)
    return _markers[level]


class CaseTableModel(PagedTableModel[CaseRow]):
    """Rows of the case list (or of a search), one page at a time."""

    #: the database sort changed through :meth:`sort` (the page reloads)
    sort_changed = Signal(object)

    def __init__(self, page_size: int = PAGE_SIZE, parent: QObject | None = None) -> None:
        super().__init__(page_size, parent)
        self.sort_order = CaseSort.NEWEST
        self._bold = QFont()
        self._bold.setBold(True)

    # -- reading -------------------------------------------------------------------
    def case_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers()[section]
        if role == Qt.ItemDataRole.InitialSortOrderRole and section in _SORTS:
            return SORT_INDICATOR[next(iter(_SORTS[section].values()))][1]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        if role == RISK_ROLE:
            return row.risk_level
        if role == CONFIDENTIAL_ROLE:
            return row.confidential
        standout = row.risk_level in STANDOUT
        if role == Qt.ItemDataRole.FontRole and standout:
            return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == COL_RISK and standout:
            assert row.risk_level is not None
            return risk_marker(row.risk_level)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_RISK and standout:
            assert row.risk_level is not None
            return QColor(RISK_TEXT_COLOURS[row.risk_level])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_REFERENCE:
            if row.confidential:
                return tr("{reference}, confidentiel").format(reference=row.reference)
            return row.reference
        return None

    @staticmethod
    def _text(row: CaseRow, column: int) -> str:
        if column == COL_REFERENCE:
            return row.reference
        if column == COL_PERSON:
            return row.person
        if column == COL_COMMUNE:
            return row.commune or ""
        if column == COL_STATUS:
            return row.status.label
        if column == COL_RISK:
            return row.risk_level.label if row.risk_level else tr("Non évalué")
        if column == COL_OPENED:
            return row.opened_on.strftime("%d/%m/%Y")
        if column == COL_LAST_CONTACT:
            return row.last_contact_at.strftime("%d/%m/%Y") if row.last_contact_at else "—"
        if column == COL_WORKERS:
            return row.workers
        return ""

    @staticmethod
    def _tooltip(row: CaseRow, column: int) -> str | None:
        if column == COL_REFERENCE and row.confidential:
            return tr("Dossier confidentiel : réservé aux intervenant·es désigné·es.")
        if column == COL_RISK and row.risk_level in STANDOUT:
            return tr("Risque {level} : à suivre de près.").format(
                level=row.risk_level.label.lower() if row.risk_level else ""
            )
        if column == COL_LAST_CONTACT and row.last_contact_at:
            return row.last_contact_at.strftime("%d/%m/%Y %H:%M")
        return None

    # -- sorting -----------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Map a header click to a database sort; the page reloads from the first page."""
        wanted = sort_for(column, order)
        if wanted is None or wanted == self.sort_order:
            return
        self.sort_order = wanted
        self.sort_changed.emit(wanted)
