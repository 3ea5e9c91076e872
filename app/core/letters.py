"""Orientation letters and attestations: what they say, on which consent.

A letter holds only the fields the worker ticked, and only when the person
agreed to share with that partner (or its sector) for that purpose. Without
such a consent the letter is refused with the reason, unless the worker
overrides with a written reason, which is recorded with the letter and in
the audit trail. Preparing never writes; :mod:`app.core.issued` records what
was printed.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.consent import ConsentCheck, check_share_consent
from app.core.document_content import (
    LetterContent,
    Signature,
    service_letterhead,
    signature_function,
)
from app.core.french_dates import long_date, place_and_date
from app.core.letter_fields import (
    FIELDS,
    CaseFacts,
    field_options,
    person_name,
    read_facts,
)
from app.core.partners import PartnerView, get_partner
from app.core.permissions import Perm, case_access, require
from app.core.templates import (
    INFORMATION_MARK,
    DocumentKind,
    fill,
    load_template,
    validate_template,
)
from app.core.vocabulary import Gender, SharePurpose
from app.errors import ValidationError
from app.i18n import language_code, tr, writing_in
from app.storage.models import IssuedDocument, PartnerContact

MIN_OVERRIDE_REASON = 10


class ConsentRequired(ValidationError):
    """No matching share consent and no override reason."""


@dataclass(frozen=True)
class PreparedDocument:
    """A document ready to be drawn, and what to record when it is issued."""

    kind: DocumentKind
    case_id: uuid.UUID
    content: object  # LetterContent or ReportContent
    fields: tuple[str, ...]
    addressee: str = ""
    partner_id: uuid.UUID | None = None
    contact_id: uuid.UUID | None = None
    purpose: SharePurpose | None = None
    reason: str | None = None
    consent_id: uuid.UUID | None = None
    override_reason: str | None = None
    #: the language the document is written (and drawn) in; "": the screen's
    language: str = ""
    #: the template had no text in that language: its body is the French one
    template_fallback: bool = False


@dataclass(frozen=True)
class LetterRequest:
    """What the worker chose in the letter dialog."""

    case_id: uuid.UUID
    partner_id: uuid.UUID
    contact_id: uuid.UUID | None = None
    purpose: SharePurpose = SharePurpose.REFERRAL
    fields: tuple[str, ...] = ()
    reason: str = ""  # why the referral, for the register (not printed)
    override_reason: str = ""
    subject: str | None = None  # None: the template's
    body: str | None = None
    signature_function: str = ""
    on: date | None = None


def require_issue(session: Session, actor: UserSession, case_id: uuid.UUID) -> None:
    """Refuse (PermissionDenied, in French) a user who may not issue documents for this case."""
    require(actor, Perm.LETTER_ISSUE, case_access(session, actor, case_id))


def _next_document_reference(session: Session, case_id: uuid.UUID, case_reference: str) -> str:
    """``2026-0042/03``: the case reference and the document's number in the case.

    Unchecked: for the services preparing a document, which checked the actor."""
    count = session.scalar(
        select(func.count()).select_from(IssuedDocument).where(IssuedDocument.case_id == case_id)
    )
    return f"{case_reference}/{(count or 0) + 1:02d}"


def check_letter_consent(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    partner: PartnerView,
    purpose: SharePurpose,
    on: date | None = None,
) -> ConsentCheck:
    """The consent register's answer for this partner (or its sector) and purpose,
    once ``actor`` may issue documents for the case."""
    require_issue(session, actor, case_id)
    return check_share_consent(
        session,
        actor,
        case_id,
        sector=partner.sector,
        purpose=purpose,
        recipient_label=partner.name,
        partner_id=partner.id,
        on=on,
    )


def _agreement(facts: CaseFacts) -> tuple[str, str]:
    gender = facts.victim.gender if facts.victim else None
    if gender is Gender.FEMALE:
        return tr("Madame,"), "e"
    if gender is Gender.MALE:
        return tr("Monsieur,"), ""
    return "", "·e"


def purpose_phrase(purpose: SharePurpose) -> str:
    """The purpose as it reads in a letter: « Nous vous l'adressons pour … »."""
    return {
        SharePurpose.REFERRAL: tr("une prise en charge par votre service"),
        SharePurpose.COORDINATION: tr("une concertation sur sa situation"),
        SharePurpose.ATTESTATION: tr("l'établissement d'une attestation"),
        SharePurpose.LEGAL: tr("des démarches juridiques ou judiciaires"),
        SharePurpose.HOUSING: tr("une solution d'hébergement ou de logement"),
        SharePurpose.OTHER: tr("un accompagnement par votre service"),
    }[purpose]


def _paragraphs(body: str, values: dict[str, str]) -> tuple[tuple[str, ...], int]:
    """Filled paragraphs and where the information block goes (-1: at the end)."""
    raw = [p.strip() for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    at = -1
    kept = []
    for paragraph in raw:
        if paragraph == INFORMATION_MARK and at < 0:
            at = len(kept)
            continue
        kept.append(fill(paragraph, values).strip())
    return tuple(p for p in kept), at


def _check_fields(facts: CaseFacts, codes: tuple[str, ...], today: date) -> tuple[str, ...]:
    options = {o.code: o for o in field_options(facts, today)}
    for code in codes:
        if code not in FIELDS:
            raise ValidationError(tr("Information inconnue : {code}.").format(code=code), "fields")
        if not options[code].available:
            raise ValidationError(
                tr("« {label} » ne peut pas être inclus : {why}").format(
                    label=options[code].label, why=options[code].unavailable
                ),
                field="fields",
            )
    # catalogue order, no duplicates
    return tuple(f for f in FIELDS if f in codes)


def _contact(session: Session, partner: PartnerView, contact_id: uuid.UUID | None):
    if contact_id is None:
        return None
    contact = session.get(PartnerContact, contact_id)
    if contact is None or contact.partner_id != partner.id:
        raise ValidationError(tr("Cette personne de contact n'existe plus."), field="contact")
    return contact


def prepare_orientation_letter(
    session: Session, actor: UserSession, request: LetterRequest
) -> PreparedDocument:
    """Everything an orientation letter says. Nothing is written.

    The letter is written in the partner's language (``partners.language``),
    whatever the worker's screen shows: its fixed texts, dates and the
    template's text in that language (the French one when it has none:
    ``template_fallback``). Refusals speak to the worker, in hers.

    Raises :class:`ConsentRequired` without a matching consent or an override
    reason, and :class:`ValidationError` for a field that cannot be included.
    """
    today = request.on or clock.today()
    require_issue(session, actor, request.case_id)
    partner = get_partner(session, actor, request.partner_id)
    if not partner.active:
        raise ValidationError(
            tr("Cette organisation est inactive dans le répertoire."), field="partner"
        )
    contact = _contact(session, partner, request.contact_id)
    facts = read_facts(session, actor, request.case_id)
    codes = _check_fields(facts, tuple(request.fields), today)

    consent = check_letter_consent(session, actor, request.case_id, partner, request.purpose, today)
    override = request.override_reason.strip()
    if consent.allowed:
        override = ""
    elif len(override) < MIN_OVERRIDE_REASON:
        raise ConsentRequired(
            consent.reason
            + " "
            + tr(
                "Pour passer outre, indiquez pourquoi (au moins {n} caractères) : "
                "la raison sera enregistrée avec le courrier."
            ).format(n=MIN_OVERRIDE_REASON),
            field="consent",
        )

    language = language_code(partner.language)
    template = load_template(session, DocumentKind.ORIENTATION, language)
    subject = template.subject if request.subject is None else request.subject
    body = template.body if request.body is None else request.body
    validate_template(DocumentKind.ORIENTATION, subject, body)
    letterhead = service_letterhead(session)
    reference = _next_document_reference(session, request.case_id, facts.detail.reference)
    with writing_in(language):
        function = request.signature_function.strip() or signature_function(session, actor)
        civility, agreement = _agreement(facts)
        values = {
            "service": letterhead.name,
            "commune_service": letterhead.commune,
            "date": long_date(today),
            "reference": reference,
            "intervenant": actor.full_name,
            "fonction": function,
            "personne": person_name(facts.victim)
            if "identity" in codes
            else tr("la personne concernée"),
            "civilite": civility.rstrip(","),
            "e": agreement,
            "suivi_depuis": long_date(facts.detail.opened_on),
            "partenaire": partner.name,
            "contact": contact.name if contact else "",
            "but": purpose_phrase(request.purpose),
        }
        paragraphs, at = _paragraphs(body, values)
        options = {o.code: o for o in field_options(facts, today)}
        information = tuple((options[c].label, options[c].value or "") for c in codes)
        addressee = [partner.name]
        if contact is not None:
            who = contact.name + (f", {contact.function}" if contact.function else "")
            addressee.append(tr("À l'attention de {who}").format(who=who))
        addressee.extend(partner.address_lines())
        content = LetterContent(
            letterhead=letterhead,
            reference=reference,
            place_date=place_and_date(letterhead.commune, today),
            addressee=tuple(addressee),
            subject=fill(subject, values).strip(),
            paragraphs=paragraphs,
            signature=Signature(actor.full_name, function),
            information=information,
            information_title=tr("Informations transmises avec l'accord de la personne")
            if consent.allowed
            else tr("Informations transmises"),
            information_at=at,
        )
    return PreparedDocument(
        kind=DocumentKind.ORIENTATION,
        case_id=request.case_id,
        content=content,
        fields=codes,
        addressee=" — ".join(addressee[:2])[:300],
        partner_id=partner.id,
        contact_id=contact.id if contact else None,
        purpose=request.purpose,
        reason=request.reason.strip() or None,
        consent_id=consent.consent_id,
        override_reason=override or None,
        language=language,
        template_fallback=template.fallback and request.body is None,
    )


@dataclass(frozen=True)
class AttestationRequest:
    case_id: uuid.UUID
    include_birth_date: bool = False
    addressee: str = ""  # empty: "À qui de droit"
    signature_function: str = ""
    on: date | None = None


def prepare_attestation(
    session: Session, actor: UserSession, request: AttestationRequest
) -> PreparedDocument:
    """An attestation that the person is followed by the service, handed to her.

    It goes to the person herself, at her request: no share consent is needed.
    """
    today = request.on or clock.today()
    require_issue(session, actor, request.case_id)
    facts = read_facts(session, actor, request.case_id)
    if facts.victim is None:
        raise ValidationError(tr("Ce dossier n'a pas de victime principale."))
    codes: tuple[str, ...] = ("identity", "followed_since")
    if request.include_birth_date:
        if facts.victim.birth_date is None:
            raise ValidationError(tr("La date de naissance n'est pas notée."), field="birth_date")
        codes = ("identity", "birth_date", "followed_since")
    template = load_template(session, DocumentKind.ATTESTATION)
    letterhead = service_letterhead(session)
    function = request.signature_function.strip() or signature_function(session, actor)
    civility, agreement = _agreement(facts)
    born = ""
    if request.include_birth_date and facts.victim.birth_date:
        born = tr(", né{e} le {date},").format(e=agreement, date=long_date(facts.victim.birth_date))
    reference = _next_document_reference(session, request.case_id, facts.detail.reference)
    values = {
        "service": letterhead.name,
        "commune_service": letterhead.commune,
        "date": long_date(today),
        "reference": reference,
        "intervenant": actor.full_name,
        "fonction": function,
        "personne": person_name(facts.victim),
        "civilite": civility.rstrip(","),
        "e": agreement,
        "suivi_depuis": long_date(facts.detail.opened_on),
        "naissance": born,
    }
    paragraphs, _ = _paragraphs(template.body, values)
    addressee = request.addressee.strip() or tr("À qui de droit")
    place_date = place_and_date(letterhead.commune, today)
    if letterhead.commune:
        place_date = tr("Fait à {place}").format(place=place_date)
    content = LetterContent(
        letterhead=letterhead,
        reference=reference,
        place_date=place_date,
        addressee=(),
        subject="",
        title=fill(template.subject, values).strip() or DocumentKind.ATTESTATION.label,
        paragraphs=(addressee + ",", *paragraphs) if request.addressee.strip() else paragraphs,
        signature=Signature(actor.full_name, function),
    )
    return PreparedDocument(
        kind=DocumentKind.ATTESTATION,
        case_id=request.case_id,
        content=content,
        fields=codes,
        addressee=addressee[:300],
        purpose=SharePurpose.ATTESTATION,
    )
