"""The funder's objectives (issue 13): the coordination names the service's PSSP/PCS
objectives, attaches indicators of the report to each, and the PDF and the CSV for
the funder open with a section per objective holding those indicators' values for
the period — the report's own cells, so small counts stay hidden as elsewhere.
Only the coordination names them; every change is traced without its text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.auth import load_user_session
from app.core.funder_objectives import (
    ObjectiveInput,
    Programme,
    attach_indicator,
    catalogue_codes,
    create_objective,
    delete_objective,
    detach_indicator,
    indicator_catalogue,
    list_objectives,
    move_objective,
    set_objective_indicators,
    update_objective,
)
from app.core.indicators import Period, compute_indicators
from app.core.indicators_csv import export_indicators_csv
from app.core.permissions import PermissionDenied
from app.core.vocabulary import Role
from app.documents.indicators_pdf import export_indicators_pdf
from app.errors import ValidationError
from app.storage.models import AuditEntry, FunderObjectiveIndicator
from tests.conftest import LOGIN
from tests.integration.case_file_support import CaseFile, module_case_file
from tests.integration.indicators_support import NOW, KnownVault, build_known_vault
from tests.integration.letters_support import flat, pdf_text

pytestmark = pytest.mark.clock(NOW)

SUPPORT = ObjectiveInput(
    Programme.PSSP,
    "OS 1.2",
    "Accompagner les victimes de violences intrafamiliales",
    "Accueil, écoute et orientation des victimes de la zone.",
)
CHILDREN = ObjectiveInput(Programme.PCS, "OO 3", "Ateliers pour enfants exposés")


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


@pytest.fixture(scope="module")
def known(cf: CaseFile) -> KnownVault:
    return build_known_vault(cf)


@pytest.fixture
def objectives(cf: CaseFile) -> Iterator[list]:
    """Two objectives, removed after the test."""
    with cf.session() as s, s.begin():
        first = create_objective(s, cf.actor, SUPPORT)
        set_objective_indicators(s, cf.actor, first, ["cases.new", "new_by_commune"])
        second = create_objective(s, cf.actor, CHILDREN)
    yield [first, second]
    with cf.session() as s, s.begin():
        for objective in list_objectives(s, cf.actor):
            delete_objective(s, cf.actor, objective.id)


def test_the_catalogue_names_every_table_and_headline_count() -> None:
    codes = [i.code for i in indicator_catalogue()]
    assert len(codes) == len(set(codes))
    assert {"cases.new", "cases.active", "procedures.complaints", "new_by_commune"} <= set(codes)
    assert {"hours_by_kind", "housing_occupancy", "activities.sessions"} <= set(codes)
    labels = {i.code: i.label for i in indicator_catalogue()}
    assert labels["cases.new"] == "Nouveaux dossiers"
    assert labels["followups_by_kind"] == "Suivis réalisés par type"


def test_the_coordination_names_orders_and_attaches(cf: CaseFile, objectives: list) -> None:
    first, second = objectives
    with cf.session() as s, s.begin():
        listed = list_objectives(s, cf.actor)
        assert [o.heading for o in listed] == [
            "PSSP — OS 1.2 : Accompagner les victimes de violences intrafamiliales",
            "PCS — OO 3 : Ateliers pour enfants exposés",
        ]
        assert listed[0].indicators == ("cases.new", "new_by_commune")
        move_objective(s, cf.actor, second, -1)
        attach_indicator(s, cf.actor, second, "activities.sessions")
        attach_indicator(s, cf.actor, second, "activities.sessions")  # once only
        detach_indicator(s, cf.actor, first, "new_by_commune")
        update_objective(s, cf.actor, first, replace(SUPPORT, title="Accompagner les victimes"))
    with cf.session() as s:
        listed = list_objectives(s, cf.actor)
    assert [o.code for o in listed] == ["OO 3", "OS 1.2"]
    assert listed[0].indicators == ("activities.sessions",)
    assert listed[1].indicators == ("cases.new",)
    assert listed[1].title == "Accompagner les victimes"
    assert listed[1].description == SUPPORT.description


def test_wrong_input_is_refused_in_french(cf: CaseFile, objectives: list) -> None:
    first, _ = objectives
    with cf.session() as s:
        with pytest.raises(ValidationError) as info:
            create_objective(s, cf.actor, replace(SUPPORT, code="os 1.2"))
        assert info.value.field == "code" and "os 1.2" in str(info.value)
        # the same code under the other programme is another objective
        create_objective(s, cf.actor, replace(SUPPORT, programme=Programme.PCS))
        with pytest.raises(ValidationError) as info:
            create_objective(s, cf.actor, replace(SUPPORT, code="OS 9", title="  "))
        assert info.value.field == "title"
        with pytest.raises(ValidationError) as info:
            create_objective(s, cf.actor, replace(SUPPORT, programme="fse"))
        assert info.value.field == "programme"
        with pytest.raises(ValidationError) as info:
            set_objective_indicators(s, cf.actor, first, ["cases.new", "names_of_victims"])
        assert "names_of_victims" in str(info.value)
        s.rollback()


@pytest.mark.parametrize("role", [Role.SOCIAL_WORKER, Role.STREET_EDUCATOR])
def test_only_the_coordination_names_them(cf: CaseFile, objectives: list, role: Role) -> None:
    other = replace(cf.actor, role=role)
    first, _ = objectives
    with cf.session() as s:
        for attempt in (
            lambda: list_objectives(s, other),
            lambda: create_objective(s, other, replace(SUPPORT, code="OS 7")),
            lambda: update_objective(s, other, first, SUPPORT),
            lambda: move_objective(s, other, first, 1),
            lambda: set_objective_indicators(s, other, first, []),
            lambda: attach_indicator(s, other, first, "cases.active"),
            lambda: detach_indicator(s, other, first, "cases.new"),
            lambda: delete_objective(s, other, first),
        ):
            with pytest.raises(PermissionDenied):
                attempt()


def test_every_change_is_traced_without_its_text(cf: CaseFile) -> None:
    with cf.session() as s, s.begin():
        objective = create_objective(s, cf.actor, SUPPORT)
        set_objective_indicators(s, cf.actor, objective, ["cases.new", "first_risk"])
        update_objective(s, cf.actor, objective, CHILDREN)
        delete_objective(s, cf.actor, objective)
    with cf.session() as s:
        entries = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.object_id == str(objective))
            .order_by(AuditEntry.seq)
        ).all()
    assert [(e.action, e.detail) for e in entries] == [
        ("objective_changed", "added"),
        ("objective_changed", "indicators;+2;-0"),
        ("objective_changed", "changed"),
        ("objective_changed", "deleted"),
    ]
    assert all(e.login == cf.actor.login for e in entries)
    for entry in entries:
        assert "OS 1.2" not in (entry.detail or "") and "victimes" not in (entry.detail or "")


def test_the_report_opens_with_each_objective_and_its_suppressed_values(
    cf: CaseFile, known: KnownVault, objectives: list
) -> None:
    with cf.session() as s:
        report = compute_indicators(s, cf.actor, Period.year(2026))
    assert [o.objective.code for o in report.objectives] == ["OS 1.2", "OO 3"]
    support, children = report.objectives
    new, communes = support.tables
    assert new.title == "Nouveaux dossiers"
    assert [(r.current.text, r.previous.text) for r in new.rows] == [("14", "6")]
    # the same cells as the report's own table: Esneux hidden as a complement there too
    assert communes is report.table("new_by_commune")
    shown = {r.label: (r.current.text, r.previous.text) for r in communes.rows}
    assert shown["Esneux"] == ("masqué", "< 5") and shown["Sprimont"] == ("< 5", "0")
    assert children.tables == ()


def test_the_csv_for_the_funder_has_a_section_per_objective(
    cf: CaseFile, known: KnownVault, objectives: list
) -> None:
    with cf.session() as s, s.begin():
        data = export_indicators_csv(s, cf.actor, Period.year(2026))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    heading = "PSSP — OS 1.2 : Accompagner les victimes de violences intrafamiliales"
    ours = [r for r in rows if r[0] == heading]
    assert ours[0] == [heading, "Nouveaux dossiers", "Nouveaux dossiers", "14", "6", "▲ 8"]
    by_category = {r[2]: r[3:5] for r in ours[1:]}
    assert by_category["Esneux"] == ["masqué", "< 5"]
    assert by_category["Sprimont"] == ["< 5", "0"]
    assert by_category["Total"] == ["14", "6"]
    children = [r for r in rows if r[0].startswith("PCS — OO 3")]
    assert children == [
        ["PCS — OO 3 : Ateliers pour enfants exposés", "Aucun indicateur attaché", "", "", "", ""]
    ]
    # the objectives come before the detail of every indicator
    assert rows.index(ours[0]) < rows.index(next(r for r in rows if r[0] == "Dossiers"))
    for name in known.names:
        assert name.casefold() not in data.decode("utf-8-sig").casefold()


def test_the_pdf_for_the_funder_has_a_section_per_objective(
    cf: CaseFile, known: KnownVault, objectives: list
) -> None:
    with cf.session() as s, s.begin():
        pdf = export_indicators_pdf(s, cf.actor, Period.year(2026))
    text = flat(pdf_text(pdf))
    assert "Objectifs du financeur" in text
    heading = "PSSP — OS 1.2 : Accompagner les victimes de violences intrafamiliales"
    assert heading in text
    assert "Accueil, écoute et orientation des victimes de la zone." in text
    assert "PCS — OO 3 : Ateliers pour enfants exposés" in text
    assert "Aucun indicateur attaché à cet objectif." in text
    # the objectives' section comes first, with the figures, before the detail
    section = text[text.index(heading) : text.index("PCS — OO 3")]
    assert "Nouveaux dossiers 14 6 +8" in section
    assert "Esneux masqué < 5" in section
    assert text.index(heading) < text.index("Durée d'accompagnement")
    for name in known.names:
        assert name.casefold() not in text.casefold()


def test_an_indicator_no_longer_in_the_catalogue_is_left_out(cf: CaseFile) -> None:
    with cf.session() as s, s.begin():
        objective = create_objective(s, cf.actor, replace(SUPPORT, code="OS 8"))
        set_objective_indicators(s, cf.actor, objective, ["cases.new"])
        # a code this Balise does not know (a newer laptop's, a removed table)
        s.add(FunderObjectiveIndicator(objective_id=objective, indicator_code="gone", position=9))
    assert "gone" not in catalogue_codes()
    with cf.session() as s:
        report = compute_indicators(s, cf.actor, Period.year(2026))
    section = next(o for o in report.objectives if o.objective.code == "OS 8")
    assert [t.code for t in section.tables] == ["cases.new"]
    with cf.session() as s, s.begin():
        delete_objective(s, cf.actor, objective)


def test_the_objectives_reach_the_other_laptops(make_vault: Any, tmp_path: Path) -> None:
    """Named on the coordinator's laptop, the objectives and their indicators travel
    with a synchronisation: the other laptop's report opens with them too."""
    from app.core import sync
    from app.core.transaction import read, write
    from tests.integration.test_sync import _open

    created = make_vault(tmp_path / "a")
    a = load_user_session(created.vault, LOGIN)
    sync.enrol_laptop(created.vault, a, "portable social", tmp_path / "b")
    b = _open(tmp_path / "b")
    folder = tmp_path / "cle-usb"
    folder.mkdir()

    def name(tx: Session) -> None:
        objective = create_objective(tx, a, SUPPORT)
        set_objective_indicators(tx, a, objective, ["cases.new", "procedures.complaints"])

    write(created.vault, name)
    sync.synchronise(created.vault, a, folder)
    b.sync(folder)
    listed = read(b.vault, lambda tx: list_objectives(tx, b.actor))
    assert [(o.heading, o.indicators) for o in listed] == [
        (
            "PSSP — OS 1.2 : Accompagner les victimes de violences intrafamiliales",
            ("cases.new", "procedures.complaints"),
        )
    ]
    b.vault.close()
