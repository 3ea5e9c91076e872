"""A screen reader names every field, button and table (WCAG 2.1, 4.1.2).

The walk is the screen-fit walk (tests/ui/test_screen_fit.py): every page of
the navigation, every tab of a case, and every dialog their "…" buttons open,
plus the new intake form. In each, every visible input, button and table must
have a name: its own accessible name, its text (buttons, check boxes), or a
label whose buddy it is (``QLabel.setBuddy``, a ``QFormLayout`` row), which is
where Qt takes the name a screen reader speaks. And no two fields or buttons of
a dialog share their Alt+letter (Alt+letter would only move between them).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app import clock
from app.core.followups import FollowUpInput, add_followup
from app.core.vocabulary import FollowUpKind
from app.ui.controller import AppController
from tests.ui.case_support import make_case
from tests.ui.test_keyboard_flows import mnemonic_clashes
from tests.ui.test_screen_fit import Walker

#: the kinds of widget a person operates: each needs a name
OPERATED = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
)
#: widgets whose inner parts Qt names itself (the line edit of a spin box, the
#: scroll buttons of a tab bar, the header and corner button of a table)
COMPOSITE = (QComboBox, QAbstractSpinBox, QTabBar, QAbstractItemView, QCalendarWidget, QToolBar)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def labelled_by(widget: QWidget) -> str:
    """The text of the label Qt tells a screen reader names ``widget`` (a
    ``QLabel`` whose buddy it is, next to it; Qt looks no further)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    for other, _relation in interface.relations(QAccessible.RelationFlag.Label):
        text = _plain(other.text(QAccessible.Text.Name))
        if text:
            return text
    return ""


def _inner_part(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QHeaderView)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says ``widget`` is: its accessible name, its text
    (a button, a check box), or the label whose buddy it is."""
    name = widget.accessibleName().strip()
    if not name and isinstance(widget, QAbstractButton):
        name = _plain(widget.text())
    return name or labelled_by(widget)


def unnamed_in(window: QWidget, where: str) -> list[str]:
    """Every visible operated widget of ``window`` that has no name, in words."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, OPERATED) or not widget.isVisibleTo(window):
            continue
        if _inner_part(widget, window) or accessible_name(widget):
            continue
        hint = widget.toolTip() or widget.objectName() or ""
        parent = type(widget.parentWidget()).__name__
        found.append(f"{where}: {type(widget).__name__} in {parent} {hint!r}")
    return found


@dataclass
class NameWalker(Walker):
    """The screen-fit walk, checking names instead of sizes (and that no two
    fields or buttons of a dialog share their Alt+letter)."""

    clashes: list[str] = field(default_factory=list)

    def measure_and_close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                name = f"{type(widget).__name__} « {widget.windowTitle()} »"
                self.seen.append(name)
                self.problems += unnamed_in(widget, name)
                self.clashes += mnemonic_clashes(widget, name)
                if isinstance(widget, QMessageBox):
                    widget.done(0)
                else:
                    widget.reject()
                    if widget.isVisible():
                        widget.done(0)


@pytest.fixture
def name_walker(qtbot: QtBot) -> Iterator[NameWalker]:
    yield NameWalker(qtbot)


def test_every_field_button_and_table_of_every_page_and_dialog_has_a_name(
    qtbot: QtBot, unlocked: AppController, name_walker: NameWalker
) -> None:
    case_id = make_case(unlocked)
    assert unlocked.vault is not None and unlocked.workspace is not None
    with unlocked.vault.require_db().session() as s, s.begin():
        add_followup(
            s,
            unlocked.workspace.session,
            case_id,
            FollowUpInput(
                clock.now_minute() - timedelta(days=2),
                FollowUpKind.INTERVIEW,
                "Entretien au bureau : plan de mise en sécurité revu.",
                confirmed_before_opening=True,
            ),
        )
    walker = name_walker
    walker.walk_main_window(unlocked, case_id, unnamed_in)

    assert len(walker.seen) >= 30, walker.seen
    assert "IntakeDialog" in " ".join(walker.seen)
    problems = sorted(set(walker.problems))
    assert not problems, f"{len(problems)} unnamed:\n" + "\n".join(problems)
    clashes = sorted(set(walker.clashes))
    assert not clashes, "\n".join(clashes)


def test_the_unlock_screen_names_its_fields(
    qtbot: QtBot, vault_dir, make_controller, name_walker: NameWalker
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    screen = controller.unlock_window
    assert screen is not None
    qtbot.waitUntil(screen.isVisible)
    problems = unnamed_in(screen, "unlock screen") + mnemonic_clashes(screen, "unlock screen")
    timer = QTimer()
    timer.timeout.connect(name_walker.measure_and_close_dialogs)
    timer.start(30)
    screen.forgot_button.click()
    qtbot.wait(200)
    timer.stop()
    assert name_walker.seen
    problems += name_walker.clashes
    assert not problems + name_walker.problems, "\n".join(problems + name_walker.problems)


def test_the_first_start_wizard_names_its_fields(qtbot: QtBot, tmp_path, make_controller) -> None:
    controller = make_controller(tmp_path / "nouveau-coffre")
    controller.start()
    wizard = controller.wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible)
    problems = []
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, OPERATED) or _inner_part(widget, page):
                continue
            if widget.isHidden() or accessible_name(widget):
                continue
            problems.append(f"wizard page {page_id}: {type(widget).__name__} {widget.toolTip()!r}")
    assert not problems, "\n".join(problems)
