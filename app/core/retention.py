"""Retention: how long a closed case is kept, and which cases are past it.

The rule is a setting (``retention_years_after_closure``, 5 years by default;
the reasoning and the legal basis are in ``docs/RETENTION.md``). A case that
is not closed is never due, whatever its age: retention runs from closure.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.permissions import Perm, require
from app.core.settings import load_settings
from app.core.vocabulary import CaseStatus
from app.storage.models import Case


def add_years(day: date, years: int) -> date:
    """``day`` moved ``years`` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class DueCase:
    """A closed case past its retention date: reference and dates only, no name."""

    case_id: uuid.UUID
    reference: str
    closed_on: date
    due_on: date


def cases_due_for_purge(session: Session, actor: UserSession) -> list[DueCase]:
    """Closed cases whose retention period has run out, oldest closure first.

    Coordinator only (``Perm.PURGE``). Dates are compared with today's date
    from the application clock.
    """
    require(actor, Perm.PURGE)
    years = max(0, load_settings(session).retention_years_after_closure)
    today = clock.today()
    rows = session.execute(
        select(Case.id, Case.reference, Case.closed_on)
        .where(
            Case.status == CaseStatus.CLOSED.value,
            Case.closed_on.is_not(None),
            # a day of margin for 29 February; the exact rule is applied below
            Case.closed_on <= add_years(today, -years) + timedelta(days=1),
        )
        .order_by(Case.closed_on, Case.reference)
    )
    due = []
    for case_id, reference, closed_on in rows:
        due_on = add_years(closed_on, years)
        if due_on <= today:
            due.append(DueCase(case_id, reference, closed_on, due_on))
    return due
