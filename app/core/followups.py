"""Follow-ups ("suivis") and appointments (follow-ups planned in the future)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, literal, select, tuple_
from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.permissions import Perm, require_case
from app.core.validation import check_followup_time
from app.core.vocabulary import FollowUpKind, FollowUpStatus
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import Case, FollowUp, User


@dataclass
class FollowUpInput:
    occurred_at: datetime
    kind: FollowUpKind
    summary: str = ""
    duration_minutes: int | None = None
    place: str = ""
    next_step: str = ""
    status: FollowUpStatus | None = None  # None: done if in the past, planned if future
    confirmed_before_opening: bool = False


@dataclass(frozen=True)
class FollowUpView:
    id: uuid.UUID
    case_id: uuid.UUID
    occurred_at: datetime
    kind: FollowUpKind
    status: FollowUpStatus
    duration_minutes: int | None
    place: str | None
    summary: str
    next_step: str | None
    author_name: str | None


def _validate(case: Case, data: FollowUpInput, now: datetime) -> FollowUpStatus:
    check_followup_time(data.occurred_at, case.opened_on, confirmed=data.confirmed_before_opening)
    if data.duration_minutes is not None and not 0 < data.duration_minutes <= 24 * 60:
        raise ValidationError(
            tr("La durée doit être comprise entre 1 minute et 24 heures."), field="duration"
        )
    status = data.status or (
        FollowUpStatus.PLANNED if data.occurred_at > now else FollowUpStatus.DONE
    )
    if status == FollowUpStatus.DONE and data.occurred_at > now:
        raise ValidationError(
            tr("Un suivi futur ne peut pas être marqué « réalisé »."), field="status"
        )
    if status != FollowUpStatus.PLANNED and not data.summary.strip():
        raise ValidationError(tr("Résumez ce qui s'est passé."), field="summary")
    return status


def add_followup(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: FollowUpInput,
) -> uuid.UUID:
    """Record a follow-up or plan an appointment. The caller commits."""
    case = session.get(Case, case_id)
    if case is None:
        raise ValidationError(tr("Ce dossier n'existe plus."))
    require_case(session, actor, Perm.FOLLOWUP_WRITE, case_id)
    status = _validate(case, data, clock.now())
    followup = FollowUp(
        case_id=case_id,
        occurred_at=data.occurred_at.replace(microsecond=0),
        kind=FollowUpKind(data.kind).value,
        duration_minutes=data.duration_minutes,
        place=data.place.strip() or None,
        summary=data.summary.strip(),
        next_step=data.next_step.strip() or None,
        status=status.value,
        author_id=actor.user_id,
    )
    session.add(followup)
    session.flush()
    _traced(session, actor, followup, "added status=" + status.value)
    return followup.id


def _traced(session: Session, actor: UserSession, followup: FollowUp, what: str) -> None:
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=followup.case_id,
        object_type="followup",
        object_id=followup.id.hex,
        detail=what,
    )


def _writable(session: Session, actor: UserSession, followup_id: uuid.UUID) -> FollowUp:
    followup = session.get(FollowUp, followup_id)
    if followup is None:
        raise ValidationError(tr("Ce suivi n'existe plus."))
    require_case(session, actor, Perm.FOLLOWUP_WRITE, followup.case_id)
    return followup


def update_followup(
    session: Session,
    actor: UserSession,
    followup_id: uuid.UUID,
    data: FollowUpInput,
) -> None:
    """Change a follow-up, e.g. mark an appointment done or missed."""
    followup = _writable(session, actor, followup_id)
    status = _validate(followup.case, data, clock.now())
    followup.occurred_at = data.occurred_at.replace(microsecond=0)
    followup.kind = FollowUpKind(data.kind).value
    followup.duration_minutes = data.duration_minutes
    followup.place = data.place.strip() or None
    followup.summary = data.summary.strip()
    followup.next_step = data.next_step.strip() or None
    followup.status = status.value
    _traced(session, actor, followup, "updated status=" + status.value)


def set_followup_status(
    session: Session,
    actor: UserSession,
    followup_id: uuid.UUID,
    status: FollowUpStatus,
    summary: str = "",
) -> None:
    """Mark an appointment done or missed (a summary is required when done)."""
    followup = _writable(session, actor, followup_id)
    # A "done" follow-up in the future would move last_contact_at ahead and hide
    # the case from the no-contact alert: same rule as add_followup.
    if status == FollowUpStatus.DONE and followup.occurred_at > (clock.now()):
        raise ValidationError(
            tr("Un suivi futur ne peut pas être marqué « réalisé »."), field="status"
        )
    if summary.strip():
        followup.summary = summary.strip()
    if status == FollowUpStatus.DONE and not followup.summary:
        raise ValidationError(tr("Résumez ce qui s'est passé."), field="summary")
    followup.status = status.value
    _traced(session, actor, followup, "status=" + status.value)


def _view(f: FollowUp, author: str | None) -> FollowUpView:
    return FollowUpView(
        id=f.id,
        case_id=f.case_id,
        occurred_at=f.occurred_at,
        kind=FollowUpKind(f.kind),
        status=FollowUpStatus(f.status),
        duration_minutes=f.duration_minutes,
        place=f.place,
        summary=f.summary,
        next_step=f.next_step,
        author_name=author,
    )


#: how many follow-ups the case screen shows at a time (a case can hold a thousand)
TIMELINE_PAGE = 100


def case_timeline(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    *,
    before: FollowUpView | None = None,
    limit: int | None = None,
) -> list[FollowUpView]:
    """The follow-ups of a case, newest first, once ``actor`` may read the case:
    every one, or ``limit`` of them from the one after ``before`` (the last of
    the previous page)."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    query = (
        select(FollowUp, User.full_name)
        .outerjoin(User, User.id == FollowUp.author_id)
        .where(FollowUp.case_id == case_id)
        .order_by(FollowUp.occurred_at.desc(), FollowUp.id.desc())
    )
    if before is not None:
        bound = tuple_(
            literal(before.occurred_at, FollowUp.occurred_at.type),
            literal(before.id, FollowUp.id.type),
        )
        query = query.where(tuple_(FollowUp.occurred_at, FollowUp.id) < bound)
    if limit is not None:
        query = query.limit(limit)
    return [_view(f, name) for f, name in session.execute(query).all()]


def count_followups(session: Session, actor: UserSession, case_id: uuid.UUID) -> int:
    """How many follow-ups (and appointments) the case holds."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    query = select(func.count()).select_from(FollowUp).where(FollowUp.case_id == case_id)
    return int(session.execute(query).scalar_one())


def load_followup(session: Session, actor: UserSession, followup_id: uuid.UUID) -> FollowUpView:
    """One follow-up (a draft about one older than the page shown is resumed from it)."""
    found = session.execute(
        select(FollowUp, User.full_name)
        .outerjoin(User, User.id == FollowUp.author_id)
        .where(FollowUp.id == followup_id)
    ).first()
    if found is None:
        raise ValidationError(tr("Ce suivi n'existe plus."))
    require_case(session, actor, Perm.CASE_READ, found[0].case_id)
    return _view(found[0], found[1])
