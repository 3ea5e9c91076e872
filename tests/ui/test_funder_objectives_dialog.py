"""« Objectifs du financeur »: from the Indicateurs page, the coordinator names a
PSSP objective with the keyboard, ticks two indicators, and finds the objective
with those indicators' figures at the head of the page and of the CSV export."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from app.ui.controller import AppController
from app.ui.indicators.objectives import ObjectivesDialog
from tests.ui.case_support import VICTIM_LAST, make_case, window_of
from tests.ui.test_indicators_page import SHOTS, indicators_page

pytestmark = pytest.mark.clock(datetime(2026, 11, 20, 10, 0))
HEADING = "PSSP — OS 1.2 : Accompagner les victimes"


def _tick(qtbot: QtBot, dialog: ObjectivesDialog, code: str) -> None:
    """Tick an indicator as a person does: select its line, press the space bar."""
    lines = dialog.indicators
    row = next(
        i for i in range(lines.count()) if lines.item(i).data(Qt.ItemDataRole.UserRole) == code
    )
    lines.setFocus()
    lines.setCurrentRow(row)
    qtbot.keyClick(lines, Qt.Key.Key_Space)


def test_name_an_objective_attach_two_indicators_and_see_them(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    for day in range(1, 8):
        make_case(unlocked, opened_on=date(2026, 2, day))
    page = indicators_page(qtbot, unlocked)
    assert not page.findChildren(QLabel, "objective")

    qtbot.mouseClick(page.objectives_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.objectives_dialog is not None)
    dialog = page.objectives_dialog
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy)
    room = QApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.list.count() == 0 and dialog.code.hasFocus()

    # the keyboard only: the code has the focus, Tab to the title, the programme by its shortcut
    qtbot.keyClicks(dialog.code, "OS 1.2")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Tab)
    assert dialog.title.hasFocus()
    qtbot.keyClicks(dialog.title, "Accompagner les victimes")
    assert dialog.programme.currentData() == "pssp"
    _tick(qtbot, dialog, "cases.new")
    _tick(qtbot, dialog, "followups_by_kind")
    assert dialog.checked_codes() == ["cases.new", "followups_by_kind"]
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # Enter saves (the default button)
    qtbot.waitUntil(lambda: dialog.list.count() == 1)
    assert dialog.list.item(0).text() == HEADING and not dialog.error.text()

    # a second objective with the same code is refused next to the field
    dialog.new_button.click()
    qtbot.keyClicks(dialog.code, "os 1.2")
    qtbot.keyClicks(dialog.title, "Doublon")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert "porte déjà le code" in dialog.error.text() and dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    assert dialog.code.text() == "OS 1.2"
    assert dialog.checked_codes() == ["cases.new", "followups_by_kind"]
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "funder-objectives-dialog.png"))
    dialog.close_button.click()

    # the page reads the report again: the objective first, with its two indicators
    qtbot.waitUntil(lambda: bool(page.findChildren(QLabel, "objective")))
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy)
    assert [h.text() for h in page.findChildren(QLabel, "objective")] == [HEADING]
    tables = page.findChildren(QTableWidget)
    assert [t.accessibleName() for t in tables[:2]] == [
        "Nouveaux dossiers",
        "Suivis réalisés par type",
    ]
    assert (tables[0].item(0, 1).text(), tables[0].item(0, 2).text()) == ("7", "0")
    qtbot.wait(50)  # the new tables are shown by a queued call
    window_of(unlocked).grab().save(str(SHOTS / "indicators-objectives.png"))

    # and the CSV for the funder opens with it
    target = tmp_path / "indicateurs.csv"
    page.confirm_unencrypted = lambda: True
    page.ask_csv_path = lambda _name: target
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    text = target.read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    ours = [line for line in lines if line[0] == HEADING]
    assert ours[0][:5] == [HEADING, "Nouveaux dossiers", "Nouveaux dossiers", "7", "0"]
    assert any(line[1] == "Suivis réalisés par type" for line in ours)
    assert VICTIM_LAST not in text
