"""Figures for the home page: how much work is on the table (counts only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.permissions import Perm, require, visible_cases
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


def overview_counts(session: Session, *, actor: UserSession) -> Overview:
    """Count the open cases and the follow-ups planned this week (among the
    cases ``actor`` may see)."""
    require(actor, Perm.CASE_LIST)
    start, end = week_bounds(clock.today())
    open_cases = session.scalar(
        select(func.count())
        .select_from(Case)
        .where(Case.status == CaseStatus.OPEN.value, visible_cases(actor, lead=True))
    )
    planned = session.scalar(
        select(func.count())
        .select_from(FollowUp)
        .join(Case, Case.id == FollowUp.case_id)
        .where(
            visible_cases(actor),
            FollowUp.status == FollowUpStatus.PLANNED.value,
            FollowUp.occurred_at >= start,
            FollowUp.occurred_at < end,
        )
    )
    return Overview(open_cases=open_cases or 0, followups_this_week=planned or 0)
