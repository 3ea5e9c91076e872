"""Every window, page and dialog fits the laptop a service has: 1366 x 768.

The UI tests run on a 1366 x 768 offscreen screen (tests/laptop_screen.json).
A window must leave room for a task bar (40 px) and its own title bar (32 px):
696 px of height. Long content scrolls inside; buttons stay on screen.

The walk is generic: every page of the navigation, every tab of a case with
content, and every button whose text ends with "…" (the house convention
for "opens a dialog") is clicked; whatever window opens is measured, then
closed. It is walked in French and again in German (the longest words of the
four languages), with the shipped catalogue.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import clock, i18n
from app.core.accounts import set_language
from app.core.auth import load_user_session
from app.core.followups import FollowUpInput, add_followup
from app.core.transaction import write
from app.core.vocabulary import FollowUpKind
from app.storage.vault import Vault
from app.ui import languages
from app.ui.controller import AppController
from app.ui.widgets import TASK_BAR_HEIGHT, TITLE_BAR_HEIGHT
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.ui.case_support import make_case, open_case, window_of

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
ROOM = SCREEN_HEIGHT - TASK_BAR_HEIGHT - TITLE_BAR_HEIGHT
#: buttons that would leave the application (files, printers) rather than open a form
SKIPPED = ("Importer", "Exporter", "Enregistrer une copie", "Imprimer", "Choisir")


@cache
def _german_sources() -> dict[str, str]:
    """German text → its French source, from the shipped catalogue."""
    path = Path(__file__).resolve().parents[2] / "resources/translations/balise_de_BE.ts"
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        text = message.findtext("translation") or ""
        if text:
            found[text] = message.findtext("source") or ""
    return found


def skipped(text: str) -> bool:
    """A button that leaves the application (a file, a printer), in any language."""
    french = _german_sources().get(text, text) if languages.installed_language() == "de" else text
    return any(word in french for word in SKIPPED)


def problems_of(window: QWidget, name: str) -> list[str]:
    """What does not fit on the laptop screen, in words."""
    found = []
    if window.width() > SCREEN_WIDTH or window.height() > ROOM:
        found.append(f"{name}: {window.width()} x {window.height()} (room {SCREEN_WIDTH} x {ROOM})")
    least = window.minimumSizeHint()
    if least.height() > ROOM or least.width() > SCREEN_WIDTH:
        found.append(f"{name}: cannot be smaller than {least.width()} x {least.height()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or _scrolls(button, window):
            continue
        corner = button.mapTo(window, button.rect().bottomRight())
        if corner.y() > window.height() or corner.x() > window.width():
            found.append(f"{name}: button « {button.text()} » is off the window")
    return found


def _scrolls(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area: reached by scrolling, not cut off."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@dataclass
class Walker:
    qtbot: QtBot
    seen: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def measure_and_close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                name = f"{type(widget).__name__} « {widget.windowTitle()} »"
                self.seen.append(name)
                self.problems += problems_of(widget, name)
                if isinstance(widget, QMessageBox):
                    widget.done(0)
                else:
                    widget.reject()
                    if widget.isVisible():  # asked whether to leave a changed form
                        widget.done(0)

    def walk_main_window(
        self,
        controller: AppController,
        case_id: uuid.UUID,
        check: Callable[[QWidget, str], list[str]],
    ) -> None:
        """Every page, every tab of the case ``case_id``, their "…" dialogs and the
        new-case form: ``check`` the main window at each stop."""
        window = window_of(controller)
        for key in window.pages:
            window.show_page(key)
            self.qtbot.wait(100)
            self.problems += check(window, f"main window, page {key}")
            self.click_dialog_buttons(window.pages[key])

        page = open_case(self.qtbot, controller, case_id)
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            self.qtbot.wait(50)
            self.problems += check(window, f"case screen, tab {page.tabs.tabText(index)}")
            self.click_dialog_buttons(page.tabs.widget(index))

        timer = QTimer()
        timer.timeout.connect(self.measure_and_close_dialogs)
        timer.start(30)
        window.new_case()  # the toolbar's "Nouveau dossier" (Ctrl+N)
        self.qtbot.wait(200)
        timer.stop()

    def click_dialog_buttons(self, area: QWidget) -> None:
        buttons = [
            b
            for b in area.findChildren(QPushButton)
            if b.text().endswith("…") and not skipped(b.text())
        ]
        for button in buttons:
            if not (shiboken6.isValid(button) and button.isVisible() and button.isEnabled()):
                continue
            # a dialog shown with exec() blocks the click: measure it from a timer
            timer = QTimer()
            timer.setInterval(30)
            timer.timeout.connect(self.measure_and_close_dialogs)
            timer.start()
            button.click()
            self.qtbot.wait(150)
            timer.stop()
            self.measure_and_close_dialogs()


@pytest.fixture
def walker(qtbot: QtBot) -> Iterator[Walker]:
    yield Walker(qtbot)


@pytest.fixture(params=["fr", "de"])
def speaking(request: pytest.FixtureRequest, vault_dir: Path) -> Iterator[str]:
    """The coordinator of ``vault_dir`` speaks French, or German (set before the unlock)."""
    language = request.param
    if language != "fr":
        with Vault.open(vault_dir) as vault:
            vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
            actor = load_user_session(vault, LOGIN)
            write(vault, lambda tx: set_language(tx, actor, language))
    yield language
    app = QApplication.instance()
    assert app is not None
    languages.install_language(app, "fr")
    i18n.install_backend(None)
    i18n.install_language_backend(None)


def test_the_main_window_pages_and_every_dialog_fit_a_1366_by_768_screen(
    qtbot: QtBot, speaking: str, unlocked: AppController, walker: Walker
) -> None:
    assert languages.installed_language() == speaking
    window = window_of(unlocked)
    assert window.screen().geometry().height() == SCREEN_HEIGHT  # the laptop screen is set up
    case_id = make_case(unlocked)
    assert unlocked.vault is not None and unlocked.workspace is not None
    with unlocked.vault.require_db().session() as s, s.begin():
        for days in range(1, 30):
            add_followup(
                s,
                unlocked.workspace.session,
                case_id,
                FollowUpInput(
                    clock.now_minute() - timedelta(days=days),
                    FollowUpKind.INTERVIEW,
                    "Entretien au bureau : situation et plan de mise en sécurité revus. " * 3,
                    confirmed_before_opening=True,
                ),
            )

    walker.walk_main_window(unlocked, case_id, problems_of)

    assert len(walker.seen) >= 30, walker.seen  # the walk did open the forms
    assert "IntakeDialog" in " ".join(walker.seen)
    assert not walker.problems, "\n".join(walker.problems)


def test_the_unlock_screen_and_the_recovery_dialog_fit(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController], walker: Walker
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    screen = controller.unlock_window
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    walker.problems += problems_of(screen, "unlock screen")
    timer = QTimer()
    timer.timeout.connect(walker.measure_and_close_dialogs)
    timer.start(30)
    screen.forgot_button.click()
    qtbot.wait(200)
    timer.stop()
    assert any("Recovery" in name for name in walker.seen), walker.seen
    assert not walker.problems, "\n".join(walker.problems)


def test_every_page_of_the_first_start_wizard_fits(
    qtbot: QtBot, tmp_path: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller(tmp_path / "nouveau-coffre")
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    problems = []
    for page_id in wizard.pageIds():
        problems += problems_of(wizard, f"wizard at page {page_id}")
        least = wizard.page(page_id).minimumSizeHint()
        if least.height() > ROOM:
            problems.append(f"wizard page {page_id} needs {least.height()} px")
    assert not problems, "\n".join(problems)
