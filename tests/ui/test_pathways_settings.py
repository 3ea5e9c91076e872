"""The step catalogue in Paramètres (coordinator), a plan kept through a lock,
and nothing of the pathways left on screen after locking."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.pathways.steps import StepInput, add_case_step
from app.ui.case.departure_dialog import PlanDialog
from app.ui.case.step_dialog import StepDialog
from app.ui.controller import AppController
from app.ui.pages.settings import SettingsPage
from app.ui.settings_steps import StepTypeDialog
from tests.conftest import LOGIN, PASSPHRASE
from tests.ui.case_support import (
    closed,
    idle,
    make_case,
    open_case,
    texts_of,
    visible_dialog,
    window_of,
)
from tests.ui.conftest import type_text, unlock_with


def open_settings(qtbot: QtBot, controller: AppController) -> SettingsPage:
    window = window_of(controller)
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    idle(qtbot, controller)
    qtbot.waitUntil(lambda: page.steps_box.table.rowCount() > 0)
    return page


def labels(page: SettingsPage) -> list[str]:
    table = page.steps_box.table
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_the_coordinator_adds_renames_and_retires_a_step_without_touching_cases(
    qtbot: QtBot, unlocked: AppController
) -> None:
    page = open_settings(qtbot, unlocked)
    box = page.steps_box
    assert box.isVisible()
    box.add_button.click()
    dialog = visible_dialog(qtbot, page.window(), StepTypeDialog)
    type_text(qtbot, dialog.label_edit, "Inscription au Forem")
    dialog.sets[next(iter(dialog.sets))].setChecked(True)  # « Départ du domicile »
    dialog.save_button.click()
    qtbot.waitUntil(lambda: closed(dialog) and "Inscription au Forem" in labels(page))

    case_id = make_case(unlocked)
    assert unlocked.vault is not None and unlocked.workspace is not None
    with unlocked.vault.require_db().session() as s, s.begin():
        add_case_step(s, unlocked.workspace.session, case_id, StepInput("inscription_au_forem"))

    box.reload()
    idle(qtbot, unlocked)
    row = labels(page).index("Inscription au Forem")
    box.table.selectRow(row)
    assert box.table.item(row, 2).text() == "1"
    box.rename_button.click()
    rename = visible_dialog(qtbot, page.window(), StepTypeDialog)
    assert "les 1 dossier(s)" in rename.info.text()
    rename.label_edit.selectAll()
    type_text(qtbot, rename.label_edit, "Forem – inscription")
    qtbot.keyClick(rename.label_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(rename) and "Forem – inscription" in labels(page))

    box.table.selectRow(labels(page).index("Forem – inscription"))
    assert box.retire_button.text().replace("&", "") == "Retirer"
    box.retire_button.click()
    qtbot.waitUntil(lambda: "Forem – inscription (retirée)" in labels(page))
    box.table.selectRow(labels(page).index("Forem – inscription (retirée)"))
    assert box.retire_button.text().replace("&", "") == "Rétablir"

    # a label already used is refused next to the field
    box.add_button.click()
    duplicate = visible_dialog(qtbot, page.window(), StepTypeDialog)
    type_text(qtbot, duplicate.label_edit, "BAJ / avocat")
    duplicate.save_button.click()
    qtbot.waitUntil(duplicate.label_error.isVisible)
    assert "déjà" in duplicate.label_error.text()
    duplicate.label_edit.clear()
    duplicate.reject()

    case_page = open_case(qtbot, unlocked, case_id)
    case_page.show_section(8)
    assert case_page.steps.table.item(0, 0).text() == "Forem – inscription (retirée du catalogue)"
    case_page.steps.add_button.click()
    step_dialog = visible_dialog(qtbot, case_page.window(), StepDialog)
    offered = [step_dialog.kind.itemText(i) for i in range(step_dialog.kind.count())]
    assert "Forem – inscription" not in offered and "BAJ / avocat" in offered
    step_dialog.reject()


def test_a_plan_typed_when_the_vault_locks_comes_back_and_nothing_stays_on_screen(
    qtbot: QtBot, unlocked: AppController
) -> None:
    page = open_case(qtbot, unlocked, make_case(unlocked, opened_on=date(2026, 1, 5)))
    page.show_section(9)
    page.departure.edit_button.click()
    dialog = visible_dialog(qtbot, page.window(), PlanDialog)
    type_text(qtbot, dialog.lines["code_word"], "hirondelle-7731")
    window = window_of(unlocked)
    assert any("hirondelle-7731" in t for t in texts_of(window)())

    unlocked.lock()
    assert closed(dialog)
    assert not any("hirondelle-7731" in t for t in texts_of(window)())
    assert page.steps.table.rowCount() == 0 and page.departure.tree.topLevelItemCount() == 0
    assert page.summary.pathways.lines[0].text() == ""

    unlock_with(qtbot, unlocked, LOGIN, PASSPHRASE)
    bar = window.drafts_bar
    qtbot.waitUntil(bar.isVisible)
    bar.resume_button.click()
    restored = visible_dialog(qtbot, window, PlanDialog)
    assert restored.lines["code_word"].text() == "hirondelle-7731"
    assert page.tabs.currentIndex() == 9
    restored.save_button.click()
    qtbot.waitUntil(lambda: closed(restored) and page.departure.values["code_word"].text() != "—")
    assert page.departure.values["code_word"].text() == "hirondelle-7731"
