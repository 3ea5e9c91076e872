"""Deadlines of the pathways (issue #4) as agenda and dashboard entries."""

from __future__ import annotations

from datetime import datetime, time

from app.core.pathways.deadlines import Deadline
from app.i18n import tr
from app.ui.agenda.entries import Entry, Severity
from app.ui.cases.model import STANDOUT


def deadline_entry(item: Deadline) -> Entry:
    """A hearing keeps its time; an end date or due date is a whole-day entry."""
    if item.overdue:
        severity = Severity.OVERDUE
    elif item.risk_level in STANDOUT:
        severity = Severity.HIGH_RISK
    else:
        severity = Severity.NORMAL
    detail = item.detail
    if item.overdue:
        detail = tr("{detail} — {hint}").format(detail=detail, hint=item.kind.overdue_hint)
    return Entry(
        at=item.at or datetime.combine(item.on, time.min),
        title=item.person,
        reference=item.case_reference,
        subtitle=item.title,
        detail=detail,
        case_id=item.case_id,
        severity=severity,
        risk_level=item.risk_level,
        all_day=item.at is None,
    )
