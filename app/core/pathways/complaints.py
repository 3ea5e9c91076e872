"""Complaints filed with the police ("plaintes"), with a dated status history.

A case may hold several complaints. Each status change is dated (the day the
prosecutor's decision became known, not the day it was typed) and recorded in
:class:`ComplaintStatusChange` with who recorded it; the first entry is the
filing itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.pathways.common import (
    check_not_after,
    check_past,
    clean,
    fmt,
    writable,
    writable_case,
)
from app.core.pathways.vocabulary import ComplaintStatus
from app.core.permissions import Perm, require_case
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import Complaint, ComplaintStatusChange, User, utcnow


@dataclass
class ComplaintInput:
    filed_on: date
    police_zone: str = ""
    station: str = ""
    pv_number: str = ""
    accompanied: bool = False
    accompanied_by: str = ""
    medical_certificate: bool = False
    certificate_on: date | None = None
    evidence: str = ""
    notes: str = ""


@dataclass(frozen=True)
class StatusChangeView:
    status: ComplaintStatus
    changed_on: date
    note: str | None
    recorded_by: str | None
    recorded_at: datetime


@dataclass(frozen=True)
class ComplaintView:
    id: uuid.UUID
    case_id: uuid.UUID
    filed_on: date
    police_zone: str | None
    station: str | None
    pv_number: str | None
    accompanied: bool
    accompanied_by: str | None
    medical_certificate: bool
    certificate_on: date | None
    evidence: str | None
    notes: str | None
    status: ComplaintStatus
    status_on: date
    changes: list[StatusChangeView]  # oldest first

    @property
    def place(self) -> str:
        """ "Zone Secova — Aywaille" style, for lists."""
        return " — ".join(p for p in (self.police_zone, self.station) if p)


def _validate(data: ComplaintInput, today: date) -> None:
    check_past(
        data.filed_on, "filed_on", today, tr("La date de la plainte ne peut pas être future.")
    )
    if data.accompanied_by.strip() and not data.accompanied:
        raise ValidationError(
            tr("Cochez « accompagnée » pour indiquer par qui."), field="accompanied_by"
        )
    if data.certificate_on is not None:
        if not data.medical_certificate:
            raise ValidationError(
                tr("Cochez « certificat médical » pour en donner la date."),
                field="certificate_on",
            )
        check_past(data.certificate_on, "certificate_on", today)
    if not (data.police_zone.strip() or data.station.strip()):
        raise ValidationError(
            tr("Indiquez la zone de police ou le commissariat."), field="police_zone"
        )


def _apply(complaint: Complaint, data: ComplaintInput) -> None:
    complaint.filed_on = data.filed_on
    complaint.police_zone = clean(data.police_zone)
    complaint.station = clean(data.station)
    complaint.pv_number = clean(data.pv_number)
    complaint.accompanied = data.accompanied
    complaint.accompanied_by = clean(data.accompanied_by) if data.accompanied else None
    complaint.medical_certificate = data.medical_certificate
    complaint.certificate_on = data.certificate_on if data.medical_certificate else None
    complaint.evidence = clean(data.evidence)
    complaint.notes = clean(data.notes)


def add_complaint(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: ComplaintInput,
) -> uuid.UUID:
    """Record a complaint (status « déposée » on its filing date). The caller commits."""
    case = writable_case(session, actor, case_id, "complaints")
    _validate(data, clock.today())
    complaint = Complaint(
        case_id=case.id, status=ComplaintStatus.FILED.value, created_by=actor.user_id
    )
    _apply(complaint, data)
    complaint.changes.append(
        ComplaintStatusChange(
            status=ComplaintStatus.FILED.value, changed_on=data.filed_on, user_id=actor.user_id
        )
    )
    session.add(complaint)
    session.flush()
    return complaint.id


def _complaint(session: Session, actor: UserSession, complaint_id: uuid.UUID) -> Complaint:
    return writable(session, actor, Complaint, complaint_id, tr("Cette plainte n'existe plus."))


def update_complaint(
    session: Session,
    actor: UserSession,
    complaint_id: uuid.UUID,
    data: ComplaintInput,
) -> None:
    """Correct a complaint's details (its status changes through :func:`set_complaint_status`)."""
    complaint = _complaint(session, actor, complaint_id)
    _validate(data, clock.today())
    ordered = sorted(complaint.changes, key=lambda c: (c.changed_on, c.created_at or utcnow()))
    first_change = ordered[1].changed_on if len(ordered) > 1 else None
    if first_change is not None and data.filed_on > first_change:
        raise ValidationError(
            tr(
                "La plainte ne peut pas être postérieure à son premier changement "
                "de statut ({date})."
            ).format(date=fmt(first_change)),
            field="filed_on",
        )
    _apply(complaint, data)
    if ordered:  # the filing entry of the history follows the corrected date
        ordered[0].changed_on = data.filed_on


def set_complaint_status(
    session: Session,
    actor: UserSession,
    complaint_id: uuid.UUID,
    status: ComplaintStatus,
    changed_on: date,
    note: str = "",
) -> None:
    """Change a complaint's status as of ``changed_on``, recorded with who did it."""
    complaint = _complaint(session, actor, complaint_id)
    status = ComplaintStatus(status)
    check_past(changed_on, "changed_on", clock.today())
    check_not_after(
        changed_on,
        complaint.filed_on,
        "changed_on",
        tr("Le changement de statut ne peut pas précéder le dépôt de la plainte ({date}).").format(
            date=fmt(complaint.filed_on)
        ),
    )
    latest = max((c.changed_on for c in complaint.changes), default=complaint.filed_on)
    check_not_after(
        changed_on,
        latest,
        "changed_on",
        tr("Le statut a déjà changé le {date} : la nouvelle date doit être postérieure.").format(
            date=fmt(latest)
        ),
    )
    if status.value == complaint.status:
        raise ValidationError(
            tr("La plainte a déjà le statut « {status} ».").format(status=status.label),
            field="status",
        )
    complaint.status = status.value
    complaint.changes.append(
        ComplaintStatusChange(
            status=status.value, changed_on=changed_on, note=clean(note), user_id=actor.user_id
        )
    )


def remove_complaint(session: Session, actor: UserSession, complaint_id: uuid.UUID) -> None:
    """Delete a complaint recorded by mistake (with its history)."""
    session.delete(_complaint(session, actor, complaint_id))


def case_complaints(
    session: Session, actor: UserSession, case_id: uuid.UUID
) -> list[ComplaintView]:
    """The complaints of a case, newest first, each with its status history, once
    ``actor`` may read the case."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    return _complaints(session, case_id)


def _complaints(session: Session, case_id: uuid.UUID) -> list[ComplaintView]:
    complaints = session.scalars(
        select(Complaint)
        .where(Complaint.case_id == case_id)
        .order_by(Complaint.filed_on.desc(), Complaint.created_at.desc())
    ).all()
    ids = [c.id for c in complaints]
    names = dict(session.execute(select(User.id, User.full_name)).all()) if ids else {}
    changes: dict[uuid.UUID, list[StatusChangeView]] = {i: [] for i in ids}
    if ids:
        rows = session.scalars(
            select(ComplaintStatusChange)
            .where(ComplaintStatusChange.complaint_id.in_(ids))
            .order_by(ComplaintStatusChange.changed_on, ComplaintStatusChange.created_at)
        )
        for ch in rows:
            changes[ch.complaint_id].append(
                StatusChangeView(
                    status=ComplaintStatus(ch.status),
                    changed_on=ch.changed_on,
                    note=ch.note,
                    recorded_by=names.get(ch.user_id),
                    recorded_at=ch.created_at,
                )
            )
    return [
        ComplaintView(
            id=c.id,
            case_id=c.case_id,
            filed_on=c.filed_on,
            police_zone=c.police_zone,
            station=c.station,
            pv_number=c.pv_number,
            accompanied=c.accompanied,
            accompanied_by=c.accompanied_by,
            medical_certificate=c.medical_certificate,
            certificate_on=c.certificate_on,
            evidence=c.evidence,
            notes=c.notes,
            status=ComplaintStatus(c.status),
            status_on=changes[c.id][-1].changed_on if changes[c.id] else c.filed_on,
            changes=changes[c.id],
        )
        for c in complaints
    ]
