"""UI fixtures: controllers over real vaults, always closed after the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.ui.controller import AppController
from app.ui.theme import apply_theme
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF


@pytest.fixture(autouse=True, scope="session")
def _balise_theme(qapp: QApplication) -> None:
    """The screens are tested as people see them: Balise's style, palette and
    minimum font size (app.ui.theme), as ``run()`` applies them."""
    apply_theme(qapp)


@pytest.fixture(autouse=True)
def _no_window_left_open(qtbot: QtBot) -> Iterator[None]:
    """Every test must leave no visible window behind (controllers are closed)."""
    yield
    qtbot.wait(1)
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
    assert not left, f"windows left open: {left}"


@pytest.fixture
def make_controller(qtbot: QtBot) -> Iterator[Callable[..., AppController]]:
    """Factory: an AppController for a folder (weak test KDF), closed afterwards."""
    made: list[AppController] = []

    def factory(folder: Path, **kwargs: object) -> AppController:
        controller = AppController(folder, kdf=TEST_KDF, **kwargs)  # type: ignore[arg-type]
        made.append(controller)
        return controller

    yield factory
    for controller in made:
        controller.close()
        controller.tasks.wait_for_done()
        controller.deleteLater()
    qtbot.wait(1)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key; QTest.keyClicks only knows ASCII, so accented
    letters are sent as key events carrying their text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def main_window_shown(controller: AppController) -> bool:
    return controller.main_window is not None and controller.main_window.isVisible()


def unlock_with(qtbot: QtBot, controller: AppController, login: str, passphrase: str) -> None:
    """Type login and passphrase like a person and press Enter."""
    window = controller.unlock_window
    assert window is not None and window.isVisible()
    window.login.clear()
    type_text(qtbot, window.login, login)
    window.passphrase.clear()
    type_text(qtbot, window.passphrase.edit, passphrase)
    qtbot.keyClick(window.passphrase.edit, Qt.Key.Key_Return)


@pytest.fixture
def unlocked(
    vault_dir: Path, qtbot: QtBot, make_controller: Callable[..., AppController]
) -> AppController:
    """A controller for ``vault_dir`` unlocked by the coordinator, main window shown."""
    controller = make_controller(vault_dir)
    controller.start()
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    return controller
