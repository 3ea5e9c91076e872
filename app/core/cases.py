"""Cases: intake, the case summary, status changes (close, pause, reopen)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.permissions import CaseNotFound as CaseNotFound  # re-exported
from app.core.permissions import Perm, Scope, require, require_case, scope_of
from app.core.sync import reference_suffix
from app.core.validation import check_birth_date, check_not_future, check_phone, check_text
from app.core.vocabulary import CaseStatus, PersonRole, YesNoUnknown
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import (
    Case,
    CaseCounter,
    CaseEvent,
    CaseViolence,
    CaseWorker,
    Commune,
    Person,
    ReferralSource,
    User,
    ViolenceType,
)


@dataclass(frozen=True)
class SafeContact:
    """Safe-contact rules: how the service may reach the person without danger."""

    phone: str | None = None
    times: str | None = None
    may_leave_message: YesNoUnknown = YesNoUnknown.UNKNOWN
    may_write: YesNoUnknown = YesNoUnknown.UNKNOWN
    code_word: str | None = None
    notes: str | None = None


@dataclass
class IntakeInput:
    """What a new case needs. Only name or pseudonym, commune, violence types
    and the safe-contact rules are required; the rest can come later."""

    first_name: str = ""
    last_name: str = ""
    pseudonym: str = ""
    hide_name: bool = False
    commune_code: str | None = None
    violence_codes: list[str] = field(default_factory=list)
    safe_contact: SafeContact = field(default_factory=SafeContact)
    referral_source: str | None = None
    birth_date: date | None = None
    gender: str | None = None
    phone: str = ""
    situation: str = ""
    confidential: bool = False
    opened_on: date | None = None
    worker_ids: list[uuid.UUID] = field(default_factory=list)


@dataclass(frozen=True)
class CaseRef:
    id: uuid.UUID
    reference: str


def _clean(text: str | None) -> str | None:
    return check_text(text, multiline=True)  # stripped; no NUL or other control


def validate_intake(session: Session, intake: IntakeInput) -> None:
    """Raise ValidationError (naming the field) on the first missing or wrong value."""
    if not (_clean(intake.first_name) or _clean(intake.last_name) or _clean(intake.pseudonym)):
        raise ValidationError(
            tr("Indiquez au moins un nom, un prénom ou un pseudonyme."), field="name"
        )
    if not intake.commune_code or session.get(Commune, intake.commune_code) is None:
        raise ValidationError(tr("Choisissez la commune."), field="commune")
    if not intake.violence_codes:
        raise ValidationError(
            tr("Cochez au moins un type de violence (même provisoire)."), field="violence"
        )
    for code in intake.violence_codes:
        if session.get(ViolenceType, code) is None:
            raise ValidationError(tr("Type de violence inconnu."), field="violence")
    if intake.referral_source and session.get(ReferralSource, intake.referral_source) is None:
        raise ValidationError(tr("Origine de la demande inconnue."), field="referral_source")
    check_birth_date(intake.birth_date)
    check_not_future(intake.opened_on, field="opened_on")
    check_phone(intake.phone, field="phone")
    check_phone(intake.safe_contact.phone or "", field="safe_phone")


def _next_reference(session: Session, year: int) -> str:
    """The next ``YYYY-NNNN`` reference (inside the caller's transaction).

    Each laptop of a service counts its own numbers; a laptop enrolled after
    the first one adds its letter (``2026-0042-B``), so references stay unique
    without the laptops talking to each other (app.core.sync)."""
    counter = session.get(CaseCounter, year)
    if counter is None:
        counter = CaseCounter(year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    return f"{year}-{counter.last_number:04d}{reference_suffix(session)}"


def create_case(session: Session, actor: UserSession, intake: IntakeInput) -> CaseRef:
    """Record a new case with its primary victim. The caller commits.

    Someone who sees only the cases assigned to them is always among its workers."""
    require(actor, Perm.CASE_CREATE)
    validate_intake(session, intake)
    opened_on = intake.opened_on or clock.today()
    case = Case(
        reference=_next_reference(session, opened_on.year),
        status=CaseStatus.OPEN.value,
        opened_on=opened_on,
        commune_code=intake.commune_code,
        referral_source=intake.referral_source or None,
        confidential=intake.confidential,
        created_by=actor.user_id,
        situation=_clean(intake.situation),
        children_exposed=YesNoUnknown.UNKNOWN.value,
    )
    session.add(case)
    session.flush()
    for code in dict.fromkeys(intake.violence_codes):
        session.add(CaseViolence(case_id=case.id, violence_code=code))
    workers = list(intake.worker_ids or [actor.user_id])
    if scope_of(actor.role, Perm.CASE_READ) is not Scope.ALL and actor.user_id not in workers:
        workers.append(actor.user_id)
    for worker_id in dict.fromkeys(workers):
        session.add(CaseWorker(case_id=case.id, user_id=worker_id))
    safe = intake.safe_contact
    session.add(
        Person(
            case_id=case.id,
            role=PersonRole.VICTIM.value,
            first_name=_clean(intake.first_name),
            last_name=_clean(intake.last_name),
            pseudonym=_clean(intake.pseudonym),
            hide_name=intake.hide_name,
            birth_date=intake.birth_date,
            gender=intake.gender or None,
            phone=check_phone(intake.phone),
            safe_phone=check_phone(safe.phone or "", field="safe_phone"),
            safe_times=_clean(safe.times),
            safe_may_leave_message=YesNoUnknown(safe.may_leave_message).value,
            safe_may_write=YesNoUnknown(safe.may_write).value,
            safe_code_word=_clean(safe.code_word),
            safe_notes=_clean(safe.notes),
        )
    )
    session.add(CaseEvent(case_id=case.id, user_id=actor.user_id, kind="opened"))
    session.flush()
    audit.record(
        session,
        actor,
        audit.Action.CASE_CREATED,
        case_id=case.id,
        object_type="case",
        detail="confidential" if case.confidential else None,
    )
    return CaseRef(case.id, case.reference)


def _case_row(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound(tr("Ce dossier n'existe plus."))
    return case


def close_case(
    session: Session, actor: UserSession, case_id: uuid.UUID, reason: str, on: date | None = None
) -> None:
    """Close a case; a reason is required and recorded."""
    case = _case_row(session, case_id)
    require_case(session, actor, Perm.CASE_CLOSE, case_id)
    if not (reason or "").strip():
        raise ValidationError(tr("Indiquez le motif de clôture."), field="closure_reason")
    if case.status == CaseStatus.CLOSED.value:
        raise ValidationError(tr("Ce dossier est déjà clôturé."))
    case.status = CaseStatus.CLOSED.value
    case.closure_reason = reason.strip()
    case.closed_on = on or clock.today()
    session.add(
        CaseEvent(case_id=case.id, user_id=actor.user_id, kind="closed", reason=reason.strip())
    )
    _status_traced(session, actor, case.id, "closed")


def reopen_case(session: Session, actor: UserSession, case_id: uuid.UUID, reason: str = "") -> None:
    """Reopen a closed or paused case (recorded with an optional reason)."""
    case = _case_row(session, case_id)
    require_case(session, actor, Perm.CASE_CLOSE, case_id)
    if case.status == CaseStatus.OPEN.value:
        return
    case.status = CaseStatus.OPEN.value
    case.closed_on = None
    session.add(
        CaseEvent(case_id=case.id, user_id=actor.user_id, kind="reopened", reason=_clean(reason))
    )
    _status_traced(session, actor, case.id, "reopened")


def pause_case(session: Session, actor: UserSession, case_id: uuid.UUID, reason: str = "") -> None:
    """Put an open case on hold (the person is out of reach, …)."""
    case = _case_row(session, case_id)
    require_case(session, actor, Perm.CASE_CLOSE, case_id)
    if case.status != CaseStatus.OPEN.value:
        raise ValidationError(tr("Seul un dossier ouvert peut être mis en pause."))
    case.status = CaseStatus.PAUSED.value
    session.add(
        CaseEvent(case_id=case.id, user_id=actor.user_id, kind="paused", reason=_clean(reason))
    )
    _status_traced(session, actor, case.id, "paused")


def _status_traced(session: Session, actor: UserSession, case_id: uuid.UUID, kind: str) -> None:
    audit.record(
        session, actor, audit.Action.CASE_STATUS, case_id=case_id, object_type="case", detail=kind
    )


@dataclass(frozen=True)
class CaseEventView:
    at: datetime
    kind: str
    reason: str | None
    user_name: str | None


def case_events(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[CaseEventView]:
    """The status history of a case, oldest first, once ``actor`` may read the case."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    rows = session.execute(
        select(CaseEvent, User.full_name)
        .outerjoin(User, User.id == CaseEvent.user_id)
        .where(CaseEvent.case_id == case_id)
        .order_by(CaseEvent.at)
    ).all()
    return [CaseEventView(e.at, e.kind, e.reason, name) for e, name in rows]
