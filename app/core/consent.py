"""The consent register and the check every letter or export must pass.

A share consent names a recipient (a partner sector, optionally a named
organisation) and a purpose. It is valid from the day it was given until it
is withdrawn. Nothing is shared without a matching valid consent unless the
worker overrides with a written reason (the override itself is recorded by
the feature that shares).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.permissions import Perm, require_case
from app.core.validation import check_not_future
from app.core.vocabulary import ConsentForm, ConsentKind, SharePurpose
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import Case, Consent, Partner, PartnerSector, User


@dataclass(frozen=True)
class ConsentInput:
    kind: ConsentKind
    given_on: date
    form: ConsentForm
    recipient_sector: str | None = None
    recipient_label: str = ""
    purpose: SharePurpose | None = None
    purpose_detail: str = ""
    #: one organisation of the directory: the consent then covers only that partner
    recipient_partner_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ConsentView:
    id: uuid.UUID
    kind: ConsentKind
    given_on: date
    form: ConsentForm
    recorded_by: str | None
    recipient_sector: str | None
    recipient_sector_label: str | None
    recipient_label: str | None
    purpose: SharePurpose | None
    purpose_detail: str | None
    withdrawn_on: date | None
    withdrawal_note: str | None
    recipient_partner_id: uuid.UUID | None = None

    def is_valid_on(self, day: date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)


def record_consent(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: ConsentInput,
) -> uuid.UUID:
    """Add a consent to a case's register. The caller commits."""
    if session.get(Case, case_id) is None:
        raise ValidationError(tr("Ce dossier n'existe plus."))
    require_case(session, actor, Perm.CONSENT_WRITE, case_id)
    check_not_future(data.given_on, field="given_on")
    if data.kind == ConsentKind.SHARE:
        if not (data.recipient_sector or data.recipient_label.strip() or data.recipient_partner_id):
            raise ValidationError(
                tr("Indiquez avec qui les informations peuvent être partagées."),
                field="recipient",
            )
        if data.recipient_sector and session.get(PartnerSector, data.recipient_sector) is None:
            raise ValidationError(tr("Secteur inconnu."), field="recipient")
        if data.recipient_partner_id and session.get(Partner, data.recipient_partner_id) is None:
            raise ValidationError(tr("Ce partenaire n'existe plus."), field="recipient")
        if data.purpose is None:
            raise ValidationError(tr("Indiquez dans quel but."), field="purpose")
    consent = Consent(
        case_id=case_id,
        kind=data.kind.value,
        given_on=data.given_on,
        form=data.form.value,
        recorded_by=actor.user_id,
        recipient_sector=data.recipient_sector if data.kind == ConsentKind.SHARE else None,
        recipient_label=(data.recipient_label.strip() or None)
        if data.kind == ConsentKind.SHARE
        else None,
        purpose=data.purpose.value if data.purpose and data.kind == ConsentKind.SHARE else None,
        recipient_partner_id=data.recipient_partner_id if data.kind == ConsentKind.SHARE else None,
        purpose_detail=data.purpose_detail.strip() or None,
    )
    session.add(consent)
    session.flush()
    _traced(session, actor, consent, "added kind=" + consent.kind)
    return consent.id


def _traced(session: Session, actor: UserSession, consent: Consent, what: str) -> None:
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=consent.case_id,
        object_type="consent",
        object_id=consent.id.hex,
        detail=what,
    )


def withdraw_consent(
    session: Session,
    actor: UserSession,
    consent_id: uuid.UUID,
    on: date,
    note: str = "",
) -> None:
    """Record the withdrawal of a consent (it stays in the register)."""
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise ValidationError(tr("Ce consentement n'existe plus."))
    require_case(session, actor, Perm.CONSENT_WRITE, consent.case_id)
    if consent.withdrawn_on is not None:
        raise ValidationError(tr("Ce consentement a déjà été retiré."))
    check_not_future(on, field="withdrawn_on")
    if on < consent.given_on:
        raise ValidationError(
            tr("Le retrait ne peut pas précéder la date du consentement."), field="withdrawn_on"
        )
    consent.withdrawn_on = on
    consent.withdrawal_note = note.strip() or None
    _traced(session, actor, consent, "withdrawn")


def consent_register(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[ConsentView]:
    """Every consent of a case, newest first, once ``actor`` may read the case."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    sectors = {s.code: tr(s.label) for s in session.scalars(select(PartnerSector))}
    rows = session.execute(
        select(Consent, User.full_name)
        .outerjoin(User, User.id == Consent.recorded_by)
        .where(Consent.case_id == case_id)
        .order_by(Consent.given_on.desc(), Consent.created_at.desc())
    ).all()
    return [
        ConsentView(
            id=c.id,
            kind=ConsentKind(c.kind),
            given_on=c.given_on,
            form=ConsentForm(c.form),
            recorded_by=name,
            recipient_sector=c.recipient_sector,
            recipient_sector_label=sectors.get(c.recipient_sector or ""),
            recipient_label=c.recipient_label,
            purpose=SharePurpose(c.purpose) if c.purpose else None,
            purpose_detail=c.purpose_detail,
            withdrawn_on=c.withdrawn_on,
            withdrawal_note=c.withdrawal_note,
            recipient_partner_id=c.recipient_partner_id,
        )
        for c, name in rows
    ]


def _matches(
    consent: ConsentView,
    sector: str,
    purpose: SharePurpose,
    recipient_label: str | None,
    partner_id: uuid.UUID | None = None,
) -> bool:
    # A consent may name a sector, an organisation, or both: each one named must match.
    # A consent naming a partner of the directory covers that partner only.
    if consent.recipient_partner_id is not None:
        if consent.recipient_partner_id != partner_id:
            return False
        if consent.recipient_sector and consent.recipient_sector != sector:
            return False
        return consent.purpose == purpose
    if consent.recipient_sector and consent.recipient_sector != sector:
        return False
    if consent.recipient_label and (
        not recipient_label or consent.recipient_label.casefold() != recipient_label.casefold()
    ):
        return False
    return consent.purpose == purpose


@dataclass(frozen=True)
class ConsentCheck:
    """Answer to "may we share this case with that recipient for that purpose?"."""

    allowed: bool
    consent_id: uuid.UUID | None
    reason: str


def check_share_consent(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    *,
    sector: str,
    purpose: SharePurpose,
    recipient_label: str | None = None,
    partner_id: uuid.UUID | None = None,
    on: date | None = None,
) -> ConsentCheck:
    """Find a valid share consent for ``sector`` (and, if the consent names an
    organisation, that organisation) and ``purpose`` on the given day, once
    ``actor`` may read the case.

    ``partner_id`` is the directory entry the letter goes to: a consent naming a
    partner matches only that partner."""
    day = on or clock.today()
    register = consent_register(session, actor, case_id)
    if not any(c.kind == ConsentKind.RECORD and c.is_valid_on(day) for c in register):
        return ConsentCheck(
            False,
            None,
            tr("La personne n'a pas (ou plus) donné son accord pour l'enregistrement."),
        )
    for c in register:
        if (
            c.kind == ConsentKind.SHARE
            and c.is_valid_on(day)
            and _matches(c, sector, purpose, recipient_label, partner_id)
        ):
            return ConsentCheck(
                True,
                c.id,
                tr("Accord donné le {date}.").format(date=c.given_on.strftime("%d/%m/%Y")),
            )
    withdrawn = any(
        c.kind == ConsentKind.SHARE and c.withdrawn_on is not None and c.recipient_sector == sector
        for c in register
    )
    if withdrawn:
        return ConsentCheck(
            False, None, tr("L'accord de partage avec ce destinataire a été retiré.")
        )
    return ConsentCheck(
        False,
        None,
        tr(
            "Aucun accord de partage enregistré pour ce destinataire et ce but. "
            "Demandez l'accord de la personne et notez-le dans le registre des consentements."
        ),
    )
