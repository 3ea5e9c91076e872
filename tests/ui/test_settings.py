"""Paramètres: auto-lock settings, changing one's passphrase, renewing the recovery code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app.core import auth
from app.core.settings import load_settings
from app.storage.vault import Vault
from app.ui.controller import AppController
from app.ui.pages.settings import SettingsPage
from app.ui.passphrase_dialog import ChangePassphraseDialog
from app.ui.recovery_code import RecoveryCodeDialog
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.ui.conftest import type_text

NEW_PASSPHRASE = "pommier sentier lanterne orage"


def open_settings(unlocked: AppController) -> SettingsPage:
    window = unlocked.main_window
    assert window is not None
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    QApplication.processEvents()  # the page's layout, built when first shown, settles
    return page


def open_change_dialog(qtbot: QtBot, unlocked: AppController) -> ChangePassphraseDialog:
    page = open_settings(unlocked)
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy)  # the page's own reads (step catalogue)
    qtbot.mouseClick(page.change_button, Qt.MouseButton.LeftButton)
    dialog = unlocked.main_window.findChild(ChangePassphraseDialog)  # type: ignore[union-attr]
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_settings_are_saved_in_the_vault_and_change_the_idle_delay(
    qtbot: QtBot, unlocked: AppController
) -> None:
    page = open_settings(unlocked)
    assert page.auto_lock.value() == 5
    page.auto_lock.setValue(12)
    page.lock_on_minimise.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.saved_note.text() == "Réglages enregistrés.")
    assert unlocked.idle.timeout_ms == 12 * 60_000
    assert unlocked.workspace is not None
    assert unlocked.workspace.settings.lock_on_minimise
    with unlocked.vault.require_db().session() as session:  # type: ignore[union-attr]
        stored = load_settings(session)
    assert (stored.auto_lock_minutes, stored.lock_on_minimise) == (12, True)


def test_change_passphrase_end_to_end(qtbot: QtBot, unlocked: AppController) -> None:
    dialog = open_change_dialog(qtbot, unlocked)
    type_text(qtbot, dialog.current.edit, PASSPHRASE)
    type_text(qtbot, dialog.form.passphrase.edit, NEW_PASSPHRASE)
    type_text(qtbot, dialog.form.confirmation.edit, NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.form.confirmation.edit, Qt.Key.Key_Return)
    notice = unlocked.main_window.findChild(QMessageBox)  # type: ignore[union-attr]
    assert notice is not None and "a été changée" in notice.text()
    folder = unlocked.vault_dir
    unlocked.close()
    with Vault.open(folder) as vault:
        assert auth.unlock(vault, LOGIN, NEW_PASSPHRASE, kdf=TEST_KDF).login == LOGIN


def test_change_passphrase_refuses_a_wrong_current_passphrase(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = open_change_dialog(qtbot, unlocked)
    type_text(qtbot, dialog.current.edit, "pas la phrase actuelle")
    type_text(qtbot, dialog.form.passphrase.edit, NEW_PASSPHRASE)
    type_text(qtbot, dialog.form.confirmation.edit, NEW_PASSPHRASE)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: dialog.current_error.isVisible())
    assert "n'est pas la bonne" in dialog.current_error.text()
    assert dialog.isVisible()
    assert dialog.current.text() == ""


def test_change_passphrase_checks_the_new_one_before_any_work(
    qtbot: QtBot, unlocked: AppController
) -> None:
    dialog = open_change_dialog(qtbot, unlocked)
    type_text(qtbot, dialog.current.edit, PASSPHRASE)
    type_text(qtbot, dialog.form.passphrase.edit, "court")
    type_text(qtbot, dialog.form.confirmation.edit, "court")
    qtbot.keyClick(dialog.form.confirmation.edit, Qt.Key.Key_Return)
    assert not unlocked.tasks.is_busy
    assert "au moins 12 caractères" in dialog.form.error.text()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_coordinator_renews_the_recovery_code(qtbot: QtBot, unlocked: AppController) -> None:
    page = open_settings(unlocked)
    assert page.recovery_group.isVisible()
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    question = unlocked.main_window.findChild(QMessageBox)  # type: ignore[union-attr]
    assert question is not None
    confirm = next(b for b in question.buttons() if b.text() == "&Renouveler")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: unlocked.main_window.findChild(RecoveryCodeDialog) is not None  # type: ignore[union-attr]
    )
    dialog = unlocked.main_window.findChild(RecoveryCodeDialog)  # type: ignore[union-attr]
    code = dialog.view.code_label.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.view.confirm.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.view.code_label.text() == ""
    folder = unlocked.vault_dir
    unlocked.close()
    with Vault.open(folder) as vault:
        assert auth.unlock_with_recovery(vault, code, LOGIN, kdf=TEST_KDF).login == LOGIN
