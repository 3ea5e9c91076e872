"""An hour of use in one process, compressed: the GUI must not die under load.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every Qt
call returning nothing, and the process aborted ("none_dealloc") after a few
thousand calls — while filling a long follow-up table or refilling the
dashboard. This drives the real widgets through the same paths many times in
one process; with that PySide6 it aborts, with a fixed one it passes.
"""

from __future__ import annotations

import sys
from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app import clock
from app.core.followups import FollowUpInput, add_followup
from app.core.vocabulary import FollowUpKind
from app.ui.controller import AppController
from tests.ui.case_support import idle, make_case, open_case, window_of

CASES = 50
FOLLOWUPS = 1_000
DASHBOARD_REFILLS = 20


def add_history(controller: AppController, case_id, count: int) -> None:
    """``count`` follow-ups written through the core service, in one transaction."""
    assert controller.vault is not None and controller.workspace is not None
    start = clock.now_minute() - timedelta(days=count)
    with controller.vault.require_db().session() as s, s.begin():
        for i in range(count):
            add_followup(
                s,
                controller.workspace.session,
                case_id,
                FollowUpInput(
                    start + timedelta(days=i),
                    FollowUpKind.PHONE,
                    f"Appel numéro {i}.",
                    confirmed_before_opening=True,
                ),
            )


def test_opening_cases_long_tables_and_the_dashboard_many_times_keeps_the_app_alive(
    qtbot: QtBot, unlocked: AppController
) -> None:
    window = window_of(unlocked)
    cases = [make_case(unlocked, first_name=f"Personne{i}") for i in range(CASES)]
    long_case = cases[0]
    add_history(unlocked, long_case, FOLLOWUPS)
    none_refs = sys.getrefcount(None)

    for case_id in cases:
        page = open_case(qtbot, unlocked, case_id)
        idle(qtbot, unlocked)
    page = open_case(qtbot, unlocked, long_case)
    idle(qtbot, unlocked)
    page.show_section(page.sections.index(page.followups))
    table, older = page.followups.table, page.followups.older_button
    while table.rowCount() < FOLLOWUPS:  # the timeline shows a page, then older ones on demand
        shown = table.rowCount()
        qtbot.mouseClick(older, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda shown=shown: table.rowCount() > shown)
    assert table.rowCount() == FOLLOWUPS

    home = window.pages["home"]
    for _ in range(DASHBOARD_REFILLS):
        window.show_page("cases")
        idle(qtbot, unlocked)
        window.show_page("home")
        qtbot.waitUntil(lambda: home.open_cases.value.text() == str(CASES))
        idle(qtbot, unlocked)
        page = open_case(qtbot, unlocked, long_case)
        idle(qtbot, unlocked)

    assert window.isVisible()
    # Python < 3.12 counts references to None. PySide6 6.12.0 dropped one per
    # void call (about 36 000 here, out of some 70 000 the process holds): the
    # abort comes once they run out. A sound binding keeps the count level.
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > none_refs - 5_000
