"""SECURITY.md #12, #13 and #18 over a whole workflow in the application:
no personal data or secret in any log line, failed unlocks delayed and traced,
no network socket opened."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.followups import FollowUpInput, add_followup
from app.core.vocabulary import FollowUpKind
from app.logging_setup import setup_logging
from app.storage.models import AuditEntry
from app.ui import messages
from app.ui.cases.page import CaseListPage
from app.ui.controller import AppController
from tests.conftest import LOGIN, PASSPHRASE
from tests.ui.case_support import make_case, open_case, window_of
from tests.ui.conftest import main_window_shown, type_text, unlock_with

MARKER_FIRST, MARKER_LAST = "Zéphyrine", "Quatremarchés"
WRONG = "mauvaise phrase de passe vraiment"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "journal"
    path = setup_logging(folder, level=logging.DEBUG)
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "balise", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)


def _message_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def _close_message_boxes() -> None:
    for box in _message_boxes():
        box.done(0)


def _lock_and_unlock(qtbot: QtBot, controller: AppController, passphrase: str) -> None:
    controller.lock("test")
    qtbot.waitUntil(
        lambda: controller.unlock_window is not None and controller.unlock_window.isVisible()
    )
    unlock_with(qtbot, controller, LOGIN, passphrase)


def test_a_whole_workflow_leaves_no_name_and_no_passphrase_in_the_log(
    log_file: Path, unlocked: AppController, qtbot: QtBot
) -> None:
    controller = unlocked
    case_id = make_case(controller, first_name=MARKER_FIRST, last_name=MARKER_LAST)
    page = open_case(qtbot, controller, case_id)
    assert MARKER_FIRST in page.header.title.text()
    with controller.vault.require_db().session() as s, s.begin():
        add_followup(
            s,
            controller.workspace.session,
            case_id,
            FollowUpInput(
                datetime.now().replace(microsecond=0), FollowUpKind.PHONE, f"Appel {MARKER_LAST}."
            ),
        )
    # lock, a wrong passphrase, then the right one after the delay
    _lock_and_unlock(qtbot, controller, WRONG)
    window = controller.unlock_window
    qtbot.waitUntil(lambda: window.error.isVisible() or window.wait_label.isVisible())
    qtbot.waitUntil(lambda: window.unlock_button.isEnabled(), timeout=5000)
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: main_window_shown(controller))
    # an unexpected error whose message quotes the person, through the UI hook
    QTimer.singleShot(200, _close_message_boxes)
    try:
        raise ValueError(f"impossible d'afficher {MARKER_FIRST} {MARKER_LAST} ({PASSPHRASE})")
    except ValueError as exc:
        messages.report_unexpected(exc)
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
            )
        )
    )
    controller.tasks.wait_for_done()
    for handler in logging.getLogger().handlers:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")
    assert "Unexpected error" in text and "ValueError" in text  # the error was logged
    assert "Vault locked" in text and "Vault unlocked" in text
    for secret in (MARKER_FIRST, MARKER_LAST, "Zephyrine", PASSPHRASE, WRONG):
        bad = [line for line in text.splitlines() if secret in line]
        assert bad == [], secret


def test_failed_unlocks_wait_longer_survive_a_restart_and_are_traced(
    vault_dir: Path, qtbot: QtBot, make_controller: Callable[..., AppController]
) -> None:
    from app.core import auth

    first = make_controller(vault_dir)
    first.start()
    unlock_with(qtbot, first, LOGIN, WRONG)
    throttle = auth.UnlockThrottle(vault_dir)
    qtbot.waitUntil(lambda: throttle.failures == 1)
    assert 0 < throttle.seconds_to_wait() <= 1
    first.close()
    # three more failures, as if over a long time: the delay doubles, capped at 30 s
    for _ in range(7):
        throttle.record_failure()
    assert auth.UnlockThrottle.delay_after(throttle.failures) == 30
    assert throttle.seconds_to_wait() > 20

    second = make_controller(vault_dir)  # a new start of the application
    second.start()
    window = second.unlock_window
    assert window is not None and not window.unlock_button.isEnabled()
    assert window.wait_label.isVisible() and "Réessayez dans" in window.wait_label.text()
    type_text(qtbot, window.passphrase.edit, PASSPHRASE)
    window.submit()
    assert not second.tasks.is_busy  # nothing tried while the delay runs
    later = auth.UnlockThrottle(vault_dir, clock=lambda: 10**12)
    assert later.seconds_to_wait() == 0
    # once the delay is over the right passphrase opens, and the failures are traced
    user = auth.unlock(second.vault, LOGIN, PASSPHRASE, throttle=later, kdf=second.kdf)
    with second.vault.require_db().session() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(2)))
    assert [(e.action, e.detail) for e in reversed(entries)] == [
        ("unlock_failed", "count=8"),
        ("unlock", None),
    ]
    assert auth.UnlockThrottle(vault_dir).failures == 0
    auth.lock(second.vault, user)


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any internet socket, connection or name lookup fails the test."""
    attempts: list[str] = []
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                attempts.append(f"socket({family})")
                raise NetworkUsed("the application opened a network socket")
            super().__init__(family, *args, **kwargs)

    def refuse(name: str) -> Callable[..., object]:
        def refused(*_args: object, **_kwargs: object) -> object:
            attempts.append(name)
            raise NetworkUsed(f"the application called {name}")

        return refused

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_application_opens_no_network_socket(
    no_network: list[str],
    tmp_path: Path,
    qtbot: QtBot,
    make_vault,
    make_controller: Callable[..., AppController],
) -> None:
    folder = tmp_path / "coffre"
    make_vault(folder).vault.close()  # vault creation
    controller = make_controller(folder)
    controller.start()  # the GUI, offscreen
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: main_window_shown(controller))
    make_case(controller, first_name=MARKER_FIRST, last_name=MARKER_LAST)
    window = window_of(controller)
    window.show_page("cases")
    page = window.pages["cases"]
    assert isinstance(page, CaseListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    type_text(qtbot, page.search, "Zephyrine")
    qtbot.waitUntil(lambda: not controller.tasks.is_busy and page.model.rowCount() == 1)
    controller.lock("test")
    assert no_network == []
