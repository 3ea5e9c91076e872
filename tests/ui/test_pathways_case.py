"""The three pathways on the case screen, driven through the real widgets:
a complaint with a residence ban whose end shows in the agenda, a standard set
of steps ticked off, a departure plan filled (and « prêt » confirmed)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import clock
from app.core.pathways.checklist import ItemGroup, document_codes
from app.core.pathways.departure import current_plan
from app.core.pathways.protection import ban_end
from app.core.pathways.steps import case_steps
from app.core.pathways.vocabulary import PlanStatus, StandardSet, StepStatus
from app.storage.reference import read_csv
from app.ui.agenda.page import AgendaPage
from app.ui.case import departure_dialog
from app.ui.case.complaint_dialogs import ComplaintDialog, ComplaintStatusDialog
from app.ui.case.departure_dialog import PlanDialog
from app.ui.case.page import CasePage
from app.ui.case.protection_dialogs import BanDialog, ExtensionDialog
from app.ui.controller import AppController
from tests.ui.case_support import (
    closed,
    idle,
    make_case,
    open_case,
    visible_dialog,
    window_of,
)
from tests.ui.conftest import type_text

PROTECTION, STEPS, DEPARTURE = 7, 8, 9


@pytest.fixture
def page(qtbot: QtBot, unlocked: AppController) -> CasePage:
    return open_case(qtbot, unlocked, make_case(unlocked, opened_on=clock.today() - timedelta(30)))


def reloaded(qtbot: QtBot, page: CasePage, dialog: object) -> None:
    before = page.bundle
    qtbot.waitUntil(lambda: closed(dialog) and page.bundle is not before)  # type: ignore[arg-type]


def test_the_pathway_tabs_have_keyboard_shortcuts(qtbot: QtBot, page: CasePage) -> None:
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[PROTECTION : DEPARTURE + 1] == ["Plainte", "Démarches", "Départ"]
    assert page.tabs.tabToolTip(PROTECTION).startswith("Plainte et protection")
    qtbot.keyClick(page, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == STEPS
    qtbot.keyClick(page, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == DEPARTURE


def test_a_complaint_with_a_residence_ban_puts_its_deadlines_in_the_agenda(
    qtbot: QtBot, unlocked: AppController, page: CasePage
) -> None:
    section = page.protection
    page.show_section(PROTECTION)
    section.new_complaint.click()
    dialog = visible_dialog(qtbot, page.window(), ComplaintDialog)
    type_text(qtbot, dialog.zone, "Zone Secova")
    type_text(qtbot, dialog.pv, "LI.55.L1.012345/26")
    dialog.accompanied.setChecked(True)
    type_text(qtbot, dialog.accompanied_by, "l'éducatrice de rue")
    qtbot.keyClick(dialog.zone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    reloaded(qtbot, page, dialog)
    assert section.complaint_group.table.item(0, 2).text() == "LI.55.L1.012345/26"
    assert section.complaint_group.table.item(0, 3).text().startswith("Déposée")

    section.status_button.click()
    status = visible_dialog(qtbot, page.window(), ComplaintStatusDialog)
    status.status.set_code("investigation")
    type_text(qtbot, status.note, "Juge d'instruction désigné")
    status.save()
    reloaded(qtbot, page, status)
    assert section.complaint_group.table.item(0, 3).text().startswith("À l'instruction")
    assert "Juge d'instruction désigné" in section.complaint_group.detail.text()

    ordered = clock.today() - timedelta(days=2)
    hearing = clock.today() + timedelta(days=3)
    section.new_ban.click()
    ban = visible_dialog(qtbot, page.window(), BanDialog)
    ban.ordered_on.setDate(ordered)
    assert ban_end(ordered).strftime("%d/%m/%Y") in ban.end_note.text()
    type_text(qtbot, ban.notified_on, ordered.strftime("%d/%m/%Y"))
    type_text(qtbot, ban.hearing_at, hearing.strftime("%d/%m/%Y") + " 9h30")
    qtbot.keyClick(ban.hearing_at, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    reloaded(qtbot, page, ban)
    table = section.ban_group.table
    assert table.item(0, 2).text() == ban_end(ordered).strftime("%d/%m/%Y")
    assert table.item(0, 3).text() == hearing.strftime("%d/%m/%Y") + " 09:30"

    page.show_section(0)
    summary = page.summary.pathways
    assert "jusqu'au " + ban_end(ordered).strftime("%d/%m/%Y") in summary.lines[1].text()
    assert summary.lines[0].text().startswith("À l'instruction")

    window = window_of(unlocked)
    window.show_page("agenda")
    agenda = window.pages["agenda"]
    assert isinstance(agenda, AgendaPage)
    agenda.show_day(ban_end(ordered), week=False)
    idle(qtbot, unlocked)
    (entry,) = agenda.tree.all_entries()
    assert entry.subtitle == "Fin de l'interdiction" and entry.all_day
    assert agenda.tree.topLevelItem(0).child(0).text(0) == "Échéance"
    agenda.show_day(hearing, week=True)
    idle(qtbot, unlocked)
    subtitles = [e.subtitle for e in agenda.tree.all_entries()]
    assert "Audience du juge de paix" in subtitles

    window.open_case(page.bundle.case_id)  # type: ignore[union-attr]
    page.show_section(PROTECTION)
    section.ban_group.table.selectRow(0)
    section.extend_button.click()
    extension = visible_dialog(qtbot, page.window(), ExtensionDialog)
    extension.end_on.setDate(ordered + timedelta(days=120))  # beyond three months
    extension.save()
    qtbot.waitUntil(lambda: extension.errors["end_on"].isVisible())
    assert "trois mois" in extension.errors["end_on"].text()
    extension.end_on.setDate(ordered + timedelta(days=40))
    extension.save()
    reloaded(qtbot, page, extension)
    assert table.item(0, 2).text() == (ordered + timedelta(days=40)).strftime("%d/%m/%Y")
    assert table.item(0, 4).text() == clock.today().strftime("%d/%m/%Y")
    page.show_section(0)  # a tab shows the case read again once it is in front
    assert "(prolongée)" in summary.lines[1].text()


def test_applying_the_departure_set_and_ticking_steps(
    qtbot: QtBot, unlocked: AppController, page: CasePage
) -> None:
    section = page.steps
    page.show_section(STEPS)
    departure = next(
        a for a in section.set_button.menu().actions() if a.text() == "Départ du domicile"
    )
    departure.trigger()
    qtbot.waitUntil(lambda: section.table.rowCount() > 0)
    expected = [r for r in read_csv("admin_steps.csv") if "depart" in r["standard_sets"]]
    assert section.table.rowCount() == len(expected)
    assert "ajoutée" in section.note.text()
    assert section.progress.text().startswith("0 sur")

    section.table.setFocus()
    section.table.selectRow(0)
    before = page.bundle
    qtbot.keyClick(section.table, Qt.Key.Key_Space)  # Space ticks the step
    qtbot.waitUntil(lambda: page.bundle is not before)
    assert section.table.item(0, 1).text() == "Fait"
    section.table.selectRow(1)
    before = page.bundle
    section.done_button.click()
    qtbot.waitUntil(lambda: page.bundle is not before)
    assert section.progress.value() == 2
    assert section.progress.text() == f"2 sur {len(expected)} faites"

    before = page.bundle
    departure.trigger()  # again: nothing added
    qtbot.waitUntil(lambda: page.bundle is not before)
    assert "déjà toutes" in section.note.text()
    assert section.table.rowCount() == len(expected)

    assert unlocked.vault is not None and page.bundle is not None
    with unlocked.vault.require_db().session() as s:
        steps = case_steps(s, unlocked.workspace.session, page.bundle.case_id)
    done = [x for x in steps if x.status is StepStatus.DONE]
    assert len(done) == 2 and all(x.changes[-1].by == "Marie Dupont" for x in done)
    assert "2 sur" in page.summary.pathways.lines[2].text()
    assert StandardSet.DEPARTURE.label == "Départ du domicile"


def test_filling_a_departure_plan_and_confirming_ready_with_missing_documents(
    qtbot: QtBot, unlocked: AppController, page: CasePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def confirm(_parent: object, message: str, _button: str) -> bool:
        asked.append(message)
        return True

    monkeypatch.setattr(departure_dialog, "ask_yes", confirm)
    section = page.departure
    page.show_section(DEPARTURE)
    assert "Aucun plan" in section.heading.text()
    section.edit_button.click()
    dialog = visible_dialog(qtbot, page.window(), PlanDialog)
    dialog.status.set_code(PlanStatus.READY.value)
    dialog.destination.set_code("emergency_apartment")
    type_text(qtbot, dialog.lines["trusted_person"], "Sa sœur")
    type_text(qtbot, dialog.lines["code_word"], "hirondelle")
    documents = dialog.checks[ItemGroup.DOCUMENTS]
    documents.setFocus()
    documents.setCurrentRow(0)
    qtbot.keyClick(documents, Qt.Key.Key_Space)  # carte d'identité
    dialog.checks[ItemGroup.ESSENTIALS].set_codes(["keys", "cash"])
    dialog.save()
    reloaded(qtbot, page, dialog)
    assert len(asked) == 1 and "document(s)" in asked[0]

    assert unlocked.vault is not None and page.bundle is not None
    with unlocked.vault.require_db().session() as s:
        plan = current_plan(s, unlocked.workspace.session, page.bundle.case_id)
    assert plan is not None and plan.status is PlanStatus.READY
    assert {i.code for i in plan.items if i.checked} == {"id_documents", "keys", "cash"}
    assert plan.destination_type is not None and plan.code_word == "hirondelle"
    assert section.heading.text().startswith("Version 1 — Prêt")
    assert section.progress.value() == 3
    assert section.values["destination"].text() == "Appartement d'urgence"
    assert "Prêt — 3 éléments" in page.summary.pathways.lines[3].text()
    assert len(document_codes()) > 1
