"""What the « Plainte et protection » tab shows: a titled table per kind of
record, and the rows of each table."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QTableWidget, QVBoxLayout

from app.core.pathways.complaints import ComplaintView
from app.core.pathways.deadlines import ban_end_overdue, hearing_overdue
from app.core.pathways.protection import BanView, CourtView, PermitView
from app.i18n import tr
from app.ui.case.format import DASH, fmt_date, fmt_datetime, short
from app.ui.case.pathway_fields import fit_rows, paint_rows
from app.ui.case.section import button_row, fill_table, make_table

Rows = tuple[list[list[str]], list[uuid.UUID], list[bool]]


class PathwayGroup(QGroupBox):
    """A titled table with its buttons and a detail line under it."""

    def __init__(
        self, title: str, headers: Sequence[str], buttons: Sequence[QPushButton], stretch: int
    ) -> None:
        super().__init__(title)
        self.table: QTableWidget = make_table(headers, stretch=stretch)
        self.table.setAccessibleName(title)
        self.table.setWordWrap(False)  # one line per record; the detail line says more
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "muted")
        self.detail.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(button_row(*buttons))
        layout.addWidget(self.table)
        layout.addWidget(self.detail)

    def fill(self, rows: list[list[str]], ids: list[uuid.UUID], warn: list[bool]) -> None:
        """Show the rows (overdue ones in the warning colour); the first is selected."""
        fill_table(self.table, rows, ids)
        paint_rows(self.table, warn)
        fit_rows(self.table)

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.detail.clear()
        self.detail.hide()


def yes_no(value: bool) -> str:
    return tr("Oui") if value else tr("Non")


def complaint_rows(complaints: list[ComplaintView]) -> Rows:
    rows = [
        [
            fmt_date(c.filed_on),
            c.place or DASH,
            c.pv_number or DASH,
            tr("{status} ({date})").format(status=c.status.label, date=fmt_date(c.status_on)),
            fmt_date(c.certificate_on) if c.certificate_on else yes_no(c.medical_certificate),
            c.accompanied_by or yes_no(c.accompanied),
        ]
        for c in complaints
    ]
    return rows, [c.id for c in complaints], [False] * len(complaints)


def complaint_detail(c: ComplaintView) -> str:
    """The status history, evidence and remarks of a complaint."""
    steps = " → ".join(
        tr("{status} le {date}").format(status=ch.status.label, date=fmt_date(ch.changed_on))
        + (f" ({ch.note})" if ch.note else "")
        for ch in c.changes
    )
    lines = [tr("Historique : {steps}").format(steps=steps)]
    if c.evidence:
        lines.append(tr("Preuves : {text}").format(text=c.evidence))
    if c.notes:
        lines.append(tr("Remarques : {text}").format(text=c.notes))
    return "\n".join(lines)


def ban_late(ban: BanView, now: datetime) -> bool:
    """Its end or its hearing passed without the ban being updated."""
    hearing_late = bool(
        ban.hearing_at and not ban.extended and hearing_overdue(ban.hearing_at, ban.updated_at, now)
    )
    return ban_end_overdue(ban.end_on, ban.updated_at, now.date()) or hearing_late


def ban_rows(bans: list[BanView], now: datetime) -> Rows:
    rows = [
        [
            fmt_date(b.ordered_on),
            fmt_date(b.notified_on),
            fmt_date(b.end_on),
            fmt_datetime(b.hearing_at),
            fmt_date(b.extended_on),
            short(b.notes, 80) or DASH,
        ]
        for b in bans
    ]
    return rows, [b.id for b in bans], [ban_late(b, now) for b in bans]


def court_rows(measures: list[CourtView], now: datetime) -> Rows:
    rows = [
        [
            m.kind.label.split(" (")[0],
            fmt_date(m.petition_on),
            fmt_datetime(m.hearing_at),
            tr("{date} — {text}").format(date=fmt_date(m.decision_on), text=m.decision)
            if m.decision_on
            else DASH,
        ]
        for m in measures
    ]
    late = [bool(m.hearing_at and m.hearing_at < now and not m.decision_on) for m in measures]
    return rows, [m.id for m in measures], late


def permit_rows(permits: list[PermitView]) -> Rows:
    rows = [
        [
            f.article.label,
            fmt_date(f.submitted_on),
            f.decision.label,
            fmt_date(f.decision_on),
            short(f.notes, 60) or DASH,
        ]
        for f in permits
    ]
    return rows, [f.id for f in permits], [False] * len(permits)
