"""A case ready for letters: a victim with a name in ş ł ș ğ, a child, an author,
consents, a partner directory; and helpers to read PDFs back with pypdf."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass
from datetime import date

from pypdf import PdfReader

from app.core.authors import AuthorInput, add_author
from app.core.cases import SafeContact
from app.core.consent import ConsentInput, record_consent
from app.core.partners import ContactInput, PartnerInput, get_partner, save_partner
from app.core.people import PersonInput, add_person, case_people, update_person
from app.core.vocabulary import (
    AuthorRelation,
    ConsentForm,
    ConsentKind,
    Gender,
    PersonRole,
    SharePurpose,
    YesNoUnknown,
)
from tests.integration.case_file_support import AYWAILLE, ESNEUX, CaseFile, new_case

TODAY = date(2026, 11, 22)
GIVEN = date(2026, 3, 10)
VICTIM_FIRST = "Ayşe"
VICTIM_LAST = "Łukaszewska-Ștefănescu Ğündüz"
AUTHOR_FIRST = "Grzegorz"
AUTHOR_LAST = "Brzęczyszczykiewicz"
AUTHOR_HISTORY = "Condamné en 2019 pour coups"
SITUATION = "Séparation récente, menaces répétées par message."
CHILD = "Noé"


@dataclass
class LetterCase:
    case_id: uuid.UUID
    reference: str
    victim_id: uuid.UUID
    cpas: uuid.UUID  # CPAS d'Aywaille, with a contact; consent for its sector
    cpas_contact: uuid.UUID
    shelter: uuid.UUID  # a shelter named by a partner-specific consent
    other_shelter: uuid.UUID  # same sector, not named: no consent
    police: uuid.UUID  # no consent at all


def partner(cf: CaseFile, name: str, sector: str, **kw: object) -> uuid.UUID:
    data = PartnerInput(name=name, sector=sector, **kw)  # type: ignore[arg-type]
    with cf.session() as s, s.begin():
        return save_partner(s, cf.actor, data)


def make_letter_case(cf: CaseFile, *, hide_name: bool = False) -> LetterCase:
    ref = new_case(
        cf,
        first_name=VICTIM_FIRST,
        last_name=VICTIM_LAST,
        pseudonym="Mésange",
        hide_name=hide_name,
        situation=SITUATION,
        violence_codes=["psychological", "physical"],
        birth_date=date(1988, 5, 14),
        gender="female",
    )
    with cf.session() as s, s.begin():
        victim = next(p for p in case_people(s, cf.actor, ref.id) if p.role is PersonRole.VICTIM)
        update_person(
            s,
            cf.actor,
            victim.id,
            PersonInput(
                role=PersonRole.VICTIM,
                first_name=VICTIM_FIRST,
                last_name=VICTIM_LAST,
                pseudonym="Mésange",
                hide_name=hide_name,
                birth_date=date(1988, 5, 14),
                gender=Gender.FEMALE,
                languages="turc, français",
                street="Rue du Pont 12",
                postcode="4920",
                city="Aywaille",
                phone="0470 11 22 33",
                safe_contact=SafeContact(
                    phone="0472 12 34 56",
                    times="en semaine entre 9 h et 11 h",
                    may_leave_message=YesNoUnknown.NO,
                    may_write=YesNoUnknown.NO,
                    code_word="parapluie",
                ),
            ),
        )
        add_person(
            s,
            cf.actor,
            ref.id,
            PersonInput(first_name=CHILD, last_name=VICTIM_LAST, birth_date=date(2019, 2, 1)),
        )
        add_author(
            s,
            cf.actor,
            ref.id,
            AuthorInput(
                relation=AuthorRelation.EX_PARTNER,
                first_name=AUTHOR_FIRST,
                last_name=AUTHOR_LAST,
                lives_with_victim=YesNoUnknown.NO,
                judicial_history=AUTHOR_HISTORY,
            ),
        )
    cpas = partner(
        cf,
        "CPAS d'Aywaille",
        "cpas",
        street="Place Joseph Thiry 6",
        postcode="4920",
        city="Aywaille",
        phone="04 384 40 17",
        commune_codes=[AYWAILLE],
        contacts=[ContactInput("Sophie Lejeune", "Assistante sociale", "04 384 40 20")],
    )
    shelter = partner(cf, "Maison d'accueil Les Tilleuls", "shelter", city="Liège")
    other = partner(cf, "Refuge La Source", "shelter", commune_codes=[ESNEUX])
    police = partner(cf, "Zone de police Secova", "police", postcode="4920", city="Aywaille")
    with cf.session() as s, s.begin():
        record_consent(
            s,
            cf.actor,
            ref.id,
            ConsentInput(ConsentKind.RECORD, GIVEN, ConsentForm.ORAL),
        )
        record_consent(
            s,
            cf.actor,
            ref.id,
            ConsentInput(
                ConsentKind.SHARE,
                GIVEN,
                ConsentForm.WRITTEN,
                recipient_sector="cpas",
                purpose=SharePurpose.REFERRAL,
            ),
        )
        record_consent(
            s,
            cf.actor,
            ref.id,
            ConsentInput(
                ConsentKind.SHARE,
                GIVEN,
                ConsentForm.WRITTEN,
                recipient_sector="shelter",
                recipient_partner_id=shelter,
                purpose=SharePurpose.HOUSING,
            ),
        )
        contact = get_partner(s, cf.actor, cpas).contacts[0].id
    return LetterCase(ref.id, ref.reference, victim.id, cpas, contact, shelter, other, police)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text with line breaks and hyphenation joins undone, for phrase checks."""
    return " ".join(text.split())


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def embedded_fonts(pdf: bytes) -> set[str]:
    """Base names of the fonts embedded as TrueType (/FontFile2) in the PDF."""
    reader = PdfReader(io.BytesIO(pdf))
    names = set()
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                descriptor = target.get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    names.add(str(font.get("/BaseFont")))
    return names


def metadata(pdf: bytes) -> dict[str, str]:
    info = PdfReader(io.BytesIO(pdf)).metadata or {}
    return {str(k): str(v) for k, v in info.items()}
