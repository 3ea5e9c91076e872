"""Agenda: day and week views, overdue appointments, marking done or missed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.core.auth import UserSession
from app.core.followups import case_timeline
from app.core.vocabulary import FollowUpKind, FollowUpStatus, Role
from app.storage.models import User
from app.ui.agenda.entries import long_date
from app.ui.agenda.page import AgendaPage
from tests.ui.workspace_support import Bench, bench, idle, shown

__all__ = ["bench", "shown"]

Show = Callable[[QWidget], QWidget]
#: the application clock stands still for the whole module (a run across midnight,
#: or on any later day, sees the same "today")
TODAY = date(2026, 11, 25)
pytestmark = pytest.mark.clock(datetime.combine(TODAY, time(9, 0)))
TOMORROW = TODAY + timedelta(days=1)
YESTERDAY = TODAY - timedelta(days=1)


def open_agenda(qtbot: QtBot, bench: Bench, shown: Show) -> AgendaPage:
    page = AgendaPage()
    shown(page)
    page.load(bench.workspace)
    idle(qtbot, bench.workspace)
    return page


def reload(qtbot: QtBot, page: AgendaPage) -> None:
    assert page.workspace is not None
    idle(qtbot, page.workspace)


def test_dates_are_written_in_belgian_french() -> None:
    assert long_date(date(2026, 11, 23)) == "lundi 23 novembre 2026"


def test_tomorrows_appointment_shows_in_the_week_and_in_tomorrows_day(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    case = bench.add_case(first_name="Hélène", last_name="Vandenbroucke")
    bench.add_appointment(case.id, datetime.combine(TOMORROW, time(10, 30)), FollowUpKind.PHONE)
    page = open_agenda(qtbot, bench, shown)

    page.show_day(TOMORROW, week=True)
    reload(qtbot, page)
    entries = page.tree.all_entries()
    assert [(e.case_id, e.at.time(), e.subtitle) for e in entries] == [
        (case.id, time(10, 30), "Appel téléphonique")
    ]
    assert "Semaine du" in page.period.text()
    assert len(page.tree.headings()) == 7

    page.show_day(TOMORROW, week=False)
    reload(qtbot, page)
    assert page.period.text() == long_date(TOMORROW)
    assert page.tree.headings() == [long_date(TOMORROW)]
    (entry,) = page.tree.group_entries(0)
    assert entry.title == "Hélène Vandenbroucke" and entry.reference == case.reference
    assert entry.detail == "Bureau de Remouchamps"

    page.show_day(TODAY, week=False)
    reload(qtbot, page)
    assert page.tree.all_entries() == []
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    reload(qtbot, page)
    assert page.day == TOMORROW and len(page.tree.all_entries()) == 1


def test_overdue_appointment_is_listed_first_and_marking_it_done_removes_it(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    case = bench.add_case(pseudonym="Colibri", opened_on=YESTERDAY - timedelta(days=3))
    followup = bench.add_appointment(case.id, datetime.combine(YESTERDAY, time(9, 0)))
    page = open_agenda(qtbot, bench, shown)
    assert page.tree.headings()[0].startswith("En retard")
    (late,) = page.tree.group_entries(0)
    assert late.followup_id == followup and late.title == "Colibri"
    assert not page.done_button.isEnabled()

    page.tree.select_entry(followup)
    assert page.done_button.isEnabled() and page.missed_button.isEnabled()
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    dialog = page.done_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Résumez ce qui s'est passé."  # a summary is required
    qtbot.keyClicks(dialog.summary, "Entretien au bureau, plainte envisagee.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, bench.workspace)
    qtbot.waitUntil(lambda: not any(h.startswith("En retard") for h in page.tree.headings()))

    with bench.db.session() as s:
        (done,) = case_timeline(s, bench.workspace.session, case.id)
    assert done.status is FollowUpStatus.DONE
    assert done.summary == "Entretien au bureau, plainte envisagee."


def test_missed_button_marks_the_appointment_missed(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    case = bench.add_case(pseudonym="Colibri", opened_on=YESTERDAY)
    followup = bench.add_appointment(case.id, datetime.combine(YESTERDAY, time(14, 0)))
    page = open_agenda(qtbot, bench, shown)
    assert page.tree.select_entry(followup)
    qtbot.mouseClick(page.missed_button, Qt.MouseButton.LeftButton)
    idle(qtbot, bench.workspace)
    assert page.tree.all_entries() == []
    with bench.db.session() as s:
        assert case_timeline(s, bench.workspace.session, case.id)[0].status is FollowUpStatus.MISSED


def test_enter_opens_the_case_of_the_selected_appointment(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    case = bench.add_case(pseudonym="Colibri")
    followup = bench.add_appointment(case.id, datetime.combine(TOMORROW, time(11, 0)))
    page = open_agenda(qtbot, bench, shown)
    page.show_day(TOMORROW, week=False)
    reload(qtbot, page)
    page.tree.select_entry(followup)
    assert not page.done_button.isEnabled()  # tomorrow: not yet
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert bench.opened == [case.id]


def test_coordinator_can_see_the_whole_service(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    with bench.db.session() as s, s.begin():
        other = User(login="a.lambert", full_name="Anne Lambert", role=Role.SOCIAL_WORKER.value)
        s.add(other)
        s.flush()
        other_id = other.id
    theirs = bench.add_case(pseudonym="Mésange", worker_ids=[other_id])
    mine = bench.add_case(pseudonym="Colibri")
    colleague = UserSession(
        other_id, "a.lambert", "Anne Lambert", Role.SOCIAL_WORKER, "Service", False
    )
    bench.add_appointment(mine.id, datetime.combine(TOMORROW, time(9, 0)))
    own = bench.workspace.session
    bench.workspace.session = colleague
    bench.add_appointment(theirs.id, datetime.combine(TOMORROW, time(10, 0)))
    bench.workspace.session = own

    page = open_agenda(qtbot, bench, shown)
    page.show_day(TOMORROW, week=False)
    reload(qtbot, page)
    assert not page.scope_widget.isHidden()
    assert [e.case_id for e in page.tree.all_entries()] == [mine.id]
    page.service_button.setChecked(True)
    reload(qtbot, page)
    assert [e.case_id for e in page.tree.all_entries()] == [mine.id, theirs.id]


def test_clear_empties_the_agenda(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    case = bench.add_case(first_name="Hélène", last_name="Vandenbroucke")
    bench.add_appointment(case.id, datetime.combine(TODAY, time(23, 0)))
    page = open_agenda(qtbot, bench, shown)
    page.day_button.setChecked(True)
    reload(qtbot, page)
    assert page.tree.all_entries()
    page.clear()
    assert page.tree.topLevelItemCount() == 0
    assert all("Hélène" not in w.text() for w in page.findChildren(QLabel))


def test_a_summary_being_typed_at_lock_time_is_kept_as_a_draft(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    case = bench.add_case(pseudonym="Colibri", opened_on=YESTERDAY)
    followup = bench.add_appointment(case.id, datetime.combine(YESTERDAY, time(9, 0)))
    page = open_agenda(qtbot, bench, shown)
    page.tree.select_entry(followup)
    page.done_button.click()
    dialog = page.done_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.summary, "Rendez-vous tenu")
    dialog.stash_draft()  # what MainWindow.stash_drafts does before locking
    dialog.done(0)  # MainWindow.clear rejects open dialogs
    assert dialog.summary.toPlainText() == ""

    page.done_button.click()
    again = page.done_dialog
    qtbot.waitUntil(lambda: again.summary.toPlainText() == "Rendez-vous tenu")
    again.reject()
