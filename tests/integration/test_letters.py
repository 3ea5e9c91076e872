"""Orientation letters read back from the PDF: minimal disclosure, consent, fonts."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.core import audit
from app.core.consent import check_share_consent
from app.core.issued import ReferralOutcome, issued_documents, reprint, set_outcome
from app.core.letter_fields import field_options, read_facts
from app.core.letters import ConsentRequired, LetterRequest
from app.core.vocabulary import SharePurpose
from app.documents.issue import issue_letter, preview_letter
from app.errors import ValidationError
from app.storage.models import AuditEntry, IssuedDocument
from tests.integration.case_file_support import CaseFile, module_case_file
from tests.integration.letters_support import (
    AUTHOR_FIRST,
    AUTHOR_HISTORY,
    AUTHOR_LAST,
    CHILD,
    SITUATION,
    TODAY,
    VICTIM_FIRST,
    VICTIM_LAST,
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
    return make_letter_case(cf)


def request(lc: LetterCase, *fields: str, **kw: object) -> LetterRequest:
    kw.setdefault("partner_id", lc.cpas)
    kw.setdefault("on", TODAY)
    return LetterRequest(case_id=lc.case_id, fields=tuple(fields), **kw)  # type: ignore[arg-type]


def preview(cf: CaseFile, req: LetterRequest) -> bytes:
    with cf.session() as s:
        return preview_letter(s, cf.actor, req)


def test_ticked_fields_are_printed_and_unticked_ones_and_author_data_are_not(
    cf: CaseFile, lc: LetterCase
) -> None:
    pdf = preview(
        cf, request(lc, "identity", "safe_phone", "situation", contact_id=lc.cpas_contact)
    )
    text = flat(pdf_text(pdf))
    assert f"{VICTIM_FIRST} {VICTIM_LAST}" in text
    assert "0472 12 34 56" in text and "ne pas laisser de message" in text
    assert SITUATION in text
    assert "Sophie Lejeune" in text and "CPAS d'Aywaille" in text
    # not ticked
    assert "14/05/1988" not in text and "1988" not in text
    assert CHILD not in text
    assert "psychologique" not in text
    # never printed: the ordinary phone, the code word, the author
    assert "0470" not in text and "parapluie" not in text
    for secret in (AUTHOR_FIRST, AUTHOR_LAST, AUTHOR_HISTORY):
        assert secret not in text


def test_without_identity_ticked_the_name_appears_nowhere(cf: CaseFile, lc: LetterCase) -> None:
    text = flat(pdf_text(preview(cf, request(lc, "situation"))))
    assert VICTIM_FIRST not in text and "Łukaszewska" not in text
    assert "la personne concernée" in text


def test_a_name_in_ş_ł_ș_ğ_is_extracted_intact_from_an_embedded_unicode_font(
    cf: CaseFile, lc: LetterCase
) -> None:
    pdf = preview(cf, request(lc, "identity"))
    text = pdf_text(pdf)
    assert "Ayşe" in text and "Łukaszewska-Ștefănescu" in text and "Ğündüz" in text
    fonts = embedded_fonts(pdf)
    assert any("DejaVuSans" in name for name in fonts), fonts
    assert page_count(pdf) in (1, 2)


def test_letter_has_french_long_date_subject_and_page_numbers(cf: CaseFile, lc: LetterCase) -> None:
    text = flat(pdf_text(preview(cf, request(lc, "identity"))))
    assert "le 22 novembre 2026" in text
    assert "Objet : Demande d'orientation" in text
    assert "1/1" in text or "1/2" in text


def test_pdf_metadata_carries_no_personal_data(cf: CaseFile, lc: LetterCase) -> None:
    info = metadata(preview(cf, request(lc, "identity", contact_id=lc.cpas_contact)))
    joined = " ".join(info.values())
    for personal in (VICTIM_FIRST, "Łukaszewska", "Marie Dupont", "Sophie", lc.reference):
        assert personal not in joined
    assert info.get("/Author", "") == "" and info.get("/Subject", "") == ""


def test_a_letter_without_consent_is_refused_with_an_explanation(
    cf: CaseFile, lc: LetterCase
) -> None:
    with pytest.raises(ConsentRequired) as refused:
        preview(cf, request(lc, "identity", partner_id=lc.police))
    assert "accord" in refused.value.message
    # the sector consent is for the referral purpose only
    with pytest.raises(ConsentRequired):
        preview(cf, request(lc, "identity", purpose=SharePurpose.LEGAL))


def test_a_consent_naming_a_partner_covers_that_partner_only(cf: CaseFile, lc: LetterCase) -> None:
    housing = {"purpose": SharePurpose.HOUSING}
    assert preview(cf, request(lc, "identity", partner_id=lc.shelter, **housing))
    with pytest.raises(ConsentRequired):
        preview(cf, request(lc, "identity", partner_id=lc.other_shelter, **housing))
    with cf.session() as s:
        named = check_share_consent(
            s, cf.actor, lc.case_id, sector="shelter", purpose=SharePurpose.HOUSING, on=TODAY
        )
        assert not named.allowed  # no partner given: a partner-specific consent does not apply


def test_an_override_needs_a_reason_and_is_recorded_with_it(cf: CaseFile, lc: LetterCase) -> None:
    with pytest.raises(ConsentRequired):
        preview(cf, request(lc, "identity", partner_id=lc.police, override_reason="urgent"))
    reason = "Danger immédiat, la personne est injoignable"
    req = request(lc, "identity", "risk", partner_id=lc.police, override_reason=reason)
    with pytest.raises(ValidationError):  # "risk" is unavailable: no screening yet
        preview(cf, req)
    req = request(lc, "identity", partner_id=lc.police, override_reason=reason)
    with cf.session() as s, s.begin():
        ref = issue_letter(s, cf.actor, req)
    with cf.session() as s:
        doc = s.get(IssuedDocument, ref.id)
        assert doc.override_reason == reason and doc.consent_id is None
        assert doc.author_id == cf.actor.user_id
        trace = s.scalar(select(AuditEntry).where(AuditEntry.object_id == str(ref.id)))
        assert trace.action == audit.Action.DOCUMENT_ISSUED
        assert "consent_override=1" in trace.detail and reason not in trace.detail
    assert "Informations transmises" in flat(pdf_text(ref.pdf))


def test_issuing_records_the_fields_the_consent_and_keeps_the_pdf_for_reprint(
    cf: CaseFile, lc: LetterCase
) -> None:
    req = request(lc, "situation", "identity", contact_id=lc.cpas_contact, reason="Demande de RIS")
    with cf.session() as s, s.begin():
        ref = issue_letter(s, cf.actor, req)
    with cf.session() as s:
        doc = s.get(IssuedDocument, ref.id)
        assert json.loads(doc.fields_included) == ["identity", "situation"]  # catalogue order
        assert doc.consent_id is not None and doc.override_reason is None
        assert doc.kind == "orientation" and doc.partner_id == lc.cpas
        assert doc.contact_id == lc.cpas_contact and doc.reason == "Demande de RIS"
        assert reprint(s, cf.actor, ref.id) == ref.pdf
        line = next(v for v in issued_documents(s, cf.actor, lc.case_id) if v.id == ref.id)
        assert line.outcome is ReferralOutcome.WAITING
        assert line.field_labels == ["Identité", "Situation"]
        assert "Accord" in line.basis


def test_the_referral_outcome_can_be_updated_later(cf: CaseFile, lc: LetterCase) -> None:
    with cf.session() as s, s.begin():
        ref = issue_letter(s, cf.actor, request(lc, "identity"))
    with cf.session() as s, s.begin():
        set_outcome(s, cf.actor, ref.id, ReferralOutcome.TAKEN_IN_CHARGE, TODAY)
    with cf.session() as s:
        line = next(v for v in issued_documents(s, cf.actor, lc.case_id) if v.id == ref.id)
        assert line.outcome is ReferralOutcome.TAKEN_IN_CHARGE and line.outcome_on == TODAY
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        set_outcome(s, cf.actor, ref.id, ReferralOutcome.REFUSED, TODAY.replace(year=2030))


def test_unsafe_fields_are_offered_as_unavailable_with_the_reason(
    cf: CaseFile, lc: LetterCase
) -> None:
    with cf.session() as s:
        options = {o.code: o for o in field_options(read_facts(s, cf.actor, lc.case_id), TODAY)}
    assert options["address"].unavailable  # "may write" is no in the safe-contact rules
    assert options["safe_phone"].available
    assert options["complaint"].unavailable  # none recorded
    with pytest.raises(ValidationError):
        preview(cf, request(lc, "address"))


def test_hide_name_prints_the_pseudonym_not_the_name(cf: CaseFile) -> None:
    hidden = make_letter_case(cf, hide_name=True)
    text = flat(pdf_text(preview(cf, request(hidden, "identity", "children"))))
    assert "Mésange" in text
    assert VICTIM_FIRST not in text and "Łukaszewska" not in text
