"""F1 opens the user guide inside Balise, at the part about the page in use (issue #14).

The guide is made of translatable strings (app/ui/help/guide.py) shown in a
help window with its contents and a search; these tests press the keys a
person presses and read what the window shows.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app import i18n
from app.ui import languages
from app.ui.case.forms import FormDialog
from app.ui.case.page import CasePage
from app.ui.controller import AppController
from app.ui.help.guide import ANCHORS, CASE_TAB_ANCHORS, UNLOCK_ANCHOR, guide
from app.ui.help.window import HelpWindow
from app.ui.intake.dialog import IntakeDialog
from app.ui.pages import PAGES
from tests.ui.case_support import closed, idle, make_case, open_case, visible_dialog, window_of
from tests.ui.conftest import type_text

TITLES = {section.anchor: section.title for section in guide()}


def help_of(qtbot: QtBot, parent: QWidget) -> HelpWindow:
    """The help window of ``parent``, once it is on screen."""
    found: list[HelpWindow] = []

    def shown() -> bool:
        found[:] = [w for w in parent.findChildren(HelpWindow) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def top_line(window: HelpWindow) -> str:
    """The text at the top of the guide's visible part (where it was scrolled to)."""
    cursor = window.text.cursorForPosition(QPoint(40, 6))
    return cursor.block().text()


def press_f1(qtbot: QtBot, widget: QWidget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    qtbot.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_F1)


def shows_section(window: HelpWindow, anchor: str) -> bool:
    item = window.contents.currentItem()
    return (
        window.current_anchor == anchor
        and item is not None
        and item.text().strip() == TITLES[anchor]
        and top_line(window) == TITLES[anchor]
    )


def test_f1_on_the_dashboard_then_on_the_case_list_opens_their_sections(
    qtbot: QtBot, unlocked: AppController
) -> None:
    window = window_of(unlocked)
    assert window.current_key == "home"
    press_f1(qtbot, window)
    help_window = help_of(qtbot, window)
    qtbot.waitUntil(lambda: shows_section(help_window, "accueil"))
    assert "rendez-vous d'aujourd'hui" in help_window.text.toPlainText()

    # Esc closes it; the dashboard is still there
    qtbot.keyClick(help_window.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not help_window.isVisible())

    window.show_page("cases")
    idle(qtbot, unlocked)
    press_f1(qtbot, window)
    again = help_of(qtbot, window)
    assert again is help_window  # one help window per screen, brought back
    qtbot.waitUntil(lambda: shows_section(again, "dossiers"))
    again.close_button.click()
    qtbot.waitUntil(lambda: not again.isVisible())

    # locking closes it with the other windows of the vault
    press_f1(qtbot, window)
    qtbot.waitUntil(again.isVisible)
    unlocked.lock()
    assert unlocked.unlock_window is not None and unlocked.unlock_window.isVisible()
    assert not again.isVisible()


def test_f1_on_a_case_opens_the_section_of_the_tab_shown(
    qtbot: QtBot, unlocked: AppController
) -> None:
    page = open_case(qtbot, unlocked, make_case(unlocked))
    idle(qtbot, unlocked)
    window = window_of(unlocked)
    press_f1(qtbot, window)
    help_window = help_of(qtbot, window)
    qtbot.waitUntil(lambda: shows_section(help_window, "dossier-resume"))
    help_window.close()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.tabs, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)  # Risque
    qtbot.waitUntil(lambda: page.tabs.currentIndex() == 4)
    press_f1(qtbot, window)
    qtbot.waitUntil(lambda: shows_section(help_window, "dossier-risque"))
    help_window.close()


def test_the_help_button_of_the_toolbar_opens_the_guide(
    qtbot: QtBot, unlocked: AppController
) -> None:
    window = window_of(unlocked)
    window.show_page("agenda")
    idle(qtbot, unlocked)
    button = window.toolbar.widgetForAction(window.help_action)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    help_window = help_of(qtbot, window)
    qtbot.waitUntil(lambda: shows_section(help_window, "agenda"))
    help_window.close()


def test_f1_on_the_unlock_screen_opens_the_unlocking_section(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    unlock = controller.unlock_window
    assert unlock is not None and unlock.isVisible()
    press_f1(qtbot, unlock)
    help_window = help_of(qtbot, unlock)
    qtbot.waitUntil(lambda: shows_section(help_window, UNLOCK_ANCHOR))
    assert "code de récupération" in help_window.text.toPlainText()
    # closed with the unlock screen: nothing of it stays over the main window
    unlock.hide()
    qtbot.waitUntil(lambda: not help_window.isVisible())


def test_every_page_and_case_tab_has_a_section_of_the_guide(qtbot: QtBot) -> None:
    for spec in PAGES:
        assert spec.help_anchor in ANCHORS, f"page {spec.key}: no section {spec.help_anchor!r}"
    page = CasePage()
    qtbot.addWidget(page)
    assert page.help_anchor in ANCHORS
    assert len(CASE_TAB_ANCHORS) == page.tabs.count()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        anchor = page.current_help_anchor()
        assert anchor in ANCHORS
        assert TITLES[anchor] == page.tabs.tabText(index) or index == 10  # Documents et courriers
    assert len(set(ANCHORS)) == len(ANCHORS)


def test_the_guide_has_no_placeholder_left_and_no_developer_words() -> None:
    sections = guide()
    assert len(sections) == len(ANCHORS)
    for section in sections:
        assert section.title and section.blocks, section.anchor
        for text in (section.title, *(block.text for block in section.blocks)):
            assert not re.search(r"[{}]|%\d|%n", text), text
            assert text == text.strip() and "  " not in text, text
            for word in ("SQL", "Python", "widget", "UUID", "traceback", "--vault"):
                assert word not in text, (word, text)


def test_the_help_window_fits_the_laptop_and_tab_moves_between_contents_and_text(
    qtbot: QtBot,
) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.open_at("agenda")
    qtbot.waitExposed(window)
    assert window.width() <= 1366 and window.height() <= 768 - 72
    assert window.minimumSizeHint().height() <= 768 - 72
    assert window.close_button.mapTo(window, window.close_button.rect().bottomRight()).y() <= (
        window.height()
    )
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.contents.setFocus()
    qtbot.keyClick(window.contents, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.text.hasFocus)
    qtbot.keyClick(window.text, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(window.contents.hasFocus)
    # the contents move the text: Down arrow to the next section
    qtbot.keyClick(window.contents, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: shows_section(window, "reseau"))
    window.close()


def test_the_search_finds_a_word_without_its_accents_and_highlights_it(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.open_at("bienvenue")
    qtbot.waitExposed(window)
    window.search.setFocus()
    type_text(qtbot, window.search, "liste d'attente")
    titles = [window.contents.item(row).text().strip() for row in range(window.contents.count())]
    assert titles == [TITLES["hebergement"]]
    assert "1 partie" in window.found.text()
    assert "found" in window.text.toHtml() or "#ffe27a" in window.text.toHtml()
    assert "liste d'attente" in window.text.toPlainText()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # to the parts found
    qtbot.waitUntil(window.contents.hasFocus)
    qtbot.keyClick(window.contents, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)  # and back with Ctrl+F

    window.search.clear()
    type_text(qtbot, window.search, "Helene")  # "Hélène", typed without accents
    assert [window.contents.item(r).text().strip() for r in range(window.contents.count())] == [
        TITLES["dossiers"]
    ]

    window.search.clear()
    type_text(qtbot, window.search, "zzzz")
    assert window.contents.count() == 0
    assert "Rien trouvé" in window.text.toPlainText()

    # opening a section clears the search and shows the whole guide again
    window.open_at("equipe")
    assert window.search.text() == "" and window.contents.count() == len(ANCHORS)
    assert shows_section(window, "equipe")
    window.close()


def test_links_leave_nothing_but_the_guide(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    assert not window.text.openLinks() and not window.text.openExternalLinks()
    window.show_section("journal")
    from PySide6.QtCore import QUrl

    window._link(QUrl("https://example.org/#agenda"))
    assert window.current_anchor == "journal"
    window._link(QUrl("#agenda"))
    assert window.current_anchor == "agenda"


def test_f1_in_a_form_opens_the_part_the_form_is_for(qtbot: QtBot, unlocked: AppController) -> None:
    window = window_of(unlocked)
    # the new-case form (Ctrl+N): its own part
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    intake = visible_dialog(qtbot, window, IntakeDialog)
    press_f1(qtbot, intake)
    help_window = help_of(qtbot, intake)
    qtbot.waitUntil(lambda: shows_section(help_window, "nouveau-dossier"))
    help_window.close()
    intake.reject()
    qtbot.waitUntil(lambda: closed(intake))

    # a form of a case's tab: that tab's part
    page = open_case(qtbot, unlocked, make_case(unlocked))
    idle(qtbot, unlocked)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(page.tabs, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)  # Suivis
    qtbot.waitUntil(lambda: page.tabs.currentIndex() == 6)
    new = next(
        b
        for b in page.followups.findChildren(QPushButton)
        if b.text().replace("&", "") == "Nouveau suivi…"
    )
    new.click()
    form = visible_dialog(qtbot, window, FormDialog)
    press_f1(qtbot, form)
    form_help = help_of(qtbot, form)
    qtbot.waitUntil(lambda: shows_section(form_help, "dossier-suivis"))
    form_help.close()
    form.reject()
    qtbot.waitUntil(lambda: closed(form))


DUTCH = {
    "Bienvenue dans Balise": "Welkom in Balise",
    "&Fermer": "&Sluiten",
    "Aide de Balise": "Hulp bij Balise",
}


def dutch_catalogue(folder: Path) -> None:
    """A Dutch catalogue of a few strings of the guide (the real one may be unfinished)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import translations

    folder.mkdir(parents=True)
    body = "".join(
        f"<message><source>{escape(source)}</source>"
        f"<translation>{escape(text)}</translation></message>\n"
        for source, text in DUTCH.items()
    )
    ts = folder / "balise_nl_BE.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="nl_BE">\n<context><name></name>\n{body}'
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    lrelease = translations.tool("pyside6-lrelease")
    subprocess.run(
        [lrelease, "-silent", str(ts), "-qm", str(folder / "balise_nl_BE.qm")], check=True
    )


def test_the_guide_is_in_the_users_language_and_follows_a_change(
    qtbot: QtBot, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    dutch_catalogue(tmp_path / "catalogues")
    window = HelpWindow()
    qtbot.addWidget(window)
    window.open_at("bienvenue")
    assert window.contents.item(0).text() == "Bienvenue dans Balise"
    languages.use_catalogue_folder(tmp_path / "catalogues")
    try:
        languages.install_language(app, "nl")  # what choosing Nederlands does
        qtbot.waitUntil(lambda: window.contents.item(0).text() == "Welkom in Balise")
        assert window.windowTitle() == "Hulp bij Balise"
        assert window.close_button.text() == "&Sluiten"
        assert "Welkom in Balise" in window.text.toPlainText()
        assert window.current_anchor == "bienvenue"  # still at the same part
        fresh = HelpWindow()  # opened after the change: in Dutch from the start
        qtbot.addWidget(fresh)
        assert fresh.contents.item(0).text() == "Welkom in Balise"
    finally:
        languages.install_language(app, "fr")
        languages.use_catalogue_folder(None)
        i18n.install_backend(None)
        i18n.install_language_backend(None)
    qtbot.waitUntil(lambda: window.contents.item(0).text() == "Bienvenue dans Balise")
    window.close()


def test_f1_in_the_first_start_assistant_opens_the_first_start_part(
    qtbot: QtBot, tmp_path: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller(tmp_path / "coffre")
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    press_f1(qtbot, wizard)
    help_window = help_of(qtbot, wizard)
    qtbot.waitUntil(lambda: shows_section(help_window, "premier-demarrage"))
    assert "code de récupération" in help_window.text.toPlainText()
    wizard.hide()  # as when the vault is made: the guide goes with the assistant
    qtbot.waitUntil(lambda: not help_window.isVisible())
