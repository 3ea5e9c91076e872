"""The first-run wizard, driven through its widgets."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.core import auth
from app.storage.vault import Vault, vault_exists
from app.ui.controller import AppController
from app.ui.wizard import SetupWizard
from app.ui.wizard_pages import suggest_login
from tests.conftest import TEST_KDF
from tests.ui.conftest import type_text

RECOVERY_FORMAT = re.compile(r"^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$")
GOOD_PASSPHRASE = "lampe rivière cartable nuage"


def click_next(qtbot: QtBot, wizard: SetupWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_until_passphrase(qtbot: QtBot, wizard: SetupWizard) -> None:
    click_next(qtbot, wizard)  # welcome
    page = wizard.service_page
    type_text(qtbot, page.name, "Plan de cohésion sociale d'Esneux")
    type_text(qtbot, page.address, "Place Jean d'Ardenne 1")
    type_text(qtbot, page.commune.lineEdit(), "Esneux")
    type_text(qtbot, page.phone, "04 380 93 20")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.coordinator_page
    type_text(qtbot, wizard.coordinator_page.full_name, "Élise Van Damme")
    assert wizard.coordinator_page.login.text() == "e.vandamme"
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.passphrase_page


def start_wizard(make_controller: Callable[..., AppController], folder: Path) -> AppController:
    controller = make_controller(folder)
    controller.start()
    assert controller.wizard is not None and controller.wizard.isVisible()
    return controller


def test_login_is_suggested_from_the_name() -> None:
    assert suggest_login("Marie Dupont") == "m.dupont"
    assert suggest_login("  Jean-Pierre  Van den Berg ") == "j.vandenberg"
    assert suggest_login("Çağla") == "cagla"
    assert suggest_login("") == ""


def test_service_name_is_required(
    qtbot: QtBot, tmp_path: Path, make_controller: Callable[..., AppController]
) -> None:
    wizard = start_wizard(make_controller, tmp_path / "coffre").wizard
    assert wizard is not None
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.service_page
    assert wizard.service_page.name_error.text() == "Indiquez le nom du service."


def test_unknown_commune_is_refused(
    qtbot: QtBot, tmp_path: Path, make_controller: Callable[..., AppController]
) -> None:
    wizard = start_wizard(make_controller, tmp_path / "coffre").wizard
    assert wizard is not None
    click_next(qtbot, wizard)
    type_text(qtbot, wizard.service_page.name, "PCS")
    type_text(qtbot, wizard.service_page.commune.lineEdit(), "Atlantide")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.service_page
    assert "commune" in wizard.service_page.commune_error.text()


def test_too_short_passphrase_shows_the_error_and_does_not_advance(
    qtbot: QtBot, tmp_path: Path, make_controller: Callable[..., AppController]
) -> None:
    folder = tmp_path / "coffre"
    wizard = start_wizard(make_controller, folder).wizard
    assert wizard is not None
    fill_until_passphrase(qtbot, wizard)
    form = wizard.passphrase_page.form
    type_text(qtbot, form.passphrase.edit, "trop court")
    type_text(qtbot, form.confirmation.edit, "trop court")
    assert form.strength.word.text() == "Solidité : Trop courte"
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.passphrase_page
    assert "au moins 12 caractères" in form.error.text()
    assert form.error.isVisible()
    assert not vault_exists(folder)


def test_mismatched_confirmation_is_refused(
    qtbot: QtBot, tmp_path: Path, make_controller: Callable[..., AppController]
) -> None:
    wizard = start_wizard(make_controller, tmp_path / "coffre").wizard
    assert wizard is not None
    fill_until_passphrase(qtbot, wizard)
    form = wizard.passphrase_page.form
    type_text(qtbot, form.passphrase.edit, GOOD_PASSPHRASE)
    type_text(qtbot, form.confirmation.edit, GOOD_PASSPHRASE + "s")
    click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.passphrase_page
    assert form.error.text() == "Les deux phrases de passe ne sont pas identiques."


def test_wizard_creates_a_vault_whose_recovery_code_opens_it(
    qtbot: QtBot, tmp_path: Path, make_controller: Callable[..., AppController]
) -> None:
    folder = tmp_path / "coffre"
    controller = start_wizard(make_controller, folder)
    wizard = controller.wizard
    assert wizard is not None
    fill_until_passphrase(qtbot, wizard)
    form = wizard.passphrase_page.form
    type_text(qtbot, form.passphrase.edit, GOOD_PASSPHRASE)
    type_text(qtbot, form.confirmation.edit, GOOD_PASSPHRASE)
    click_next(qtbot, wizard)  # "Créer le coffre": runs in the background
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)

    view = wizard.recovery_page.view
    code = view.code_label.text()
    assert RECOVERY_FORMAT.match(code)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the checkbox is required
    wizard.reject()  # Escape cannot lose the code
    assert wizard.isVisible()
    view.confirm.click()
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    window = controller.main_window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == "Balise — Plan de cohésion sociale d'Esneux"
    assert controller.workspace is not None
    assert controller.workspace.session.login == "e.vandamme"
    qtbot.waitUntil(lambda: window.pages["home"].open_cases.value.text() == "0")
    controller.close()

    with Vault.open(folder) as vault:
        session = auth.unlock_with_recovery(vault, code, "e.vandamme", kdf=TEST_KDF)
        assert session.service_name == "Plan de cohésion sociale d'Esneux"
        vault.lock()
        assert auth.unlock(vault, "e.vandamme", GOOD_PASSPHRASE, kdf=TEST_KDF).full_name == (
            "Élise Van Damme"
        )


def test_cancelling_the_wizard_quits_without_a_vault(
    qtbot: QtBot, tmp_path: Path, make_controller: Callable[..., AppController]
) -> None:
    folder = tmp_path / "coffre"
    controller = start_wizard(make_controller, folder)
    assert controller.wizard is not None
    with qtbot.waitSignal(controller.finished) as signal:
        qtbot.keyClick(controller.wizard, Qt.Key.Key_Escape)
    assert signal.args == [0]
    assert not vault_exists(folder)
