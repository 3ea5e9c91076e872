"""Deadlines and hearings across cases, for the agenda and the dashboard.

One function, :func:`deadlines`, lists generic :class:`Deadline` items: the end
of a residence ban, the juge de paix hearing, a family-court hearing, a
socio-administrative step's due date, a planned departure. Each is flagged
``overdue`` when its date passed without the update it calls for:

- ban end: passed, and the ban was not updated since (no extension, no note);
- ban hearing: passed, no extension recorded and the ban not updated since;
- family-court hearing: passed without a decision;
- step: due date passed and the step still « à faire », « en cours » or « bloqué »;
- departure: planned date passed, plan still « en préparation » or « prêt »
  and not updated since.

Closed cases are left out: their deadlines no longer call for anything.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.display import display_name
from app.core.pathways.common import local_to_utc
from app.core.pathways.vocabulary import PlanStatus, StepStatus
from app.core.permissions import Perm, require, visible_cases
from app.core.vocabulary import CaseStatus, RiskLevel
from app.i18n import tr
from app.storage.models import (
    AdminStepType,
    Case,
    CaseStep,
    CaseWorker,
    DeparturePlan,
    FamilyCourtMeasure,
    Person,
    ResidenceBan,
)

#: a deadline this close is shown as « bientôt »
SOON_DAYS = 3
_OPEN_STEPS = [s.value for s in StepStatus if s.is_open]
_PENDING_PLANS = [PlanStatus.PREPARING.value, PlanStatus.READY.value]


class DeadlineKind(StrEnum):
    BAN_END = "ban_end"
    BAN_HEARING = "ban_hearing"
    COURT_HEARING = "court_hearing"
    STEP_DUE = "step_due"
    DEPARTURE = "departure"

    @property
    def label(self) -> str:
        return {
            DeadlineKind.BAN_END: tr("Fin de l'interdiction"),
            DeadlineKind.BAN_HEARING: tr("Audience du juge de paix"),
            DeadlineKind.COURT_HEARING: tr("Audience au tribunal de la famille"),
            DeadlineKind.STEP_DUE: tr("Démarche à terminer"),
            DeadlineKind.DEPARTURE: tr("Départ prévu"),
        }[self]

    @property
    def overdue_hint(self) -> str:
        """What the worker should record to clear the flag."""
        return {
            DeadlineKind.BAN_END: tr("notez la prolongation ou la fin de l'interdiction"),
            DeadlineKind.BAN_HEARING: tr("notez l'issue de l'audience"),
            DeadlineKind.COURT_HEARING: tr("notez la décision ou la nouvelle date"),
            DeadlineKind.STEP_DUE: tr("mettez la démarche à jour"),
            DeadlineKind.DEPARTURE: tr("mettez le plan de départ à jour"),
        }[self]


class DeadlineSeverity(StrEnum):
    NORMAL = "normal"
    SOON = "soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Deadline:
    """One dated deadline or hearing of a case."""

    kind: DeadlineKind
    on: date
    at: datetime | None  # the time, for hearings
    title: str
    detail: str
    case_id: uuid.UUID
    case_reference: str
    person: str
    risk_level: RiskLevel | None
    object_id: uuid.UUID
    overdue: bool
    severity: DeadlineSeverity


def ban_end_overdue(end_on: date, updated_at: datetime, today: date) -> bool:
    """The ban ended and nothing was recorded about it since."""
    return end_on < today and updated_at.date() <= end_on


def hearing_overdue(hearing_at: datetime, updated_at: datetime | None, now: datetime) -> bool:
    """The hearing is over and the row was not updated since (``updated_at`` in UTC)."""
    if hearing_at >= now:
        return False
    return updated_at is None or updated_at < local_to_utc(hearing_at)


def _severity(on: date, overdue: bool, today: date) -> DeadlineSeverity:
    if overdue:
        return DeadlineSeverity.OVERDUE
    if today <= on <= today + timedelta(days=SOON_DAYS):
        return DeadlineSeverity.SOON
    return DeadlineSeverity.NORMAL


_CASE_COLUMNS = (
    Case.reference,
    Case.risk_level,
    Person.first_name,
    Person.last_name,
    Person.pseudonym,
    Person.hide_name,
)


def _base(model_columns: tuple, case_column, actor: UserSession, user_id: uuid.UUID | None):
    query = (
        select(*model_columns, *_CASE_COLUMNS)
        .join(Case, Case.id == case_column)
        .outerjoin(Person, and_(Person.case_id == Case.id, Person.role == "victim"))
        .where(Case.status != CaseStatus.CLOSED.value)
        .where(visible_cases(actor))
    )
    if user_id is not None:
        query = query.where(
            exists().where(CaseWorker.case_id == Case.id, CaseWorker.user_id == user_id)
        )
    return query


@dataclass
class _Collector:
    today: date
    hide_names: bool
    found: dict[tuple[DeadlineKind, uuid.UUID], Deadline]

    def add(
        self,
        kind: DeadlineKind,
        case_id: uuid.UUID,
        object_id: uuid.UUID,
        on: date,
        at: datetime | None,
        detail: str,
        overdue: bool,
        case_row: tuple,
    ) -> None:
        reference, risk, first, last, pseudo, hides = case_row
        self.found[(kind, object_id)] = Deadline(
            kind=kind,
            on=on,
            at=at,
            title=kind.label,
            detail=detail,
            case_id=case_id,
            case_reference=reference,
            person=display_name(
                first, last, pseudo, hide_names=self.hide_names, person_hides_name=bool(hides)
            ),
            risk_level=RiskLevel(risk) if risk else None,
            object_id=object_id,
            overdue=overdue,
            severity=_severity(on, overdue, self.today),
        )


def deadlines(
    session: Session,
    *,
    actor: UserSession,
    start: date | None = None,
    days: int = 14,
    user_id: uuid.UUID | None = None,
    hide_names: bool = False,
    include_overdue: bool = True,
    limit: int = 500,
) -> list[Deadline]:
    """Deadlines dated from ``start`` (default today) for ``days`` days, plus — with
    ``include_overdue`` — every overdue one, sorted by date.

    Only cases ``actor`` may see are listed; ``user_id`` narrows to the cases
    that worker is assigned to (None: the service).
    """
    now = clock.now_second()
    require(actor, Perm.CASE_LIST)
    today = now.date()
    first = start or today
    end = first + timedelta(days=days)
    begin_at, end_at = datetime.combine(first, time.min), datetime.combine(end, time.min)
    c = _Collector(today, hide_names, {})

    # residence ban: end date
    window = ResidenceBan.end_on.between(first, end - timedelta(days=1))
    late = and_(
        ResidenceBan.end_on < today,
        ResidenceBan.updated_at < func.date(ResidenceBan.end_on, "+1 day"),
    )
    query = _base((ResidenceBan,), ResidenceBan.case_id, actor, user_id).where(
        or_(window, late) if include_overdue else window
    )
    for ban, *case_row in session.execute(query.limit(limit)):
        detail = (
            tr("interdiction de résidence prolongée le {date}").format(
                date=ban.extended_on.strftime("%d/%m/%Y")
            )
            if ban.extended_on
            else tr("interdiction de résidence ordonnée le {date} (10 jours)").format(
                date=ban.ordered_on.strftime("%d/%m/%Y")
            )
        )
        overdue = ban_end_overdue(ban.end_on, ban.updated_at, today)
        c.add(
            DeadlineKind.BAN_END, ban.case_id, ban.id, ban.end_on, None, detail, overdue, case_row
        )

    # residence ban: juge de paix hearing
    window = ResidenceBan.hearing_at.between(begin_at, end_at - timedelta(seconds=1))
    late = and_(
        ResidenceBan.hearing_at < now,
        ResidenceBan.extended_on.is_(None),
        ResidenceBan.updated_at < func.datetime(ResidenceBan.hearing_at, "+1 day"),
    )
    query = _base((ResidenceBan,), ResidenceBan.case_id, actor, user_id).where(
        or_(window, late) if include_overdue else window
    )
    for ban, *case_row in session.execute(query.limit(limit)):
        overdue = ban.extended_on is None and hearing_overdue(ban.hearing_at, ban.updated_at, now)
        if not overdue and not begin_at <= ban.hearing_at < end_at:
            continue
        c.add(
            DeadlineKind.BAN_HEARING,
            ban.case_id,
            ban.id,
            ban.hearing_at.date(),
            ban.hearing_at,
            tr("interdiction de résidence, fin actuelle le {date}").format(
                date=ban.end_on.strftime("%d/%m/%Y")
            ),
            overdue,
            case_row,
        )

    # family court hearing
    window = FamilyCourtMeasure.hearing_at.between(begin_at, end_at - timedelta(seconds=1))
    late = and_(FamilyCourtMeasure.hearing_at < now, FamilyCourtMeasure.decision_on.is_(None))
    query = _base((FamilyCourtMeasure,), FamilyCourtMeasure.case_id, actor, user_id).where(
        or_(window, late) if include_overdue else window
    )
    for measure, *case_row in session.execute(query.limit(limit)):
        overdue = measure.decision_on is None and measure.hearing_at < now
        c.add(
            DeadlineKind.COURT_HEARING,
            measure.case_id,
            measure.id,
            measure.hearing_at.date(),
            measure.hearing_at,
            tr("requête du {date}").format(date=measure.petition_on.strftime("%d/%m/%Y")),
            overdue,
            case_row,
        )

    # socio-administrative steps still open
    window = CaseStep.due_on.between(first, end - timedelta(days=1))
    late = CaseStep.due_on < today
    query = (
        _base((CaseStep, AdminStepType.label), CaseStep.case_id, actor, user_id)
        .join(AdminStepType, AdminStepType.code == CaseStep.step_code)
        .where(CaseStep.status.in_(_OPEN_STEPS))
        .where(or_(window, late) if include_overdue else window)
    )
    for step, stored, *case_row in session.execute(query.limit(limit)):
        label = detail = tr(stored)
        if step.status == StepStatus.BLOCKED.value:
            detail = tr("{label} (bloquée)").format(label=label)
        c.add(
            DeadlineKind.STEP_DUE,
            step.case_id,
            step.id,
            step.due_on,
            None,
            detail,
            step.due_on < today,
            case_row,
        )

    # planned departure
    window = DeparturePlan.planned_on.between(first, end - timedelta(days=1))
    late = and_(
        DeparturePlan.planned_on < today,
        DeparturePlan.updated_at < func.date(DeparturePlan.planned_on, "+1 day"),
    )
    query = (
        _base((DeparturePlan,), DeparturePlan.case_id, actor, user_id)
        .where(DeparturePlan.current, DeparturePlan.status.in_(_PENDING_PLANS))
        .where(or_(window, late) if include_overdue else window)
    )
    for plan, *case_row in session.execute(query.limit(limit)):
        overdue = ban_end_overdue(plan.planned_on, plan.updated_at, today)
        c.add(
            DeadlineKind.DEPARTURE,
            plan.case_id,
            plan.id,
            plan.planned_on,
            None,
            tr("plan {status}").format(status=PlanStatus(plan.status).label.lower()),
            overdue,
            case_row,
        )

    return sorted(
        c.found.values(), key=lambda d: (d.on, d.at or datetime.combine(d.on, time.min), d.title)
    )
