"""The main window builds a page when it is first shown, the case screen in
idle time after the unlock, and opening a case from the list goes straight to
the case (issue #10)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import app.ui.main_window as main_window_module
from app.ui.main_window import MainWindow
from app.ui.pages import PAGES
from app.ui.pages.home import HomePage
from tests.ui.workspace_support import Bench, bench, idle, shown

__all__ = ["bench", "shown"]

Show = Callable[[QWidget], QWidget]


def test_only_the_first_page_is_built_at_unlock(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    window = MainWindow()
    shown(window)
    window.open_workspace(bench.workspace, "home")
    idle(qtbot, bench.workspace)
    assert [key for key in window.pages if window.pages.is_built(key)] == ["home"]
    window.show_page("agenda")
    idle(qtbot, bench.workspace)
    assert window.pages.is_built("agenda") and window.current_key == "agenda"
    assert window.stack.currentWidget() is window.pages["agenda"]
    # the stack keeps one place per navigation row, built or not
    for row, spec in enumerate(PAGES):
        if window.pages.is_built(spec.key):
            assert window.stack.indexOf(window.pages[spec.key]) == row
    window.clear()


def test_opening_a_case_from_the_list_does_not_reload_the_dashboard(
    qtbot: QtBot, bench: Bench, shown: Show, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = bench.add_case(first_name="Nadia", last_name="Renard")
    window = MainWindow()
    shown(window)
    window.open_workspace(bench.workspace, "home")
    idle(qtbot, bench.workspace)
    loads: list[object] = []
    original = HomePage.load
    monkeypatch.setattr(HomePage, "load", lambda self, ws: (loads.append(ws), original(self, ws)))
    window.show_page("cases")
    idle(qtbot, bench.workspace)
    cases = window.pages["cases"]
    table = cases.table  # type: ignore[attr-defined]
    window.activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    idle(qtbot, bench.workspace)
    assert window.stack.currentWidget() is window.case_page
    assert window.navigation.currentRow() == -1
    assert loads == []  # the dashboard was not read on the way
    assert window.case_page.case_id == case.id  # type: ignore[attr-defined]
    window.go_back()
    idle(qtbot, bench.workspace)
    assert window.current_key == "cases" and loads == []
    window.clear()


def test_the_case_screen_is_built_empty_and_hidden_while_the_window_is_idle(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    bench.add_case(first_name="Nadia", last_name="Renard")
    window = MainWindow()
    shown(window)
    window.open_workspace(bench.workspace, "home")
    assert window._case_page is None  # not at the unlock itself: after, in steps
    qtbot.waitUntil(lambda: window._case_page is not None and not window._prebuild)
    page = window._case_page
    assert page is not None and not page.isVisible()
    assert window.stack.currentWidget() is window.pages["home"]
    assert page.built_section("summary") is not None  # the tab in front, ready
    assert page.case_id is None and page.bundle is None and not page.isEnabled()
    window.clear()


def _prebuild_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    """The idle steps wait for the test to run them (one at a time)."""
    monkeypatch.setattr(main_window_module, "PREBUILD_DELAY_MS", 3_600_000)
    monkeypatch.setattr(main_window_module, "PREBUILD_STEP_MS", 3_600_000)


def test_opening_a_case_while_the_case_screen_is_half_built_shows_it(
    qtbot: QtBot, bench: Bench, shown: Show, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = bench.add_case(first_name="Nadia", last_name="Renard")
    _prebuild_by_hand(monkeypatch)
    window = MainWindow()
    shown(window)
    window.open_workspace(bench.workspace, "home")
    idle(qtbot, bench.workspace)
    window._prebuild_step()  # the screen's shell, without its Résumé yet
    assert window._case_page is not None and window._prebuild
    assert window._case_page.built_section("summary") is None
    window.open_case(case.id)
    idle(qtbot, bench.workspace)
    page = window.case_page
    assert not window._prebuild  # the rest was done at once
    assert window.stack.currentWidget() is page and page.isVisible()
    assert page.bundle is not None and page.bundle.case_id == case.id
    summary = page.built_section("summary")
    assert summary is not None and summary.isVisible()
    assert page.tabs.currentIndex() == 0
    window._prebuild_step()  # a step left in the event loop does nothing
    assert page.bundle.case_id == case.id
    window.clear()


def test_locking_during_the_case_screens_idle_build_leaves_nothing_behind(
    qtbot: QtBot, bench: Bench, shown: Show, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = bench.add_case(first_name="Nadia", last_name="Renard")
    _prebuild_by_hand(monkeypatch)
    window = MainWindow()
    shown(window)
    window.open_workspace(bench.workspace, "home")
    idle(qtbot, bench.workspace)
    window._prebuild_step()
    window.clear()  # what locking does
    window._prebuild_step()  # the next step, run after the lock: abandoned
    assert not window._prebuild
    page = window._case_page
    assert page is not None and page.case_id is None and page.bundle is None
    assert page.built_section("summary") is None  # nothing more was built
    # unlocked again: a case opens as usual
    window.open_workspace(bench.workspace, "cases")
    idle(qtbot, bench.workspace)
    window.open_case(first.id)
    idle(qtbot, bench.workspace)
    assert window.case_page.bundle is not None
    assert window.case_page.bundle.case_id == first.id
    assert window.case_page.built_section("summary") is not None
    window.clear()


def test_opening_a_case_before_the_idle_build_started_makes_one_case_screen(
    qtbot: QtBot, bench: Bench, shown: Show, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.case.page import CasePage

    case = bench.add_case(first_name="Nadia", last_name="Renard")
    _prebuild_by_hand(monkeypatch)
    window = MainWindow()
    shown(window)
    window.open_workspace(bench.workspace, "home")
    idle(qtbot, bench.workspace)
    assert window._case_page is None and window._prebuild  # no step ran yet
    window.open_case(case.id)
    idle(qtbot, bench.workspace)
    screens = [
        window.stack.widget(i)
        for i in range(window.stack.count())
        if isinstance(window.stack.widget(i), CasePage)
    ]
    assert screens == [window.case_page] and not window._prebuild
    assert window.case_page.bundle is not None
    assert window.case_page.bundle.case_id == case.id
    window._prebuild_step()  # the step left in the event loop does nothing
    assert window._case_page is screens[0]
    window.clear()
