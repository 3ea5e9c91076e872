"""Deadlines across cases: ban end and hearing, family court, steps, departures,
flagged overdue when their date passed without an update."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest

from app import clock
from app.core.cases import close_case
from app.core.pathways.deadlines import Deadline, DeadlineKind, DeadlineSeverity, deadlines
from app.core.pathways.departure import PlanInput, save_plan, start_plan
from app.core.pathways.protection import (
    BanInput,
    CourtInput,
    add_ban_note,
    extend_ban,
    record_ban,
    record_court_measure,
    update_court_measure,
)
from app.core.pathways.steps import StepInput, add_case_step, set_step_status
from app.core.pathways.summary import load_pathways, pathway_lines
from app.core.pathways.vocabulary import PlanStatus, StepStatus
from app.storage.models import DeparturePlan, ResidenceBan
from tests.integration.case_file_support import CaseFile, add_worker, module_case_file, new_case

NOW = datetime(2026, 11, 20, 10, 0)

pytestmark = pytest.mark.clock(NOW)
TODAY = NOW.date()


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


def of_case(cf: CaseFile, case_id: uuid.UUID, now: datetime = NOW, **kw) -> list[Deadline]:
    with cf.session() as s, clock.frozen(now):
        return [d for d in deadlines(s, actor=cf.actor, **kw) if d.case_id == case_id]


def set_updated(cf: CaseFile, model: type, row_id: uuid.UUID, when: datetime) -> None:
    with cf.session() as s, s.begin():
        s.get(model, row_id).updated_at = when


def ban(cf: CaseFile, case_id: uuid.UUID, ordered: date, hearing: datetime | None = None):
    with cf.session() as s, s.begin(), clock.frozen(ordered):
        ban_id = record_ban(s, cf.actor, case_id, BanInput(ordered, ordered, hearing))
    set_updated(cf, ResidenceBan, ban_id, datetime.combine(ordered, datetime.min.time()))
    return ban_id


def test_a_ban_end_and_hearing_appear_ahead_of_time_in_the_agenda(cf: CaseFile):
    case_id = new_case(cf).id
    hearing = datetime(2026, 11, 24, 9, 30)
    ban(cf, case_id, date(2026, 11, 18), hearing)
    items = of_case(cf, case_id)
    assert [(d.kind, d.on, d.at) for d in items] == [
        (DeadlineKind.BAN_HEARING, date(2026, 11, 24), hearing),
        (DeadlineKind.BAN_END, date(2026, 11, 28), None),
    ]
    assert not any(d.overdue for d in items)
    assert items[0].severity is DeadlineSeverity.NORMAL and items[0].person == "Colibri"
    soon = of_case(cf, case_id, now=datetime(2026, 11, 23, 8, 0))
    assert soon[0].severity is DeadlineSeverity.SOON
    # outside the window: not listed
    assert of_case(cf, case_id, days=3) == []
    assert [d.kind for d in of_case(cf, case_id, start=date(2026, 11, 28), days=1)] == [
        DeadlineKind.BAN_END
    ]


def test_a_ban_that_ended_without_an_update_is_flagged_until_someone_writes(cf: CaseFile):
    case_id = new_case(cf).id
    ban_id = ban(cf, case_id, date(2026, 11, 1), datetime(2026, 11, 8, 10, 0))
    items = {d.kind: d for d in of_case(cf, case_id)}
    assert items[DeadlineKind.BAN_END].overdue and items[DeadlineKind.BAN_END].on == date(
        2026, 11, 11
    )
    assert items[DeadlineKind.BAN_HEARING].overdue
    assert items[DeadlineKind.BAN_END].severity is DeadlineSeverity.OVERDUE
    with cf.session() as s, s.begin():
        add_ban_note(s, cf.actor, ban_id, "Fin de l'interdiction, pas de prolongation")
    set_updated(cf, ResidenceBan, ban_id, datetime(2026, 11, 12, 9, 0))
    assert of_case(cf, case_id) == []
    # without the overdue items, only the window counts
    assert of_case(cf, case_id, include_overdue=False, start=date(2026, 11, 11), days=1)[
        0
    ].kind is (DeadlineKind.BAN_END)


def test_an_extension_moves_the_end_deadline_and_settles_the_hearing(cf: CaseFile):
    case_id = new_case(cf).id
    ban_id = ban(cf, case_id, date(2026, 11, 5), datetime(2026, 11, 12, 9, 0))
    with cf.session() as s, s.begin():
        extend_ban(s, cf.actor, ban_id, date(2026, 11, 12), date(2026, 12, 1))
    items = of_case(cf, case_id)
    assert [(d.kind, d.on, d.overdue) for d in items] == [
        (DeadlineKind.BAN_END, date(2026, 12, 1), False)
    ]
    assert "prolongée" in items[0].detail


def test_a_family_court_hearing_without_decision_is_flagged(cf: CaseFile):
    case_id = new_case(cf).id
    data = CourtInput(date(2026, 11, 2), hearing_at=datetime(2026, 11, 16, 14, 0))
    with cf.session() as s, s.begin():
        mid = record_court_measure(s, cf.actor, case_id, data)
    (item,) = of_case(cf, case_id)
    assert item.kind is DeadlineKind.COURT_HEARING and item.overdue
    data.decision_on, data.decision = date(2026, 11, 16), "Hébergement principal chez la mère"
    with cf.session() as s, s.begin():
        update_court_measure(s, cf.actor, mid, data)
    assert of_case(cf, case_id) == []
    assert of_case(cf, case_id, start=date(2026, 11, 16), days=1)[0].overdue is False


def test_open_steps_past_due_are_overdue_and_done_ones_leave_the_list(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        late = add_case_step(
            s, cf.actor, case_id, StepInput("address_change", due_on=date(2026, 11, 2))
        )
        add_case_step(
            s,
            cf.actor,
            case_id,
            StepInput("health_insurance", StepStatus.BLOCKED, due_on=date(2026, 11, 25)),
        )
        add_case_step(s, cf.actor, case_id, StepInput("family_allowances", due_on=date(2027, 3, 1)))
    items = of_case(cf, case_id)
    assert [(d.kind, d.on, d.overdue) for d in items] == [
        (DeadlineKind.STEP_DUE, date(2026, 11, 2), True),
        (DeadlineKind.STEP_DUE, date(2026, 11, 25), False),
    ]
    assert items[0].detail == "Changement d'adresse à la commune"
    assert "bloquée" in items[1].detail
    with cf.session() as s, s.begin():
        set_step_status(s, cf.actor, late, StepStatus.DONE)
    assert [d.on for d in of_case(cf, case_id)] == [date(2026, 11, 25)]


def test_a_planned_departure_is_a_deadline_until_realised(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        plan_id = start_plan(s, cf.actor, case_id, PlanInput(planned_on=date(2026, 11, 18)))
    set_updated(cf, DeparturePlan, plan_id, datetime(2026, 11, 10, 9, 0))
    (item,) = of_case(cf, case_id)
    assert item.kind is DeadlineKind.DEPARTURE and item.overdue
    with cf.session() as s, s.begin():
        save_plan(
            s,
            cf.actor,
            plan_id,
            PlanInput(status=PlanStatus.REALISED, realised_on=date(2026, 11, 18)),
        )
    assert of_case(cf, case_id) == []


def test_deadlines_follow_the_assigned_workers_and_skip_closed_cases(cf: CaseFile):
    colleague = add_worker(cf, "j.renard", "Julie Renard")
    mine = new_case(cf).id
    theirs = new_case(cf, worker_ids=[colleague]).id
    closed = new_case(cf).id
    for case_id in (mine, theirs, closed):
        ban(cf, case_id, date(2026, 11, 15))
    with cf.session() as s, s.begin():
        close_case(s, cf.actor, closed, "Situation stabilisée", on=TODAY)
    with cf.session() as s:
        for_me = {d.case_id for d in deadlines(s, actor=cf.actor, user_id=cf.actor.user_id)}
        for_them = {d.case_id for d in deadlines(s, actor=cf.actor, user_id=colleague)}
        service = {d.case_id for d in deadlines(s, actor=cf.actor)}
    assert mine in for_me and theirs not in for_me and closed not in for_me
    assert theirs in for_them and mine not in for_them
    assert {mine, theirs} <= service and closed not in service


def test_the_summary_says_where_each_pathway_stands(cf: CaseFile):
    case_id = new_case(cf).id
    ban(cf, case_id, date(2026, 11, 15), datetime(2026, 11, 22, 9, 0))
    with cf.session() as s, s.begin():
        add_case_step(
            s, cf.actor, case_id, StepInput("legal_aid", due_on=TODAY - timedelta(days=3))
        )
        step = add_case_step(s, cf.actor, case_id, StepInput("address_change"))
        set_step_status(s, cf.actor, step, StepStatus.DONE)
        start_plan(s, cf.actor, case_id, PlanInput(checked={"keys", "cash"}))
    with cf.session() as s:
        lines = pathway_lines(load_pathways(s, cf.actor, case_id))
    texts = {line.title: line for line in lines}
    assert texts["Plainte"].text == "Aucune plainte enregistrée"
    assert "jusqu'au 25/11/2026" in texts["Protection"].text
    assert "audience le 22/11/2026 à 09:00" in texts["Protection"].text
    assert (
        texts["Démarches"].text == "1 sur 2 faites · 1 en retard" and texts["Démarches"].attention
    )
    assert texts["Plan de départ"].text.startswith("En préparation — 2 éléments sur")
