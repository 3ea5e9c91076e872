"""The directory list: name, sector, communes, phone, contacts."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.core.partners import PartnerRow
from app.i18n import tr


class PartnerTable(QTableWidget):
    current_changed = Signal(object)  # partner id or None
    open_requested = Signal(object)

    def __init__(self) -> None:
        super().__init__(0, 5)
        self.setHorizontalHeaderLabels(
            [tr("Organisation"), tr("Secteur"), tr("Communes"), tr("Téléphone"), tr("Contacts")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setAccessibleName(tr("Organisations du répertoire"))
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 170), (2, 150), (3, 110), (4, 150)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        self.itemSelectionChanged.connect(lambda: self.current_changed.emit(self.current_id()))
        self.itemDoubleClicked.connect(lambda _i: self.open_requested.emit(self.current_id()))

    def set_rows(self, rows: list[PartnerRow]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        self.setRowCount(len(rows))
        grey = QColor("#8a949c")
        for r, row in enumerate(rows):
            values = (row.name, row.sector_label, row.communes, row.phone or "", row.contacts)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row.id)
                    if not row.active:
                        item.setText(tr("{name} (inactive)").format(name=row.name))
                if not row.active:
                    item.setForeground(grey)
                self.setItem(r, c, item)
        self.blockSignals(False)
        self.current_changed.emit(self.current_id())

    def current_id(self) -> uuid.UUID | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id():
            self.open_requested.emit(self.current_id())
            return
        super().keyPressEvent(event)
