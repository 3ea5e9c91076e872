"""Legal protection: temporary residence ban, family-court urgent measures,
residence-permit protection for foreign victims.

Deadline arithmetic of the residence ban (laws of 15 May 2012):

- the public prosecutor orders the ban for **at most 10 days**. Balise counts
  those days from the order: ``end = ordered_on + 10 days`` (ordered on
  1 March → ends on 11 March). The end date is a deadline shown ahead of time;
- the juge de paix may extend it; the new end date may not be later than
  **three calendar months after the order** (``add_months(ordered_on, 3)``,
  kept inside the month: ordered 30 November → 28/29 February at most);
- a deadline that passes without any update of the ban is flagged as overdue
  (see :mod:`app.core.pathways.deadlines`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.pathways.common import (
    RecordKind,
    add_months,
    check_not_after,
    check_past,
    clean,
    fmt,
)
from app.core.pathways.vocabulary import FamilyCourtKind, PermitArticle, PermitDecision
from app.core.permissions import Perm, require_case
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import FamilyCourtMeasure, ResidenceBan, ResidencePermitFile

BAN_DAYS = 10
EXTENSION_MAX_MONTHS = 3


def ban_end(ordered_on: date) -> date:
    """End of a residence ban that was not extended: the order date plus 10 days."""
    return ordered_on + timedelta(days=BAN_DAYS)


def extension_limit(ordered_on: date) -> date:
    """The latest end date a juge de paix extension may set: order + 3 months."""
    return add_months(ordered_on, EXTENSION_MAX_MONTHS)


# --- residence ban --------------------------------------------------------------------


@dataclass
class BanInput:
    ordered_on: date
    notified_on: date | None = None
    hearing_at: datetime | None = None
    notes: str = ""


@dataclass(frozen=True)
class BanView:
    id: uuid.UUID
    case_id: uuid.UUID
    ordered_on: date
    notified_on: date | None
    end_on: date
    extended_on: date | None
    hearing_at: datetime | None
    notes: str | None
    updated_at: datetime

    @property
    def extended(self) -> bool:
        return self.extended_on is not None

    @property
    def initial_end(self) -> date:
        return ban_end(self.ordered_on)

    @property
    def limit(self) -> date:
        return extension_limit(self.ordered_on)

    def in_force(self, today: date) -> bool:
        return self.ordered_on <= today <= self.end_on


def _validate_ban(data: BanInput, today: date) -> None:
    check_past(
        data.ordered_on, "ordered_on", today, tr("La date de l'ordonnance ne peut pas être future.")
    )
    check_past(
        data.notified_on,
        "notified_on",
        today,
        tr("La date de notification ne peut pas être future."),
    )
    check_not_after(
        data.notified_on,
        data.ordered_on,
        "notified_on",
        tr("La notification ne peut pas précéder l'ordonnance ({date}).").format(
            date=fmt(data.ordered_on)
        ),
    )
    if data.hearing_at is not None:
        check_not_after(
            data.hearing_at.date(),
            data.ordered_on,
            "hearing_at",
            tr("L'audience ne peut pas précéder l'ordonnance ({date}).").format(
                date=fmt(data.ordered_on)
            ),
        )


def _apply_ban(ban: ResidenceBan, data: BanInput) -> None:
    # An unextended ban's end follows the order; an extended one keeps the
    # judge's date, which must still fit the corrected order.
    if ban.extended_on is not None:
        _check_extension(data.ordered_on, ban.extended_on, ban.end_on)
    else:
        ban.end_on = ban_end(data.ordered_on)
    ban.ordered_on = data.ordered_on
    ban.notified_on = data.notified_on
    ban.hearing_at = data.hearing_at.replace(second=0, microsecond=0) if data.hearing_at else None
    ban.notes = clean(data.notes)


_BANS = RecordKind(
    ResidenceBan, lambda: tr("Cette interdiction n'existe plus."), _validate_ban, _apply_ban
)


def record_ban(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: BanInput,
) -> uuid.UUID:
    """Record a residence ban; its end date is computed (order + 10 days)."""
    return _BANS.add(session, actor, case_id, data)


def _ban(session: Session, actor: UserSession, ban_id: uuid.UUID) -> ResidenceBan:
    return _BANS.get(session, actor, ban_id)


def update_ban(
    session: Session,
    actor: UserSession,
    ban_id: uuid.UUID,
    data: BanInput,
) -> None:
    """Correct a ban (dates, hearing, notes). An unextended ban's end follows the order."""
    _BANS.update(session, actor, ban_id, data)


def _check_extension(ordered_on: date, extended_on: date, end_on: date) -> None:
    check_not_after(
        extended_on,
        ordered_on,
        "extended_on",
        tr("La décision du juge de paix ne peut pas précéder l'ordonnance ({date}).").format(
            date=fmt(ordered_on)
        ),
    )
    if end_on <= ban_end(ordered_on):
        raise ValidationError(
            tr("Une prolongation doit finir après le {date} (fin des 10 jours).").format(
                date=fmt(ban_end(ordered_on))
            ),
            field="end_on",
        )
    limit = extension_limit(ordered_on)
    if end_on > limit:
        raise ValidationError(
            tr(
                "Le juge de paix peut prolonger l'interdiction jusqu'à trois mois après "
                "l'ordonnance : au plus tard le {date}."
            ).format(date=fmt(limit)),
            field="end_on",
        )


def extend_ban(
    session: Session,
    actor: UserSession,
    ban_id: uuid.UUID,
    extended_on: date,
    end_on: date,
    note: str = "",
) -> None:
    """The juge de paix extended the ban on ``extended_on`` until ``end_on``
    (at most three months after the order)."""
    ban = _ban(session, actor, ban_id)
    check_past(
        extended_on,
        "extended_on",
        clock.today(),
        tr("La décision du juge de paix ne peut pas être future."),
    )
    _check_extension(ban.ordered_on, extended_on, end_on)
    ban.extended_on = extended_on
    ban.end_on = end_on
    if clean(note):
        ban.notes = "\n".join(p for p in (ban.notes, clean(note)) if p)


def cancel_extension(session: Session, actor: UserSession, ban_id: uuid.UUID) -> None:
    """Undo an extension recorded by mistake: the end goes back to order + 10 days."""
    ban = _ban(session, actor, ban_id)
    ban.extended_on = None
    ban.end_on = ban_end(ban.ordered_on)


def add_ban_note(session: Session, actor: UserSession, ban_id: uuid.UUID, note: str) -> None:
    """Add a line to the ban's notes (e.g. "fin de l'interdiction, pas de prolongation").

    Any update after a deadline counts as the follow-up of that deadline.
    """
    ban = _ban(session, actor, ban_id)
    text = clean(note)
    if text is None:
        raise ValidationError(tr("Écrivez la note."), field="note")
    ban.notes = "\n".join(p for p in (ban.notes, text) if p)


def remove_ban(session: Session, actor: UserSession, ban_id: uuid.UUID) -> None:
    """Delete a ban recorded by mistake."""
    _BANS.remove(session, actor, ban_id)


def case_bans(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[BanView]:
    """The residence bans of a case, newest first, once ``actor`` may read the case."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    return _bans(session, case_id)


def _bans(session: Session, case_id: uuid.UUID) -> list[BanView]:
    rows = session.scalars(
        select(ResidenceBan)
        .where(ResidenceBan.case_id == case_id)
        .order_by(ResidenceBan.ordered_on.desc())
    )
    return [
        BanView(
            id=b.id,
            case_id=b.case_id,
            ordered_on=b.ordered_on,
            notified_on=b.notified_on,
            end_on=b.end_on,
            extended_on=b.extended_on,
            hearing_at=b.hearing_at,
            notes=b.notes,
            updated_at=b.updated_at,
        )
        for b in rows
    ]


# --- family court -----------------------------------------------------------------------


@dataclass
class CourtInput:
    petition_on: date
    kind: FamilyCourtKind = FamilyCourtKind.URGENT
    hearing_at: datetime | None = None
    decision_on: date | None = None
    decision: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CourtView:
    id: uuid.UUID
    case_id: uuid.UUID
    kind: FamilyCourtKind
    petition_on: date
    hearing_at: datetime | None
    decision_on: date | None
    decision: str | None
    notes: str | None


def _validate_court(data: CourtInput, today: date) -> None:
    FamilyCourtKind(data.kind)
    check_past(
        data.petition_on, "petition_on", today, tr("La date de la requête ne peut pas être future.")
    )
    if data.hearing_at is not None:
        check_not_after(
            data.hearing_at.date(),
            data.petition_on,
            "hearing_at",
            tr("L'audience ne peut pas précéder la requête ({date}).").format(
                date=fmt(data.petition_on)
            ),
        )
    check_past(
        data.decision_on, "decision_on", today, tr("La date de décision ne peut pas être future.")
    )
    check_not_after(
        data.decision_on,
        data.petition_on,
        "decision_on",
        tr("La décision ne peut pas précéder la requête ({date}).").format(
            date=fmt(data.petition_on)
        ),
    )
    if data.decision.strip() and data.decision_on is None:
        raise ValidationError(tr("Indiquez la date de la décision."), field="decision_on")


def _apply_court(row: FamilyCourtMeasure, data: CourtInput) -> None:
    row.kind = FamilyCourtKind(data.kind).value
    row.petition_on = data.petition_on
    row.hearing_at = data.hearing_at.replace(second=0, microsecond=0) if data.hearing_at else None
    row.decision_on = data.decision_on
    row.decision = clean(data.decision)
    row.notes = clean(data.notes)


_COURT = RecordKind(
    FamilyCourtMeasure, lambda: tr("Cette procédure n'existe plus."), _validate_court, _apply_court
)


def record_court_measure(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: CourtInput,
) -> uuid.UUID:
    """Record a petition for urgent measures before the family court."""
    return _COURT.add(session, actor, case_id, data)


def update_court_measure(
    session: Session,
    actor: UserSession,
    measure_id: uuid.UUID,
    data: CourtInput,
) -> None:
    """Change a family-court measure (hearing postponed, decision known…)."""
    _COURT.update(session, actor, measure_id, data)


def remove_court_measure(session: Session, actor: UserSession, measure_id: uuid.UUID) -> None:
    """Delete a family-court measure recorded by mistake."""
    _COURT.remove(session, actor, measure_id)


def case_court_measures(
    session: Session, actor: UserSession, case_id: uuid.UUID
) -> list[CourtView]:
    """The family-court measures of a case, newest first, once ``actor`` may read it."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    return _court_measures(session, case_id)


def _court_measures(session: Session, case_id: uuid.UUID) -> list[CourtView]:
    rows = session.scalars(
        select(FamilyCourtMeasure)
        .where(FamilyCourtMeasure.case_id == case_id)
        .order_by(FamilyCourtMeasure.petition_on.desc())
    )
    return [
        CourtView(
            id=r.id,
            case_id=r.case_id,
            kind=FamilyCourtKind(r.kind),
            petition_on=r.petition_on,
            hearing_at=r.hearing_at,
            decision_on=r.decision_on,
            decision=r.decision,
            notes=r.notes,
        )
        for r in rows
    ]


# --- residence permit ----------------------------------------------------------------


@dataclass
class PermitInput:
    article: PermitArticle
    submitted_on: date | None = None
    decision: PermitDecision = PermitDecision.PENDING
    decision_on: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class PermitView:
    id: uuid.UUID
    case_id: uuid.UUID
    article: PermitArticle
    submitted_on: date | None
    decision: PermitDecision
    decision_on: date | None
    notes: str | None


def _validate_permit(data: PermitInput, today: date) -> None:
    PermitArticle(data.article)
    decision = PermitDecision(data.decision)
    check_past(data.submitted_on, "submitted_on", today)
    check_past(data.decision_on, "decision_on", today)
    check_not_after(
        data.decision_on,
        data.submitted_on,
        "decision_on",
        tr("La décision ne peut pas précéder l'introduction du dossier."),
    )
    if decision is not PermitDecision.PENDING:
        if data.submitted_on is None:
            raise ValidationError(
                tr("Indiquez quand le dossier a été introduit."), field="submitted_on"
            )
        if data.decision_on is None:
            raise ValidationError(tr("Indiquez la date de la décision."), field="decision_on")
    elif data.decision_on is not None:
        raise ValidationError(tr("Choisissez la décision prise à cette date."), field="decision")


def _apply_permit(row: ResidencePermitFile, data: PermitInput) -> None:
    row.article = PermitArticle(data.article).value
    row.submitted_on = data.submitted_on
    row.decision = PermitDecision(data.decision).value
    row.decision_on = data.decision_on
    row.notes = clean(data.notes)


_PERMITS = RecordKind(
    ResidencePermitFile,
    lambda: tr("Ce dossier de séjour n'existe plus."),
    _validate_permit,
    _apply_permit,
)


def record_permit_file(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: PermitInput,
) -> uuid.UUID:
    """Record a residence-permit protection file (art. 11 §2 or 42quater §4)."""
    return _PERMITS.add(session, actor, case_id, data)


def update_permit_file(
    session: Session,
    actor: UserSession,
    file_id: uuid.UUID,
    data: PermitInput,
) -> None:
    """Change a residence-permit file (submitted, decision)."""
    _PERMITS.update(session, actor, file_id, data)


def remove_permit_file(session: Session, actor: UserSession, file_id: uuid.UUID) -> None:
    """Delete a residence-permit file recorded by mistake."""
    _PERMITS.remove(session, actor, file_id)


def case_permit_files(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[PermitView]:
    """The residence-permit files of a case, newest first, once ``actor`` may read it."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    return _permit_files(session, case_id)


def _permit_files(session: Session, case_id: uuid.UUID) -> list[PermitView]:
    rows = session.scalars(
        select(ResidencePermitFile)
        .where(ResidencePermitFile.case_id == case_id)
        .order_by(ResidencePermitFile.created_at.desc())
    )
    return [
        PermitView(
            id=r.id,
            case_id=r.case_id,
            article=PermitArticle(r.article),
            submitted_on=r.submitted_on,
            decision=PermitDecision(r.decision or PermitDecision.PENDING.value),
            decision_on=r.decision_on,
            notes=r.notes,
        )
        for r in rows
    ]
