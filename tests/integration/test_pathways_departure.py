"""The departure plan: checklist progress, « prêt » with missing documents, versions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from app.core.pathways.checklist import ItemGroup, checklist, document_codes
from app.core.pathways.departure import (
    PlanInput,
    current_plan,
    plan_history,
    plan_label,
    plan_progress,
    save_plan,
    start_plan,
)
from app.core.pathways.vocabulary import DestinationType, PlanStatus
from app.core.validation import NeedsConfirmation
from app.errors import ValidationError
from tests.integration.case_file_support import CaseFile, module_case_file, new_case

TODAY = date(2026, 11, 20)

pytestmark = pytest.mark.clock(TODAY)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


def test_the_checklist_covers_every_group_with_unique_codes():
    items = checklist()
    assert len({i.code for i in items}) == len(items)
    assert {i.group for i in items} == set(ItemGroup)
    assert "id_documents" in document_codes() and "keys" not in document_codes()


def test_progress_counts_checked_items_per_group_and_lists_missing_documents():
    progress = plan_progress({"id_documents", "lease", "keys", "trusted_person"})
    documents = next(g for g in progress.groups if g.group is ItemGroup.DOCUMENTS)
    assert progress.done == 4 and progress.total == len(checklist())
    assert (documents.done, documents.total) == (2, len(document_codes()))
    assert len(progress.missing_documents) == len(document_codes()) - 2
    assert plan_progress(set()).percent == 0
    assert plan_progress({i.code for i in checklist()}).percent == 100


def test_a_plan_is_filled_and_saved_with_its_checklist(cf: CaseFile):
    case_id = new_case(cf).id
    data = PlanInput(
        planned_on=date(2026, 12, 4),
        destination_type=DestinationType.EMERGENCY_APARTMENT,
        destination_note="Appartement du réseau",
        transport="Taxi social",
        trusted_person="Sa sœur",
        code_word="hirondelle",
        bag_location="Chez la voisine du 2e",
        checked={"id_documents", "keys", "cash"},
        item_notes={"lease": "copie au bureau"},
    )
    with cf.session() as s, s.begin():
        plan_id = start_plan(s, cf.actor, case_id, data)
    with cf.session() as s:
        plan = current_plan(s, cf.actor, case_id)
    assert plan is not None and plan.id == plan_id and plan.version == 1
    assert plan.status is PlanStatus.PREPARING
    assert plan.destination_type is DestinationType.EMERGENCY_APARTMENT
    assert {i.code for i in plan.items if i.checked} == {"id_documents", "keys", "cash"}
    assert next(i for i in plan.items if i.code == "lease").note == "copie au bureau"
    assert plan.progress.done == 3 and plan.created_by == "Marie Dupont"
    assert plan.to_input().checked == data.checked


def test_marking_ready_with_missing_documents_asks_for_confirmation(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        plan_id = start_plan(s, cf.actor, case_id, PlanInput(checked={"id_documents"}))
    ready = PlanInput(status=PlanStatus.READY, checked={"id_documents"})
    with cf.session() as s, s.begin(), pytest.raises(NeedsConfirmation) as caught:
        save_plan(s, cf.actor, plan_id, ready)
    assert caught.value.field == "status" and str(len(document_codes()) - 1) in caught.value.message
    ready.confirm_missing_documents = True
    with cf.session() as s, s.begin():
        save_plan(s, cf.actor, plan_id, ready)
    all_documents = PlanInput(status=PlanStatus.READY, checked=set(document_codes()))
    with cf.session() as s, s.begin():
        save_plan(s, cf.actor, plan_id, all_documents)  # no question
        assert current_plan(s, cf.actor, case_id).status is PlanStatus.READY


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (PlanInput(status=PlanStatus.REALISED), "realised_on"),
        (PlanInput(status=PlanStatus.REALISED, realised_on=date(2026, 12, 1)), "realised_on"),
        (PlanInput(realised_on=date(2026, 11, 1)), "realised_on"),
        (PlanInput(checked={"nonsense"}), "checked"),
    ],
)
def test_plan_dates_and_items_are_checked(cf: CaseFile, data: PlanInput, field: str):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
        start_plan(s, cf.actor, case_id, data)
    assert caught.value.field == field


def test_redoing_a_plan_keeps_the_previous_versions_as_history(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        first = start_plan(
            s,
            cf.actor,
            case_id,
            PlanInput(status=PlanStatus.ABANDONED, checked={"keys"}, trusted_person="Sa mère"),
        )
        second = start_plan(s, cf.actor, case_id)  # a copy to start from
    with cf.session() as s:
        history = plan_history(s, cf.actor, case_id)
        current = current_plan(s, cf.actor, case_id)
    assert [p.version for p in history] == [2, 1] and [p.current for p in history] == [True, False]
    assert current is not None and current.id == second
    assert current.status is PlanStatus.PREPARING and current.trusted_person == "Sa mère"
    assert {i.code for i in current.items if i.checked} == {"keys"}
    assert history[1].status is PlanStatus.ABANDONED
    assert plan_label(history[1]) == "Version 1 — Abandonné"
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        save_plan(s, cf.actor, first, PlanInput())
    done = PlanInput(status=PlanStatus.REALISED, realised_on=date(2026, 11, 18))
    with cf.session() as s, s.begin():
        save_plan(s, cf.actor, second, done)
        assert plan_label(current_plan(s, cf.actor, case_id)) == "Version 2 — Réalisé le 18/11/2026"
