"""Follow-ups, appointments, overdue items, last contact and the no-contact alert."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.core.agenda import appointments, high_risk_without_contact, overdue
from app.core.followups import (
    FollowUpInput,
    add_followup,
    case_timeline,
    set_followup_status,
    update_followup,
)
from app.core.risk import ScreeningInput, record_screening
from app.core.validation import NeedsConfirmation
from app.core.vocabulary import FollowUpKind, FollowUpStatus, RiskLevel, YesNoUnknown
from app.errors import ValidationError
from app.storage.models import Case, FollowUp
from tests.integration.case_file_support import (
    CaseFile,
    add_worker,
    module_case_file,
    new_case,
)

NOW = datetime(2026, 6, 10, 9, 0)  # a Wednesday

pytestmark = pytest.mark.clock(NOW)
MONDAY = date(2026, 6, 8)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


def add(cf: CaseFile, case_id: uuid.UUID, at: datetime, summary: str = "", **kw) -> uuid.UUID:
    data = FollowUpInput(
        occurred_at=at, kind=kw.pop("kind", FollowUpKind.INTERVIEW), summary=summary, **kw
    )
    with cf.session() as session, session.begin():
        return add_followup(session, cf.actor, case_id, data)


def last_contact(cf: CaseFile, case_id: uuid.UUID) -> datetime | None:
    with cf.session() as session:
        return session.scalar(select(Case.last_contact_at).where(Case.id == case_id))


def test_a_future_follow_up_is_an_appointment_on_the_right_day_and_week(cf: CaseFile):
    case_id = new_case(cf).id
    at = datetime(2026, 6, 11, 14, 30)
    followup_id = add(cf, case_id, at, place="CPAS d'Aywaille")
    with cf.session() as session:
        (entry,) = case_timeline(session, cf.actor, case_id)
        day = appointments(session, at.date(), 1, actor=cf.actor, user_id=cf.actor.user_id)
        week = appointments(session, MONDAY, 7, actor=cf.actor, user_id=cf.actor.user_id)
        other_day = appointments(
            session, date(2026, 6, 12), 1, actor=cf.actor, user_id=cf.actor.user_id
        )
        next_week = appointments(
            session, MONDAY + timedelta(days=7), 7, actor=cf.actor, user_id=None
        )
    assert entry.status == FollowUpStatus.PLANNED
    assert followup_id in [i.followup_id for i in day]
    assert followup_id in [i.followup_id for i in week]
    assert followup_id not in [i.followup_id for i in other_day + next_week]
    item = next(i for i in day if i.followup_id == followup_id)
    assert (item.at, item.place, item.person) == (at, "CPAS d'Aywaille", "Colibri")


def test_appointments_belong_to_the_cases_workers_and_authors_only(cf: CaseFile):
    colleague = add_worker(cf, "a.lambert", "Anne Lambert")
    case_id = new_case(cf).id
    followup_id = add(cf, case_id, datetime(2026, 6, 12, 10, 0))
    with cf.session() as session:
        mine = appointments(session, MONDAY, 7, actor=cf.actor, user_id=cf.actor.user_id)
        theirs = appointments(session, MONDAY, 7, actor=cf.actor, user_id=colleague)
        everyone = appointments(session, MONDAY, 7, actor=cf.actor, user_id=None)
    assert followup_id in [i.followup_id for i in mine + everyone]
    assert followup_id not in [i.followup_id for i in theirs]


def test_a_past_planned_follow_up_is_overdue_until_marked(cf: CaseFile):
    case_id = new_case(cf).id
    followup_id = add(cf, case_id, NOW - timedelta(days=2), status=FollowUpStatus.PLANNED)
    with cf.session() as session:
        assert followup_id in [
            i.followup_id for i in overdue(session, actor=cf.actor, user_id=None)
        ]
    with cf.session() as session, session.begin():
        with pytest.raises(ValidationError) as refused:
            set_followup_status(session, cf.actor, followup_id, FollowUpStatus.DONE)
        assert refused.value.field == "summary"
        set_followup_status(
            session, cf.actor, followup_id, FollowUpStatus.DONE, "Entretien au bureau."
        )
    with cf.session() as session:
        assert followup_id not in [
            i.followup_id for i in overdue(session, actor=cf.actor, user_id=None)
        ]
        (entry,) = case_timeline(session, cf.actor, case_id)
    assert entry.status == FollowUpStatus.DONE and entry.summary == "Entretien au bureau."
    assert last_contact(cf, case_id) == NOW - timedelta(days=2)


def test_a_future_appointment_cannot_be_marked_done_ahead_of_time(cf: CaseFile):
    # Otherwise last_contact_at would lie in the future and hide the case from the
    # "high risk without contact" alert for weeks.
    case_id = new_case(cf).id
    followup_id = add(cf, case_id, NOW + timedelta(days=20))
    with cf.session() as session, session.begin():
        with pytest.raises(ValidationError) as refused:
            set_followup_status(session, cf.actor, followup_id, FollowUpStatus.DONE, "Vu.")
        assert refused.value.field == "status"
        set_followup_status(session, cf.actor, followup_id, FollowUpStatus.MISSED)
    assert last_contact(cf, case_id) is None


def test_a_done_follow_up_needs_a_summary_and_cannot_be_in_the_future(cf: CaseFile):
    case_id = new_case(cf).id
    with pytest.raises(ValidationError) as refused:
        add(cf, case_id, NOW - timedelta(hours=1), "  ")
    assert refused.value.field == "summary"
    with pytest.raises(ValidationError) as refused:
        add(cf, case_id, NOW + timedelta(days=1), "Fait.", status=FollowUpStatus.DONE)
    assert refused.value.field == "status"
    with pytest.raises(ValidationError) as refused:
        add(cf, case_id, NOW - timedelta(hours=1), "Appel.", duration_minutes=0)
    assert refused.value.field == "duration"


def test_a_follow_up_before_the_case_opened_needs_confirmation(cf: CaseFile):
    case_id = new_case(cf).id  # opened 2 March 2026
    before = datetime(2026, 2, 27, 10, 0)
    with pytest.raises(NeedsConfirmation):
        add(cf, case_id, before, "Premier appel de la police.")
    add(cf, case_id, before, "Premier appel de la police.", confirmed_before_opening=True)
    with cf.session() as session:
        assert [f.occurred_at for f in case_timeline(session, cf.actor, case_id)] == [before]


def test_last_contact_follows_done_follow_ups_on_insert_update_and_delete(cf: CaseFile):
    case_id = new_case(cf).id
    assert last_contact(cf, case_id) is None
    first = add(cf, case_id, datetime(2026, 4, 1, 10, 0), "Entretien.")
    assert last_contact(cf, case_id) == datetime(2026, 4, 1, 10, 0)
    latest = add(cf, case_id, datetime(2026, 5, 1, 10, 0), "Visite à domicile.")
    add(cf, case_id, datetime(2026, 3, 15, 10, 0), "Encodé en retard.")  # older: no change
    add(cf, case_id, datetime(2026, 5, 20, 10, 0), status=FollowUpStatus.MISSED, summary="Absente.")
    add(cf, case_id, NOW + timedelta(days=3))  # planned: not a contact
    assert last_contact(cf, case_id) == datetime(2026, 5, 1, 10, 0)

    with cf.session() as session, session.begin():
        update_followup(
            session,
            cf.actor,
            latest,
            FollowUpInput(datetime(2026, 3, 20, 10, 0), FollowUpKind.HOME_VISIT, "Visite."),
        )
    assert last_contact(cf, case_id) == datetime(2026, 4, 1, 10, 0)
    with cf.session() as session, session.begin():
        session.delete(session.get(FollowUp, first))
    assert last_contact(cf, case_id) == datetime(2026, 3, 20, 10, 0)
    with cf.session() as session, session.begin():
        for followup in session.scalars(select(FollowUp).where(FollowUp.case_id == case_id)):
            session.delete(followup)
    assert last_contact(cf, case_id) is None


def make_high_risk(cf: CaseFile, case_id: uuid.UUID) -> None:
    with cf.session() as session, session.begin():
        record_screening(
            session,
            cf.actor,
            case_id,
            ScreeningInput(
                {"strangulation": YesNoUnknown.YES}, screened_at=NOW - timedelta(days=30)
            ),
        )


def alert_ids(cf: CaseFile) -> list[uuid.UUID]:
    with cf.session() as session:
        return [
            a.case_id
            for a in high_risk_without_contact(
                session, actor=cf.actor, user_id=cf.actor.user_id
            ).alerts
        ]


def test_high_risk_case_without_contact_for_14_days_stands_out_until_a_new_contact(cf: CaseFile):
    silent = new_case(cf).id
    never = new_case(cf).id
    low = new_case(cf).id
    for case_id in (silent, never):
        make_high_risk(cf, case_id)
    add(cf, silent, NOW - timedelta(days=15), "Dernier entretien.")
    add(cf, low, NOW - timedelta(days=40), "Entretien.")
    with cf.session() as session:
        alert = next(
            a
            for a in high_risk_without_contact(session, actor=cf.actor, user_id=None).alerts
            if a.case_id == silent
        )
    assert alert.risk_level == RiskLevel.HIGH
    assert alert.last_contact_at == NOW - timedelta(days=15)
    assert {silent, never} <= set(alert_ids(cf)) and low not in alert_ids(cf)

    add(cf, silent, NOW - timedelta(days=13), "Appel aux heures sûres.", kind=FollowUpKind.PHONE)
    assert silent not in alert_ids(cf) and never in alert_ids(cf)
