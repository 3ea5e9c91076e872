"""The seeded catalogue labels (violence types, referral sources, partner sectors,
risk questions, socio-administrative steps) are stored in French and shown in the
reader's language; a letter names them in its partner's language (issue 14).

Uses the shipped catalogues (resources/translations/*.qm, compiled by
``scripts/translations.py release``), as the screens do."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest

from app import i18n
from app.core import catalogues
from app.core.case_view import load_case
from app.core.letters import LetterRequest
from app.core.partners import get_partner, save_partner
from app.core.pathways.steps import step_catalogue, update_step_type
from app.core.risk import active_factors
from app.documents.issue import preview_letter
from app.storage.models import AdminStepType, ViolenceType
from app.ui import languages
from tests.integration.case_file_support import CaseFile, module_case_file, new_case
from tests.integration.letters_support import LetterCase, flat, make_letter_case, pdf_text

pytestmark = pytest.mark.clock(date(2026, 12, 1))


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


@pytest.fixture(scope="module")
def lc(cf: CaseFile) -> LetterCase:
    return make_letter_case(cf)


@pytest.fixture
def shipped_catalogues() -> Iterator[None]:
    """The shipped catalogues loaded for documents; the screen French."""
    languages.use_catalogue_folder(None)
    i18n.install_language_backend(languages.translate_in)
    try:
        yield
    finally:
        i18n.install_language_backend(None)


@pytest.fixture
def dutch_screen(shipped_catalogues: None) -> Iterator[None]:
    """What a Dutch-speaking worker's screen uses: ``tr`` gives the nl_BE catalogue."""
    assert languages.translate_in("nl", "", "Violence physique"), "run translations.py release"
    i18n.install_backend(lambda context, text: languages.translate_in("nl", context, text) or text)
    i18n.set_screen_language("nl")
    try:
        yield
    finally:
        i18n.install_backend(None)
        i18n.set_screen_language("fr")


def test_a_dutch_screen_shows_the_case_s_violence_and_the_risk_questions_in_dutch(
    cf: CaseFile, lc: LetterCase, dutch_screen: None
) -> None:
    with cf.session() as s:
        detail = load_case(s, cf.actor, lc.case_id, trace=False)
        factors = active_factors(s)
        violence_choices = [c.label for c in catalogues.violence_types(s)]
        sources = [c.label for c in catalogues.referral_sources(s)]
        sectors = [c.label for c in catalogues.partner_sectors(s)]
        steps = [t.label for t in step_catalogue(s)]
    assert detail.violence_labels == ["Fysiek geweld", "Psychisch geweld"]
    assert detail.violence_sources == ("Violence physique", "Violence psychologique")
    questions = [f.label for f in factors]
    assert "Is het slachtoffer bang om door de pleger gedood te worden?" in questions
    assert not [q for q in questions if "victime" in q or "auteur" in q]
    assert "Seksueel geweld" in violence_choices and "Violence sexuelle" not in violence_choices
    assert "De persoon zelf" in sources and "OCMW" in sectors
    assert "OCMW – referentieadres" in steps


def test_a_label_the_coordinator_typed_shows_as_typed_and_a_rename_keeps_french(
    cf: CaseFile, dutch_screen: None
) -> None:
    with cf.session() as s, s.begin():
        s.add(ViolenceType(code="test_typed", label="Violence par procuration", active=True))
    with cf.session() as s:
        choices = {c.code: c.label for c in catalogues.violence_types(s)}
        shown = next(t for t in step_catalogue(s) if t.code == "bank_block_joint_accounts")
    assert choices["test_typed"] == "Violence par procuration"
    assert shown.label == "Bank – blokkering van de gezamenlijke rekeningen"
    # the coordinator saves the step as shown (its name untouched): the stored label
    # stays French, so colleagues working in French still read it in French
    with cf.session() as s, s.begin():
        update_step_type(s, cf.actor, shown.code, shown.label)
    with cf.session() as s:
        assert s.get(AdminStepType, shown.code).label == "Banque – blocage des comptes joints"


def set_partner_language(cf: CaseFile, partner_id: uuid.UUID, language: str) -> None:
    with cf.session() as s, s.begin():
        data = get_partner(s, cf.actor, partner_id).to_input()
        data.language = language
        save_partner(s, cf.actor, data, partner_id)


def test_a_letter_to_a_german_partner_names_the_violence_in_german(
    cf: CaseFile, lc: LetterCase, shipped_catalogues: None
) -> None:
    set_partner_language(cf, lc.cpas, "de")
    try:
        with cf.session() as s:
            contact = get_partner(s, cf.actor, lc.cpas).contacts[0].id  # saving renews contacts
            request = LetterRequest(
                case_id=lc.case_id,
                partner_id=lc.cpas,
                contact_id=contact,
                fields=("identity", "violence"),
            )
            text = flat(pdf_text(preview_letter(s, cf.actor, request)))
        assert "Körperliche Gewalt, Psychische Gewalt" in text
        assert "iolence physique" not in text and "iolence psychologique" not in text
    finally:
        set_partner_language(cf, lc.cpas, "fr")
    with cf.session() as s:
        contact = get_partner(s, cf.actor, lc.cpas).contacts[0].id  # saving renews contacts
        request = LetterRequest(
            case_id=lc.case_id, partner_id=lc.cpas, contact_id=contact, fields=("violence",)
        )
        text = flat(pdf_text(preview_letter(s, cf.actor, request)))
    assert "violence physique, violence psychologique" in text


def test_a_new_case_keeps_the_codes_whatever_the_language(cf: CaseFile, dutch_screen: None) -> None:
    ref = new_case(cf, violence_codes=["economic"])
    with cf.session() as s:
        detail = load_case(s, cf.actor, ref.id, trace=False)
        stored = s.get(ViolenceType, "economic").label
    assert detail.violence_codes == ["economic"] and detail.violence_labels == ["Economisch geweld"]
    assert stored == "Violence économique"
