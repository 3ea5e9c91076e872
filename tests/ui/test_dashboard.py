"""Accueil: today's appointments, high-risk cases without contact, my open cases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.vocabulary import RiskLevel
from app.ui.cases.filters import ME
from app.ui.main_window import MainWindow
from app.ui.pages.home import HomePage
from tests.ui.workspace_support import Bench, bench, idle, shown

#: the application clock stands still for the module, in the morning: an appointment
#: "tonight at 23:30" is still to come whatever the hour the suite runs at
TODAY = date(2026, 11, 25)
pytestmark = pytest.mark.clock(datetime.combine(TODAY, time(9, 0)))

__all__ = ["bench", "shown"]

Show = Callable[[QWidget], QWidget]


def open_home(qtbot: QtBot, bench: Bench, shown: Show) -> HomePage:
    page = HomePage()
    shown(page)
    page.load(bench.workspace)
    idle(qtbot, bench.workspace)
    return page


def test_an_empty_vault_says_so_in_plain_french(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    page = open_home(qtbot, bench, shown)
    assert page.title.text() == "Bonjour Marie Dupont"
    assert page.today.list.texts() == ["Aucun rendez-vous aujourd'hui."]
    assert page.watch.list.entries() == [] and page.mine.list.entries() == []
    assert page.open_cases.value.text() == "0"


def test_high_risk_case_without_contact_is_to_watch_and_todays_appointment_is_today(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    opened = TODAY - timedelta(days=40)
    risky = bench.add_case(first_name="Nadia", last_name="Renard", opened_on=opened)
    bench.set_risk(risky.id, RiskLevel.HIGH)
    calm = bench.add_case(pseudonym="Colibri", opened_on=opened)
    bench.set_risk(calm.id, RiskLevel.LOW)
    bench.add_appointment(calm.id, datetime.combine(TODAY, time(23, 30)))
    bench.add_appointment(calm.id, datetime.combine(TODAY + timedelta(days=1), time(9)))

    page = open_home(qtbot, bench, shown)
    (watched,) = page.watch.list.entries()
    assert watched.case_id == risky.id
    assert "Nadia Renard" in page.watch.list.texts()[0]
    assert "aucun contact" in page.watch.list.texts()[0]
    (today,) = page.today.list.entries()
    assert today.case_id == calm.id and today.at.time() == time(23, 30)
    assert page.today.list.texts()[0].startswith("23:30")
    assert {e.case_id for e in page.mine.list.entries()} == {risky.id, calm.id}
    assert page.today.heading.text() == "Aujourd'hui (1)"

    item = page.watch.list.item(0)
    page.watch.list.setCurrentItem(item)
    qtbot.keyClick(page.watch.list, Qt.Key.Key_Return)
    assert bench.opened == [risky.id]


def test_hide_names_reaches_the_dashboard(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    risky = bench.add_case(first_name="Nadia", last_name="Renard")
    bench.set_risk(risky.id, RiskLevel.CRITICAL)
    bench.workspace.hide_names = True
    page = open_home(qtbot, bench, shown)
    texts = " ".join(page.watch.list.texts() + page.mine.list.texts())
    assert "N. R." in texts and "Renard" not in texts


def test_see_all_my_cases_opens_the_case_list_filtered_on_me(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    bench.add_case(pseudonym="Colibri")
    window = MainWindow()
    shown(window)
    window.open_workspace(bench.workspace, "home")
    idle(qtbot, bench.workspace)
    home = window.pages["home"]
    assert isinstance(home, HomePage)
    qtbot.mouseClick(home.all_mine_button, Qt.MouseButton.LeftButton)
    idle(qtbot, bench.workspace)
    assert window.current_key == "cases"
    cases = window.pages["cases"]
    assert cases.filters.worker.currentData() == ME  # type: ignore[attr-defined]
    assert cases.model.rowCount() == 1  # type: ignore[attr-defined]
    window.clear()


def test_clear_leaves_no_name_on_the_dashboard(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    case = bench.add_case(first_name="Nadia", last_name="Renard")
    bench.set_risk(case.id, RiskLevel.HIGH)
    bench.add_appointment(case.id, datetime.combine(TODAY, time(23, 0)))
    page = open_home(qtbot, bench, shown)
    assert page.today.list.entries()
    page.clear()
    assert page.today.list.count() == page.watch.list.count() == page.mine.list.count() == 0
    labels = " ".join(w.text() for w in page.findChildren(QLabel))
    assert "Renard" not in labels and "Marie Dupont" not in labels


def test_a_dashboard_read_that_fails_is_told_in_french_on_the_page(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    page = HomePage()
    shown(page)
    bench.workspace.vault.lock()  # the vault closed under the page: the read fails
    page.load(bench.workspace)
    idle(qtbot, bench.workspace)
    assert page.error.isVisible()
    assert page.error.text() == "Le coffre est verrouillé."
    assert page.open_cases.value.text() == ""  # nothing half-shown
