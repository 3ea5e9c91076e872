"""The demo's fictional partner directory, consents naming partners, and issued letters.

Every sector of the catalogue has organisations; names, people, phones and
e-mails are invented (``.invalid`` addresses), except the public numbers a
victim must know (112, 101, 0800 30 030).
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.issued import ReferralOutcome
from app.core.letter_fields import field_options, read_facts
from app.core.letters import ConsentRequired, LetterRequest, prepare_orientation_letter
from app.core.partners import fold
from app.core.permissions import Perm, PermissionDenied, scope_of
from app.core.templates import seed_default_templates
from app.core.vocabulary import ConsentForm, ConsentKind, Role, SharePurpose
from app.demo.directory_data import CONTACTS as _CONTACTS
from app.demo.directory_data import DIRECTORY as _DIRECTORY
from app.storage.models import (
    Case,
    CaseWorker,
    Commune,
    Consent,
    IssuedDocument,
    Partner,
    PartnerCommune,
    PartnerContact,
    User,
)

_PURPOSE_BY_SECTOR = {
    "shelter": SharePurpose.HOUSING,
    "housing": SharePurpose.HOUSING,
    "legal_aid": SharePurpose.LEGAL,
    "justice": SharePurpose.LEGAL,
}
_REASONS = (
    "Demande de revenu d'intégration",
    "Recherche d'hébergement sécurisé",
    "Soutien psychologique",
    "Première consultation juridique",
    "Accompagnement pour la plainte",
)
LETTERS_MAX = 12


def _slug(name: str) -> str:
    return "".join(ch for ch in fold(name) if ch.isascii() and ch.isalnum())[:16] or "contact"


def _directory(session: Session, rng: random.Random, today: date) -> list[tuple[uuid.UUID, str]]:
    communes = {c.name: c for c in session.scalars(select(Commune))}
    zone = [
        communes[n].nis_code
        for n in ("Aywaille", "Chaudfontaine", "Esneux", "Sprimont", "Trooz")
        if n in communes
    ]
    partners, served, contacts = [], [], []
    created = datetime.combine(today - timedelta(days=400), time(10))
    for number, (sector, name, services, hours, street, town, phone, scope) in enumerate(
        _DIRECTORY
    ):
        pid = uuid.UUID(int=rng.getrandbits(128), version=4)
        commune = communes.get(town or "")
        partners.append(
            {
                "id": pid,
                "name": name,
                "sector": sector,
                "services": services,
                "hours": hours,
                "street": street,
                "postcode": commune.postcode if commune and street else None,
                "city": town if street else None,
                "phone": phone,
                "email": f"contact@{_slug(name)}.invalid",
                "notes": "Adresse secrète : ne jamais la communiquer."
                if sector == "shelter"
                else (
                    "Prévenir par téléphone avant d'envoyer un courrier."
                    if number % 4 == 0
                    else None
                ),
                "active": number != len(_DIRECTORY) - 1,  # one inactive organisation
                "created_at": created,
                "updated_at": created + timedelta(days=rng.randint(0, 300)),
            }
        )
        codes = (
            zone if scope == "zone" else [commune.nis_code] if scope == "local" and commune else []
        )
        served.extend({"partner_id": pid, "commune_code": c} for c in codes)
        for _ in range(1 if sector == "listening_line" else rng.randint(1, 2)):
            who, function = rng.choice(_CONTACTS)
            contacts.append(
                {
                    "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                    "partner_id": pid,
                    "name": who,
                    "function": function,
                    "phone": phone[:-2] + f"{rng.randint(10, 99)}",
                    "email": f"{_slug(who)}@{_slug(name)}.invalid",
                    "notes": "Présente le mardi et le jeudi." if rng.random() < 0.3 else None,
                }
            )
    session.execute(insert(Partner.__table__), partners)
    if served:
        session.execute(insert(PartnerCommune.__table__), served)
    session.execute(insert(PartnerContact.__table__), contacts)
    return [(p["id"], p["sector"]) for p in partners if p["active"]]


def populate_demo_directory(
    session: Session, *, rng: random.Random, workers: list[User], today: date
) -> None:
    """Fill the fictional directory (once) and the default document templates.
    The caller commits."""
    if session.scalar(select(func.count()).select_from(Partner)) == 0:
        _directory(session, rng, today)
    coordinator = next((w for w in workers if w.role == Role.COORDINATOR), None)
    seed_default_templates(session, coordinator.id if coordinator else None)
    session.flush()


def populate_demo_letters(
    session: Session, *, rng: random.Random, workers: list[User], today: date
) -> int:
    """Add consents naming partners and a few issued letters with their PDFs (one
    in five issued on an override). Returns the number of letters. The caller commits."""
    partners = [
        (p.id, p.sector)
        for p in session.scalars(select(Partner).where(Partner.active).order_by(Partner.name))
    ]
    open_cases = list(
        session.scalars(
            select(Case.id)
            .where(Case.status == "open", ~Case.id.in_(select(IssuedDocument.case_id)))
            .order_by(Case.reference)
        )
    )
    # only the roles allowed to issue letters sign the demo's letters
    workers = [w for w in workers if scope_of(w.role, Perm.LETTER_ISSUE) is not None]
    if not partners or not open_cases or not workers:
        return 0
    chosen = rng.sample(open_cases, min(LETTERS_MAX, len(open_cases)))
    return sum(
        _letter(session, rng, case_id, rng.choice(partners), workers, today, number)
        for number, case_id in enumerate(chosen)
    )


def _letter(
    session: Session,
    rng: random.Random,
    case_id: uuid.UUID,
    partner: tuple[uuid.UUID, str],
    workers: list[User],
    today: date,
    number: int,
) -> int:
    # Imported here: the demo generator composes core and documents like the CLI does.
    from app.documents.orientation_letter import render_letter

    partner_id, sector = partner
    purpose = _PURPOSE_BY_SECTOR.get(sector, SharePurpose.REFERRAL)
    case = session.get(Case, case_id)
    assigned = set(session.scalars(select(CaseWorker.user_id).where(CaseWorker.case_id == case_id)))
    # the letter is signed by an assigned worker, or by the coordinator
    signers = [w for w in workers if w.id in assigned or w.role == Role.COORDINATOR]
    if not signers:
        return 0
    author = rng.choice(signers)
    day = max(case.opened_on, today - timedelta(days=rng.randint(0, 60)))
    given = case.opened_on + timedelta(days=rng.randint(0, (day - case.opened_on).days))
    with_consent = number % 5 != 4  # every fifth letter: an override with its reason
    if with_consent:
        session.execute(
            insert(Consent.__table__),
            [
                {
                    "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                    "case_id": case_id,
                    "kind": ConsentKind.SHARE.value,
                    "given_on": given,
                    "form": ConsentForm.WRITTEN.value,
                    "recorded_by": author.id,
                    "recipient_sector": sector,
                    "recipient_partner_id": partner_id,
                    "purpose": purpose.value,
                    "created_at": datetime.combine(given, time(11)),
                }
            ],
        )
        if not session.scalar(
            select(func.count())
            .select_from(Consent)
            .where(Consent.case_id == case_id, Consent.kind == ConsentKind.RECORD.value)
        ):
            session.add(
                Consent(
                    case_id=case_id,
                    kind=ConsentKind.RECORD.value,
                    given_on=case.opened_on,
                    form=ConsentForm.ORAL.value,
                    recorded_by=author.id,
                )
            )
        session.flush()
    contact = session.scalar(
        select(PartnerContact.id).where(PartnerContact.partner_id == partner_id).limit(1)
    )
    actor = UserSession(author.id, author.login, author.full_name, Role(author.role), "", True)
    try:
        facts = read_facts(session, actor, case_id)
    except PermissionDenied:  # an assigned street educator issues no letters
        return 0
    available = [o.code for o in field_options(facts, day) if o.available]
    wanted = ("identity", "safe_phone", "followed_since", "situation", "violence", "children")
    fields = tuple(c for c in wanted if c in available and (c == "identity" or rng.random() < 0.6))
    request = LetterRequest(
        case_id,
        partner_id,
        contact,
        purpose,
        fields,
        reason=rng.choice(_REASONS),
        override_reason=""
        if with_consent
        else "Mise à l'abri urgente, accord oral non encore noté",
        on=day,
    )
    try:
        prepared = prepare_orientation_letter(session, actor, request)
    except (ConsentRequired, PermissionDenied):
        return 0
    issued = datetime.combine(day, time(14, 30))
    outcome = rng.choice(list(ReferralOutcome))
    session.execute(
        insert(IssuedDocument.__table__),
        [
            {
                "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                "case_id": case_id,
                "kind": prepared.kind.value,
                "partner_id": partner_id,
                "contact_id": prepared.contact_id,
                "addressee": prepared.addressee,
                "purpose": purpose.value,
                "reason": prepared.reason,
                "fields_included": json.dumps(list(prepared.fields)),
                "consent_id": prepared.consent_id,
                "override_reason": prepared.override_reason,
                "author_id": author.id,
                "issued_at": issued,
                "pdf": render_letter(prepared.content),
                "outcome": outcome.value,
                "outcome_on": None
                if outcome is ReferralOutcome.WAITING
                else min(today, day + timedelta(days=rng.randint(1, 20))),
            }
        ],
    )
    return 1
