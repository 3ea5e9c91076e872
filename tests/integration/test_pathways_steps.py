"""Socio-administrative steps: catalogue edits that keep old cases intact,
standard sets, status history, overdue steps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from app.core.auth import UserSession
from app.core.pathways.steps import (
    StepInput,
    add_case_step,
    add_step_type,
    apply_standard_set,
    case_steps,
    remove_case_step,
    restore_step_type,
    retire_step_type,
    set_step_status,
    step_catalogue,
    step_progress,
    update_case_step,
    update_step_type,
)
from app.core.pathways.vocabulary import StandardSet, StepStatus
from app.core.permissions import PermissionDenied
from app.core.vocabulary import Role
from app.errors import ValidationError
from app.storage.models import CaseStepChange
from app.storage.reference import read_csv
from tests.integration.case_file_support import CaseFile, add_worker, module_case_file, new_case

TODAY = date(2026, 11, 20)

pytestmark = pytest.mark.clock(TODAY)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


def codes(cf: CaseFile, case_id) -> list[str]:
    with cf.session() as s:
        return [step.code for step in case_steps(s, cf.actor, case_id)]


def test_the_catalogue_is_seeded_from_the_reference_list_with_its_sets(cf: CaseFile):
    with cf.session() as s:
        catalogue = step_catalogue(s, include_retired=True)
    reference = read_csv("admin_steps.csv")
    assert [t.code for t in catalogue][: len(reference)] == [r["code"] for r in reference]
    legal_aid = next(t for t in catalogue if t.code == "legal_aid")
    assert set(legal_aid.sets) == {
        StandardSet.DEPARTURE,
        StandardSet.COMPLAINT,
        StandardSet.FOREIGN,
    }


def test_applying_a_standard_set_adds_only_the_steps_the_case_lacks(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        add_case_step(s, cf.actor, case_id, StepInput("legal_aid", StepStatus.IN_PROGRESS))
        added = apply_standard_set(s, cf.actor, case_id, StandardSet.DEPARTURE, due_on=TODAY)
        again = apply_standard_set(s, cf.actor, case_id, StandardSet.DEPARTURE)
        complaint = apply_standard_set(s, cf.actor, case_id, StandardSet.COMPLAINT)
    departure = [r["code"] for r in read_csv("admin_steps.csv") if "depart" in r["standard_sets"]]
    assert "legal_aid" not in added and set(added) == set(departure) - {"legal_aid"}
    assert again == [] and complaint == ["medical_certificate"]
    steps = codes(cf, case_id)
    assert len(steps) == len(set(steps)) == len(departure) + 1
    with cf.session() as s:
        legal = next(x for x in case_steps(s, cf.actor, case_id) if x.code == "legal_aid")
    assert legal.status is StepStatus.IN_PROGRESS  # left as it was


def test_status_changes_are_recorded_with_the_worker_and_progress_follows(cf: CaseFile):
    case_id = new_case(cf).id
    colleague = add_worker(cf, "s.martin", "Sophie Martin")
    with cf.session() as s, s.begin():
        a = add_case_step(
            s, cf.actor, case_id, StepInput("address_change", due_on=date(2026, 11, 1))
        )
        b = add_case_step(
            s, cf.actor, case_id, StepInput("health_insurance", due_on=date(2026, 12, 1))
        )
        c = add_case_step(s, cf.actor, case_id, StepInput("school_childcare"))
        set_step_status(s, cf.actor, b, StepStatus.DONE, "affiliée")
        set_step_status(s, cf.actor, c, StepStatus.NOT_APPLICABLE)
        update_case_step(
            s,
            cf.actor,
            a,
            StepInput("address_change", StepStatus.BLOCKED, date(2026, 11, 1), colleague),
            note="attend le bail",
        )
    with cf.session() as s:
        steps = {x.code: x for x in case_steps(s, cf.actor, case_id)}
        rows = s.scalars(select(CaseStepChange).where(CaseStepChange.step_id == a)).all()
    assert [ch.status for ch in steps["health_insurance"].changes] == [
        StepStatus.TODO,
        StepStatus.DONE,
    ]
    assert steps["health_insurance"].changes[1].by == "Marie Dupont"
    assert steps["health_insurance"].changes[1].note == "affiliée"
    assert {r.user_id for r in rows} == {cf.actor.user_id}
    assert steps["address_change"].responsible == "Sophie Martin"
    assert steps["address_change"].overdue and not steps["health_insurance"].overdue
    progress = step_progress(list(steps.values()))
    assert (progress.done, progress.total, progress.overdue, progress.blocked) == (1, 2, 1, 1)
    with cf.session() as s, s.begin():
        remove_case_step(s, cf.actor, c)
    assert "school_childcare" not in codes(cf, case_id)


def test_a_step_already_in_the_case_or_unknown_is_refused(cf: CaseFile):
    case_id = new_case(cf).id
    with cf.session() as s, s.begin():
        add_case_step(s, cf.actor, case_id, StepInput("bank_revoke_powers"))
    for code in ("bank_revoke_powers", "no_such_step"):
        with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
            add_case_step(s, cf.actor, case_id, StepInput(code))
        assert caught.value.field == "step"


def test_renaming_and_retiring_a_step_keeps_the_cases_that_used_it(cf: CaseFile):
    with cf.session() as s, s.begin():
        code = add_step_type(s, cf.actor, "Inscription au Forem", (StandardSet.DEPARTURE,))
    old_case = new_case(cf).id
    with cf.session() as s, s.begin():
        add_case_step(s, cf.actor, old_case, StepInput(code, StepStatus.IN_PROGRESS))
        update_step_type(s, cf.actor, code, "Forem – inscription comme demandeuse d'emploi")
        retire_step_type(s, cf.actor, code)
    assert code == "inscription_au_forem"
    with cf.session() as s:
        (kept,) = case_steps(s, cf.actor, old_case)
        offered = [t.code for t in step_catalogue(s)]
        settings = {t.code: t for t in step_catalogue(s, include_retired=True)}
    assert (kept.code, kept.label, kept.retired) == (
        code,
        "Forem – inscription comme demandeuse d'emploi",
        True,
    )
    assert kept.status is StepStatus.IN_PROGRESS
    assert code not in offered and settings[code].used_by == 1 and not settings[code].active
    new = new_case(cf).id
    with cf.session() as s, s.begin(), pytest.raises(ValidationError):
        add_case_step(s, cf.actor, new, StepInput(code))
    with cf.session() as s, s.begin():
        assert code not in apply_standard_set(s, cf.actor, new, StandardSet.DEPARTURE)
        restore_step_type(s, cf.actor, code)
    with cf.session() as s:
        assert code in [t.code for t in step_catalogue(s)]


def test_catalogue_labels_are_required_and_unique(cf: CaseFile):
    for label in ("  ", "banque – blocage des comptes joints"):
        with cf.session() as s, s.begin(), pytest.raises(ValidationError) as caught:
            add_step_type(s, cf.actor, label)
        assert caught.value.field == "label"
    with cf.session() as s, s.begin():
        first = add_step_type(s, cf.actor, "Démarche spéciale")
        second = add_step_type(s, cf.actor, "Démarche spéciale !")
    assert (first, second) == ("demarche_speciale", "demarche_speciale_2")


def test_only_the_coordinator_edits_the_catalogue(cf: CaseFile):
    worker = UserSession(
        cf.actor.user_id, "x", "X", Role.SOCIAL_WORKER, cf.actor.service_name, False
    )
    with cf.session() as s, s.begin():
        with pytest.raises(PermissionDenied):
            add_step_type(s, worker, "Une démarche")
        with pytest.raises(PermissionDenied):
            retire_step_type(s, worker, "legal_aid")
        with pytest.raises(PermissionDenied):
            update_step_type(s, worker, "legal_aid", "BAJ")


def test_a_street_educator_cannot_work_on_the_pathways(cf: CaseFile):
    case_id = new_case(cf).id
    educator = UserSession(
        cf.actor.user_id, "x", "X", Role.STREET_EDUCATOR, cf.actor.service_name, False
    )
    with cf.session() as s, s.begin():
        with pytest.raises(PermissionDenied):
            add_case_step(s, educator, case_id, StepInput("legal_aid"))
        with pytest.raises(PermissionDenied):
            apply_standard_set(s, educator, case_id, StandardSet.DEPARTURE)
