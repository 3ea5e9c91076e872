"""The register of documents issued from a case, their PDFs and the referrals' outcome.

Every issued document is recorded with what it contained (field codes), to
whom, on which consent or override reason, by whom and when; its PDF stays
inside the vault so it can be shown and printed again exactly as it was.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.letter_fields import FIELDS
from app.core.letters import PreparedDocument
from app.core.permissions import Perm, require, require_case
from app.core.templates import DocumentKind
from app.core.validation import check_not_future
from app.core.vocabulary import SharePurpose
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import Case, IssuedDocument, Partner, User


class ReferralOutcome(StrEnum):
    TAKEN_IN_CHARGE = "taken_in_charge"
    WAITING = "waiting"
    REFUSED = "refused"
    NO_FOLLOW_UP = "no_follow_up"

    @property
    def label(self) -> str:
        return {
            ReferralOutcome.TAKEN_IN_CHARGE: tr("Prise en charge"),
            ReferralOutcome.WAITING: tr("En attente"),
            ReferralOutcome.REFUSED: tr("Refusée"),
            ReferralOutcome.NO_FOLLOW_UP: tr("Sans suite"),
        }[self]


@dataclass(frozen=True)
class IssuedRef:
    id: uuid.UUID
    pdf: bytes


@dataclass(frozen=True)
class IssuedView:
    """One line of the case's document register."""

    id: uuid.UUID
    kind: DocumentKind
    issued_at: datetime
    addressee: str
    partner_id: uuid.UUID | None
    partner_name: str | None
    purpose: SharePurpose | None
    reason: str | None
    fields: list[str]  # codes
    field_labels: list[str]
    consent_id: uuid.UUID | None
    override_reason: str | None
    author: str | None
    outcome: ReferralOutcome | None
    outcome_on: date | None

    @property
    def basis(self) -> str:
        """ "Accord enregistré" or "Sans accord — <reason>" for the register."""
        if self.override_reason:
            return tr("Sans accord — {reason}").format(reason=self.override_reason)
        if self.consent_id:
            return tr("Accord de partage enregistré")
        return tr("Remis à la personne")


def record_issued(
    session: Session, actor: UserSession, prepared: PreparedDocument, pdf: bytes
) -> uuid.UUID:
    """Record an issued document and its PDF, and trace it. The caller commits,
    in the same transaction as the preparation (all or nothing)."""
    if session.get(Case, prepared.case_id) is None:
        raise ValidationError(tr("Ce dossier n'existe plus."))
    require_case(session, actor, Perm.LETTER_ISSUE, prepared.case_id)
    doc = IssuedDocument(
        case_id=prepared.case_id,
        kind=prepared.kind.value,
        partner_id=prepared.partner_id,
        contact_id=prepared.contact_id,
        addressee=prepared.addressee or None,
        purpose=SharePurpose(prepared.purpose).value if prepared.purpose else None,
        reason=prepared.reason,
        fields_included=json.dumps(list(prepared.fields)),
        consent_id=prepared.consent_id,
        override_reason=prepared.override_reason,
        author_id=actor.user_id,
        pdf=pdf,
        outcome=ReferralOutcome.WAITING.value
        if prepared.kind is DocumentKind.ORIENTATION
        else None,
    )
    session.add(doc)
    session.flush()
    detail = f"kind={prepared.kind.value};fields={len(prepared.fields)}"
    if prepared.override_reason:
        detail += ";consent_override=1"
    audit.record(
        session,
        actor,
        audit.Action.DOCUMENT_ISSUED,
        case_id=prepared.case_id,
        object_type="issued_document",
        object_id=str(doc.id),
        detail=detail,
    )
    return doc.id


def issue(
    session: Session,
    actor: UserSession,
    prepared: PreparedDocument,
    render: Callable[[object], bytes],
) -> IssuedRef:
    """Draw ``prepared`` with ``render`` and record it, in the caller's transaction."""
    pdf = render(prepared.content)
    return IssuedRef(record_issued(session, actor, prepared, pdf), pdf)


def issued_documents(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[IssuedView]:
    """The case's register, newest first (without the PDF bytes), once ``actor``
    may issue documents for the case (the register says to whom what was sent)."""
    require_case(session, actor, Perm.LETTER_ISSUE, case_id)
    rows = session.execute(
        select(
            IssuedDocument.id,
            IssuedDocument.kind,
            IssuedDocument.issued_at,
            IssuedDocument.addressee,
            IssuedDocument.partner_id,
            Partner.name,
            IssuedDocument.purpose,
            IssuedDocument.reason,
            IssuedDocument.fields_included,
            IssuedDocument.consent_id,
            IssuedDocument.override_reason,
            User.full_name,
            IssuedDocument.outcome,
            IssuedDocument.outcome_on,
        )
        .outerjoin(Partner, Partner.id == IssuedDocument.partner_id)
        .outerjoin(User, User.id == IssuedDocument.author_id)
        .where(IssuedDocument.case_id == case_id)
        .order_by(IssuedDocument.issued_at.desc())
    ).all()
    views = []
    for r in rows:
        try:
            codes = [str(c) for c in json.loads(r.fields_included or "[]")]
        except ValueError:
            codes = []
        views.append(
            IssuedView(
                id=r.id,
                kind=DocumentKind(r.kind),
                issued_at=r.issued_at,
                addressee=r.addressee or "",
                partner_id=r.partner_id,
                partner_name=r.name,
                purpose=SharePurpose(r.purpose) if r.purpose else None,
                reason=r.reason,
                fields=codes,
                field_labels=[FIELDS[c].label() for c in codes if c in FIELDS],
                consent_id=r.consent_id,
                override_reason=r.override_reason,
                author=r.full_name,
                outcome=ReferralOutcome(r.outcome) if r.outcome else None,
                outcome_on=r.outcome_on,
            )
        )
    return views


def _checked_document(
    session: Session, actor: UserSession, document_id: uuid.UUID
) -> IssuedDocument:
    """The issued document, once ``actor`` may issue documents for its case."""
    doc = session.get(IssuedDocument, document_id)
    if doc is None:
        raise ValidationError(tr("Ce document n'existe plus."))
    if doc.case_id is not None:
        require_case(session, actor, Perm.LETTER_ISSUE, doc.case_id)
    else:
        require(actor, Perm.LETTER_ISSUE)
    return doc


def reprint(session: Session, actor: UserSession, document_id: uuid.UUID) -> bytes:
    """The PDF exactly as it was issued (printing or saving it is traced first,
    with :func:`trace_output`)."""
    return bytes(_checked_document(session, actor, document_id).pdf)


#: what may happen to an issued document's bytes outside the vault
OUTPUT_ACTIONS = frozenset({audit.Action.DOCUMENT_PRINTED, audit.Action.DOCUMENT_SAVED})


def trace_output(session: Session, actor: UserSession, document_id: uuid.UUID, action: str) -> None:
    """Trace that an issued document is about to be printed or saved to a file.

    Called *before* the bytes leave: when it raises (refused, document gone,
    vault unwritable), nothing may be printed or written. The caller commits."""
    if action not in OUTPUT_ACTIONS:
        raise ValueError(f"not an output action: {action}")
    doc = _checked_document(session, actor, document_id)
    audit.record(
        session,
        actor,
        action,
        case_id=doc.case_id,
        object_type="issued_document",
        object_id=str(doc.id),
        detail=f"kind={doc.kind}",
    )


def set_outcome(
    session: Session,
    actor: UserSession,
    document_id: uuid.UUID,
    outcome: ReferralOutcome | None,
    on: date | None = None,
) -> None:
    """Record what came of a referral (taken in charge, waiting…). The caller commits."""
    doc = _checked_document(session, actor, document_id)
    if doc.kind != DocumentKind.ORIENTATION.value:
        raise ValidationError(tr("Seule une orientation a une suite."), field="outcome")
    day = check_not_future(on or clock.today(), field="outcome_on")
    if day is not None and day < doc.issued_at.date():
        raise ValidationError(
            tr("La suite ne peut pas précéder la date du courrier."), field="outcome_on"
        )
    doc.outcome = outcome.value if outcome else None
    doc.outcome_on = day if outcome else None
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=doc.case_id,
        object_type="issued_document",
        object_id=str(doc.id),
        detail=f"outcome={doc.outcome}",
    )
