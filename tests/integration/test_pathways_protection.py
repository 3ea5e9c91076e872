"""Residence ban deadlines (10 days, 3-month cap), family court, residence permit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest

from app.core.pathways.common import add_months
from app.core.pathways.protection import (
    BanInput,
    CourtInput,
    PermitInput,
    add_ban_note,
    ban_end,
    cancel_extension,
    case_bans,
    case_court_measures,
    case_permit_files,
    extend_ban,
    extension_limit,
    record_ban,
    record_court_measure,
    record_permit_file,
    update_ban,
    update_court_measure,
)
from app.core.pathways.vocabulary import FamilyCourtKind, PermitArticle, PermitDecision
from app.errors import ValidationError
from tests.integration.case_file_support import CaseFile, module_case_file, new_case

TODAY = date(2026, 11, 20)

pytestmark = pytest.mark.clock(TODAY)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


def test_a_ban_ends_ten_days_after_the_order():
    assert ban_end(date(2026, 3, 1)) == date(2026, 3, 11)
    assert ban_end(date(2026, 12, 28)) == date(2027, 1, 7)


def test_the_extension_cap_is_three_calendar_months_kept_inside_the_month():
    assert extension_limit(date(2026, 3, 1)) == date(2026, 6, 1)
    assert extension_limit(date(2025, 11, 30)) == date(2026, 2, 28)
    assert extension_limit(date(2027, 11, 30)) == date(2028, 2, 29)
    assert add_months(date(2026, 10, 31), 3) == date(2027, 1, 31)


def test_recording_a_ban_computes_its_end_and_an_extension_moves_it(cf: CaseFile):
    case_id = new_case(cf).id
    hearing = datetime(2026, 11, 12, 9, 30)
    with cf.session() as s, s.begin():
        ban_id = record_ban(
            s,
            cf.actor,
            case_id,
            BanInput(date(2026, 11, 5), date(2026, 11, 5), hearing, "Notifiée par la police"),
        )
    with cf.session() as s:
        (ban,) = case_bans(s, cf.actor, case_id)
    assert ban.end_on == date(2026, 11, 15) and not ban.extended
    assert ban.hearing_at == hearing and ban.limit == date(2027, 2, 5)
    with cf.session() as s, s.begin():
        extend_ban(s, cf.actor, ban_id, date(2026, 11, 12), date(2027, 2, 5), "3 mois")
    with cf.session() as s:
        (ban,) = case_bans(s, cf.actor, case_id)
    assert (ban.end_on, ban.extended_on) == (date(2027, 2, 5), date(2026, 11, 12))
    assert ban.notes == "Notifiée par la police\n3 mois"
    with cf.session() as s, s.begin():
        cancel_extension(s, cf.actor, ban_id)
    with cf.session() as s:
        assert case_bans(s, cf.actor, case_id)[0].end_on == date(2026, 11, 15)


def test_an_extension_beyond_three_months_is_refused_naming_the_limit(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        ban_id = record_ban(s, cf.actor, case_id, BanInput(date(2026, 11, 5)))
    for end_on in (date(2027, 2, 6), date(2026, 11, 14)):
        with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
            extend_ban(s, cf.actor, ban_id, date(2026, 11, 12), end_on)
        assert caught.value.field == "end_on"
    assert "05/02/2027" in caught.value.message or "15/11/2026" in caught.value.message
    with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
        extend_ban(s, cf.actor, ban_id, date(2026, 11, 1), date(2026, 12, 1))
    assert caught.value.field == "extended_on"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (BanInput(date(2026, 11, 5), notified_on=date(2026, 11, 4)), "notified_on"),
        (BanInput(date(2026, 12, 5)), "ordered_on"),
        (BanInput(date(2026, 11, 5), notified_on=date(2026, 11, 25)), "notified_on"),
        (BanInput(date(2026, 11, 5), hearing_at=datetime(2026, 11, 4, 10, 0)), "hearing_at"),
    ],
)
def test_ban_dates_are_checked(cf: CaseFile, data: BanInput, field: str):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
        record_ban(s, cf.actor, case_id, data)
    assert caught.value.field == field


def test_correcting_the_order_date_keeps_an_extension_within_the_cap(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        ban_id = record_ban(s, cf.actor, case_id, BanInput(date(2026, 9, 1)))
        update_ban(s, cf.actor, ban_id, BanInput(date(2026, 9, 3)))
    with cf.session() as s:
        assert case_bans(s, cf.actor, case_id)[0].end_on == date(2026, 9, 13)
    with cf.session() as s, s.begin():
        extend_ban(s, cf.actor, ban_id, date(2026, 9, 10), date(2026, 12, 3))
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        update_ban(s, cf.actor, ban_id, BanInput(date(2026, 9, 1)))
    with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
        add_ban_note(s, cf.actor, ban_id, "  ")
    assert caught.value.field == "note"


def test_family_court_measures_check_hearing_and_decision_dates(cf: CaseFile):
    case_id = new_case(cf).id
    data = CourtInput(
        petition_on=date(2026, 10, 1),
        kind=FamilyCourtKind.SUMMARY,
        hearing_at=datetime(2026, 10, 3, 14, 0),
    )
    with cf.session() as s, s.begin():
        mid = record_court_measure(s, cf.actor, case_id, data)
    data.decision_on, data.decision = date(2026, 10, 3), "Résidence des enfants chez la mère"
    with cf.session() as s, s.begin():
        update_court_measure(s, cf.actor, mid, data)
    with cf.session() as s:
        (view,) = case_court_measures(s, cf.actor, case_id)
    assert view.kind is FamilyCourtKind.SUMMARY and view.decision_on == date(2026, 10, 3)
    for bad, field in (
        (CourtInput(date(2026, 10, 1), hearing_at=datetime(2026, 9, 30, 9, 0)), "hearing_at"),
        (CourtInput(date(2026, 10, 1), decision_on=date(2026, 9, 1)), "decision_on"),
        (CourtInput(date(2026, 10, 1), decision="accordé"), "decision_on"),
        (CourtInput(date(2026, 12, 1)), "petition_on"),
    ):
        with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
            record_court_measure(s, cf.actor, case_id, bad)
        assert caught.value.field == field


def test_a_residence_permit_file_needs_dates_for_a_decision(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        record_permit_file(
            s,
            cf.actor,
            case_id,
            PermitInput(PermitArticle.ART_11_2, submitted_on=date(2026, 6, 1)),
        )
    with cf.session() as s:
        (view,) = case_permit_files(s, cf.actor, case_id)
    assert view.decision is PermitDecision.PENDING and view.article is PermitArticle.ART_11_2
    for bad, field in (
        (
            PermitInput(PermitArticle.ART_42QUATER_4, decision=PermitDecision.GRANTED),
            "submitted_on",
        ),
        (
            PermitInput(
                PermitArticle.ART_11_2,
                submitted_on=date(2026, 6, 1),
                decision=PermitDecision.REFUSED,
            ),
            "decision_on",
        ),
        (
            PermitInput(
                PermitArticle.ART_11_2, submitted_on=date(2026, 6, 1), decision_on=date(2026, 5, 1)
            ),
            "decision_on",
        ),
    ):
        with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
            record_permit_file(s, cf.actor, case_id, bad)
        assert caught.value.field == field
