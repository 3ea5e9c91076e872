"""What the agenda and the dashboard list: generic dated entries about a case.

An :class:`Entry` is a time, a title (the person), a case reference, a
subtitle (kind of appointment, deadline…), a detail (place) and a severity.
Appointments are the first kind; deadlines (issue #4) will be converted the
same way and rendered by the same widgets.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.core.agenda import AgendaItem, CaseAlert
from app.core.case_list import CaseRow
from app.core.vocabulary import FollowUpStatus, RiskLevel
from app.i18n import screen_language, tr
from app.ui.cases.model import RISK_TEXT_COLOURS, STANDOUT, risk_caption, risk_marker
from app.ui.languages import locale_of

WARNING_COLOUR = "#a04a00"
WARNING_BACKGROUND = "#fff4e0"
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 10


class Severity(IntEnum):
    NORMAL = 0
    HIGH_RISK = 1  # the case is at high or critical risk
    OVERDUE = 2  # its time has passed and nobody marked it


@dataclass(frozen=True)
class Entry:
    """One line of the agenda or the dashboard."""

    at: datetime | None
    title: str
    reference: str
    subtitle: str
    case_id: uuid.UUID
    severity: Severity = Severity.NORMAL
    detail: str = ""
    risk_level: RiskLevel | None = None
    #: the follow-up behind the line, when it can be marked done or missed
    followup_id: uuid.UUID | None = None
    #: a deadline of a day rather than of an hour (issue #4): no time shown
    all_day: bool = False

    def can_mark(self, today: date) -> bool:
        """Overdue and today's appointments can be marked done or missed."""
        return self.followup_id is not None and self.at is not None and self.at.date() <= today


def long_date(day: date) -> str:
    """ "lundi 23 novembre 2026", in the screen's language."""
    locale = locale_of(screen_language())
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def appointment_entry(item: AgendaItem, now: datetime) -> Entry:
    overdue = item.status == FollowUpStatus.PLANNED and item.at < now
    if overdue:
        severity = Severity.OVERDUE
    elif item.risk_level in STANDOUT:
        severity = Severity.HIGH_RISK
    else:
        severity = Severity.NORMAL
    return Entry(
        at=item.at,
        title=item.person,
        reference=item.case_reference,
        subtitle=item.kind.label,
        detail=item.place or "",
        case_id=item.case_id,
        severity=severity,
        risk_level=item.risk_level,
        followup_id=item.followup_id,
    )


def alert_entry(alert: CaseAlert) -> Entry:
    if alert.last_contact_at is None:
        since = tr("aucun contact enregistré")
    else:
        since = tr("dernier contact {date}").format(date=alert.last_contact_at.strftime("%d/%m/%Y"))
    return Entry(
        at=None,
        title=alert.person,
        reference=alert.case_reference,
        subtitle=risk_caption(alert.risk_level),
        # e.g. "Risque élevé · dernier contact le 24/08/2026"
        detail=since,
        case_id=alert.case_id,
        severity=Severity.HIGH_RISK,
        risk_level=alert.risk_level,
    )


def case_entry(row: CaseRow) -> Entry:
    return Entry(
        at=None,
        title=row.person,
        reference=row.reference,
        subtitle=row.commune or "",
        detail=row.risk_level.label if row.risk_level else "",
        case_id=row.id,
        severity=Severity.HIGH_RISK if row.risk_level in STANDOUT else Severity.NORMAL,
        risk_level=row.risk_level,
    )


def when_text(entry: Entry, *, with_date: bool = False) -> str:
    """ "14:00", "23/11/2026 14:00"; a whole-day deadline: "Échéance" or "23/11/2026"."""
    if entry.at is None:
        return ""
    if entry.all_day:
        return entry.at.strftime("%d/%m/%Y") if with_date else tr("Échéance")
    return entry.at.strftime("%d/%m/%Y %H:%M" if with_date else "%H:%M")


def entry_text(entry: Entry, *, with_date: bool = False) -> str:
    """Two lines: "14:00  Colibri — 2026-0042" then "Entretien · Bureau"."""
    first = f"{entry.title} — {entry.reference}" if entry.title else entry.reference
    if entry.at is not None:
        first = when_text(entry, with_date=with_date) + "   " + first
    second = " · ".join(p for p in (entry.subtitle, entry.detail) if p)
    return f"{first}\n{second}" if second else first


class EntryList(QListWidget):
    """A short list of entries (dashboard); Enter or double-click opens the case."""

    open_requested = Signal(object)  # the case id

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setIconSize(QSize(12, 12))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlternatingRowColors(True)
        self.setSpacing(1)
        self.itemActivated.connect(self._activated)

    def set_entries(self, entries: list[Entry], *, with_date: bool = False) -> None:
        self.clear()
        self.append_entries(entries, with_date=with_date)
        if not entries:
            placeholder = QListWidgetItem(self.empty_text)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(placeholder)

    def append_entries(self, entries: list[Entry], *, with_date: bool = False) -> None:
        """Add ``entries`` after those shown (the next page of a long list)."""
        for entry in entries:
            item = QListWidgetItem(entry_text(entry, with_date=with_date))
            item.setData(ENTRY_ROLE, entry)
            style_item(item, entry)
            self.addItem(item)

    def entries(self) -> list[Entry]:
        found = (self.item(i).data(ENTRY_ROLE) for i in range(self.count()))
        return [e for e in found if isinstance(e, Entry)]

    def texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        entry = item.data(ENTRY_ROLE)
        if isinstance(entry, Entry):
            self.open_requested.emit(entry.case_id)


_blank: list[QIcon] = []


def blank_marker() -> QIcon:
    """A transparent marker, so that lines with and without a marker stay aligned."""
    if not _blank:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        _blank.append(QIcon(pixmap))
    return _blank[0]


def style_item(item: QListWidgetItem, entry: Entry) -> None:
    """Marker and bold for high/critical risk, warning colour when overdue."""
    if entry.risk_level in STANDOUT:
        assert entry.risk_level is not None
        item.setIcon(risk_marker(entry.risk_level))
        # the marker's colour says the level to those who see colours: say it in words too
        caption = risk_caption(entry.risk_level)
        item.setToolTip(caption)
        if caption not in item.text():
            spoken = item.text().replace("\n", ", ")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{spoken}, {caption.lower()}")
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    else:
        item.setIcon(blank_marker())
    if entry.severity is Severity.OVERDUE:
        item.setForeground(QColor(WARNING_COLOUR))
    elif entry.risk_level in STANDOUT:
        assert entry.risk_level is not None
        item.setForeground(QColor(RISK_TEXT_COLOURS[entry.risk_level]))
