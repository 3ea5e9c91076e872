"""The background helper: work off the GUI thread, callbacks on it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.errors import ValidationError
from app.ui.tasks import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def test_work_runs_off_the_gui_thread_and_calls_back_on_it(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["done"] = threading.get_ident()
        seen["result"] = result

    runner.run(work, done)
    assert runner.is_busy
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["work"] != gui
    assert seen["done"] == gui
    assert seen["result"] == 42
    assert not runner.is_busy


def test_errors_reach_on_error(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ValidationError("Indiquez le nom du service.")

    runner.run(work, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValidationError)


def test_forgotten_jobs_call_nothing_back(qtbot: QtBot, runner: TaskRunner) -> None:
    called: list[object] = []
    runner.run(lambda: 1, called.append)
    runner.forget_pending()
    runner.wait_for_done()
    qtbot.waitUntil(lambda: not runner.is_busy)
    assert called == []


def test_callbacks_of_a_deleted_owner_are_skipped(qtbot: QtBot, runner: TaskRunner) -> None:
    owner = QLabel()
    called: list[object] = []
    gate = threading.Event()
    runner.run(lambda: gate.wait(5), called.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(10)  # processes the deferred delete
    gate.set()
    qtbot.waitUntil(lambda: not runner.is_busy)
    assert called == []


def test_jobs_held_until_a_screen_is_drawn_start_once_it_is(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    """Issue #10: a screen just shown is drawn before the worker reads for it;
    waiting for the worker (locking) releases a hold at once."""
    ran: list[str] = []
    label = QLabel("Dossier")
    qtbot.addWidget(label)
    runner.hold_until_drawn(label)
    runner.run(lambda: ran.append("first"))
    runner.wait_for_done()  # the GUI thread waits: no turn of the event loop needed
    assert ran == ["first"]
    label.show()  # drawn: the held job starts
    runner.hold_until_drawn(label)
    done = threading.Event()
    runner.run(done.set, lambda _result: ran.append("delivered"))
    qtbot.waitUntil(lambda: ran == ["first", "delivered"])
    assert done.is_set()
