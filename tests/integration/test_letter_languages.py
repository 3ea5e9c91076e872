"""Orientation letters in the partner's language (issue 14), read back from the PDF.

The fixed texts come from a small Dutch catalogue compiled for the test (the
real nl_BE catalogue may not be finished); the dates from core/local_format.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app import i18n
from app.core import accounts
from app.core.letters import LetterRequest, prepare_orientation_letter
from app.core.partners import PartnerFilter, get_partner, save_partner, search_partners
from app.core.partners_csv import apply_import, export_partners_csv, read_partners_csv
from app.core.permissions import PermissionDenied
from app.core.templates import (
    DocumentKind,
    default_template,
    load_template,
    reset_template,
    save_template,
)
from app.documents.issue import preview_letter
from app.storage.models import User
from app.ui import languages
from tests.integration.case_file_support import CaseFile, module_case_file
from tests.integration.letters_support import LetterCase, flat, make_letter_case, pdf_text
from tests.language_support import compile_catalogue

pytestmark = pytest.mark.clock(date(2026, 12, 1))

FRENCH_BODY = default_template(DocumentKind.ORIENTATION).body
DUTCH = {
    "Objet :": "Betreft:",
    "Notre référence": "Onze referentie",
    "Votre contact": "Uw contactpersoon",
    "Téléphone": "Telefoon",
    "Tél. {phone}": "Tel. {phone}",
    "Coordination": "Coördinatie",
    "Confidentiel — réf. {reference}": "Vertrouwelijk — ref. {reference}",
    "Informations transmises avec l'accord de la personne": (
        "Informatie doorgegeven met toestemming van de persoon"
    ),
    "Identité": "Identiteit",
    "À l'attention de {who}": "Ter attentie van {who}",
    "une prise en charge par votre service": "een begeleiding door uw dienst",
    "Demande d'orientation": "Verzoek tot doorverwijzing",
    FRENCH_BODY: (
        "Geachte mevrouw, geachte heer,\n\n"
        "Onze dienst begeleidt momenteel {personne}. Wij verwijzen haar naar u voor {but}.\n\n"
        "{informations}\n\n"
        "Met vriendelijke groeten."
    ),
}


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


@pytest.fixture(scope="module")
def lc(cf: CaseFile) -> LetterCase:
    return make_letter_case(cf)


@pytest.fixture
def dutch_catalogue(tmp_path: Path) -> Iterator[None]:
    """The Dutch catalogue loaded for documents; the screen stays French."""
    compile_catalogue(tmp_path, "balise_nl_BE", "nl_BE", DUTCH)
    languages.use_catalogue_folder(tmp_path)
    i18n.install_language_backend(languages.translate_in)
    try:
        yield
    finally:
        i18n.install_language_backend(None)
        languages.use_catalogue_folder(None)


def set_partner_language(cf: CaseFile, partner_id: uuid.UUID, language: str) -> None:
    with cf.session() as s, s.begin():
        data = get_partner(s, cf.actor, partner_id).to_input()
        data.language = language
        save_partner(s, cf.actor, data, partner_id)


def letter_text(cf: CaseFile, lc: LetterCase) -> str:
    with cf.session() as s:
        contact = get_partner(s, cf.actor, lc.cpas).contacts[0].id  # saving renews contacts
        request = LetterRequest(
            case_id=lc.case_id, partner_id=lc.cpas, contact_id=contact, fields=("identity",)
        )
        return flat(pdf_text(preview_letter(s, cf.actor, request)))


def test_a_dutch_partner_gets_its_letter_in_dutch_and_a_french_one_stays_french(
    cf: CaseFile, lc: LetterCase, dutch_catalogue: None
) -> None:
    set_partner_language(cf, lc.cpas, "nl")
    try:
        text = letter_text(cf, lc)
        assert "Aywaille, 1 december 2026" in text
        assert "Betreft: Verzoek tot doorverwijzing" in text
        assert "ONZE REFERENTIE" in text.upper() and "Ter attentie van Sophie Lejeune" in text
        assert "Tel. +32 4 384 40 17" in text and "Coördinatie" in text
        assert "Informatie doorgegeven met toestemming van de persoon" in text
        assert "Identiteit" in text
        assert "Onze dienst begeleidt momenteel" in text
        assert "een begeleiding door uw dienst" in text
        assert "Vertrouwelijk — ref." in text
        for french in ("Objet", "NOTRE RÉFÉRENCE", "décembre", "Madame, Monsieur", "Tél."):
            assert french not in text.upper() if french.isupper() else french not in text, french
        # the worker's screen stayed French
        assert i18n.tr("Objet :") == "Objet :"
    finally:
        set_partner_language(cf, lc.cpas, "fr")
    text = letter_text(cf, lc)
    assert "Aywaille, le 1er décembre 2026" in text
    assert "Objet : Demande d'orientation" in text and "Tél. +32" in text
    assert "Betreft" not in text and "december" not in text


def test_without_a_dutch_text_of_its_own_a_changed_template_falls_back_to_french(
    cf: CaseFile, lc: LetterCase, dutch_catalogue: None
) -> None:
    kind = DocumentKind.ORIENTATION
    set_partner_language(cf, lc.cpas, "nl")
    try:
        with cf.session() as s:  # unchanged French text: Balise's own Dutch text
            shipped = load_template(s, kind, "nl")
        assert (shipped.language, shipped.fallback) == ("nl", False)
        assert shipped.subject == "Verzoek tot doorverwijzing"

        with cf.session() as s, s.begin():
            save_template(s, cf.actor, kind, "Orientation", "Texte du service.\n\n{informations}")
        with cf.session() as s:
            fallback = load_template(s, kind, "nl")
            prepared = prepare_orientation_letter(
                s,
                cf.actor,
                LetterRequest(case_id=lc.case_id, partner_id=lc.cpas, fields=("identity",)),
            )
        assert (fallback.language, fallback.fallback) == ("fr", True)
        assert fallback.body.startswith("Texte du service.")
        assert prepared.language == "nl" and prepared.template_fallback
        text = letter_text(cf, lc)
        assert "Texte du service." in text and "Betreft: Orientation" in text

        with cf.session() as s, s.begin():
            save_template(
                s, cf.actor, kind, "Doorverwijzing", "Tekst van de dienst.\n\n{informations}", "nl"
            )
        with cf.session() as s:
            own = load_template(s, kind, "nl")
            french = load_template(s, kind)
        assert (own.language, own.fallback, own.subject) == ("nl", False, "Doorverwijzing")
        assert french.subject == "Orientation"  # the French text is untouched
        assert "Tekst van de dienst." in letter_text(cf, lc)
    finally:
        with cf.session() as s, s.begin():
            reset_template(s, cf.actor, kind, "nl")
            reset_template(s, cf.actor, kind)
        set_partner_language(cf, lc.cpas, "fr")


def test_the_partner_language_goes_through_the_directory_csv(cf: CaseFile, lc: LetterCase) -> None:
    set_partner_language(cf, lc.shelter, "de")
    try:
        with cf.session() as s, s.begin():
            exported = export_partners_csv(s, cf.actor)
        text = exported.decode("utf-8-sig")
        header = text.splitlines()[0].split(";")
        assert header[-1] == '"langue"' or header[-1] == "langue"
        assert any("Tilleuls" in line and line.endswith('"de"') for line in text.splitlines())
        # a file written for a Dutch-speaking partner, naming the language in full
        data = b"nom;secteur;langue\nCentre De Horizon;cpas;Nederlands\n"
        with cf.session() as s, s.begin():
            plan = read_partners_csv(s, cf.actor, data)
            assert plan.rejected == []
            apply_import(s, cf.actor, plan)
        with cf.session() as s:
            imported = [
                get_partner(s, cf.actor, p.id)
                for p in search_partners(s, cf.actor, PartnerFilter())
                if p.name == "Centre De Horizon"
            ]
        assert [p.language for p in imported] == ["nl"]
        with cf.session() as s:
            wrong = read_partners_csv(s, cf.actor, b"nom;secteur;langue\nX;cpas;klingon\n")
        assert "langue" in wrong.rejected[0].reason
    finally:
        set_partner_language(cf, lc.shelter, "fr")


def test_each_user_sets_their_own_language_only(cf: CaseFile) -> None:
    with cf.session() as s, s.begin():
        assert accounts.set_language(s, cf.actor, "de") == "de"
    with cf.session() as s:
        assert s.get(User, cf.actor.user_id).language == "de"  # type: ignore[union-attr]
    with cf.session() as s, s.begin():
        with pytest.raises(PermissionDenied):
            accounts.set_language(s, cf.actor, "nl", user_id=uuid.uuid4())
        with pytest.raises(Exception, match="Langue inconnue"):
            accounts.set_language(s, cf.actor, "xx")
        accounts.set_language(s, cf.actor, "fr")
