"""Locking: Ctrl+L, the button, idle time, minimising; everything is emptied."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.vocabulary import Role
from app.storage.models import User
from app.ui.controller import AppController
from app.ui.pages import PAGES, LockablePage
from app.ui.passphrase_dialog import ChangePassphraseDialog
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.ui.conftest import unlock_with

OTHER_LOGIN = "j.lambert"
OTHER_PASSPHRASE = "citron bicyclette montagne piano"


def press_ctrl_l(qtbot: QtBot, controller: AppController) -> None:
    window = controller.main_window
    assert window is not None
    qtbot.keyClick(window.navigation, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_l_locks_disposes_the_engine_and_empties_the_pages(
    qtbot: QtBot, unlocked: AppController
) -> None:
    vault = unlocked.vault
    assert vault is not None
    db = vault.db
    assert db is not None
    window = unlocked.main_window
    assert window is not None
    home = window.pages["home"]
    assert home.service.text() and home.open_cases.value.text() == "0"

    press_ctrl_l(qtbot, unlocked)

    assert unlocked.is_locked
    assert not vault.is_unlocked
    assert not db.is_open  # key wiped
    assert db.engine.pool.checkedout() == 0
    assert not window.isVisible()
    assert window.windowTitle() == "Balise"
    assert home.service.text() == ""
    assert home.user.text() == ""
    assert home.open_cases.value.text() == ""
    assert window.user_label.text() == ""
    unlock_window = unlocked.unlock_window
    assert unlock_window is not None and unlock_window.isVisible()
    assert unlock_window.login.text() == LOGIN  # same person: only the passphrase to type
    assert unlock_window.passphrase.text() == ""


def test_every_registered_page_can_be_emptied(unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    assert [spec.key for spec in PAGES] == list(window.pages)
    assert all(isinstance(page, LockablePage) for page in window.pages.values())


def test_lock_button_tooltip_names_the_shortcut(unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    assert "Ctrl+L" in window.lock_action.toolTip()
    window.lock_action.trigger()
    assert unlocked.is_locked


def test_unlocking_again_returns_to_the_same_page(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    window.show_page("settings")
    settings = window.pages["settings"]
    assert settings.isEnabled()
    press_ctrl_l(qtbot, unlocked)
    assert not settings.isEnabled()
    assert settings.recovery_group.isHidden()
    unlock_with(qtbot, unlocked, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: window.isVisible())
    assert window.current_key == "settings"
    assert window.stack.currentWidget() is settings
    assert settings.isEnabled()


def add_social_worker(unlocked: AppController) -> None:
    vault = unlocked.vault
    assert vault is not None
    slot = vault.set_user_passphrase(OTHER_LOGIN, OTHER_PASSPHRASE, kdf=TEST_KDF)
    with vault.require_db().session() as session, session.begin():
        session.add(
            User(
                login=OTHER_LOGIN,
                full_name="Julie Lambert",
                role=Role.SOCIAL_WORKER.value,
                slot_id=slot,
            )
        )


def test_another_user_starts_at_home(qtbot: QtBot, unlocked: AppController) -> None:
    add_social_worker(unlocked)
    window = unlocked.main_window
    assert window is not None
    window.show_page("settings")
    press_ctrl_l(qtbot, unlocked)
    unlock_with(qtbot, unlocked, OTHER_LOGIN, OTHER_PASSPHRASE)
    qtbot.waitUntil(lambda: window.isVisible())
    assert window.current_key == "home"
    assert "Julie Lambert" in window.user_label.text()
    window.show_page("settings")
    assert window.pages["settings"].recovery_group.isHidden()  # coordinator only


def test_lock_closes_open_dialogs(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    window.show_page("settings")
    qtbot.mouseClick(window.pages["settings"].change_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ChangePassphraseDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.current.edit, "secret en cours")
    # Ctrl+L works even from inside the modal dialog.
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.current.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.is_locked


def test_idle_time_locks_the_vault(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller(vault_dir, idle_timeout_ms=200)
    controller.start()
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    qtbot.waitUntil(lambda: controller.is_locked, timeout=3000)
    assert not controller.vault.is_unlocked  # type: ignore[union-attr]
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()


def test_typing_keeps_the_vault_unlocked(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller(vault_dir, idle_timeout_ms=1000)
    controller.start()
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    window = controller.main_window
    assert window is not None
    # A key that changes nothing on screen, so no page load competes with the timer on a
    # busy machine: 10 x 200 ms = twice the idle delay.
    for _ in range(10):
        qtbot.keyClick(window.navigation, Qt.Key.Key_Shift)
        qtbot.wait(200)
    assert not controller.is_locked
    qtbot.waitUntil(lambda: controller.is_locked, timeout=3000)


def test_minimising_locks_when_the_setting_is_on(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    workspace = unlocked.workspace
    assert window is not None and workspace is not None
    workspace.settings.lock_on_minimise = True
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.waitUntil(lambda: unlocked.is_locked)
    unlock_with(qtbot, unlocked, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: window.isVisible())
    assert not window.isMinimized()


def test_minimising_does_not_lock_by_default(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    window.setWindowState(Qt.WindowState.WindowMinimized)
    qtbot.wait(50)
    assert not unlocked.is_locked


def test_closing_releases_the_vault(qtbot: QtBot, unlocked: AppController) -> None:
    vault = unlocked.vault
    window = unlocked.main_window
    assert vault is not None and window is not None
    with qtbot.waitSignal(unlocked.finished):
        window.close()
    assert not vault.is_unlocked
    assert not vault._lock.is_held
