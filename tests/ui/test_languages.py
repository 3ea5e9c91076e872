"""Choosing one's language (issue 14): in the settings, at once, without losing typing;
the unlock screen and the next start show the laptop's last language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard
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
from tests.ui.conftest import type_text, unlock_with
from tests.ui.test_wizard import GOOD_PASSPHRASE, click_next, fill_until_passphrase

DUTCH = {
    "Accueil": "Startpagina",
    "Dossiers": "Dossiers",
    "Réseau": "Netwerk",
    "Paramètres": "Instellingen",
    "&Déverrouiller": "&Ontgrendelen",
    "Ma langue": "Mijn taal",
}
GERMAN = {
    "Bienvenue dans Balise": "Willkommen bei Balise",
    "Accueil": "Startseite",
    "Réseau": "Netzwerk",
}


@pytest.fixture
def dutch_catalogue(tmp_path: Path) -> Iterator[Path]:
    """A Dutch catalogue of a few strings (the real one may be unfinished); French
    is installed again afterwards."""
    folder = tmp_path / "catalogues"
    compile_catalogue(folder, "balise_nl_BE", "nl_BE", DUTCH)
    compile_catalogue(folder, "balise_de_BE", "de_BE", GERMAN)
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


def test_the_language_chosen_in_the_first_run_wizard_is_the_coordinators(
    qtbot: QtBot,
    tmp_path: Path,
    make_controller: Callable[..., AppController],
    dutch_catalogue: Path,
) -> None:
    controller = make_controller(tmp_path / "coffre")
    controller.start()
    first = controller.wizard
    assert first is not None and first.welcome_page.title() == "Bienvenue dans Balise"
    combo = first.welcome_page.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Français → Nederlands → Deutsch

    wizard = controller.wizard
    assert wizard is not None and wizard is not first and wizard.isVisible()
    assert wizard.welcome_page.title() == "Willkommen bei Balise"  # shown again, in German
    assert wizard.language() == "de" and languages.last_language() == "de"
    fill_until_passphrase(qtbot, wizard)
    form = wizard.passphrase_page.form
    type_text(qtbot, form.passphrase.edit, GOOD_PASSPHRASE)
    type_text(qtbot, form.confirmation.edit, GOOD_PASSPHRASE)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    wizard.recovery_page.view.confirm.click()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    window = controller.main_window
    assert window is not None and window.isVisible()
    assert navigation(window)[0] == "Startseite"
    assert controller.workspace is not None and controller.workspace.session.language == "de"
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    with controller.vault.require_db().session() as s:  # type: ignore[union-attr]
        assert s.get(User, controller.workspace.session.user_id).language == "de"  # type: ignore[union-attr]


def test_the_coordinator_writes_the_orientation_letter_in_dutch_beside_the_french(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from app.core.templates import DocumentKind, load_template

    window = unlocked.main_window
    assert window is not None
    window.show_page("settings")
    editor = window.pages["settings"].templates_box  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "{personne}" in editor.body.toPlainText())
    editor.language.setCurrentIndex(editor.language.findData("nl"))
    qtbot.waitUntil(lambda: "Pas de texte en Nederlands" in editor.note.text())
    assert "Notre service accompagne" in editor.body.toPlainText()  # the French stands in
    editor.subject.setText("Verzoek tot doorverwijzing")
    editor.body.setPlainText("Geachte,\n\nWij begeleiden {personne}.\n\n{informations}")
    editor.save_button.click()
    qtbot.waitUntil(lambda: "enregistré" in editor.note.text())
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy)
    with unlocked.vault.require_db().session() as s:  # type: ignore[union-attr]
        dutch = load_template(s, DocumentKind.ORIENTATION, "nl")
        french = load_template(s, DocumentKind.ORIENTATION)
    assert (dutch.language, dutch.subject) == ("nl", "Verzoek tot doorverwijzing")
    assert french.subject == "Demande d'orientation"  # untouched
    # the documents handed to the person have one text, in French
    editor.kind.setCurrentIndex(editor.kind.findData(DocumentKind.ATTESTATION.value))
    assert not editor.language.isEnabled() and editor.current_language() == "fr"


@pytest.mark.clock(date(2026, 12, 1))
def test_the_letter_dialog_and_its_preview_say_the_letter_is_in_the_partners_language(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from app.core.partners import get_partner, save_partner
    from tests.integration.letters_support import make_letter_case, pdf_text
    from tests.ui.test_letters_ui import _Files, choose, documents_tab, open_letter, preview_dialog

    files = _Files(unlocked)
    lc = make_letter_case(files)  # type: ignore[arg-type]
    with files.session() as s, s.begin():
        data = get_partner(s, files.actor, lc.cpas).to_input()
        data.language = "nl"
        save_partner(s, files.actor, data, lc.cpas)
    dialog = open_letter(qtbot, unlocked, documents_tab(qtbot, unlocked, lc))
    choose(qtbot, unlocked, dialog, "cpas aywa")
    qtbot.waitUntil(lambda: "français" in dialog.language_label.text())
    assert dialog.language_label.text().startswith(
        "Courrier rédigé en Nederlands (langue du partenaire)."
    )
    # no Dutch text in the templates yet: said before the preview
    assert "pas encore de texte en Nederlands" in dialog.language_label.text()
    dialog.set_ticked({"identity"})
    dialog.preview_button.click()
    preview = preview_dialog(qtbot, unlocked)
    assert "Courrier rédigé en Nederlands" in preview.note.text()
    assert "1 december 2026" in pdf_text(preview.pdf)
    preview.close_button.click()
    dialog.reject()


def test_a_partner_gets_the_language_of_its_letters_in_its_form(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from app.core.partners import PartnerFilter, get_partner, search_partners
    from app.ui.partners.form import PartnerDialog

    window = unlocked.main_window
    assert window is not None
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy)
    dialog = page.new_partner()  # type: ignore[attr-defined]
    assert isinstance(dialog, PartnerDialog)
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.name, "Frauenhaus Eupen")
    dialog.sector.setCurrentIndex(dialog.sector.findData("shelter"))
    assert dialog.language.currentText() == "Français"  # the default
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_D)  # "Deutsch", typed as a person would
    assert dialog.language.currentData() == "de"
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy)
    actor = unlocked.workspace.session  # type: ignore[union-attr]
    with unlocked.vault.require_db().session() as s:  # type: ignore[union-attr]
        row = next(p for p in search_partners(s, actor, PartnerFilter()) if "Eupen" in p.name)
        assert get_partner(s, actor, row.id).language == "de"
    qtbot.waitUntil(lambda: "Deutsch" in page.details.text.text())  # type: ignore[attr-defined]


def test_each_user_sees_balise_in_their_own_language_on_the_same_laptop(
    qtbot: QtBot,
    vault_dir: Path,
    make_controller: Callable[..., AppController],
    dutch_catalogue: Path,
) -> None:
    from app.core import accounts, auth
    from app.core.accounts import AccountInput
    from app.core.vocabulary import Role
    from app.storage.vault import Vault
    from tests.conftest import TEST_KDF

    worker_passphrase = "tilleul vélo horizon marmite"
    with Vault.open(vault_dir) as vault:
        coordinator = auth.unlock(vault, LOGIN, PASSPHRASE, kdf=TEST_KDF)
        issued = accounts.create_account(
            vault,
            coordinator,
            AccountInput("j.peeters", "Jan Peeters", Role.SOCIAL_WORKER),
            kdf=TEST_KDF,
        )
        auth.lock(vault, coordinator)
        vault.unlock("j.peeters", issued.code, kdf=TEST_KDF)
        worker = accounts.choose_passphrase(vault, "j.peeters", worker_passphrase, kdf=TEST_KDF)
        with vault.require_db().session() as s, s.begin():
            accounts.set_language(s, worker, "nl")
        auth.lock(vault, worker)

    controller = make_controller(vault_dir)
    controller.start()
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    assert navigation(controller.main_window)[0] == "Accueil"  # type: ignore[arg-type]

    controller.lock()
    unlock_with(qtbot, controller, "j.peeters", worker_passphrase)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    assert navigation(controller.main_window)[0] == "Startpagina"  # type: ignore[arg-type]
    assert languages.last_language() == "nl"

    controller.lock()
    assert controller.unlock_window is not None
    assert controller.unlock_window.unlock_button.text() == "&Ontgrendelen"  # the last one
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    assert navigation(controller.main_window)[0] == "Accueil"  # type: ignore[arg-type]
    assert languages.last_language() == "fr"
