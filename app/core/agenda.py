"""The agenda and the dashboard: appointments across cases, overdue items,
high-risk cases left without contact."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, and_, exists, func, literal, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.display import display_name
from app.core.pathways.deadlines import Deadline, deadlines
from app.core.permissions import Perm, assigned_cases, require, visible_cases
from app.core.vocabulary import CaseStatus, FollowUpKind, FollowUpStatus, RiskLevel
from app.storage.models import Case, CaseWorker, FollowUp, Person
from app.storage.models.case import LAST_CONTACT_KEY_SQL

#: a high-risk case without a follow-up for this long stands out on the dashboard
NO_CONTACT_ALERT_DAYS = 14


@dataclass(frozen=True)
class AgendaItem:
    followup_id: uuid.UUID
    case_id: uuid.UUID
    case_reference: str
    person: str
    at: datetime
    kind: FollowUpKind
    place: str | None
    summary: str
    status: FollowUpStatus
    risk_level: RiskLevel | None


def _victim_join():
    return and_(Person.case_id == Case.id, Person.role == "victim")


#: how many appointments the agenda reads and shows at a time: a week of the
#: whole service may hold a thousand (issue #10); the rest come on demand
AGENDA_PAGE = 100

#: where the next page of appointments starts: after this time and follow-up
AgendaCursor = tuple[datetime, uuid.UUID]


@dataclass(frozen=True)
class AppointmentPage:
    """A page of appointments in time order; ``next_cursor`` is None on the last page."""

    items: list[AgendaItem]
    next_cursor: AgendaCursor | None


def _items(session: Session, query, hide_names: bool) -> list[AgendaItem]:
    items = []
    for (
        fid,
        case_id,
        at,
        kind,
        place,
        summary,
        status,
        ref,
        risk,
        first,
        last,
        pseudo,
        hides,
    ) in session.execute(query):
        items.append(
            AgendaItem(
                followup_id=fid,
                case_id=case_id,
                case_reference=ref,
                person=display_name(
                    first, last, pseudo, hide_names=hide_names, person_hides_name=bool(hides)
                ),
                at=at,
                kind=FollowUpKind(kind),
                place=place,
                summary=summary,
                status=FollowUpStatus(status),
                risk_level=RiskLevel(risk) if risk else None,
            )
        )
    return items


def _mine(user_id: uuid.UUID):
    """One worker's appointments: written by them or on a case they are assigned to."""
    return (FollowUp.author_id == user_id) | exists().where(
        CaseWorker.case_id == Case.id, CaseWorker.user_id == user_id
    )


def _base_query(actor: UserSession, user_id: uuid.UUID | None):
    require(actor, Perm.CASE_LIST)
    query = (
        select(
            FollowUp.id,
            FollowUp.case_id,
            FollowUp.occurred_at,
            FollowUp.kind,
            FollowUp.place,
            FollowUp.summary,
            FollowUp.status,
            Case.reference,
            Case.risk_level,
            Person.first_name,
            Person.last_name,
            Person.pseudonym,
            Person.hide_name,
        )
        .join(Case, Case.id == FollowUp.case_id)
        .outerjoin(Person, _victim_join())
        .where(visible_cases(actor))
    )
    if user_id is not None:
        query = query.where(_mine(user_id))
    return query


def _page(
    session: Session,
    query,
    *,
    hide_names: bool,
    after: AgendaCursor | None,
    limit: int | None,
) -> AppointmentPage:
    """``query``'s appointments in time order, from ``after``, ``limit`` at a time."""
    if after is not None:
        at, followup_id = after
        query = query.where(
            FollowUp.occurred_at >= at,
            or_(FollowUp.occurred_at > at, FollowUp.id > followup_id),
        )
    query = query.order_by(FollowUp.occurred_at, FollowUp.id)
    if limit is not None:
        query = query.limit(limit + 1)
    items = _items(session, query, hide_names)
    if limit is None or len(items) <= limit:
        return AppointmentPage(items, None)
    items = items[:limit]
    return AppointmentPage(items, (items[-1].at, items[-1].followup_id))


def _period(start: date, days: int) -> tuple[datetime, datetime]:
    begin = datetime.combine(start, time.min)
    return begin, begin + timedelta(days=days)


def appointment_page(
    session: Session,
    start: date,
    days: int,
    *,
    actor: UserSession,
    user_id: uuid.UUID | None,
    hide_names: bool = False,
    after: AgendaCursor | None = None,
    limit: int | None = AGENDA_PAGE,
) -> AppointmentPage:
    """Planned follow-ups from ``start`` for ``days`` days (a day or a week), on
    the cases ``actor`` may see, in time order, ``limit`` at a time from
    ``after`` (None: every one); ``user_id`` narrows to one worker's agenda."""
    begin, end = _period(start, days)
    query = _base_query(actor, user_id).where(
        FollowUp.occurred_at >= begin,
        FollowUp.occurred_at < end,
        FollowUp.status == FollowUpStatus.PLANNED.value,
    )
    return _page(session, query, hide_names=hide_names, after=after, limit=limit)


def appointments(
    session: Session,
    start: date,
    days: int,
    *,
    actor: UserSession,
    user_id: uuid.UUID | None,
    hide_names: bool = False,
) -> list[AgendaItem]:
    """Every planned follow-up of the period (see :func:`appointment_page`)."""
    return appointment_page(
        session, start, days, actor=actor, user_id=user_id, hide_names=hide_names, limit=None
    ).items


def _counted(actor: UserSession, user_id: uuid.UUID | None, *conditions: Any):
    require(actor, Perm.CASE_LIST)
    query = (
        select(func.date(FollowUp.occurred_at).label("day"), func.count())
        .select_from(FollowUp)
        .join(Case, Case.id == FollowUp.case_id)
        .where(visible_cases(actor), FollowUp.status == FollowUpStatus.PLANNED.value, *conditions)
    )
    if user_id is not None:
        query = query.where(_mine(user_id))
    return query


def appointment_counts(
    session: Session,
    start: date,
    days: int,
    *,
    actor: UserSession,
    user_id: uuid.UUID | None,
) -> dict[date, int]:
    """How many appointments :func:`appointment_page` has on each day of the
    period, every page together (days without any are left out)."""
    begin, end = _period(start, days)
    query = _counted(
        actor, user_id, FollowUp.occurred_at >= begin, FollowUp.occurred_at < end
    ).group_by(literal_column("day"))
    return {date.fromisoformat(day): int(n) for day, n in session.execute(query)}


def overdue_page(
    session: Session,
    *,
    actor: UserSession,
    user_id: uuid.UUID | None,
    hide_names: bool = False,
    after: AgendaCursor | None = None,
    limit: int | None = AGENDA_PAGE,
) -> AppointmentPage:
    """Appointments whose time has passed without being marked done or missed,
    oldest first, ``limit`` at a time from ``after``."""
    now = clock.now_second()
    query = _base_query(actor, user_id).where(
        FollowUp.occurred_at < now, FollowUp.status == FollowUpStatus.PLANNED.value
    )
    return _page(session, query, hide_names=hide_names, after=after, limit=limit)


def overdue(
    session: Session,
    *,
    actor: UserSession,
    user_id: uuid.UUID | None,
    hide_names: bool = False,
    limit: int = 200,
) -> list[AgendaItem]:
    """The first ``limit`` overdue appointments (see :func:`overdue_page`)."""
    return overdue_page(
        session, actor=actor, user_id=user_id, hide_names=hide_names, limit=limit
    ).items


def count_overdue(session: Session, *, actor: UserSession, user_id: uuid.UUID | None) -> int:
    """How many appointments :func:`overdue_page` lists, every page together."""
    query = _counted(actor, user_id, FollowUp.occurred_at < clock.now_second())
    query = query.with_only_columns(func.count())
    return int(session.execute(query).scalar_one())


@dataclass(frozen=True)
class CaseAlert:
    case_id: uuid.UUID
    case_reference: str
    person: str
    risk_level: RiskLevel
    last_contact_at: datetime | None
    #: where the next page of alerts starts after this one
    cursor: tuple[str, uuid.UUID] | None = None


@dataclass(frozen=True)
class AlertPage:
    """A page of alerts, longest without contact first; ``next_cursor`` is None
    on the last page."""

    alerts: list[CaseAlert]
    next_cursor: tuple[str, uuid.UUID] | None


#: how many alerts the dashboard shows at a time
ALERT_PAGE = 20
#: the alerts' order: never contacted first, then the oldest contact (as the
#: case list's "dernier contact" sort)
_CONTACT_KEY = literal_column(LAST_CONTACT_KEY_SQL, String)


def _alerting(actor: UserSession, user_id: uuid.UUID | None, days: int) -> list[Any]:
    """The conditions of an alert: open, high or critical, no contact for ``days``."""
    limit_at = clock.now_second() - timedelta(days=days)
    conditions = [
        Case.status == CaseStatus.OPEN.value,
        Case.risk_level.in_([RiskLevel.HIGH.value, RiskLevel.CRITICAL.value]),
        (Case.last_contact_at.is_(None)) | (Case.last_contact_at < limit_at),
        visible_cases(actor, lead=True),
    ]
    if user_id is not None:
        conditions.append(assigned_cases(user_id))
    return conditions


def high_risk_without_contact(
    session: Session,
    *,
    actor: UserSession,
    user_id: uuid.UUID | None,
    hide_names: bool = False,
    days: int = NO_CONTACT_ALERT_DAYS,
    after: tuple[str, uuid.UUID] | None = None,
    limit: int | None = ALERT_PAGE,
) -> AlertPage:
    """Open high/critical cases (among those ``actor`` may see; ``user_id``:
    assigned to that worker) with no follow-up done for ``days`` days, longest
    without contact first, a page of ``limit`` at a time (None: every one)."""
    require(actor, Perm.CASE_LIST)
    # The page's cases first (read from the status index, which carries what the
    # conditions test), then the victims' names of that page only.
    keys = (
        select(Case.id, _CONTACT_KEY.label("key"))
        .where(*_alerting(actor, user_id, days))
        .order_by(_CONTACT_KEY, Case.id)
    )
    if after is not None:
        keys = keys.where(
            tuple_(_CONTACT_KEY, Case.id)
            > tuple_(literal(after[0]), literal(after[1], Case.id.type))
        )
    if limit is not None:
        keys = keys.limit(limit + 1)
    found = session.execute(keys).all()
    shown = found if limit is None else found[:limit]
    cursors = {case_id: (key, case_id) for case_id, key in shown}
    query = (
        select(
            Case.id,
            Case.reference,
            Case.risk_level,
            Case.last_contact_at,
            Person.first_name,
            Person.last_name,
            Person.pseudonym,
            Person.hide_name,
        )
        .outerjoin(Person, _victim_join())
        .where(Case.id.in_(list(cursors)))
    )
    by_id = {
        cid: CaseAlert(
            case_id=cid,
            case_reference=ref,
            person=display_name(
                first, lastn, pseudo, hide_names=hide_names, person_hides_name=bool(h)
            ),
            risk_level=RiskLevel(risk),
            last_contact_at=last,
            cursor=cursors[cid],
        )
        for cid, ref, risk, last, first, lastn, pseudo, h in session.execute(query)
    }
    alerts = [by_id[case_id] for case_id, _key in shown]
    more = limit is not None and len(found) > limit
    return AlertPage(alerts, alerts[-1].cursor if more else None)


def count_high_risk_without_contact(
    session: Session,
    *,
    actor: UserSession,
    user_id: uuid.UUID | None,
    days: int = NO_CONTACT_ALERT_DAYS,
) -> int:
    """How many cases :func:`high_risk_without_contact` lists, every page together."""
    require(actor, Perm.CASE_LIST)
    query = select(func.count()).select_from(Case).where(*_alerting(actor, user_id, days))
    return int(session.execute(query).scalar_one())


@dataclass(frozen=True)
class AgendaData:
    """What the agenda shows for a period, read in one transaction: the first
    page of each list and how many there are in all."""

    planned: list[AgendaItem]
    overdue: list[AgendaItem]
    now: datetime
    #: deadlines and hearings of the pathways (issue #4), the period's and the overdue ones
    deadlines: list[Deadline] = field(default_factory=list)
    #: the planned appointments of each day of the period, every page together
    planned_per_day: dict[date, int] = field(default_factory=dict)
    #: where the next page of planned appointments starts (None: all are in ``planned``)
    planned_next: AgendaCursor | None = None
    #: how many overdue appointments in all
    overdue_total: int = 0
    overdue_next: AgendaCursor | None = None

    @property
    def planned_total(self) -> int:
        return sum(self.planned_per_day.values())


def load_agenda(
    session: Session,
    actor: UserSession,
    start: date,
    days: int,
    *,
    user_id: uuid.UUID | None,
    hide_names: bool = False,
    limit: int = AGENDA_PAGE,
) -> AgendaData:
    """The agenda of ``days`` days from ``start``: the first ``limit`` planned
    appointments and overdue ones with their counts, and the pathways'
    deadlines, on the cases ``actor`` may see (each part checked by its
    service); ``user_id`` narrows to one worker's agenda. The next pages come
    from :func:`appointment_page` and :func:`overdue_page`."""
    now = clock.now_second()
    planned = appointment_page(
        session, start, days, actor=actor, user_id=user_id, hide_names=hide_names, limit=limit
    )
    late = overdue_page(session, actor=actor, user_id=user_id, hide_names=hide_names, limit=limit)
    return AgendaData(
        planned=planned.items,
        overdue=late.items,
        now=now,
        deadlines=deadlines(
            session, actor=actor, start=start, days=days, user_id=user_id, hide_names=hide_names
        ),
        planned_per_day=(
            appointment_counts(session, start, days, actor=actor, user_id=user_id)
            if planned.next_cursor is not None
            else _per_day(planned.items)
        ),
        planned_next=planned.next_cursor,
        overdue_total=(
            count_overdue(session, actor=actor, user_id=user_id)
            if late.next_cursor is not None
            else len(late.items)
        ),
        overdue_next=late.next_cursor,
    )


def _per_day(items: list[AgendaItem]) -> dict[date, int]:
    counts: dict[date, int] = {}
    for item in items:
        counts[item.at.date()] = counts.get(item.at.date(), 0) + 1
    return counts
