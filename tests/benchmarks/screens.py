"""What the screens ask the database, called the way the screens call core.

Shared by the benchmarks (timed at 100 000 cases) and by
``tests/integration/test_query_plans.py`` (every statement's plan, per role).
Each read runs in the caller's session, as ``workspace.ops.read`` runs it.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.core.agenda import (
    appointment_counts,
    appointment_page,
    count_overdue,
    load_agenda,
    overdue_page,
)
from app.core.auth import UserSession
from app.core.case_list import PAGE_SIZE, CaseFilter, CaseSort, list_cases
from app.core.case_screen import load_bundle
from app.core.case_search import SEARCH_PAGE, count_search_results, search_cases
from app.core.dashboard import load_dashboard
from app.core.drafts import list_drafts
from app.core.vocabulary import CaseStatus, RiskLevel

#: the status choices of the list's filter bar (app/ui/cases/filters.py); the first is the default
STATUS_CHOICES: dict[str, set[CaseStatus]] = {
    "active": {CaseStatus.OPEN, CaseStatus.PAUSED},
    "all": set(),
    "open": {CaseStatus.OPEN},
    "paused": {CaseStatus.PAUSED},
    "closed": {CaseStatus.CLOSED},
}
#: the risk choices of the filter bar
RISK_CHOICES: dict[str, set[RiskLevel]] = {
    "all": set(),
    "high+": {RiskLevel.HIGH, RiskLevel.CRITICAL},
    **{level.value: {level} for level in RiskLevel},
}
#: the screen's default: open and paused cases, newest first
DEFAULT_FILTER = CaseFilter(statuses=STATUS_CHOICES["active"])
#: the page the case table asks for (its model's page size)
LIST_PAGE = PAGE_SIZE

Read = Callable[[Session, UserSession], Any]


@dataclass(frozen=True)
class Combination:
    name: str
    flt: CaseFilter


def filter_combinations(
    commune: str, me: uuid.UUID, other: uuid.UUID, today: date, *, full: bool = True
) -> Iterator[Combination]:
    """Every combination the filter bar offers (``full``), or one value of each
    kind of filter (the plan is the same for every value of a kind)."""
    statuses = STATUS_CHOICES if full else {k: STATUS_CHOICES[k] for k in ("active", "all")}
    risks = RISK_CHOICES if full else {k: RISK_CHOICES[k] for k in ("all", "high+")}
    workers = {"all": None, "me": me, "other": other} if full else {"all": None, "me": me}
    for status, place, worker, risk, period, sort in itertools.product(
        statuses, ("all", commune), workers, risks, (False, True), CaseSort
    ):
        flt = CaseFilter(
            statuses=set(statuses[status]),
            commune_code=None if place == "all" else place,
            worker_id=workers[worker],
            risk_levels=set(risks[risk]),
            sort=sort,
        )
        if period:
            flt = replace(flt, opened_from=today - timedelta(days=365), opened_to=today)
        name = f"{status}/{place}/{worker}/{risk}/{'year' if period else 'any'}/{sort.value}"
        yield Combination(name, flt)


def case_list(flt: CaseFilter, after: Any = None) -> Read:
    """The case table's page (the model's page size)."""
    return lambda s, actor: list_cases(s, flt, actor=actor, after=after, limit=LIST_PAGE)


def search(text: str, flt: CaseFilter = DEFAULT_FILTER) -> Read:
    """What typing ``text`` sends: the first page of results, then their count."""

    def read(s: Session, actor: UserSession) -> tuple[Any, int]:
        page = search_cases(s, text, flt, actor=actor, limit=SEARCH_PAGE)
        return page, count_search_results(s, text, flt, actor=actor)

    return read


def search_first_page(text: str, flt: CaseFilter = DEFAULT_FILTER) -> Read:
    return lambda s, actor: search_cases(s, text, flt, actor=actor, limit=SEARCH_PAGE)


def search_count(text: str, flt: CaseFilter = DEFAULT_FILTER) -> Read:
    return lambda s, actor: count_search_results(s, text, flt, actor=actor)


def dashboard() -> Read:
    """The home page, as one read."""
    return lambda s, actor: load_dashboard(s, actor, hide_names=False)


def agenda_week(start: date, *, whole_service: bool) -> Read:
    """The agenda page in week mode, for me or for the whole service."""

    def read(s: Session, actor: UserSession) -> Any:
        user_id = None if whole_service else actor.user_id
        return load_agenda(s, actor, start, 7, user_id=user_id, hide_names=False)

    return read


def agenda_more(start: date, *, whole_service: bool) -> Read:
    """What a long week adds to :func:`agenda_week`: how many appointments each
    day holds and how many are overdue, and the next page of each list."""

    def read(s: Session, actor: UserSession) -> Any:
        user_id = None if whole_service else actor.user_id
        after = (datetime.combine(start, time(12)), uuid.UUID(int=0))
        return (
            appointment_counts(s, start, 7, actor=actor, user_id=user_id),
            count_overdue(s, actor=actor, user_id=user_id),
            appointment_page(s, start, 7, actor=actor, user_id=user_id, after=after),
            overdue_page(s, actor=actor, user_id=user_id, after=after),
        )

    return read


def open_case(case_id: uuid.UUID) -> Read:
    """The case page's read, with its permission checks and its audit entry."""
    return lambda s, actor: load_bundle(s, actor, case_id)


def drafts() -> Read:
    """The drafts bar after unlocking."""
    return lambda s, actor: list_drafts(s, actor)


@dataclass
class Statement:
    sql: str
    params: Any
    plan: list[str]


def statements_of(db: Any, actor: UserSession, read: Read) -> list[Statement]:
    """Run ``read`` once and return every SELECT it sent, with its query plan."""
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        sent.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        with db.session() as session, session.begin():
            read(session, actor)
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    found = []
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        for sql, params in sent:
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            plan = raw.execute("EXPLAIN QUERY PLAN " + sql, params or ()).fetchall()
            found.append(Statement(sql, params, [row[-1] for row in plan]))
    return found
