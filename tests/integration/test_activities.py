"""Collective activities on a real vault: « le premier mercredi du mois » makes
its dates, attendance is anonymous counts, a participant is linked to a case
only under that case's permissions, and trainings say who followed which module."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, time

import pytest
from sqlalchemy import select

from app.core.activities import (
    ActivityInput,
    ActivityKind,
    AgeBand,
    AttendanceCount,
    Audience,
    activity_detail,
    create_activity,
    list_activities,
    record_attendance,
    set_cancelled,
    update_activity,
)
from app.core.activity_people import (
    case_activities,
    link_participant,
    occurrence_links,
    record_trainees,
    training_plan,
)
from app.core.partners import ContactInput, PartnerInput, save_partner
from app.core.permissions import PermissionDenied
from app.core.recurrence import Recurrence, describe, occurrence_dates
from app.core.vocabulary import Gender
from app.errors import ValidationError
from app.storage.models import ActivityOccurrence, AuditEntry, PartnerContact
from tests.integration.team_support import TODAY, Team, module_team

pytestmark = pytest.mark.clock(TODAY)
WEDNESDAY = 2


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Team]:
    with module_team(tmp_path_factory) as made:
        yield made


def cabane() -> ActivityInput:
    return ActivityInput(
        kind=ActivityKind.CHILDREN_WORKSHOP,
        title="La cabane",
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
        recurrence=Recurrence.MONTHLY_NTH,
        weekday=WEDNESDAY,
        nth=1,
        start_time=time(14, 0),
        end_time=time(16, 0),
        place="Maison de quartier",
        audience="Enfants de 5 à 10 ans ; parents accueillis en parallèle",
    )


def test_the_first_wednesday_of_the_month() -> None:
    dates = occurrence_dates(
        Recurrence.MONTHLY_NTH, date(2026, 1, 1), date(2026, 12, 31), weekday=WEDNESDAY, nth=1
    )
    assert len(dates) == 12
    assert dates[:3] == [date(2026, 1, 7), date(2026, 2, 4), date(2026, 3, 4)]
    assert all(d.weekday() == WEDNESDAY and d.day <= 7 for d in dates)
    assert describe(Recurrence.MONTHLY_NTH, WEDNESDAY, 1) == "le premier mercredi du mois"
    assert describe(Recurrence.WEEKLY, 1, None, 2) == "un mardi sur deux"
    last = occurrence_dates(
        Recurrence.MONTHLY_NTH, date(2026, 1, 1), date(2026, 3, 31), weekday=4, nth=-1
    )
    assert last == [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27)]
    weekly = occurrence_dates(
        Recurrence.WEEKLY, date(2026, 9, 1), date(2026, 9, 30), weekday=1, interval_weeks=2
    )
    assert weekly == [date(2026, 9, 1), date(2026, 9, 15), date(2026, 9, 29)]


def test_a_recurring_rule_needs_an_end_and_a_day() -> None:
    for changes, field in (
        ({"ends_on": None}, "ends_on"),
        ({"weekday": None}, "weekday"),
        ({"nth": 7}, "nth"),
    ):
        kwargs = {"ends_on": date(2026, 6, 30), "weekday": WEDNESDAY, "nth": 1, **changes}
        with pytest.raises(ValidationError) as refused:
            occurrence_dates(Recurrence.MONTHLY_NTH, date(2026, 1, 1), **kwargs)
        assert refused.value.field == field


def test_a_workshop_with_its_dates_and_anonymous_attendance(team: Team) -> None:
    actor = team.users["street_educator"]  # every role runs activities
    with team.session() as s, s.begin():
        activity = create_activity(s, actor, cabane())
    with team.session() as s:
        detail = activity_detail(s, actor, activity)
        assert detail.rule == "le premier mercredi du mois"
        assert len(detail.occurrences) == 12
        first, future = detail.occurrences[0], detail.occurrences[-1]
    counts = [
        AttendanceCount(Audience.CHILD, 4, AgeBand.AGE_6_11, Gender.FEMALE),
        AttendanceCount(Audience.CHILD, 3, AgeBand.AGE_6_11, Gender.MALE),
        AttendanceCount(Audience.CHILD, 1, AgeBand.AGE_6_11, Gender.MALE),  # merged
        AttendanceCount(Audience.ADULT, 5, None, Gender.FEMALE),
    ]
    with team.session() as s, s.begin():
        assert record_attendance(s, actor, first.id, counts) == 13
    with team.session() as s, s.begin(), pytest.raises(ValidationError):
        record_attendance(s, actor, future.id, counts)  # 2 December: not yet
    with team.session() as s, s.begin(), pytest.raises(ValidationError):
        bad = [AttendanceCount(Audience.CHILD, 2, sector="cpas")]  # sector for professionals
        record_attendance(s, actor, first.id, bad)
    with team.session() as s:
        detail = activity_detail(s, actor, activity)
        assert detail.occurrences[0].participants == 13
        assert len(detail.occurrences[0].attendance) == 3
        (summary,) = [a for a in list_activities(s, actor) if a.id == activity]
        assert (summary.occurrences, summary.held, summary.participants) == (12, 11, 13)
        assert summary.next_on == date(2026, 12, 2)
        # anonymous: the trail says how many, never who
        last = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.object_id == first.id.hex)
            .order_by(AuditEntry.seq.desc())
        ).first()
        assert last is not None and last.detail == "attendance=13" and last.case_id is None
    # a cancelled session with attendance must lose it first
    with team.session() as s, s.begin(), pytest.raises(ValidationError):
        set_cancelled(s, actor, first.id, True)
    with team.session() as s, s.begin():
        set_cancelled(s, actor, detail.occurrences[1].id, True)
    # the rule changes: past and recorded dates stay, future ones follow
    changed = cabane()
    changed.ends_on = date(2026, 6, 30)
    with team.session() as s, s.begin():
        update_activity(s, actor, activity, changed)
    with team.session() as s:
        days = [o.held_on for o in activity_detail(s, actor, activity).occurrences]
        # every date before today is kept; the one of 2 December goes
        assert days[0] == date(2026, 1, 7) and len(days) == 11 and max(days) < TODAY
        later = cabane()
        later.starts_on = date(2026, 11, 1)
        later.ends_on = date(2027, 1, 31)
    with team.session() as s, s.begin():
        update_activity(s, actor, activity, later)
    with team.session() as s:
        days = [o.held_on for o in activity_detail(s, actor, activity).occurrences]
        assert date(2027, 1, 6) in days and date(2026, 12, 2) in days


def test_a_link_to_a_case_follows_the_case(team: Team) -> None:
    u = team.users
    mine = team.new_case(team.coordinator, [u["street_educator"]])
    secret = team.new_case(team.coordinator, [u["other_worker"]], confidential=True)
    with team.session() as s, s.begin():
        activity = create_activity(
            s,
            u["street_educator"],
            ActivityInput(ActivityKind.SUPPORT_GROUP, "Groupe de parole", date(2026, 10, 6)),
        )
    with team.session() as s:
        occurrence = s.scalar(
            select(ActivityOccurrence.id).where(ActivityOccurrence.activity_id == activity)
        )
    assert occurrence is not None
    with team.session() as s, s.begin():
        link_participant(s, u["street_educator"], mine.id, occurrence)
    with team.session() as s, s.begin(), pytest.raises(PermissionDenied):
        link_participant(s, u["street_educator"], secret.id, occurrence)
    with team.session() as s, s.begin():
        link_participant(s, u["other_worker"], secret.id, occurrence)
    with team.session() as s:
        seen = occurrence_links(s, u["street_educator"], occurrence)
        assert [v.reference for v in seen.visible] == [mine.reference] and seen.hidden == 1
        everyone = occurrence_links(s, team.coordinator, occurrence)
        assert len(everyone.visible) == 2 and everyone.hidden == 0
        assert [a.title for a in case_activities(s, u["other_worker"], secret.id)] == [
            "Groupe de parole"
        ]
        with pytest.raises(PermissionDenied):
            case_activities(s, u["street_educator"], secret.id)


def test_trainings_say_who_followed_which_module(team: Team) -> None:
    actor = team.coordinator
    with team.session() as s, s.begin():
        partner = save_partner(
            s,
            actor,
            PartnerInput(
                "SAPV Secova",
                "police",
                contacts=[ContactInput("Inès Vandenberghe", "référente VIF")],
            ),
        )
    with team.session() as s:
        contact = s.scalar(select(PartnerContact.id).where(PartnerContact.partner_id == partner))
    assert isinstance(contact, uuid.UUID)
    modules = {}
    for title, day in (("Module 1 — cadre légal", 3), ("Module 2 — évaluer le risque", 10)):
        with team.session() as s, s.begin():
            modules[title] = create_activity(
                s, actor, ActivityInput(ActivityKind.TRAINING, title, date(2026, 9, day))
            )
    with team.session() as s, s.begin():
        for activity in modules.values():
            occurrence = activity_detail(s, actor, activity).occurrences[0].id
            assert record_trainees(s, actor, occurrence, [contact]) == 1
    with team.session() as s:
        plan = [r for r in training_plan(s, actor) if r.professional.id == contact]
        assert plan[0].professional.partner_name == "SAPV Secova"
        assert [m for m, _ in plan[0].modules] == sorted(modules)
    # a workshop has no named participants
    with team.session() as s, s.begin():
        workshop = create_activity(s, actor, cabane())
        occurrence = activity_detail(s, actor, workshop).occurrences[0].id
        with pytest.raises(ValidationError):
            record_trainees(s, actor, occurrence, [contact])
