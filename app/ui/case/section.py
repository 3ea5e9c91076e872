"""What every section (tab) of the case screen shares."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.core.case_screen import CaseBundle
from app.ui.case.forms import FormDialog
from app.ui.operations import ErrorHandler, Tx
from app.ui.workspace import Workspace


class CaseScreen(Protocol):
    """What a section asks of the case page."""

    workspace: Workspace | None
    bundle: CaseBundle | None

    @property
    def hide_names(self) -> bool: ...

    def open_form(self, dialog: FormDialog, draft: dict[str, Any] | None = None) -> None: ...

    def run_write(
        self,
        job: Callable[[Tx], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: ErrorHandler | None = None,
    ) -> None: ...

    def after_erasure(self, outcome: Any) -> None: ...


class Section(QWidget):
    """A tab of the case screen: shows its part of the bundle, opens its forms."""

    #: first part of the form keys this section resumes ("person", "followup", …)
    draft_kinds: tuple[str, ...] = ()

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen = screen

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        """Reopen the form a draft came from, filled with the draft."""


class TableSection(Section):
    """A section listing records in a table with Ajouter / Modifier / Retirer buttons.

    Subclasses give the headers and button texts, turn records into rows
    (:meth:`rows`), and implement :meth:`open_record` and :meth:`remove_selected`.
    """

    def __init__(
        self,
        screen: CaseScreen,
        headers: Sequence[str],
        accessible_name: str,
        button_texts: tuple[str, str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(screen, parent)
        self.records: list[Any] = []
        self.table = make_table(headers)
        self.table.setAccessibleName(accessible_name)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        add, edit, remove = button_texts
        self.add_button = QPushButton(add)
        self.edit_button = QPushButton(edit)
        self.remove_button = QPushButton(remove)
        self.add_button.clicked.connect(lambda: self.open_record(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)

    def buttons(self) -> QHBoxLayout:
        return button_row(self.add_button, self.edit_button, self.remove_button)

    # -- to provide ---------------------------------------------------------------------
    def rows(self, records: list[Any], hide_names: bool) -> list[list[str]]:
        raise NotImplementedError

    def open_record(self, record: Any | None, draft: dict[str, Any] | None = None) -> None:
        raise NotImplementedError

    def remove_selected(self) -> None:
        raise NotImplementedError

    def can_remove(self, record: Any) -> bool:
        return True

    # -- shared ---------------------------------------------------------------------------
    def show_records(self, records: Sequence[Any], hide_names: bool) -> None:
        self.records = list(records)
        fill_table(self.table, self.rows(self.records, hide_names), [r.id for r in self.records])
        self._selection_changed()

    def clear(self) -> None:
        self.records = []
        self.table.setRowCount(0)

    def selected(self) -> Any | None:
        chosen = selected_id(self.table)
        return next((r for r in self.records if r.id == chosen), None)

    def _selection_changed(self) -> None:
        record = self.selected()
        self.edit_button.setEnabled(record is not None)
        self.remove_button.setEnabled(record is not None and self.can_remove(record))

    def edit_selected(self) -> None:
        record = self.selected()
        if record is not None:
            self.open_record(record)

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        """``kind:new`` (or ``kind:new:<case>``) reopens a new form, ``kind:<id>`` that record's."""
        parts = form_key.split(":")
        record = None
        if len(parts) == 2:
            wanted = uuid.UUID(parts[1])
            record = next((r for r in self.records if r.id == wanted), None)
            if record is None:
                return
        self.open_record(record, payload)


def button_row(*buttons: QPushButton, stretch: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(8)
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    if stretch:
        row.addStretch(1)
    return row


def make_table(headers: Sequence[str], *, stretch: int = -1) -> QTableWidget:
    """A read-only table selecting whole rows; column ``stretch`` takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(
        stretch if stretch >= 0 else len(headers) - 1, QHeaderView.ResizeMode.Stretch
    )
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    ids: Sequence[uuid.UUID] | None = None,
    highlight: Sequence[bool] | None = None,
    *,
    select: bool = True,
) -> None:
    """Replace the rows; ``ids`` go to the first cell's UserRole."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value if len(value) > 30 else "")
            if highlight and highlight[r]:
                item.setBackground(QColor("#e8f1fb"))
                font = item.font()
                font.setBold(c == 0)
                item.setFont(font)
            table.setItem(r, c, item)
        if ids is not None:
            table.item(r, 0).setData(Qt.ItemDataRole.UserRole, ids[r])
    table.resizeRowsToContents()
    if rows and select:
        table.selectRow(0)


def selected_id(table: QTableWidget) -> uuid.UUID | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    value = item.data(Qt.ItemDataRole.UserRole) if item else None
    return value if isinstance(value, uuid.UUID) else None
