"""A risk level is never said by colour alone (WCAG 2.1, 1.4.1 and 1.1.1).

Wherever Balise colours a line or a badge by risk — the dashboard, the agenda,
the case list, the case header and the risk tab — the level is also written,
or the coloured marker has a tooltip and a text a screen reader says.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app import clock
from app.core.followups import FollowUpInput, add_followup
from app.core.risk import ScreeningInput, record_screening
from app.core.vocabulary import FollowUpKind, FollowUpStatus, RiskLevel
from app.ui.agenda.entries import ENTRY_ROLE
from app.ui.case.format import NEUTRAL, RISK_COLOURS
from app.ui.cases.model import COL_RISK, RISK_TEXT_COLOURS
from app.ui.controller import AppController
from tests.ui.case_support import make_case, open_case, window_of
from tests.ui.test_theme import contrast

pytestmark = pytest.mark.clock(datetime(2026, 11, 24, 9, 0))


def _set_risk(controller: AppController, case_id, level: RiskLevel) -> None:
    assert controller.vault is not None and controller.workspace is not None
    with controller.vault.require_db().session() as s, s.begin():
        record_screening(
            s,
            controller.workspace.session,
            case_id,
            ScreeningInput(answers={}, raised_level=level, raise_reason="Menaces répétées"),
        )
        add_followup(
            s,
            controller.workspace.session,
            case_id,
            FollowUpInput(
                occurred_at=datetime.combine(clock.today(), time(15, 0)),
                kind=FollowUpKind.INTERVIEW,
                place="Bureau",
                status=FollowUpStatus.PLANNED,
                confirmed_before_opening=True,
            ),
        )


def test_every_coloured_risk_also_says_its_level_in_words(
    qtbot: QtBot, unlocked: AppController
) -> None:
    window = window_of(unlocked)
    case_id = make_case(unlocked, opened_on=clock.today() - timedelta(days=40))
    _set_risk(unlocked, case_id, RiskLevel.CRITICAL)
    spoken_level = RiskLevel.CRITICAL.label.lower()  # "critique"

    # the dashboard: today's appointment of a critical case carries a red marker
    window.show_page("home")
    home = window.pages["home"]
    home.load(unlocked.workspace)
    qtbot.waitUntil(lambda: bool(home.today.list.entries()) and bool(home.watch.list.entries()))
    for section in (home.today, home.watch, home.mine):
        for row in range(section.list.count()):
            item = section.list.item(row)
            if item.data(ENTRY_ROLE) is None:
                continue
            assert spoken_level in item.toolTip().lower(), section.title
            said = item.data(Qt.ItemDataRole.AccessibleTextRole) or item.text()
            assert spoken_level in said.lower(), (section.title, said)

    # the agenda: the marker of the line has a tooltip and a text for a screen reader
    window.show_page("agenda")
    agenda = window.pages["agenda"]
    qtbot.waitUntil(lambda: agenda.tree.topLevelItemCount() > 0)
    lines = []
    for top in range(agenda.tree.topLevelItemCount()):
        heading = agenda.tree.topLevelItem(top)
        lines += [heading.child(i) for i in range(heading.childCount())]
    marked = [line for line in lines if not line.icon(1).isNull() and line.data(0, ENTRY_ROLE)]
    assert marked, "the critical case's appointment is in the agenda"
    for line in marked:
        assert spoken_level in line.toolTip(1).lower()
        assert spoken_level in line.data(1, Qt.ItemDataRole.AccessibleTextRole).lower()

    # the case list: the risk column writes the level next to its marker
    window.show_page("cases")
    cases = window.pages["cases"]
    qtbot.waitUntil(lambda: cases.model.rowCount() == 1)
    index = cases.model.index(0, COL_RISK)
    assert cases.model.data(index, Qt.ItemDataRole.DisplayRole) == RiskLevel.CRITICAL.label
    assert spoken_level in cases.model.data(index, Qt.ItemDataRole.ToolTipRole).lower()

    # the case header and the risk tab: the badge's text and its spoken name
    page = open_case(qtbot, unlocked, case_id)
    for badge in (page.header.risk, page.risk.current):
        assert spoken_level in badge.text().lower()
        assert spoken_level in badge.accessibleName().lower()
        assert "↑" not in badge.accessibleName()


def test_the_risk_colours_keep_their_text_readable() -> None:
    """The badges (case header, risk tab) and the coloured risk text of the
    lists read at 4.5:1 at least, on their own background or on a white row."""
    pairs = [(fg, bg) for bg, fg in [*RISK_COLOURS.values(), NEUTRAL]]
    pairs += [(fg, "#ffffff") for fg in RISK_TEXT_COLOURS.values()]
    pairs += [(fg, "#f7f7f7") for fg in RISK_TEXT_COLOURS.values()]  # alternate rows
    weak = [(fg, bg) for fg, bg in pairs if contrast(QColor(fg), QColor(bg)) < 4.5]
    assert not weak
