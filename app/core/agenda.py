"""The agenda and the dashboard: appointments across cases, overdue items,
high-risk cases left without contact."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, and_, exists, func, literal, literal_column, select, tuple_
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


def _items(session: Session, query, hide_names: bool) -> list[AgendaItem]:
    items = []
    for f, ref, risk, first, last, pseudo, hides in session.execute(query):
        items.append(
            AgendaItem(
                followup_id=f.id,
                case_id=f.case_id,
                case_reference=ref,
                person=display_name(
                    first, last, pseudo, hide_names=hide_names, person_hides_name=bool(hides)
                ),
                at=f.occurred_at,
                kind=FollowUpKind(f.kind),
                place=f.place,
                summary=f.summary,
                status=FollowUpStatus(f.status),
                risk_level=RiskLevel(risk) if risk else None,
            )
        )
    return items


def _base_query(actor: UserSession, user_id: uuid.UUID | None):
    require(actor, Perm.CASE_LIST)
    query = (
        select(
            FollowUp,
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
        query = query.where(
            (FollowUp.author_id == user_id)
            | exists().where(CaseWorker.case_id == Case.id, CaseWorker.user_id == user_id)
        )
    return query


def appointments(
    session: Session,
    start: date,
    days: int,
    *,
    actor: UserSession,
    user_id: uuid.UUID | None,
    hide_names: bool = False,
) -> list[AgendaItem]:
    """Planned follow-ups from ``start`` for ``days`` days (a day or a week), on
    the cases ``actor`` may see; ``user_id`` narrows to one worker's agenda."""
    begin = datetime.combine(start, time.min)
    end = begin + timedelta(days=days)
    query = (
        _base_query(actor, user_id)
        .where(FollowUp.occurred_at >= begin, FollowUp.occurred_at < end)
        .where(FollowUp.status == FollowUpStatus.PLANNED.value)
        .order_by(FollowUp.occurred_at)
    )
    return _items(session, query, hide_names)


def overdue(
    session: Session,
    *,
    actor: UserSession,
    user_id: uuid.UUID | None,
    hide_names: bool = False,
    limit: int = 200,
) -> list[AgendaItem]:
    """Appointments whose time has passed without being marked done or missed."""
    now = clock.now_second()
    query = (
        _base_query(actor, user_id)
        .where(FollowUp.occurred_at < now, FollowUp.status == FollowUpStatus.PLANNED.value)
        .order_by(FollowUp.occurred_at)
        .limit(limit)
    )
    return _items(session, query, hide_names)


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
    """What the agenda shows for a period, read in one transaction."""

    planned: list[AgendaItem]
    overdue: list[AgendaItem]
    now: datetime
    #: deadlines and hearings of the pathways (issue #4), the period's and the overdue ones
    deadlines: list[Deadline] = field(default_factory=list)


def load_agenda(
    session: Session,
    actor: UserSession,
    start: date,
    days: int,
    *,
    user_id: uuid.UUID | None,
    hide_names: bool = False,
) -> AgendaData:
    """The agenda of ``days`` days from ``start``: planned appointments, the overdue
    ones, and the pathways' deadlines, on the cases ``actor`` may see (each part
    checked by its service); ``user_id`` narrows to one worker's agenda."""
    now = clock.now_second()
    return AgendaData(
        planned=appointments(
            session, start, days, actor=actor, user_id=user_id, hide_names=hide_names
        ),
        overdue=overdue(session, actor=actor, user_id=user_id, hide_names=hide_names),
        now=now,
        deadlines=deadlines(
            session, actor=actor, start=start, days=days, user_id=user_id, hide_names=hide_names
        ),
    )
