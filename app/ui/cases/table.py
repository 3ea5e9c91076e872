"""The case table view: keyboard opening, the "Confidentiel" badge, column widths."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.i18n import tr
from app.ui.cases.model import (
    COL_COMMUNE,
    COL_LAST_CONTACT,
    COL_OPENED,
    COL_PERSON,
    COL_REFERENCE,
    COL_RISK,
    COL_STATUS,
    CONFIDENTIAL_ROLE,
)

BADGE_TEXT = "#4b3b7a"
BADGE_BACKGROUND = "#ece8f6"
#: a sample of the widest text of each column (measured in bold: high-risk rows)
SAMPLES = {
    COL_REFERENCE: "2026-0000",
    COL_PERSON: "Marie-Christine Lam",
    COL_COMMUNE: "Chaudfontaine",
    COL_STATUS: "En pause",
    COL_RISK: "Non évalué",
    COL_OPENED: "00/00/0000",
    COL_LAST_CONTACT: "00/00/0000",
}


def badge_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() - 2))
    font.setBold(True)
    return font


def badge_width(base: QFont) -> int:
    """The room the "Confidentiel" badge takes after the reference, margins included."""
    return QFontMetrics(badge_font(base)).horizontalAdvance(tr("Confidentiel")) + 18


class ReferenceDelegate(QStyledItemDelegate):
    """Draws the reference, then a small "Confidentiel" badge for confidential cases."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if not index.data(CONFIDENTIAL_ROLE):
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text_width = QFontMetrics(opt.font).horizontalAdvance(opt.text)
        font = badge_font(opt.font)
        metrics = QFontMetrics(font)
        label = tr("Confidentiel")
        width = metrics.horizontalAdvance(label) + 10
        height = metrics.height() + 2
        rect = option.rect
        left = rect.left() + 6 + text_width + 8
        badge = QRect(left, rect.top() + (rect.height() - height) // 2, width, height)
        badge = badge.intersected(rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BADGE_BACKGROUND))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor(BADGE_TEXT))
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if index.data(CONFIDENTIAL_ROLE):
            size.setWidth(size.width() + badge_width(option.font))
        return size


class CaseTable(QTableView):
    """A read-only table of cases; Enter or a double-click asks to open the row."""

    #: the row to open (Enter, Return or double-click)
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setItemDelegateForColumn(COL_REFERENCE, ReferenceDelegate(self))
        self.setAccessibleName(tr("Liste des dossiers"))
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.row()))

    def apply_widths(self) -> None:
        """Columns wide enough for their usual content, in bold, and their title."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        model = self.model()
        for column, sample in SAMPLES.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal)) if model else ""
            text = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title) + 16)
            if column == COL_REFERENCE:
                text += badge_width(self.font())
            self.setColumnWidth(column, text + 14)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.open_requested.emit(index.row())
                event.accept()
                return
        super().keyPressEvent(event)
