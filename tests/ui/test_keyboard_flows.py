"""The main flows at the keyboard only (WCAG 2.1, 2.1.1): a person who cannot
use a mouse opens a new case, adds a follow-up, writes a letter to a partner
and locks the vault.

Every step is a key press sent where the keyboard is — the widget that has
the focus, or the open drop-down list — as the keyboard itself would; the
test clicks nothing and calls no method of the screens (it only waits for the
vault's answers and reads what is shown). The one thing it does besides keys
is what a desktop's window manager does: give the activation back to the
window below a closed dialog (the offscreen platform has no window manager).
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from app.core.partners import ContactInput, PartnerInput, save_partner
from app.ui.case.followup_dialog import FollowUpDialog
from app.ui.controller import AppController
from app.ui.documents.letter_dialog import LetterDialog
from app.ui.documents.preview import PdfPreviewDialog
from app.ui.intake.dialog import IntakeDialog
from tests.ui.case_support import AYWAILLE, closed, make_case, open_case, window_of
from tests.ui.conftest import type_text

W = TypeVar("W", bound=QWidget)

pytestmark = pytest.mark.clock(datetime(2026, 11, 24, 10, 0))

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


class Keyboard:
    """Keys go where a real keyboard sends them: the open popup, else the focus."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    @property
    def focus(self) -> QWidget:
        self.window_manager()
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def window_manager(self) -> None:
        """The offscreen platform has no window manager: when a drop-down list or
        a dialog closes, nothing gets the activation back, where a desktop gives
        it to the window below (the dialog's parent, or the modal dialog still
        open). Do what the desktop does."""
        window = QApplication.activeWindow()
        if QApplication.activePopupWidget() is not None:
            return
        if window is not None and window.isVisible():
            return
        below = QApplication.activeModalWidget()
        if below is None:
            shown = [
                w
                for w in QApplication.topLevelWidgets()
                if w.isVisible() and w.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
            ]
            below = shown[-1] if len(shown) == 1 else None
        if below is not None:
            below.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is below)

    def press(self, key: Key, modifier: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focus, key, modifier)
            self.qtbot.wait(5)

    def type(self, text: str) -> None:
        type_text(self.qtbot, self.focus, text)

    def tab_to(self, widget: QWidget, limit: int = 40) -> int:
        """Press Tab until ``widget`` has the focus; how many presses it took."""
        for count in range(limit):
            if self.focus is widget or widget.isAncestorOf(self.focus):
                return count
            self.press(Key.Key_Tab)
        raise AssertionError(f"Tab never reaches {widget!r} (stuck on {self.focus!r})")


def active(keys: Keyboard, cls: type[W]) -> W:
    """Wait for a window of ``cls`` to be the active one, holding the focus."""

    def shown() -> bool:
        keys.window_manager()
        window = QApplication.activeWindow()
        return isinstance(window, cls) and QApplication.focusWidget() is not None

    keys.qtbot.waitUntil(shown, timeout=5000)
    window = QApplication.activeWindow()
    assert isinstance(window, cls)
    return window


def idle(qtbot: QtBot, controller: AppController) -> None:
    qtbot.waitUntil(lambda: not controller.tasks.is_busy, timeout=10_000)


def test_intake_follow_up_letter_and_lock_with_the_keyboard_only(
    qtbot: QtBot, unlocked: AppController
) -> None:
    assert unlocked.vault is not None and unlocked.workspace is not None
    with unlocked.vault.require_db().session() as s, s.begin():
        save_partner(
            s,
            unlocked.workspace.session,
            PartnerInput(
                name="CPAS d'Aywaille",
                sector="cpas",
                postcode="4920",
                city="Aywaille",
                commune_codes=[AYWAILLE],
                contacts=[ContactInput("Sophie Lejeune", "Assistante sociale", "04 384 40 20")],
            ),
        )
    window = window_of(unlocked)
    keys = Keyboard(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.isAncestorOf(keys.focus)  # the dashboard has the keyboard

    # -- a new case: Ctrl+N, the fields one after the other, Ctrl+Enter ----------------
    keys.press(Key.Key_N, CTRL)
    intake = active(keys, IntakeDialog)
    qtbot.waitUntil(intake.save_button.isEnabled)  # the catalogues are read
    assert keys.focus is intake.first_name
    keys.type("Hélène")
    keys.press(Key.Key_Tab)
    keys.type("Dufrasne")
    keys.tab_to(intake.commune)
    keys.type("Ayw")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    keys.press(Key.Key_Tab)  # takes the only suggestion
    assert intake.commune.currentText() == "Aywaille (4920)"
    keys.tab_to(intake.violence)
    keys.press(Key.Key_Space)  # ticks the first type
    keys.tab_to(intake.safe.phone)
    keys.type("0472123456")
    keys.press(Key.Key_Tab)
    keys.type("le matin")
    keys.tab_to(intake.safe.message)
    keys.press(Key.Key_2)  # Non
    keys.tab_to(intake.safe.write)
    keys.press(Key.Key_2)  # Non
    keys.tab_to(intake.safe.code_word)
    keys.type("parapluie")
    keys.press(Key.Key_Return, CTRL)

    page = window.case_page
    qtbot.waitUntil(lambda: page.bundle is not None, timeout=10_000)
    qtbot.waitUntil(lambda: closed(intake))
    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: keys.focus.window() is window)
    assert window.stack.currentWidget() is page
    assert page.isAncestorOf(keys.focus)  # the keyboard is in the case, not left behind
    assert page.header.title.text().endswith("Hélène Dufrasne")

    # -- a follow-up: Alt+7 (Suivis), Alt+N (Nouveau suivi…), Ctrl+Enter ---------------
    keys.press(Key.Key_7, ALT)
    assert page.tabs.currentWidget().isAncestorOf(page.followups)
    keys.press(Key.Key_N, ALT)
    followup = active(keys, FollowUpDialog)
    keys.tab_to(followup.place)
    keys.type("bureau")
    keys.tab_to(followup.summary)
    keys.type("Premier entretien : plan de mise en sécurité revu.")
    keys.press(Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: closed(followup))
    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: page.followups.table.rowCount() == 1)
    qtbot.waitUntil(lambda: keys.focus.window() is window)

    # -- a letter: the Documents tab, Alt+O (Nouveau courrier…), preview ---------------
    keys.press(Key.Key_0, ALT)  # Départ, the tenth tab
    keys.press(Key.Key_Tab, CTRL)  # the next tab: Documents
    assert page.tabs.currentWidget().isAncestorOf(page.documents)
    keys.press(Key.Key_O, ALT)  # Nouveau courrier d'&orientation…
    letter = active(keys, LetterDialog)
    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: letter.partners.count() == 1)
    assert keys.focus is letter.search
    keys.type("cpas")
    qtbot.waitUntil(lambda: letter.partner is not None)
    qtbot.waitUntil(lambda: letter.verdict is not None, timeout=5000)
    assert not letter.verdict.allowed  # no consent noted yet: override with a reason
    keys.press(Key.Key_P, ALT)  # &Passer outre l'absence d'accord
    qtbot.waitUntil(letter.override.isChecked)  # a mnemonic clicks as a press would
    qtbot.waitUntil(lambda: keys.focus is letter.override_reason)
    keys.type("Danger immédiat, elle le demande oralement au téléphone.")
    keys.press(Key.Key_A, ALT)  # Aperçu…
    idle(qtbot, unlocked)
    preview = active(keys, PdfPreviewDialog)
    qtbot.waitUntil(lambda: preview.view.page_count >= 1, timeout=10_000)
    keys.press(Key.Key_Escape)  # leave the preview without issuing the letter
    qtbot.waitUntil(lambda: closed(preview))
    assert active(keys, LetterDialog) is letter

    # -- lock: Ctrl+L, from wherever the keyboard is -------------------------------------
    keys.press(Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: unlocked.is_locked)
    assert not window.isVisible()
    assert unlocked.unlock_window is not None and unlocked.unlock_window.isVisible()


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("Nouveau &suivi…" -> "s"), if any."""
    index = text.replace("&&", "\0\0").find("&")
    return text[index + 1].lower() if 0 <= index < len(text) - 1 else None


def mnemonic_clashes(window: QWidget, where: str) -> list[str]:
    """Alt+letter shortcuts shared by two visible buttons or labels: Alt+letter
    then only moves between them instead of pressing the button."""
    seen: dict[str, str] = {}
    clashes = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton | QLabel) and not isinstance(widget, QTabBar):
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue
            letter = _mnemonic(widget.text())
            if letter is None:
                continue
            text = widget.text().replace("&", "")
            if letter in seen:
                clashes.append(f"{where}: Alt+{letter.upper()} « {seen[letter]} » and « {text} »")
            else:
                seen[letter] = text
    return clashes


def test_no_two_buttons_of_a_case_tab_share_their_alt_letter(
    qtbot: QtBot, unlocked: AppController
) -> None:
    window = window_of(unlocked)
    page = open_case(qtbot, unlocked, make_case(unlocked))
    clashes = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        clashes += mnemonic_clashes(window, f"tab {page.tabs.tabText(index)}")
    for key in window.pages:
        window.show_page(key)
        qtbot.wait(50)
        clashes += mnemonic_clashes(window, f"page {key}")
    assert not clashes, "\n".join(clashes)


def test_choosing_another_tab_keeps_the_case_on_screen(
    qtbot: QtBot, unlocked: AppController
) -> None:
    """The focus in a table of one tab, another tab chosen: the case stays (the
    hidden table handed the focus to the navigation, which opened Accueil)."""
    window = window_of(unlocked)
    page = open_case(qtbot, unlocked, make_case(unlocked))
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.mouseClick(page.people.table.viewport(), Qt.MouseButton.LeftButton)
    assert page.people.table.hasFocus()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    assert window.stack.currentWidget() is page
    assert page.tabs.currentIndex() == 2
    assert page.isAncestorOf(QApplication.focusWidget())
