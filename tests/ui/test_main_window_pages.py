"""The main window builds a page when it is first shown, and opening a case
from the list goes straight to the case (issue #10)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

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
    assert window._case_page is None  # built when a case is first opened
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
