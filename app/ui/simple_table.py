"""A read-only table of a few hundred rows at most, each row keyed by an id.

For the short lists of the housing and activities pages (units, stays, the
waiting list, sessions); long lists page through :mod:`app.ui.paged_model`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

WARNING_COLOUR = QColor("#8a4b00")


class RowTable(QTableWidget):
    """Rows of text with a key each; Enter or a double click asks to open the row."""

    current_changed = Signal(object)  # the key of the current row, or None
    open_requested = Signal(object)

    def __init__(self, headers: Sequence[str], name: str, *, stretch: int = 0) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setAccessibleName(name)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column == stretch:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        self._keys: list[Any] = []
        self.itemSelectionChanged.connect(lambda: self.current_changed.emit(self.current_key()))
        self.itemDoubleClicked.connect(lambda _item: self._open())

    def set_rows(self, rows: Sequence[tuple[Any, Sequence[str]]], *, flagged: set = ()) -> None:
        """Replace the rows (``flagged`` keys are drawn in the warning colour); the
        current row stays on the same key when it is still there."""
        keep = self.current_key()
        self.blockSignals(True)
        self.setRowCount(0)
        self._keys = [key for key, _ in rows]
        self.setRowCount(len(rows))
        for i, (key, texts) in enumerate(rows):
            for j, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if key in flagged:
                    item.setForeground(WARNING_COLOUR)
                self.setItem(i, j, item)
        self.blockSignals(False)
        if keep in self._keys:
            self.selectRow(self._keys.index(keep))
        self.current_changed.emit(self.current_key())

    def current_key(self) -> Any:
        row = self.currentRow()
        selected = self.selectionModel().hasSelection() if self.selectionModel() else False
        return self._keys[row] if selected and 0 <= row < len(self._keys) else None

    def select_key(self, key: Any) -> None:
        if key in self._keys:
            self.selectRow(self._keys.index(key))

    def keys(self) -> list[Any]:
        return list(self._keys)

    def _open(self) -> None:
        key = self.current_key()
        if key is not None:
            self.open_requested.emit(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open()
            return
        super().keyPressEvent(event)
