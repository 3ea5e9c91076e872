"""Attestation, discreet departure plan, access summary, recovery sheet, templates."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from app.core.auth import UserSession
from app.core.french_dates import long_date, place_and_date
from app.core.letters import AttestationRequest, LetterRequest
from app.core.pathways.departure import PlanInput, start_plan
from app.core.pathways.vocabulary import DestinationType
from app.core.permissions import PermissionDenied
from app.core.person_documents import AccessRequest
from app.core.templates import (
    DocumentKind,
    default_template,
    load_template,
    reset_template,
    save_template,
    unknown_placeholders,
)
from app.core.vocabulary import Role
from app.documents.issue import (
    issue_departure_plan,
    preview_access_summary,
    preview_attestation,
    preview_departure_plan,
    preview_letter,
)
from app.documents.recovery_sheet import render_recovery_sheet
from app.errors import ValidationError
from app.security.keys import generate_recovery_code
from tests.conftest import SERVICE
from tests.integration.case_file_support import CaseFile, module_case_file
from tests.integration.letters_support import (
    AUTHOR_HISTORY,
    AUTHOR_LAST,
    TODAY,
    LetterCase,
    embedded_fonts,
    flat,
    make_letter_case,
    metadata,
    page_count,
    pdf_text,
)

pytestmark = pytest.mark.clock(TODAY)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


@pytest.fixture(scope="module")
def lc(cf: CaseFile) -> LetterCase:
    case = make_letter_case(cf)
    with cf.session() as s, s.begin():
        start_plan(
            s,
            cf.actor,
            case.case_id,
            PlanInput(
                planned_on=TODAY,
                destination_type=DestinationType.FAMILY_FRIENDS,
                destination_note="chez sa sœur",
                trusted_person="Fatma",
                code_word="Il pleut sur Namur",
                bag_location="chez Fatma",
                checked={"id_documents", "keys"},
            ),
        )
    return case


def test_french_long_dates_do_not_depend_on_the_locale() -> None:
    assert place_and_date("Marche-en-Famenne", date(2026, 11, 22)) == (
        "Marche-en-Famenne, le 22 novembre 2026"
    )
    assert long_date(date(2026, 8, 1)) == "1er août 2026"
    assert long_date(date(2027, 2, 3)) == "3 février 2027"


def test_attestation_says_who_is_followed_since_when(cf: CaseFile, lc: LetterCase) -> None:
    with cf.session() as s:
        pdf = preview_attestation(
            s, cf.actor, AttestationRequest(lc.case_id, include_birth_date=True, on=TODAY)
        )
    text = flat(pdf_text(pdf))
    assert "Attestation de suivi" in text
    assert "Ayşe Łukaszewska-Ștefănescu Ğündüz" in text
    assert "née le 14 mai 1988" in text and "suivie par notre service depuis le 2 mars 2026" in text
    assert "le 22 novembre 2026" in text and SERVICE.name in text
    assert AUTHOR_LAST not in text and page_count(pdf) == 1


def test_the_departure_plan_names_neither_the_service_nor_violence(
    cf: CaseFile, lc: LetterCase
) -> None:
    with cf.session() as s:
        pdf = preview_departure_plan(s, cf.actor, lc.case_id)
    text = flat(pdf_text(pdf)).casefold()
    assert "il pleut sur namur" in text and "fatma" in text
    assert "carte d'identité" in text and "0800 30 030" in text
    for word in ("violen", "prévention", SERVICE.name.casefold(), lc.reference, "aywaille"):
        assert word.casefold() not in text, word
    assert all(not value or "Balise" not in value for value in metadata(pdf).values())
    assert embedded_fonts(pdf)


def test_issuing_the_departure_plan_records_it_on_the_case(cf: CaseFile, lc: LetterCase) -> None:
    with cf.session() as s, s.begin():
        ref = issue_departure_plan(s, cf.actor, lc.case_id)
    assert ref.pdf.startswith(b"%PDF")


def test_access_summary_leaves_out_the_author_unless_the_coordinator_includes_it(
    cf: CaseFile, lc: LetterCase
) -> None:
    with cf.session() as s:
        without = flat(pdf_text(preview_access_summary(s, cf.actor, AccessRequest(lc.case_id))))
        with_authors = flat(
            pdf_text(
                preview_access_summary(s, cf.actor, AccessRequest(lc.case_id, include_authors=True))
            )
        )
    assert "Ayşe" in without and "parapluie" in without  # her own data, all of it
    assert AUTHOR_LAST not in without and AUTHOR_HISTORY not in without
    assert "ne figurent pas" in without
    assert AUTHOR_LAST in with_authors and AUTHOR_HISTORY in with_authors
    worker = UserSession(cf.actor.user_id, "w", "W", Role.SOCIAL_WORKER, "", False)
    with cf.session() as s, pytest.raises(ValidationError):
        preview_access_summary(s, worker, AccessRequest(lc.case_id))


def test_recovery_sheet_prints_the_code_with_an_embedded_font() -> None:
    pdf = render_recovery_sheet("ABCD-EFGH-JKLM", "Service de prévention de Trooz", TODAY)
    text = flat(pdf_text(pdf))
    assert "ABCD-EFGH-JKLM" in text and "22 novembre 2026" in text
    assert "ABCD" not in " ".join(metadata(pdf).values())
    assert embedded_fonts(pdf)


def test_unknown_placeholders_are_reported_before_saving(cf: CaseFile) -> None:
    assert unknown_placeholders("Bonjour {persone} de {service}", DocumentKind.ORIENTATION) == [
        "persone"
    ]
    assert unknown_placeholders("{informations}", DocumentKind.ATTESTATION) == ["informations"]
    with cf.session() as s, s.begin(), pytest.raises(ValidationError) as refused:
        save_template(s, cf.actor, DocumentKind.ORIENTATION, "Objet", "Bonjour {persone}")
    assert "{persone}" in refused.value.message
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        save_template(s, cf.actor, DocumentKind.ORIENTATION, "Objet", "Bonjour {personne")
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        save_template(s, cf.actor, DocumentKind.DEPARTURE_PLAN, "Plan", "Contre la violence")


def test_an_edited_template_is_used_by_the_next_letter_and_can_be_reset(
    cf: CaseFile, lc: LetterCase
) -> None:
    body = "Chère équipe de {partenaire},\n\n{informations}\n\nBien à vous, {intervenant}."
    with cf.session() as s, s.begin():
        save_template(s, cf.actor, DocumentKind.ORIENTATION, "Pour {partenaire}", body)
    request = LetterRequest(lc.case_id, lc.cpas, fields=("identity",), on=TODAY)
    with cf.session() as s:
        text = flat(pdf_text(preview_letter(s, cf.actor, request)))
        assert load_template(s, DocumentKind.ORIENTATION).is_default is False
    assert "Chère équipe de CPAS d'Aywaille" in text and "Objet : Pour CPAS d'Aywaille" in text
    with cf.session() as s, s.begin():
        reset_template(s, cf.actor, DocumentKind.ORIENTATION)
    with cf.session() as s:
        assert load_template(s, DocumentKind.ORIENTATION) == default_template(
            DocumentKind.ORIENTATION
        )
    worker = replace(cf.actor, role=Role.SOCIAL_WORKER)
    with cf.session() as s, s.begin(), pytest.raises(PermissionDenied):
        save_template(s, worker, DocumentKind.ORIENTATION, "x", "y")


def test_a_real_recovery_code_prints_on_one_line() -> None:
    code = generate_recovery_code()  # 6 groups of 5: the longest code there is
    pdf = render_recovery_sheet(code, "Service de prévention de Trooz", TODAY)
    lines = [line.strip() for line in pdf_text(pdf).splitlines()]
    assert code in lines  # not split across two lines when copied
    text = flat(pdf_text(pdf))
    assert "Service de prévention de Trooz" in text
    assert "loin de l'ordinateur portable" in text
