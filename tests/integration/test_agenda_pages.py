"""A long agenda comes a page at a time, and its next pages reach every
appointment (issue #10: a week of the whole service held 989 appointments,
read and shown at once)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest

from app.core.agenda import (
    AGENDA_PAGE,
    AgendaItem,
    appointment_counts,
    appointment_page,
    count_overdue,
    load_agenda,
    overdue_page,
)
from app.core.followups import FollowUpInput, add_followup
from app.core.vocabulary import FollowUpKind, FollowUpStatus
from tests.integration.case_file_support import CaseFile, add_worker, module_case_file, new_case

NOW = datetime(2026, 6, 10, 9, 0)  # a Wednesday
MONDAY = date(2026, 6, 15)  # next week: every appointment of it is still to come
pytestmark = pytest.mark.clock(NOW)

#: more than two pages in the week, on every day, some at the very same time
PLANNED = 2 * AGENDA_PAGE + 17
#: more than a page of appointments left unmarked
LATE = AGENDA_PAGE + 9


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


@pytest.fixture(scope="module")
def week(cf: CaseFile) -> dict[str, set[uuid.UUID]]:
    """The planned appointments of the week and the overdue ones, by id; a
    colleague's case holds every fifth appointment of the week (her agenda)."""
    colleague = add_worker(cf, "a.lambert", "Anne Lambert")
    mine = new_case(cf, pseudonym="Colibri").id
    theirs = new_case(cf, pseudonym="Mésange", worker_ids=[colleague]).id
    planned: set[uuid.UUID] = set()
    hers: set[uuid.UUID] = set()
    late: set[uuid.UUID] = set()
    with cf.session() as session, session.begin():
        for n in range(PLANNED):
            # 31 a day, three of each hour at the same minute: ties cross pages
            at = datetime.combine(MONDAY + timedelta(days=n % 7), time(8)) + timedelta(
                minutes=20 * (n // 21)
            )
            case_id = theirs if n % 5 == 0 else mine
            data = FollowUpInput(
                occurred_at=at,
                kind=FollowUpKind.INTERVIEW,
                summary="",
                status=FollowUpStatus.PLANNED,
            )
            followup_id = add_followup(session, cf.actor, case_id, data)
            planned.add(followup_id)
            if case_id == theirs:
                hers.add(followup_id)
        for n in range(LATE):
            data = FollowUpInput(
                occurred_at=NOW - timedelta(days=1 + n // 4),
                kind=FollowUpKind.PHONE,
                summary="",
                status=FollowUpStatus.PLANNED,
            )
            late.add(add_followup(session, cf.actor, mine, data))
    return {"planned": planned, "hers": hers, "late": late, "colleague": {colleague}}


def walk(cf: CaseFile, first, next_page) -> list[AgendaItem]:
    """Every page, from the first, each ``next_page(session, cursor)``."""
    items: list[AgendaItem] = []
    with cf.session() as session:
        page = first(session)
        items += page.items
        while page.next_cursor is not None:
            assert len(page.items) == AGENDA_PAGE
            page = next_page(session, page.next_cursor)
            items += page.items
    return items


def test_the_agenda_reads_a_page_and_says_how_many_there_are(cf: CaseFile, week) -> None:
    with cf.session() as session:
        data = load_agenda(session, cf.actor, MONDAY, 7, user_id=None)
    assert len(data.planned) == AGENDA_PAGE
    assert data.planned_next is not None
    assert data.planned_total == PLANNED
    assert data.planned_per_day == {
        MONDAY + timedelta(days=d): len(range(d, PLANNED, 7)) for d in range(7)
    }
    assert [i.at for i in data.planned] == sorted(i.at for i in data.planned)
    assert len(data.overdue) == AGENDA_PAGE and data.overdue_total == LATE
    assert data.overdue_next is not None


def test_the_next_pages_reach_every_appointment_of_the_week_once(cf: CaseFile, week) -> None:
    (colleague,) = week["colleague"]
    for user_id, expected in ((None, week["planned"]), (colleague, week["hers"])):
        items = walk(
            cf,
            lambda s, u=user_id: appointment_page(s, MONDAY, 7, actor=cf.actor, user_id=u),
            lambda s, after, u=user_id: appointment_page(
                s, MONDAY, 7, actor=cf.actor, user_id=u, after=after
            ),
        )
        ids = [i.followup_id for i in items]
        assert len(ids) == len(set(ids)) == len(expected)
        assert set(ids) == expected
        assert [i.at for i in items] == sorted(i.at for i in items)
        with cf.session() as session:
            counts = appointment_counts(session, MONDAY, 7, actor=cf.actor, user_id=user_id)
        assert sum(counts.values()) == len(expected)


def test_a_day_alone_pages_within_that_day(cf: CaseFile, week) -> None:
    tuesday = MONDAY + timedelta(days=1)
    with cf.session() as session:
        data = load_agenda(session, cf.actor, tuesday, 1, user_id=None, limit=10)
        rest = appointment_page(
            session, tuesday, 1, actor=cf.actor, user_id=None, after=data.planned_next, limit=None
        )
    day = data.planned + rest.items
    assert {i.at.date() for i in day} == {tuesday}
    assert len(day) == data.planned_total == len(range(1, PLANNED, 7))
    assert rest.next_cursor is None


def test_the_next_pages_reach_every_overdue_appointment_once(cf: CaseFile, week) -> None:
    items = walk(
        cf,
        lambda s: overdue_page(s, actor=cf.actor, user_id=None),
        lambda s, after: overdue_page(s, actor=cf.actor, user_id=None, after=after),
    )
    ids = [i.followup_id for i in items]
    assert len(ids) == len(set(ids)) and set(ids) == week["late"]
    assert [i.at for i in items] == sorted(i.at for i in items)  # the oldest first
    with cf.session() as session:
        assert count_overdue(session, actor=cf.actor, user_id=None) == LATE


def test_a_short_agenda_is_read_whole_without_counting_again(cf: CaseFile, week) -> None:
    with cf.session() as session:
        data = load_agenda(session, cf.actor, MONDAY + timedelta(days=7), 7, user_id=None)
    assert data.planned == [] and data.planned_next is None and data.planned_total == 0
