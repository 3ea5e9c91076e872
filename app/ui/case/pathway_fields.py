"""Small pieces shared by the pathway sections (issue #4): a date-and-time field
typed at the keyboard, compact tables inside group boxes, the warning colour."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QLineEdit, QTableWidget, QWidget

from app.errors import ValidationError
from app.i18n import tr
from app.ui.case.fields import parse_date
from app.ui.case.forms import FormDialog
from app.ui.workspace import Workspace

WARNING = "#a04a00"
_TIME = re.compile(r"(\d{1,2})[:hH.](\d{2})?")


class DateTimeField(QLineEdit):
    """An optional date and time typed as « 12/11/2026 09:30 » (« 9h30 » works too)."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(tr("jj/mm/aaaa hh:mm"))
        self.setMaxLength(20)
        self.setFixedWidth(170)
        self.editingFinished.connect(self._tidy)

    def value(self) -> datetime | None:
        """The moment typed, None when empty; ValidationError when it cannot be read."""
        text = self.text().strip()
        if not text:
            return None
        parsed = parse_datetime(text)
        if parsed is None:
            raise ValidationError(
                tr("Date et heure non reconnues : tapez-les comme 12/11/2026 09:30."),
                field=self.field,
            )
        return parsed

    def set_value(self, value: datetime | str | None) -> None:
        if isinstance(value, str):
            value = datetime.fromisoformat(value) if value else None
        self.setText(value.strftime("%d/%m/%Y %H:%M") if value else "")

    def _tidy(self) -> None:
        parsed = parse_datetime(self.text().strip())
        if parsed is not None:
            self.setText(parsed.strftime("%d/%m/%Y %H:%M"))


def parse_datetime(text: str) -> datetime | None:
    """« 12/11/2026 09:30 », « 12/11/2026 9h30 », « 12/11/2026 » (9:00), or None."""
    parts = text.split(maxsplit=1)
    if not parts:
        return None
    day = parse_date(parts[0])
    if day is None:
        return None
    if len(parts) == 1:
        return datetime.combine(day, time(9, 0))
    match = _TIME.fullmatch(parts[1].strip().replace(" ", ""))
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        return None
    return datetime.combine(day, time(hour, minute))


def qdate_value(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def set_qdate(edit: QDateEdit, value: date | str | None) -> None:
    if isinstance(value, str):
        value = date.fromisoformat(value) if value else None
    if value is not None:
        edit.setDate(QDate(value))


def fit_rows(table: QTableWidget, *, least: int = 2, most: int = 6) -> None:
    """A table as tall as its rows (between ``least`` and ``most`` rows visible)."""
    rows = max(least, min(most, table.rowCount()))
    height = table.horizontalHeader().height() + 2 * table.frameWidth() + 2
    row_height = table.verticalHeader().defaultSectionSize()
    for row in range(min(rows, table.rowCount())):
        row_height = max(row_height, table.rowHeight(row))
    table.setFixedHeight(height + rows * row_height)


def paint_rows(table: QTableWidget, warn: Sequence[bool]) -> None:
    """Rows whose deadline passed without an update, in the warning colour."""
    for row, flagged in enumerate(warn):
        if not flagged:
            continue
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                item.setForeground(QColor(WARNING))


class CaseForm(FormDialog):
    """A pathway form of one case: key ``kind:id`` or ``kind:new:case``."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        kind: str,
        title: str,
        object_id: uuid.UUID | None,
    ) -> None:
        key = f"{kind}:{object_id}" if object_id else f"{kind}:new:{case_id}"
        super().__init__(
            workspace,
            parent,
            form_key=key,
            title=title,
            case_id=case_id,
            draft_title=f"{title} — {reference}",
        )
