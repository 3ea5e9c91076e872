"""Helpers for the case-screen UI tests: a case in the unlocked vault, dialogs, message boxes."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.cases import IntakeInput, SafeContact, create_case
from app.core.vocabulary import YesNoUnknown
from app.ui.case.page import CasePage
from app.ui.controller import AppController
from app.ui.main_window import MainWindow

AYWAILLE = "62009"
VICTIM_FIRST, VICTIM_LAST = "Hélène", "Dufrasne"

W = TypeVar("W", bound=QWidget)


def window_of(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def make_case(controller: AppController, **changes: object) -> uuid.UUID:
    """A case with a named victim, written through the core service."""
    assert controller.vault is not None and controller.workspace is not None
    controller.tasks.wait_for_done()
    intake = IntakeInput(
        first_name=VICTIM_FIRST,
        last_name=VICTIM_LAST,
        commune_code=AYWAILLE,
        violence_codes=["physical"],
        safe_contact=SafeContact(
            phone="0472 12 34 56",
            times="le matin",
            may_leave_message=YesNoUnknown.NO,
            may_write=YesNoUnknown.NO,
            code_word="parapluie",
        ),
    )
    for name, value in changes.items():
        setattr(intake, name, value)
    with controller.vault.require_db().session() as session, session.begin():
        ref = create_case(session, controller.workspace.session, intake)
    return ref.id


def open_case(qtbot: QtBot, controller: AppController, case_id: uuid.UUID) -> CasePage:
    window = window_of(controller)
    window.open_case(case_id)
    page = window.case_page
    qtbot.waitUntil(lambda: page.bundle is not None and page.bundle.case_id == case_id)
    return page


def visible_dialog(qtbot: QtBot, parent: QWidget, cls: type[W]) -> W:
    found: list[W] = []

    def shown() -> bool:
        found[:] = [d for d in parent.findChildren(cls) if d.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    dialog = found[-1]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def closed(dialog: QWidget) -> bool:
    """Closed dialogs delete themselves: gone, or at least hidden."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def idle(qtbot: QtBot, controller: AppController) -> None:
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)


def answer_next_box(button_text: str, seen: list[str] | None = None) -> None:
    """Click ``button_text`` in the next message box (shown with exec())."""

    def click() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        boxes = [b for b in boxes if b.isVisible()]
        if not boxes:
            QTimer.singleShot(10, click)
            return
        box = boxes[-1]
        if seen is not None:
            seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


def texts_of(root: QWidget) -> Callable[[], list[str]]:
    """Every text a label, line edit or text edit under ``root`` holds."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTableWidget, QTextEdit

    def collect() -> list[str]:
        out: list[str] = []
        out += [w.text() for w in root.findChildren(QLabel)]
        out += [w.text() for w in root.findChildren(QLineEdit)]
        out += [w.toPlainText() for w in root.findChildren(QPlainTextEdit)]
        out += [w.toPlainText() for w in root.findChildren(QTextEdit)]
        for table in root.findChildren(QTableWidget):
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    item = table.item(r, c)
                    if item is not None:
                        out.append(item.text())
        return out

    return collect
