"""Complaints: several per case, dated status history with who recorded it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from app.core.pathways.complaints import (
    ComplaintInput,
    add_complaint,
    case_complaints,
    remove_complaint,
    set_complaint_status,
    update_complaint,
)
from app.core.pathways.vocabulary import ComplaintStatus
from app.errors import ValidationError
from tests.integration.case_file_support import CaseFile, module_case_file, new_case

TODAY = date(2026, 11, 20)

pytestmark = pytest.mark.clock(TODAY)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


def complaint(**changes: object) -> ComplaintInput:
    data = ComplaintInput(
        filed_on=date(2026, 3, 4),
        police_zone="Zone Secova",
        station="Commissariat d'Aywaille",
        pv_number="LI.55.L1.012345/26",
        accompanied=True,
        accompanied_by="Éducatrice de rue",
        medical_certificate=True,
        certificate_on=date(2026, 3, 3),
        evidence="Photos des ecchymoses, SMS de menaces",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_a_case_holds_several_complaints_with_their_dated_status_history(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        first = add_complaint(s, cf.actor, case_id, complaint())
        add_complaint(s, cf.actor, case_id, complaint(filed_on=date(2026, 9, 1), pv_number=""))
        set_complaint_status(
            s,
            cf.actor,
            first,
            ComplaintStatus.INVESTIGATION,
            date(2026, 4, 2),
            "juge désigné",
        )
        set_complaint_status(s, cf.actor, first, ComplaintStatus.PROSECUTION, date(2026, 10, 1))
    with cf.session() as s:
        newest, oldest = case_complaints(s, cf.actor, case_id)
    assert newest.filed_on == date(2026, 9, 1) and newest.status is ComplaintStatus.FILED
    assert oldest.status is ComplaintStatus.PROSECUTION and oldest.status_on == date(2026, 10, 1)
    assert [(c.status, c.changed_on) for c in oldest.changes] == [
        (ComplaintStatus.FILED, date(2026, 3, 4)),
        (ComplaintStatus.INVESTIGATION, date(2026, 4, 2)),
        (ComplaintStatus.PROSECUTION, date(2026, 10, 1)),
    ]
    assert oldest.changes[1].note == "juge désigné"
    assert {c.recorded_by for c in oldest.changes} == {"Marie Dupont"}
    assert oldest.accompanied_by == "Éducatrice de rue"
    assert oldest.place == "Zone Secova — Commissariat d'Aywaille"


def test_a_status_change_cannot_go_back_in_time_nor_before_the_filing(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        cid = add_complaint(s, cf.actor, case_id, complaint())
        set_complaint_status(s, cf.actor, cid, ComplaintStatus.INVESTIGATION, date(2026, 5, 1))
    for changed_on, status in (
        (date(2026, 3, 1), ComplaintStatus.DISMISSED),  # before the filing
        (date(2026, 4, 1), ComplaintStatus.DISMISSED),  # before the last change
        (date(2026, 12, 1), ComplaintStatus.DISMISSED),  # in the future
        (date(2026, 6, 1), ComplaintStatus.INVESTIGATION),  # no change
    ):
        with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
            set_complaint_status(s, cf.actor, cid, status, changed_on)
        assert caught.value.field in ("changed_on", "status")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"filed_on": date(2027, 1, 1)}, "filed_on"),
        ({"police_zone": "", "station": " "}, "police_zone"),
        ({"accompanied": False}, "accompanied_by"),
        ({"medical_certificate": False}, "certificate_on"),
        ({"certificate_on": date(2027, 1, 1)}, "certificate_on"),
    ],
)
def test_complaint_fields_are_checked_with_a_french_message(cf: CaseFile, changes, field):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
        add_complaint(s, cf.actor, case_id, complaint(**changes))
    assert caught.value.field == field and caught.value.message


def test_correcting_the_filing_date_moves_the_first_history_entry(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        cid = add_complaint(s, cf.actor, case_id, complaint())
        set_complaint_status(s, cf.actor, cid, ComplaintStatus.DISMISSED, date(2026, 6, 1))
    with cf.session() as s, s.begin():
        update_complaint(s, cf.actor, cid, complaint(filed_on=date(2026, 3, 2)))
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        update_complaint(s, cf.actor, cid, complaint(filed_on=date(2026, 7, 1)))
    with cf.session() as s:
        (view,) = case_complaints(s, cf.actor, case_id)
    assert view.changes[0].changed_on == date(2026, 3, 2)
    assert view.status is ComplaintStatus.DISMISSED
    with cf.session() as s, s.begin():
        remove_complaint(s, cf.actor, cid)
    with cf.session() as s:
        assert case_complaints(s, cf.actor, case_id) == []
