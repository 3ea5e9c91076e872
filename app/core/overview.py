"""Figures for the home page: how much work is on the table (counts only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.vocabulary import CaseStatus, FollowUpStatus
from app.storage.models import Case, FollowUp


@dataclass(frozen=True)
class Overview:
    open_cases: int
    followups_this_week: int  # planned follow-ups (appointments) from Monday to Sunday


def week_bounds(today: date) -> tuple[datetime, datetime]:
    """Monday 00:00 of ``today``'s week and the next Monday 00:00."""
    monday = today - timedelta(days=today.weekday())
    start = datetime.combine(monday, time.min)
    return start, start + timedelta(days=7)


def overview_counts(session: Session, today: date | None = None) -> Overview:
    """Count the open cases and the follow-ups planned this week."""
    start, end = week_bounds(today or date.today())
    open_cases = session.scalar(
        select(func.count()).select_from(Case).where(Case.status == CaseStatus.OPEN.value)
    )
    planned = session.scalar(
        select(func.count())
        .select_from(FollowUp)
        .where(
            FollowUp.status == FollowUpStatus.PLANNED.value,
            FollowUp.occurred_at >= start,
            FollowUp.occurred_at < end,
        )
    )
    return Overview(open_cases=open_cases or 0, followups_this_week=planned or 0)
