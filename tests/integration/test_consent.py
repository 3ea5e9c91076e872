"""The consent register and the check every letter or export must pass."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest

from app.core.consent import (
    ConsentInput,
    check_share_consent,
    consent_register,
    record_consent,
    withdraw_consent,
)
from app.core.vocabulary import ConsentForm, ConsentKind, SharePurpose
from app.errors import ValidationError
from tests.integration.case_file_support import CaseFile, module_case_file, new_case

GIVEN = date(2026, 3, 2)
TODAY = date(2026, 11, 20)

pytestmark = pytest.mark.clock(TODAY)
REFERRAL, HOUSING = SharePurpose.REFERRAL, SharePurpose.HOUSING


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


def record(cf: CaseFile, case_id: uuid.UUID, **fields: object) -> uuid.UUID:
    data = ConsentInput(
        **{"kind": ConsentKind.SHARE, "given_on": GIVEN, "form": ConsentForm.WRITTEN, **fields}
    )
    with cf.session() as session, session.begin():
        return record_consent(session, cf.actor, case_id, data)


def to_record(cf: CaseFile, case_id: uuid.UUID, given_on: date = GIVEN) -> uuid.UUID:
    return record(cf, case_id, kind=ConsentKind.RECORD, given_on=given_on, form=ConsentForm.ORAL)


def allowed(cf: CaseFile, case_id: uuid.UUID, sector: str = "cpas", **kw: object) -> bool:
    kw.setdefault("purpose", REFERRAL)
    kw.setdefault("on", TODAY)
    with cf.session() as session:
        return check_share_consent(session, cf.actor, case_id, sector=sector, **kw).allowed


def withdraw(cf: CaseFile, consent_id: uuid.UUID, on: date, note: str = "") -> None:
    with cf.session() as session, session.begin():
        withdraw_consent(session, cf.actor, consent_id, on, note)


def test_sharing_needs_both_the_record_consent_and_a_matching_share_consent(cf: CaseFile):
    case_id = new_case(cf).id
    assert not allowed(cf, case_id)
    record(cf, case_id, recipient_sector="cpas", purpose=REFERRAL)
    assert not allowed(cf, case_id)  # no consent to record at all
    to_record(cf, case_id)
    assert allowed(cf, case_id)
    with cf.session() as session:
        check = check_share_consent(
            session, cf.actor, case_id, sector="cpas", purpose=REFERRAL, on=TODAY
        )
    assert check.consent_id is not None and "02/03/2026" in check.reason


def test_another_sector_or_purpose_is_not_covered(cf: CaseFile):
    case_id = new_case(cf).id
    to_record(cf, case_id)
    record(cf, case_id, recipient_sector="cpas", purpose=REFERRAL)
    assert allowed(cf, case_id, "cpas", purpose=REFERRAL)
    assert not allowed(cf, case_id, "police", purpose=REFERRAL)
    assert not allowed(cf, case_id, "cpas", purpose=HOUSING)


def test_a_named_organisation_must_match_when_the_consent_names_one(cf: CaseFile):
    case_id = new_case(cf).id
    to_record(cf, case_id)
    record(
        cf, case_id, recipient_sector="cpas", recipient_label="CPAS de Sprimont", purpose=HOUSING
    )
    assert allowed(cf, case_id, purpose=HOUSING, recipient_label="cpas de sprimont")
    assert not allowed(cf, case_id, purpose=HOUSING, recipient_label="CPAS d'Esneux")
    assert not allowed(cf, case_id, purpose=HOUSING)


def test_a_consent_covers_nothing_before_it_was_given(cf: CaseFile):
    case_id = new_case(cf).id
    to_record(cf, case_id)
    record(cf, case_id, recipient_sector="cpas", purpose=REFERRAL, given_on=date(2026, 5, 10))
    assert not allowed(cf, case_id, on=date(2026, 5, 9))
    assert allowed(cf, case_id, on=date(2026, 5, 10))


def test_withdrawing_a_share_consent_ends_it_from_the_withdrawal_date(cf: CaseFile):
    case_id = new_case(cf).id
    to_record(cf, case_id)
    share = record(cf, case_id, recipient_sector="cpas", purpose=REFERRAL)
    withdraw(cf, share, date(2026, 9, 1), "Ne veut plus que le CPAS soit informé.")
    assert allowed(cf, case_id, on=date(2026, 8, 31))
    assert not allowed(cf, case_id, on=date(2026, 9, 1))
    assert not allowed(cf, case_id, on=TODAY)
    with cf.session() as session:
        check = check_share_consent(
            session, cf.actor, case_id, sector="cpas", purpose=REFERRAL, on=TODAY
        )
        (entry,) = [c for c in consent_register(session, cf.actor, case_id) if c.id == share]
    assert "retiré" in check.reason
    assert entry.withdrawn_on == date(2026, 9, 1)
    assert entry.withdrawal_note == "Ne veut plus que le CPAS soit informé."


def test_withdrawing_the_record_consent_stops_every_share(cf: CaseFile):
    case_id = new_case(cf).id
    consent = to_record(cf, case_id)
    record(cf, case_id, recipient_sector="cpas", purpose=REFERRAL)
    withdraw(cf, consent, date(2026, 10, 1))
    assert allowed(cf, case_id, on=date(2026, 9, 30))
    assert not allowed(cf, case_id, on=date(2026, 10, 1))


def test_a_withdrawal_before_the_consent_or_twice_is_refused(cf: CaseFile):
    case_id = new_case(cf).id
    share = record(cf, case_id, recipient_sector="cpas", purpose=REFERRAL)
    with pytest.raises(ValidationError) as refused:
        withdraw(cf, share, date(2026, 3, 1))
    assert refused.value.field == "withdrawn_on"
    with pytest.raises(ValidationError) as refused:
        withdraw(cf, share, date(2026, 12, 1))  # in the future
    assert refused.value.field == "withdrawn_on"
    withdraw(cf, share, GIVEN)
    with pytest.raises(ValidationError):
        withdraw(cf, share, TODAY)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"purpose": REFERRAL}, "recipient"),
        ({"recipient_sector": "cpas"}, "purpose"),
        ({"recipient_sector": "astrologers", "purpose": REFERRAL}, "recipient"),
        (
            {"recipient_sector": "cpas", "purpose": REFERRAL, "given_on": date(2026, 12, 1)},
            "given_on",
        ),
    ],
)
def test_an_incomplete_share_consent_is_refused(cf: CaseFile, fields: dict, field: str):
    case_id = new_case(cf).id
    with pytest.raises(ValidationError) as refused:
        record(cf, case_id, **fields)
    assert refused.value.field == field


def test_the_register_lists_newest_first_with_who_recorded(cf: CaseFile):
    case_id = new_case(cf).id
    to_record(cf, case_id, date(2026, 3, 2))
    record(
        cf,
        case_id,
        recipient_sector="police",
        purpose=SharePurpose.LEGAL,
        given_on=date(2026, 4, 2),
    )
    with cf.session() as session:
        register = consent_register(session, cf.actor, case_id)
    assert [(c.kind, c.given_on) for c in register] == [
        (ConsentKind.SHARE, date(2026, 4, 2)),
        (ConsentKind.RECORD, date(2026, 3, 2)),
    ]
    assert register[0].recipient_sector_label == "Police / SAPV"
    assert {c.recorded_by for c in register} == {cf.actor.full_name}
