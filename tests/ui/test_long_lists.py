"""Lists that can grow are shown a page at a time, with a way to see more
(issue #10: 4 209 alerts, 1 184 follow-ups and 989 appointments of a week were
filled at once on the GUI thread)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app import clock
from app.core.agenda import AGENDA_PAGE, ALERT_PAGE
from app.core.followups import TIMELINE_PAGE
from app.storage.models import Case, CaseWorker, FollowUp, Person
from app.ui.agenda.page import AgendaPage
from app.ui.main_window import MainWindow
from app.ui.pages.home import HomePage
from tests.ui.workspace_support import Bench, bench, idle, shown

__all__ = ["bench", "shown"]

Show = Callable[[QWidget], QWidget]


def test_the_cases_to_watch_come_a_page_at_a_time(qtbot: QtBot, bench: Bench, shown: Show) -> None:
    alerts = 2 * ALERT_PAGE + 5
    with bench.db.session() as s, s.begin():
        for n in range(alerts):
            case = Case(
                reference=f"2024-{n + 1:04d}",
                status="open",
                opened_on=date(2024, 1, 8),
                risk_level="high" if n % 2 else "critical",
            )
            case.people.append(Person(role="victim", first_name="Ewa", last_name=f"Nowak{n}"))
            s.add(case)
            s.flush()
            s.add(CaseWorker(case_id=case.id, user_id=bench.workspace.session.user_id))
    page = HomePage()
    shown(page)
    page.load(bench.workspace)
    idle(qtbot, bench.workspace)
    assert len(page.watch.list.entries()) == ALERT_PAGE
    assert page.watch.heading.text() == f"À surveiller ({alerts})"
    seen = {e.case_id for e in page.watch.list.entries()}
    for expected in (2 * ALERT_PAGE, alerts):
        assert page.more_alerts_button.isVisible()
        qtbot.mouseClick(page.more_alerts_button, Qt.MouseButton.LeftButton)
        idle(qtbot, bench.workspace)
        entries = page.watch.list.entries()
        assert len(entries) == expected
        seen |= {e.case_id for e in entries}
    assert len(seen) == alerts  # each case once
    assert not page.more_alerts_button.isVisible()
    page.clear()
    assert not page.more_alerts_button.isVisible()


def test_a_long_timeline_shows_the_newest_follow_ups_and_older_ones_on_demand(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    total = 2 * TIMELINE_PAGE + 30
    with bench.db.session() as s, s.begin():
        case = Case(reference="2020-0001", status="open", opened_on=date(2020, 1, 6))
        case.people.append(Person(role="victim", first_name="Ewa", last_name="Nowak"))
        start = datetime(2020, 1, 6, 9)
        for n in range(total):
            case.followups.append(
                FollowUp(
                    occurred_at=start + timedelta(hours=n),
                    kind="phone",
                    summary=f"Appel numéro {n}.",
                    status="done",
                )
            )
        s.add(case)
    window = MainWindow()
    shown(window)
    window.open_workspace(bench.workspace, "home")
    idle(qtbot, bench.workspace)
    window.open_case(case.id)
    qtbot.waitUntil(lambda: window.case_page.bundle is not None)
    idle(qtbot, bench.workspace)
    section = window.case_page.followups  # type: ignore[attr-defined]
    assert section.table.rowCount() == TIMELINE_PAGE
    assert section.timeline[0].summary == f"Appel numéro {total - 1}."  # newest first
    section.table.selectRow(3)
    chosen = section.timeline[3].id
    for expected in (2 * TIMELINE_PAGE, total):
        assert not section.older_button.isHidden()
        section.older_button.click()
        idle(qtbot, bench.workspace)
        assert section.table.rowCount() == expected
    assert section.older_button.isHidden()
    assert [f.summary for f in section.timeline] == [
        f"Appel numéro {n}." for n in reversed(range(total))
    ]
    assert section.timeline[section.table.currentRow()].id == chosen  # selection kept
    window.clear()


def test_the_service_week_comes_a_page_at_a_time_and_every_appointment_is_reached(
    qtbot: QtBot, bench: Bench, shown: Show
) -> None:
    planned, late = 2 * AGENDA_PAGE + 15, AGENDA_PAGE + 3
    today = clock.today()
    monday = today + timedelta(days=7 - today.weekday())  # next week: all still to come
    with bench.db.session() as s, s.begin():
        case = Case(reference="2024-0001", status="open", opened_on=today - timedelta(days=90))
        case.people.append(Person(role="victim", first_name="Ewa", last_name="Nowak"))
        for n in range(planned):  # every day of the week, some at the same time
            at = datetime.combine(monday + timedelta(days=n % 7), time(8, 0))
            case.followups.append(
                FollowUp(
                    occurred_at=at + timedelta(minutes=10 * (n // 14)),
                    kind="interview",
                    status="planned",
                )
            )
        for n in range(late):
            case.followups.append(
                FollowUp(
                    occurred_at=datetime.combine(today - timedelta(days=1 + n), time(10, 0)),
                    kind="phone",
                    status="planned",
                )
            )
        s.add(case)
    page = AgendaPage()
    shown(page)
    page.load(bench.workspace)
    idle(qtbot, bench.workspace)
    qtbot.mouseClick(page.service_button, Qt.MouseButton.LeftButton)
    idle(qtbot, bench.workspace)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    idle(qtbot, bench.workspace)

    def week_entries() -> list:
        return [e for i in range(1, 8) for e in page.tree.group_entries(i)]

    assert page.tree.headings()[0] == f"En retard — à marquer réalisés ou manqués ({late})"
    assert len(page.tree.group_entries(0)) == AGENDA_PAGE
    assert len(week_entries()) == AGENDA_PAGE
    # the days not reached yet say how many are left instead of "Aucun rendez-vous."
    notes = page.tree.more_texts()
    assert notes[0] == "… 3 de plus : « Afficher d'autres retards »"
    assert all("rendez-vous de plus ce jour" in note for note in notes[1:])
    assert sum(int(note.split()[1]) for note in notes[1:]) == planned - AGENDA_PAGE

    for expected in (2 * AGENDA_PAGE, planned):
        assert page.more_button.isVisible()
        qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
        idle(qtbot, bench.workspace)
        assert len(week_entries()) == expected
    assert not page.more_button.isVisible()
    entries = week_entries()
    assert len({e.followup_id for e in entries}) == planned  # each once
    for i in range(1, 8):  # each under its day, in time order
        day = [e.at for e in page.tree.group_entries(i)]
        assert day == sorted(day) and len({at.date() for at in day}) == 1

    qtbot.mouseClick(page.more_overdue_button, Qt.MouseButton.LeftButton)
    idle(qtbot, bench.workspace)
    assert len({e.followup_id for e in page.tree.group_entries(0)}) == late
    assert not page.more_overdue_button.isVisible()
    assert page.tree.more_texts() == []

    # marking one missed keeps every appointment shown, the selection moves on
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(late - 1))
    qtbot.mouseClick(page.missed_button, Qt.MouseButton.LeftButton)
    idle(qtbot, bench.workspace)
    assert len(page.tree.group_entries(0)) == late - 1
    assert len(week_entries()) == planned
    page.clear()
    assert not page.more_button.isVisible() and not page.more_overdue_button.isVisible()
