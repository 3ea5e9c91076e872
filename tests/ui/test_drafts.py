"""Nothing lost: unsaved forms are kept through a lock, and leaving one asks first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.drafts import list_drafts
from app.ui.case.followup_dialog import FollowUpDialog
from app.ui.controller import AppController
from app.ui.intake.dialog import IntakeDialog
from tests.conftest import LOGIN, PASSPHRASE
from tests.ui.case_support import (
    answer_next_box,
    closed,
    idle,
    make_case,
    open_case,
    visible_dialog,
    window_of,
)
from tests.ui.conftest import type_text, unlock_with

MARKER = "Brouillon-Zébulon-4471 : elle dort chez sa sœur"


def drafts_of(controller: AppController) -> list[str]:
    assert controller.vault is not None and controller.workspace is not None
    controller.tasks.wait_for_done()
    with controller.vault.require_db().session() as session:
        return [d.form_key for d in list_drafts(session, controller.workspace.session)]


def lock_and_unlock(qtbot: QtBot, controller: AppController) -> None:
    controller.lock()
    assert controller.is_locked
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: not controller.is_locked and window_of(controller).isVisible())


def files_contain(folder: Path, text: str) -> list[Path]:
    needle = text.encode("utf-8")
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_a_followup_typed_when_the_vault_locks_is_offered_back_after_unlocking(
    qtbot: QtBot, unlocked: AppController, vault_dir: Path
) -> None:
    case_id = make_case(unlocked)
    page = open_case(qtbot, unlocked, case_id)
    page.show_section(6)
    page.followups.new_button.click()
    dialog = visible_dialog(qtbot, page.window(), FollowUpDialog)
    dialog.summary.setFocus()
    type_text(qtbot, dialog.summary, MARKER)

    unlocked.lock()  # auto-lock or Ctrl+L in the middle of typing
    assert closed(dialog)
    assert not files_contain(vault_dir, "Zébulon-4471")  # kept, but encrypted

    unlock_with(qtbot, unlocked, LOGIN, PASSPHRASE)
    window = window_of(unlocked)
    bar = window.drafts_bar
    qtbot.waitUntil(bar.isVisible)
    assert "interrompue par le verrouillage" in bar.text.text()
    assert "Nouveau suivi" in bar.text.text()
    assert page.bundle is None  # the case screen was emptied by the lock

    bar.resume_button.click()
    restored = visible_dialog(qtbot, window, FollowUpDialog)
    assert restored.summary.toPlainText() == MARKER
    assert window.stack.currentWidget() is page and page.tabs.currentIndex() == 6
    assert not bar.isVisible()
    restored.save_button.click()
    qtbot.waitUntil(lambda: closed(restored) and page.followups.table.rowCount() == 1)
    idle(qtbot, unlocked)
    assert drafts_of(unlocked) == []  # saved: the draft is gone


def test_an_interrupted_intake_comes_back_and_discarding_it_deletes_the_draft(
    qtbot: QtBot, unlocked: AppController
) -> None:
    window = window_of(unlocked)
    window.new_case()
    dialog = visible_dialog(qtbot, window, IntakeDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.keyClicks(dialog.pseudonym, "Colibri")
    qtbot.keyClick(dialog.violence, Qt.Key.Key_Space)

    lock_and_unlock(qtbot, unlocked)
    bar = window.drafts_bar
    qtbot.waitUntil(bar.isVisible)
    assert drafts_of(unlocked) == ["intake:new"]
    bar.resume_button.click()
    restored = visible_dialog(qtbot, window, IntakeDialog)
    qtbot.waitUntil(lambda: restored.pseudonym.text() == "Colibri")
    assert restored.violence.codes() == ["physical"]

    answer_next_box("Ne pas enregistrer")
    restored.cancel_button.click()
    assert closed(restored)
    idle(qtbot, unlocked)
    assert drafts_of(unlocked) == []


def test_deleting_a_draft_from_the_bar(qtbot: QtBot, unlocked: AppController) -> None:
    window = window_of(unlocked)
    window.new_case()
    dialog = visible_dialog(qtbot, window, IntakeDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.keyClicks(dialog.first_name, "Nadia")
    lock_and_unlock(qtbot, unlocked)
    bar = window.drafts_bar
    qtbot.waitUntil(bar.isVisible)
    bar.delete_button.click()
    assert not bar.isVisible()
    idle(qtbot, unlocked)
    assert drafts_of(unlocked) == []


def test_leaving_a_dirty_form_asks_and_can_save_it(qtbot: QtBot, unlocked: AppController) -> None:
    page = open_case(qtbot, unlocked, make_case(unlocked))
    page.followups.new_button.click()
    dialog = visible_dialog(qtbot, page.window(), FollowUpDialog)
    type_text(qtbot, dialog.summary, "Appel : rendez-vous au CPAS confirmé.")

    questions: list[str] = []
    answer_next_box("Annuler", questions)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    assert questions and dialog.isVisible()

    answer_next_box("Enregistrer")
    dialog.close()  # the window's close button asks too
    qtbot.waitUntil(lambda: closed(dialog) and page.followups.table.rowCount() == 1)
    assert page.followups.table.item(0, 3).text() == "Appel : rendez-vous au CPAS confirmé."


def test_an_untouched_form_closes_without_a_question(qtbot: QtBot, unlocked: AppController) -> None:
    page = open_case(qtbot, unlocked, make_case(unlocked))
    page.followups.new_button.click()
    dialog = visible_dialog(qtbot, page.window(), FollowUpDialog)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    assert closed(dialog)
    unlocked.lock()
    unlock_with(qtbot, unlocked, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: not unlocked.is_locked)
    idle(qtbot, unlocked)
    assert not window_of(unlocked).drafts_bar.isVisible()


def test_an_organisation_form_interrupted_by_a_lock_comes_back_and_saving_clears_it(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from app.ui.partners.form import PartnerDialog

    window = window_of(unlocked)
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitUntil(lambda: bool(page.sectors))
    dialog = page.new_partner()
    assert dialog is not None
    type_text(qtbot, dialog.name, "Maison d'accueil Les Tilleuls")

    lock_and_unlock(qtbot, unlocked)
    bar = window.drafts_bar
    qtbot.waitUntil(bar.isVisible)
    assert drafts_of(unlocked) == ["partner:new"]
    bar.resume_button.click()
    restored = visible_dialog(qtbot, window, PartnerDialog)
    assert restored.name.text() == "Maison d'accueil Les Tilleuls"
    restored.save()
    qtbot.waitUntil(lambda: closed(restored))
    idle(qtbot, unlocked)
    assert drafts_of(unlocked) == []
