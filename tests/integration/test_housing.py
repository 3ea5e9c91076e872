"""Emergency housing on a real vault: units with a secret address, stays of a
case's people, the waiting list, nights counted by the stated rule, the
seed's "7,5 mois sur 12", overdue stays, and a departure plan naming a stay."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.core.housing import (
    Priority,
    RequestInput,
    RequestStatus,
    StayDestination,
    StayInput,
    UnitInput,
    add_request,
    case_stays,
    end_stay,
    housing_overview,
    record_stay,
    save_unit,
    unit_address,
)
from app.core.housing_occupancy import (
    Nights,
    StaySpan,
    months_between,
    occupancy,
    stay_nights,
    union_count,
)
from app.core.indicator_periods import Period
from app.core.pathways.departure import PlanInput, current_plan, start_plan
from app.core.pathways.vocabulary import DestinationType
from app.core.people import PersonInput, add_person
from app.core.permissions import PermissionDenied
from app.errors import ValidationError
from app.storage.models import AuditEntry, Person
from tests.integration.case_file_support import CaseFile, module_case_file, new_case

TODAY = date(2026, 11, 20)
pytestmark = pytest.mark.clock(TODAY)
SECRET_ADDRESS = "Rue des Glycines Secrètes 17, 4920 Aywaille"


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as made:
        yield made


def _unit(cf: CaseFile, name: str = "Appartement A", **changes: object) -> uuid.UUID:
    data = UnitInput(name=name, capacity=4, available_from=date(2025, 1, 1), address=SECRET_ADDRESS)
    for key, value in changes.items():
        setattr(data, key, value)
    with cf.session() as s, s.begin():
        return save_unit(s, cf.actor, data)


def _people(cf: CaseFile, case_id: uuid.UUID, children: int = 0) -> list[uuid.UUID]:
    with cf.session() as s, s.begin():
        for n in range(children):
            add_person(s, cf.actor, case_id, PersonInput(pseudonym=f"Enfant{n}"))
    with cf.session() as s:
        return list(s.scalars(select(Person.id).where(Person.case_id == case_id)))


# -- the counting rule ------------------------------------------------------------------


def test_entry_day_counts_exit_day_does_not() -> None:
    assert stay_nights(date(2026, 3, 1), date(2026, 3, 4), TODAY).count == 3
    assert stay_nights(date(2026, 3, 1), date(2026, 3, 1), TODAY).count == 0  # same day
    # open: up to tonight, never beyond today
    assert stay_nights(date(2026, 11, 18), None, TODAY).count == 3
    assert union_count([Nights(date(2026, 1, 1), date(2026, 1, 10))] * 2) == 10


def test_months_of_a_period_are_calendar_months() -> None:
    assert months_between(date(2026, 1, 1), date(2026, 12, 31)) == pytest.approx(12)
    assert months_between(date(2026, 1, 1), date(2026, 6, 30)) == pytest.approx(6)
    assert months_between(date(2026, 2, 1), date(2026, 2, 14)) == pytest.approx(0.5)


def test_the_seeds_apartment_reads_seven_and_a_half_months_out_of_twelve() -> None:
    # two stays in 2025: 140 + 88 = 228 nights of 365
    stays = [
        StaySpan(date(2025, 2, 1), date(2025, 2, 1) + timedelta(days=140), 3),
        StaySpan(date(2025, 8, 1), date(2025, 8, 1) + timedelta(days=88), 2),
    ]
    occ = occupancy(date(2024, 6, 1), None, 4, stays, date(2025, 1, 1), date(2025, 12, 31), TODAY)
    assert (occ.nights_occupied, occ.nights_available) == (228, 365)
    assert occ.text == "7,5 mois sur 12"
    assert occ.nights_text == "228 nuits sur 365 (62 %)"
    assert occ.person_nights == 140 * 3 + 88 * 2


def test_a_unit_available_half_the_year_is_said_over_its_months() -> None:
    occ = occupancy(date(2025, 7, 1), None, 2, [], date(2025, 1, 1), date(2025, 12, 31), TODAY)
    assert occ.text == "0 mois sur 6"


# -- units, stays and the secret address ------------------------------------------------


def test_a_stay_is_recorded_for_the_people_of_a_case_and_counted(
    cf: CaseFile, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    unit = _unit(cf, "Appartement Stay")
    case = new_case(cf)
    people = _people(cf, case.id, children=2)
    with cf.session() as s, s.begin():
        add_request(s, cf.actor, case.id, RequestInput(date(2026, 9, 20), Priority.URGENT, 3))
    with cf.session() as s, s.begin():
        stay_id = record_stay(
            s,
            cf.actor,
            case.id,
            StayInput(unit, date(2026, 10, 1), people, planned_exit_on=date(2026, 10, 31)),
        )
    with cf.session() as s:
        overview = housing_overview(s, cf.actor, Period.year(2026))
        (stay,) = [v for v in overview.stays if v.id == stay_id]
        assert stay.reference == case.reference and len(stay.people) == 3
        assert stay.nights == 51  # 1 October to tonight (20 November) included
        assert stay.overdue  # planned exit 31/10 passed without an exit
        assert not [r for r in overview.waiting if r.case_id == case.id]  # housed
        unit_row = next(u for u in overview.units if u.unit.id == unit)
        assert unit_row.housed_now == 3
        assert "le jour de sortie non" in overview.rule
    with cf.session() as s, s.begin():
        end_stay(s, cf.actor, stay_id, date(2026, 11, 5), StayDestination.SOCIAL_HOUSING)
    with cf.session() as s:
        (stay,) = case_stays(s, cf.actor, case.id)
        assert (stay.nights, stay.overdue) == (35, False)
        assert stay.destination is StayDestination.SOCIAL_HOUSING
        # the address is in no view, no audit detail, no log line
        assert SECRET_ADDRESS not in repr(housing_overview(s, cf.actor, Period.year(2026)))
        details = " ".join(str(d) for d in s.scalars(select(AuditEntry.detail)))
        assert "Glycines" not in details
    assert "Glycines" not in caplog.text


def test_the_address_is_read_on_its_own_and_traced(cf: CaseFile) -> None:
    unit = _unit(cf, "Studio B")
    with cf.session() as s, s.begin():
        assert unit_address(s, cf.actor, unit) == SECRET_ADDRESS
    with cf.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
        assert (entry.action, entry.object_id, entry.detail) == ("address_shown", unit.hex, None)


def test_dates_people_and_capacity_are_checked(cf: CaseFile) -> None:
    unit = _unit(cf, "Chambre C", capacity=2, available_from=date(2026, 6, 1))
    case = new_case(cf)
    people = _people(cf, case.id, children=2)  # three people, two places
    other = _people(cf, new_case(cf).id)
    attempts = [
        (StayInput(unit, date(2026, 5, 1), people[:1]), "entry_on"),  # not yet available
        (StayInput(unit, date(2026, 12, 1), people[:1]), "entry_on"),  # future
        (StayInput(unit, date(2026, 7, 1), []), "people"),
        (StayInput(unit, date(2026, 7, 1), other), "people"),  # not of this case
        (StayInput(unit, date(2026, 7, 1), people), "people"),  # over capacity
        (StayInput(unit, date(2026, 7, 1), people[:1], exit_on=date(2026, 6, 30)), "exit_on"),
        (
            StayInput(unit, date(2026, 7, 1), people[:1], destination=StayDestination.OTHER),
            "destination",
        ),
    ]
    for data, field in attempts:
        with cf.session() as s, s.begin(), pytest.raises(ValidationError) as refused:
            record_stay(s, cf.actor, case.id, data)
        assert refused.value.field == field, data
    # two people now, one more later overlapping: the unit would be over-full
    with cf.session() as s, s.begin():
        record_stay(s, cf.actor, case.id, StayInput(unit, date(2026, 7, 1), people[:2]))
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        record_stay(s, cf.actor, case.id, StayInput(unit, date(2026, 8, 1), people[2:]))


def test_a_unit_needs_a_name_that_is_not_its_address(cf: CaseFile) -> None:
    with cf.session() as s, s.begin(), pytest.raises(ValidationError) as refused:
        save_unit(s, cf.actor, UnitInput(name=" ", available_from=date(2026, 1, 1)))
    assert refused.value.field == "name"


def test_the_waiting_list_is_by_priority_then_date(cf: CaseFile) -> None:
    first, second, third = (new_case(cf) for _ in range(3))
    with cf.session() as s, s.begin():
        add_request(s, cf.actor, first.id, RequestInput(date(2026, 11, 1), Priority.NORMAL))
        add_request(s, cf.actor, second.id, RequestInput(date(2026, 11, 10), Priority.URGENT))
        add_request(s, cf.actor, third.id, RequestInput(date(2026, 11, 2), Priority.URGENT))
    with cf.session() as s:
        waiting = [
            r.case_id
            for r in housing_overview(s, cf.actor, Period.year(2026)).waiting
            if r.case_id in {first.id, second.id, third.id}
        ]
        assert waiting == [third.id, second.id, first.id]
        row = next(r for r in housing_overview(s, cf.actor, Period.year(2026)).waiting)
        assert row.status is RequestStatus.WAITING and row.waited_days >= 0


def test_the_departure_plan_names_a_stay_of_its_case(cf: CaseFile) -> None:
    unit = _unit(cf, "Appartement Plan")
    case = new_case(cf)
    people = _people(cf, case.id)
    with cf.session() as s, s.begin():
        stay_id = record_stay(s, cf.actor, case.id, StayInput(unit, date(2026, 11, 1), people))
    plan = PlanInput(destination_type=DestinationType.EMERGENCY_APARTMENT, housing_stay_id=stay_id)
    with cf.session() as s, s.begin():
        start_plan(s, cf.actor, case.id, plan)
    with cf.session() as s:
        current = current_plan(s, cf.actor, case.id)
        assert current is not None and current.housing_stay_id == stay_id
        assert current.to_input().housing_stay_id == stay_id
    # another case's stay, or another destination: refused
    other = new_case(cf)
    for data in (
        PlanInput(destination_type=DestinationType.SHELTER, housing_stay_id=stay_id),
        PlanInput(destination_type=DestinationType.EMERGENCY_APARTMENT, housing_stay_id=stay_id),
    ):
        target = case.id if data.destination_type is DestinationType.SHELTER else other.id
        with cf.session() as s, s.begin(), pytest.raises(ValidationError) as refused:
            start_plan(s, cf.actor, target, data)
        assert refused.value.field == "housing_stay"


def test_an_educator_sees_only_the_stays_of_assigned_cases(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from tests.integration.team_support import module_team

    with module_team(tmp_path_factory) as team:
        u = team.users
        mine = team.new_case(team.coordinator, [u["street_educator"]])
        theirs = team.new_case(team.coordinator, [u["other_worker"]])
        with team.session() as s, s.begin():
            unit = save_unit(
                s,
                team.coordinator,
                UnitInput("Appartement E", 6, date(2026, 1, 1), address=SECRET_ADDRESS),
            )
        for case in (mine, theirs):
            with team.session() as s:
                people = list(s.scalars(select(Person.id).where(Person.case_id == case.id)))
            with team.session() as s, s.begin():
                record_stay(
                    s, team.coordinator, case.id, StayInput(unit, date(2026, 11, 1), people)
                )
        with team.session() as s:
            seen = housing_overview(s, u["street_educator"], Period.year(2026))
            assert [v.case_id for v in seen.stays] == [mine.id]
            # the occupancy still counts both households
            assert seen.units[0].housed_now == 2
        with team.session() as s, pytest.raises(PermissionDenied):
            unit_address(s, u["street_educator"], unit)
        with team.session() as s, pytest.raises(PermissionDenied):
            record_stay(s, u["street_educator"], mine.id, StayInput(unit, date(2026, 11, 2), []))
