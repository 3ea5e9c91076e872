"""The agenda list: entries grouped under headings (overdue first, then each day)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from app.i18n import tr
from app.ui.agenda.entries import (
    ENTRY_ROLE,
    WARNING_BACKGROUND,
    WARNING_COLOUR,
    Entry,
    Severity,
    blank_marker,
    when_text,
)
from app.ui.cases.model import RISK_TEXT_COLOURS, STANDOUT, risk_caption, risk_marker

COL_TIME = 0
COL_TITLE = 1
COL_REFERENCE = 2
COL_SUBTITLE = 3
COL_DETAIL = 4


@dataclass(frozen=True)
class Group:
    """A heading and its entries; ``warning`` paints the heading in the warning colour."""

    heading: str
    entries: Sequence[Entry]
    empty_text: str = ""
    warning: bool = False
    with_date: bool = False  # show the date beside the time (overdue items)
    #: names the group, to add entries to it later (a day's ISO date, "overdue")
    key: str = ""
    #: a last line saying that more entries are not shown yet (a long list)
    more_text: str = ""


#: on a heading: its group's key; on the "more to see" line of a group: True
GROUP_ROLE = Qt.ItemDataRole.UserRole + 11
MORE_ROLE = Qt.ItemDataRole.UserRole + 12


class AgendaTree(QTreeWidget):
    """Read-only; Enter or a double-click on an entry asks to open its case."""

    open_requested = Signal(object)  # case id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(5)
        self.setHeaderLabels(
            [tr("Heure"), tr("Personne"), tr("Dossier"), tr("Type"), tr("Lieu / précisions")]
        )
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setIconSize(QSize(12, 12))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName(tr("Rendez-vous"))
        for column, width in ((COL_TIME, 170), (COL_TITLE, 200), (COL_REFERENCE, 100)):
            self.setColumnWidth(column, width)
        self.setColumnWidth(COL_SUBTITLE, 220)
        self.itemDoubleClicked.connect(lambda item, _column: self._open(item))

    def show_groups(self, groups: Sequence[Group]) -> None:
        self.clear()
        for group in groups:
            heading = QTreeWidgetItem([group.heading])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setData(COL_TIME, GROUP_ROLE, group.key)
            font = QFont(self.font())
            font.setBold(True)
            heading.setFont(COL_TIME, font)
            if group.warning:
                heading.setForeground(COL_TIME, QColor(WARNING_COLOUR))
                heading.setBackground(COL_TIME, QBrush(QColor(WARNING_BACKGROUND)))
            self.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
            for entry in group.entries:
                heading.addChild(self._entry_item(entry, group.with_date))
            if group.more_text:
                self._note(heading, group.more_text, more=True)
            elif not group.entries and group.empty_text:
                self._note(heading, group.empty_text)
        self.expandAll()

    def _note(self, heading: QTreeWidgetItem, text: str, *, more: bool = False) -> None:
        note = QTreeWidgetItem([text])
        note.setFlags(Qt.ItemFlag.NoItemFlags)
        if more:
            note.setData(COL_TIME, MORE_ROLE, True)
        heading.addChild(note)
        note.setFirstColumnSpanned(True)

    def _heading(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            heading = self.topLevelItem(i)
            if heading.data(COL_TIME, GROUP_ROLE) == key:
                return heading
        return None

    def add_to_group(
        self, key: str, entries: Sequence[Entry], more_text: str, *, with_date: bool = False
    ) -> None:
        """Add ``entries`` at the end of the group ``key`` (the next page of a long
        list), its "more to see" line replaced by ``more_text`` (none if empty)."""
        heading = self._heading(key)
        if heading is None:
            return
        for i in reversed(range(heading.childCount())):
            child = heading.child(i)
            if not child.flags() & Qt.ItemFlag.ItemIsEnabled:  # a note: empty or more to see
                heading.removeChild(child)
        heading.addChildren([self._entry_item(entry, with_date) for entry in entries])
        if more_text:
            self._note(heading, more_text, more=True)

    def more_texts(self) -> list[str]:
        """The "more to see" lines, in the order of their groups."""
        return [
            heading.child(j).text(COL_TIME)
            for i in range(self.topLevelItemCount())
            for heading in [self.topLevelItem(i)]
            for j in range(heading.childCount())
            if heading.child(j).data(COL_TIME, MORE_ROLE)
        ]

    def _entry_item(self, entry: Entry, with_date: bool) -> QTreeWidgetItem:
        when = when_text(entry, with_date=with_date)
        item = QTreeWidgetItem([when, entry.title, entry.reference, entry.subtitle, entry.detail])
        item.setData(COL_TIME, ENTRY_ROLE, entry)
        for column in (COL_TITLE, COL_SUBTITLE, COL_DETAIL):
            item.setToolTip(column, item.text(column))
        standout = entry.risk_level in STANDOUT
        if standout:
            assert entry.risk_level is not None
            item.setIcon(COL_TITLE, risk_marker(entry.risk_level))
            caption = risk_caption(entry.risk_level)
            item.setToolTip(COL_TITLE, caption)
            item.setData(
                COL_TITLE,
                Qt.ItemDataRole.AccessibleTextRole,
                f"{entry.title}, {caption.lower()}",
            )
            bold = QFont(self.font())
            bold.setBold(True)
            for column in range(self.columnCount()):
                item.setFont(column, bold)
        else:
            item.setIcon(COL_TITLE, blank_marker())
        colour = None
        if entry.severity is Severity.OVERDUE:
            colour = QColor(WARNING_COLOUR)
        elif standout:
            assert entry.risk_level is not None
            colour = QColor(RISK_TEXT_COLOURS[entry.risk_level])
        if colour is not None:
            for column in range(self.columnCount()):
                item.setForeground(column, colour)
        return item

    # -- reading -----------------------------------------------------------------------
    def current_entry(self) -> Entry | None:
        item = self.currentItem()
        entry = item.data(COL_TIME, ENTRY_ROLE) if item else None
        return entry if isinstance(entry, Entry) else None

    def group_entries(self, index: int) -> list[Entry]:
        heading = self.topLevelItem(index)
        if heading is None:
            return []
        found = (heading.child(i).data(COL_TIME, ENTRY_ROLE) for i in range(heading.childCount()))
        return [e for e in found if isinstance(e, Entry)]

    def headings(self) -> list[str]:
        return [self.topLevelItem(i).text(COL_TIME) for i in range(self.topLevelItemCount())]

    def all_entries(self) -> list[Entry]:
        return [e for i in range(self.topLevelItemCount()) for e in self.group_entries(i)]

    def select_entry(self, followup_or_case: uuid.UUID) -> bool:
        for i in range(self.topLevelItemCount()):
            heading = self.topLevelItem(i)
            for j in range(heading.childCount()):
                entry = heading.child(j).data(COL_TIME, ENTRY_ROLE)
                if isinstance(entry, Entry) and followup_or_case in (
                    entry.followup_id,
                    entry.case_id,
                ):
                    self.setCurrentItem(heading.child(j))
                    return True
        return False

    # -- opening -----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_entry():
            self._open(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _open(self, item: QTreeWidgetItem | None) -> None:
        entry = item.data(COL_TIME, ENTRY_ROLE) if item else None
        if isinstance(entry, Entry):
            self.open_requested.emit(entry.case_id)
