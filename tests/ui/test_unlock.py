"""The unlock screen: passphrase, throttle, recovery code, demo badge."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.core import auth
from app.storage.vault import Vault
from app.ui import messages
from app.ui.controller import AppController
from app.ui.recovery_dialog import RecoveryDialog
from tests.conftest import LOGIN, PASSPHRASE, SERVICE, TEST_KDF
from tests.ui.conftest import type_text, unlock_with

NEW_PASSPHRASE = "tartine orage boussole violon"


def started(make_controller: Callable[..., AppController], folder: Path) -> AppController:
    controller = make_controller(folder)
    controller.start()
    assert controller.unlock_window is not None and controller.unlock_window.isVisible()
    return controller


def test_right_passphrase_opens_the_main_window(unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None and window.isVisible()
    assert window.windowTitle() == f"Balise — {SERVICE.name}"
    assert unlocked.vault is not None and unlocked.vault.is_unlocked
    assert unlocked.unlock_window is not None and not unlocked.unlock_window.isVisible()
    assert "Marie Dupont" in window.user_label.text()
    assert unlocked.unlock_window.passphrase.text() == ""


def test_wrong_passphrase_shows_a_french_error_and_keeps_the_vault_locked(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = started(make_controller, vault_dir)
    window = controller.unlock_window
    assert window is not None
    unlock_with(qtbot, controller, LOGIN, "ce n'est pas la bonne")
    qtbot.waitUntil(lambda: window.error.isVisible())
    assert "phrase de passe incorrect" in window.error.text()
    assert window.passphrase.text() == ""
    assert controller.vault is not None and not controller.vault.is_unlocked
    assert controller.main_window is None


def test_repeated_wrong_passphrases_make_the_user_wait(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = started(make_controller, vault_dir)
    window = controller.unlock_window
    assert window is not None
    unlock_with(qtbot, controller, LOGIN, "mauvaise phrase une")
    qtbot.waitUntil(lambda: window.error.isVisible())
    # After the first failure a one-second delay runs, then the button comes back.
    qtbot.waitUntil(lambda: window.unlock_button.isEnabled(), timeout=3000)
    unlock_with(qtbot, controller, LOGIN, "mauvaise phrase deux")
    qtbot.waitUntil(lambda: window.wait_label.isVisible())
    assert not window.unlock_button.isEnabled()
    assert window.wait_label.text().startswith("Réessayez dans ")
    # Pressing Enter meanwhile does nothing.
    type_text(qtbot, window.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(window.passphrase.edit, Qt.Key.Key_Return)
    assert not controller.tasks.is_busy
    assert not controller.vault.is_unlocked  # type: ignore[union-attr]


def test_a_running_delay_is_shown_when_the_screen_opens(
    vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    throttle = auth.UnlockThrottle(vault_dir)
    throttle.record_failure()
    throttle.record_failure()
    controller = started(make_controller, vault_dir)
    window = controller.unlock_window
    assert window is not None
    assert not window.unlock_button.isEnabled()
    assert window.wait_label.text() in {"Réessayez dans 2 s", "Réessayez dans 1 s"}


def test_a_vault_open_elsewhere_is_refused_with_a_french_message(
    qtbot: QtBot,
    vault_dir: Path,
    make_controller: Callable[..., AppController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "show_error", lambda _parent, text, **_kw: shown.append(text))
    with Vault.open(vault_dir):
        controller = make_controller(vault_dir)
        with qtbot.waitSignal(controller.finished) as signal:
            controller.start()
    assert signal.args == [1]
    assert shown and "déjà ouvert" in shown[0]
    assert controller.unlock_window is None


def test_recovery_code_lets_the_user_choose_a_new_passphrase(
    qtbot: QtBot, tmp_path: Path, make_vault, make_controller: Callable[..., AppController]
) -> None:
    folder = tmp_path / "coffre"
    created = make_vault(folder)
    code = created.recovery_code
    created.vault.close()
    controller = started(make_controller, folder)
    window = controller.unlock_window
    assert window is not None
    qtbot.mouseClick(window.forgot_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RecoveryDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(qtbot, dialog.login, LOGIN)
    type_text(qtbot, dialog.code, code.lower().replace("-", " "))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1)
    type_text(qtbot, dialog.form.passphrase.edit, NEW_PASSPHRASE)
    type_text(qtbot, dialog.form.confirmation.edit, NEW_PASSPHRASE)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    controller.close()
    with Vault.open(folder) as vault:
        assert auth.unlock(vault, LOGIN, NEW_PASSPHRASE, kdf=TEST_KDF).login == LOGIN


def test_wrong_recovery_code_opens_nothing(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = started(make_controller, vault_dir)
    window = controller.unlock_window
    assert window is not None
    qtbot.mouseClick(window.forgot_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(RecoveryDialog)
    assert dialog is not None
    type_text(qtbot, dialog.login, LOGIN)
    type_text(qtbot, dialog.code, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Code de récupération incorrect" in dialog.error.text()
    assert dialog.steps.currentIndex() == 0
    assert not controller.vault.is_unlocked  # type: ignore[union-attr]


def test_demo_vault_is_marked_on_the_unlock_screen_and_in_the_title(
    qtbot: QtBot, tmp_path: Path, make_vault, make_controller: Callable[..., AppController]
) -> None:
    folder = tmp_path / "demo"
    make_vault(folder, demo=True).vault.close()
    controller = started(make_controller, folder)
    window = controller.unlock_window
    assert window is not None
    assert window.demo_badge.isVisible()
    assert window.demo_badge.text() == "DÉMO"
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    assert controller.main_window.windowTitle().endswith(" — DÉMO")  # type: ignore[union-attr]
    assert controller.main_window.demo_badge.isVisible()  # type: ignore[union-attr]


def test_real_vault_shows_no_demo_badge(
    vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = started(make_controller, vault_dir)
    assert controller.unlock_window is not None
    assert not controller.unlock_window.demo_badge.isVisible()


def test_the_main_window_is_prepared_hidden_while_the_passphrase_is_typed(
    qtbot: QtBot,
    vault_dir: Path,
    make_controller: Callable[..., AppController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue #10: built while the person types, the window opens at once after
    the unlock; before any unlock is tried, the heap is frozen once."""
    freezes: list[bool] = []
    monkeypatch.setattr("app.ui.controller.gc.freeze", lambda: freezes.append(True))
    controller = make_controller(vault_dir, freeze_heap=True)
    controller.start()
    qtbot.waitUntil(lambda: controller._prepared is not None, timeout=10_000)
    prepared = controller._prepared
    assert prepared is not None and not prepared.isVisible()
    assert controller.main_window is None  # nothing of the vault is shown
    assert prepared.workspace is None and prepared.pages.built() == []
    assert freezes == [True]
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert controller.main_window is prepared and prepared.isVisible()
    assert "Marie Dupont" in prepared.user_label.text()
    controller.lock()
    assert freezes == [True]  # once: never with what was read from the vault


def test_an_unlock_at_once_waits_for_the_preload_and_the_heap_is_frozen_before_it(
    qtbot: QtBot,
    vault_dir: Path,
    make_controller: Callable[..., AppController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue #10: an unlock asked for before the main window's modules are
    loaded waits for them, the screen busy; the heap is frozen before the
    attempt reads the passphrase (a wrong passphrase's traces must stay
    collectable), and never again after it. The garbage collector, paused while
    the modules load, is on again."""
    freezes: list[bool] = []  # whether an attempt had started at each freeze
    monkeypatch.setattr("app.ui.controller.gc.freeze", lambda: freezes.append(window.submitted))
    monkeypatch.setattr("app.ui.controller.PRELOAD_DELAY_MS", 1500)
    controller = make_controller(vault_dir, freeze_heap=True)
    controller.start()
    window = controller.unlock_window
    assert window is not None
    unlock_with(qtbot, controller, LOGIN, "ce n'est pas la bonne")
    # waiting for the preload (or already trying): nothing can be typed meanwhile
    assert not window.unlock_button.isEnabled() and not window.passphrase.isEnabled()
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    assert window.submitted and freezes == [False]
    assert gc.isenabled()
    qtbot.waitUntil(lambda: window.unlock_button.isEnabled(), timeout=3000)  # throttle
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert controller.main_window.isVisible() and freezes == [False]


def _hold_window_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """The main window is not prepared in idle time, and its build's steps after
    the first wait for the test to run them."""
    monkeypatch.setattr("app.ui.controller.PRELOAD_DELAY_MS", 3_600_000)
    monkeypatch.setattr("app.ui.controller.WINDOW_STEP_MS", 3_600_000)


def test_an_unlock_before_the_window_is_prepared_builds_it_in_steps_behind_a_busy_screen(
    qtbot: QtBot,
    vault_dir: Path,
    make_controller: Callable[..., AppController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue #10: each step holds the window < 50 ms; until the last, the unlock
    screen stays busy and nothing of the main window is shown or clickable."""
    _hold_window_steps(monkeypatch)
    controller = started(make_controller, vault_dir)
    unlock = controller.unlock_window
    assert unlock is not None
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: controller._prepared is not None, timeout=10_000)
    assert controller.vault is not None and controller.vault.is_unlocked
    assert controller._opening is not None and controller.main_window is None
    prepared = controller._prepared
    assert prepared is not None and not prepared.isVisible() and prepared.workspace is None
    assert unlock.isVisible() and not unlock.unlock_button.isEnabled()
    assert not unlock.passphrase.isEnabled() and not unlock.login.isEnabled()
    controller._open_step()  # its home page, laid out hidden and empty
    assert prepared.pages.is_built("home") and not prepared.isVisible()
    assert prepared.pages["home"].open_cases.value.text() == ""  # type: ignore[attr-defined]
    controller._open_step()  # the opening itself
    assert controller.main_window is prepared and prepared.isVisible()
    assert not unlock.isVisible() and controller._opening is None
    qtbot.waitUntil(lambda: prepared.pages["home"].open_cases.value.text() != "")  # type: ignore[attr-defined]
    prepared.show_page("cases")  # usable: the other pages open as usual
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    assert prepared.stack.currentWidget() is prepared.pages["cases"]


def test_locking_while_the_window_is_built_for_an_unlock_leaves_nothing_behind(
    qtbot: QtBot,
    vault_dir: Path,
    make_controller: Callable[..., AppController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _hold_window_steps(monkeypatch)
    controller = started(make_controller, vault_dir)
    unlock = controller.unlock_window
    assert unlock is not None
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: controller._opening is not None, timeout=10_000)
    controller.lock("idle")
    assert controller.vault is not None and not controller.vault.is_unlocked
    assert controller._opening is None and controller.main_window is None
    assert controller.workspace is None
    prepared = controller._prepared  # kept hidden and empty for the next unlock
    assert prepared is None or (not prepared.isVisible() and prepared.workspace is None)
    assert unlock.isVisible() and unlock.passphrase.isEnabled()  # no longer busy
    assert unlock.login.text() == LOGIN and unlock.passphrase.text() == ""
    controller._open_step()  # a step left in the event loop does nothing
    assert controller.main_window is None and not controller.vault.is_unlocked
    monkeypatch.setattr("app.ui.controller.WINDOW_STEP_MS", 5)
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible(),
        timeout=10_000,
    )
    assert prepared is None or controller.main_window is prepared
    assert not unlock.isVisible()


def test_closing_while_the_window_is_built_for_an_unlock_locks_the_vault(
    qtbot: QtBot,
    vault_dir: Path,
    make_controller: Callable[..., AppController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _hold_window_steps(monkeypatch)
    controller = started(make_controller, vault_dir)
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: controller._opening is not None, timeout=10_000)
    vault = controller.vault
    assert vault is not None and vault.is_unlocked
    controller.close()
    assert not vault.is_unlocked
    assert controller._prepared is None and controller.main_window is None
    assert gc.isenabled()
