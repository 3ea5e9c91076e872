"""Choosing one's language (issue 14): in the settings, at once, without losing typing;
the unlock screen and the next start show the laptop's last language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app import i18n
from app.core.drafts import list_drafts
from app.storage.models import User
from app.ui import languages
from app.ui.agenda.entries import long_date
from app.ui.application import install_translations
from app.ui.controller import AppController
from app.ui.intake.dialog import IntakeDialog
from app.ui.main_window import MainWindow
from app.ui.pages.settings import SettingsPage
from tests.conftest import LOGIN, PASSPHRASE
from tests.language_support import compile_catalogue
from tests.ui.case_support import visible_dialog
from tests.ui.conftest import unlock_with

DUTCH = {
    "Accueil": "Startpagina",
    "Dossiers": "Dossiers",
    "Réseau": "Netwerk",
    "Paramètres": "Instellingen",
    "&Déverrouiller": "&Ontgrendelen",
    "Ma langue": "Mijn taal",
}


@pytest.fixture
def dutch_catalogue(tmp_path: Path) -> Iterator[Path]:
    """A Dutch catalogue of a few strings (the real one may be unfinished); French
    is installed again afterwards."""
    folder = tmp_path / "catalogues"
    compile_catalogue(folder, "balise_nl_BE", "nl_BE", DUTCH)
    languages.use_catalogue_folder(folder)
    try:
        yield folder
    finally:
        app = QApplication.instance()
        assert app is not None
        languages.install_language(app, "fr")
        languages.use_catalogue_folder(None)
        i18n.install_backend(None)
        i18n.install_language_backend(None)


def navigation(window: MainWindow) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def choose_language(qtbot: QtBot, controller: AppController, name: str) -> None:
    window = controller.main_window
    assert window is not None
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    assert page.isEnabled() and page.language.isEnabled()
    page.language.setFocus()
    qtbot.keyClick(page.language, Qt.Key.Key_Home)  # the keyboard, as a person would
    for _ in range(len(i18n.LANGUAGES)):
        if page.language.currentText() == name:
            break
        qtbot.keyClick(page.language, Qt.Key.Key_Down)
    assert page.language.currentText() == name
    qtbot.mouseClick(page.language_button, Qt.MouseButton.LeftButton)


def test_choosing_dutch_in_the_settings_shows_balise_in_dutch_at_once(
    qtbot: QtBot, unlocked: AppController, dutch_catalogue: Path
) -> None:
    old = unlocked.main_window
    assert old is not None and navigation(old)[0] == "Accueil"
    choose_language(qtbot, unlocked, "Nederlands")

    qtbot.waitUntil(lambda: unlocked.main_window is not None and unlocked.main_window is not old)
    window = unlocked.main_window
    assert window is not None and window.isVisible()
    names = navigation(window)
    assert names[:4] == ["Startpagina", "Dossiers", "Agenda", "Netwerk"]
    assert "Instellingen" in names
    assert window.current_key == "settings"  # the same page, in Dutch
    assert QLocale().language() == QLocale.Language.Dutch
    assert long_date(date(2026, 12, 1)) == "dinsdag 1 december 2026"
    assert languages.last_language() == "nl"
    assert unlocked.workspace is not None and unlocked.workspace.session.language == "nl"
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy)
    with unlocked.vault.require_db().session() as s:  # type: ignore[union-attr]
        assert s.get(User, unlocked.workspace.session.user_id).language == "nl"  # type: ignore[union-attr]

    # locked: the unlock screen speaks the laptop's last language, and so does the
    # next start of Balise (before anyone is known)
    unlocked.lock()
    unlock_window = unlocked.unlock_window
    assert unlock_window is not None and unlock_window.isVisible()
    assert unlock_window.unlock_button.text() == "&Ontgrendelen"
    unlock_with(qtbot, unlocked, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: unlocked.main_window is not None and unlocked.main_window.isVisible())
    assert navigation(unlocked.main_window)[0] == "Startpagina"  # type: ignore[arg-type]

    app = QApplication.instance()
    assert app is not None
    install_translations(app)  # what run() does at the next start
    assert i18n.screen_language() == "nl"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"  # qtbase_nl

    choose_language(qtbot, unlocked, "Français")  # and back
    qtbot.waitUntil(lambda: navigation(unlocked.main_window)[0] == "Accueil")  # type: ignore[arg-type]
    assert languages.last_language() == "fr"


def test_typing_in_progress_is_kept_through_a_change_of_language(
    qtbot: QtBot, unlocked: AppController, dutch_catalogue: Path
) -> None:
    window = unlocked.main_window
    assert window is not None
    window.new_case()
    dialog = visible_dialog(qtbot, window, IntakeDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.keyClicks(dialog.pseudonym, "Colibri")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.load(unlocked.workspace)  # type: ignore[arg-type]
    page.language.setCurrentIndex(page.language.findData("nl"))
    page.language_button.click()  # the settings are behind the dialog: no mouse

    qtbot.waitUntil(lambda: unlocked.main_window is not window)
    new = unlocked.main_window
    assert new is not None
    qtbot.waitUntil(new.drafts_bar.isVisible)
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy)
    with unlocked.vault.require_db().session() as s:  # type: ignore[union-attr]
        drafts = list_drafts(s, unlocked.workspace.session)  # type: ignore[union-attr]
    assert [d.form_key for d in drafts] == ["intake:new"]
    new.drafts_bar.resume_button.click()
    restored = visible_dialog(qtbot, new, IntakeDialog)
    qtbot.waitUntil(lambda: restored.pseudonym.text() == "Colibri")
    restored.hide()
    restored.deleteLater()
