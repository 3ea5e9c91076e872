"""Nouveau dossier: typed at the keyboard, errors next to the fields, nothing lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.storage.models import Case
from app.ui.controller import AppController
from app.ui.intake.dialog import IntakeDialog
from tests.ui.case_support import answer_next_box, closed, visible_dialog, window_of
from tests.ui.conftest import type_text


def start_intake(qtbot: QtBot, controller: AppController) -> IntakeDialog:
    window = window_of(controller)
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = visible_dialog(qtbot, window, IntakeDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)  # catalogues loaded
    return dialog


def case_count(controller: AppController) -> int:
    assert controller.vault is not None
    controller.tasks.wait_for_done()
    with controller.vault.require_db().session() as session:
        return session.scalar(select(func.count()).select_from(Case))


def fill_required_but_commune(qtbot: QtBot, dialog: IntakeDialog) -> None:
    """What a street educator types, field after field, keyboard only."""
    dialog.first_name.setFocus()
    type_text(qtbot, dialog.first_name, "Hélène")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)  # Enter goes on, it does not save
    assert dialog.last_name.hasFocus()
    qtbot.keyClick(dialog.last_name, Qt.Key.Key_Tab)
    assert dialog.pseudonym.hasFocus()
    qtbot.keyClicks(dialog.pseudonym, "Colibri")
    qtbot.keyClick(dialog.pseudonym, Qt.Key.Key_Tab)
    assert dialog.hide_name.hasFocus()
    qtbot.keyClick(dialog.hide_name, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.hide_name, Qt.Key.Key_Tab)
    assert dialog.commune.hasFocus()
    qtbot.keyClick(dialog.commune, Qt.Key.Key_Tab)
    assert dialog.violence.hasFocus()
    qtbot.keyClick(dialog.violence, Qt.Key.Key_Space)  # the first type: physical violence
    qtbot.keyClick(dialog.violence, Qt.Key.Key_Tab)
    assert dialog.safe.phone.hasFocus()
    qtbot.keyClicks(dialog.safe.phone, "0472123456")
    qtbot.keyClick(dialog.safe.phone, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.safe.times, "en semaine avant 9 h")
    qtbot.keyClick(dialog.safe.times, Qt.Key.Key_Tab)
    assert dialog.safe.message.hasFocus()
    qtbot.keyClick(dialog.safe.message, Qt.Key.Key_2)  # Non
    qtbot.keyClick(dialog.safe.message, Qt.Key.Key_Tab)
    assert dialog.safe.write.hasFocus()
    qtbot.keyClick(dialog.safe.write, Qt.Key.Key_3)  # Ne sait pas
    qtbot.keyClick(dialog.safe.write, Qt.Key.Key_Tab)
    assert dialog.safe.code_word.hasFocus()
    qtbot.keyClicks(dialog.safe.code_word, "parapluie")


def test_intake_typed_at_the_keyboard_opens_the_new_case(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = start_intake(qtbot, unlocked)
    fill_required_but_commune(qtbot, dialog)
    dialog.commune.setFocus()
    qtbot.keyClicks(dialog.commune.lineEdit(), "Ayw")
    popup = dialog.commune.completer().popup()
    assert popup.isVisible()  # the suggestions; Tab takes the only one
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert dialog.commune.currentText() == "Aywaille (4920)"
    assert dialog.safe.phone.text() == "0472 12 34 56"

    qtbot.keyClick(dialog.safe.code_word, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    window = window_of(unlocked)
    page = window.case_page
    qtbot.waitUntil(lambda: page.bundle is not None)
    assert closed(dialog)
    assert window.stack.currentWidget() is page
    reference = page.bundle.detail.reference
    assert page.header.title.text() == f"{reference} — Colibri"  # the name is hidden
    assert "parapluie" in page.banner.text.text()
    assert "0472 12 34 56" in page.banner.text.text()
    assert "Hélène" not in window.windowTitle() and "Colibri" not in window.windowTitle()
    assert page.people.table.item(0, 0).text() == "Colibri"
    assert case_count(unlocked) == 1

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # ← Retour
    assert window.stack.currentWidget() is window.pages["home"]
    assert window.current_key == "home"


def test_missing_commune_shows_the_error_next_to_it_and_creates_nothing(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = start_intake(qtbot, unlocked)
    fill_required_but_commune(qtbot, dialog)
    dialog.save_button.click()
    error = dialog.errors["commune"]
    assert error.isVisible() and error.text() == "Choisissez la commune."
    assert not dialog.errors["name"].isVisible()
    assert dialog.commune.hasFocus()
    assert dialog.isVisible()
    assert case_count(unlocked) == 0

    # A commune that names nothing is refused the same way.
    qtbot.keyClicks(dialog.commune.lineEdit(), "Zzz")
    dialog.save_button.click()
    assert "non reconnue" in error.text()
    assert case_count(unlocked) == 0
    dialog.done(0)


def test_unanswered_safe_contact_questions_are_pointed_out(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = start_intake(qtbot, unlocked)
    dialog.pseudonym.setText("Colibri")
    dialog.save_button.click()
    for field in ("commune", "violence", "safe_message", "safe_write"):
        assert dialog.errors[field].isVisible(), field
    assert dialog.errors["safe_message"].text() == "Répondez Oui, Non ou Ne sait pas."
    assert case_count(unlocked) == 0
    dialog.done(0)


def test_escape_with_typed_content_asks_before_abandoning(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = start_intake(qtbot, unlocked)
    qtbot.keyClicks(dialog.pseudonym, "Colibri")
    questions: list[str] = []
    answer_next_box("Annuler", questions)
    qtbot.keyClick(dialog.pseudonym, Qt.Key.Key_Escape)
    assert questions == ["Abandonner cette saisie ?"]
    assert dialog.isVisible() and dialog.pseudonym.text() == "Colibri"

    answer_next_box("Ne pas enregistrer")
    dialog.cancel_button.click()
    assert closed(dialog)
    assert case_count(unlocked) == 0


def test_escape_on_an_empty_intake_just_closes(qtbot: QtBot, unlocked: AppController) -> None:
    dialog = start_intake(qtbot, unlocked)
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Escape)
    assert closed(dialog)
