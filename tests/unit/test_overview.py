"""Home-page figures counted in a real vault."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.core.auth import load_user_session
from app.core.overview import overview_counts, week_bounds
from app.storage.models import Case, FollowUp


def test_week_runs_from_monday_to_the_next_monday() -> None:
    start, end = week_bounds(date(2026, 3, 5))  # a Thursday
    assert start == datetime(2026, 3, 2)
    assert end == datetime(2026, 3, 9)


@pytest.mark.clock(date(2026, 3, 5))
def test_counts_open_cases_and_followups_planned_this_week(make_vault) -> None:
    created = make_vault()
    db = created.vault.require_db()
    with db.session() as session, session.begin():
        open_case = Case(reference="2026-0001", status="open", opened_on=date(2026, 1, 5))
        closed = Case(reference="2026-0002", status="closed", opened_on=date(2026, 1, 6))
        session.add_all([open_case, closed])
        session.flush()
        for when, status in (
            (datetime(2026, 3, 2, 9), "planned"),  # Monday of the week
            (datetime(2026, 3, 8, 18), "planned"),  # Sunday
            (datetime(2026, 3, 9, 9), "planned"),  # next week
            (datetime(2026, 3, 3, 9), "done"),  # not planned
        ):
            session.add(
                FollowUp(case_id=open_case.id, occurred_at=when, kind="phone", status=status)
            )
    actor = load_user_session(created.vault, created.coordinator_login)
    with db.session() as session:
        overview = overview_counts(session, actor=actor)
    assert overview.open_cases == 1
    assert overview.followups_this_week == 2
