"""The « Hébergement » and « Activités » pages, driven like a person would:
record a unit and a stay (the counting rule on screen, the stay counted, no
address anywhere on the page), then a recurring workshop (« le premier
mercredi du mois ») and the anonymous attendance of one session."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget
from pytestqt.qtbot import QtBot

from app.core.activities import activity_detail
from app.core.housing import housing_overview
from app.core.indicator_periods import Period
from app.ui.activities.dialogs import ActivityDialog, AttendanceDialog
from app.ui.activities.page import ActivitiesPage
from app.ui.controller import AppController
from app.ui.housing.dialogs import StayDialog, UnitDialog
from app.ui.housing.page import HousingPage
from tests.ui.case_support import closed, make_case, visible_dialog, window_of
from tests.ui.conftest import type_text

pytestmark = pytest.mark.clock(datetime(2026, 11, 20, 10, 0))
SHOTS = Path(__file__).resolve().parents[2] / "screenshots"
ADDRESS = "Impasse des Mésanges 9"


def _texts(widget) -> str:
    parts = [w.text() for w in widget.findChildren(QLabel)]
    for table in widget.findChildren(QTableWidget):
        for i in range(table.rowCount()):
            for j in range(table.columnCount()):
                item = table.item(i, j)
                parts.append(item.text() if item else "")
    return "\n".join(parts)


def _reference(controller: AppController, case_id) -> str:
    from app.storage.models import Case

    with controller.vault.require_db().session() as s:
        return s.get(Case, case_id).reference


def test_record_a_unit_and_a_stay(qtbot: QtBot, unlocked: AppController) -> None:
    case_id = make_case(unlocked)
    reference = _reference(unlocked, case_id)
    window = window_of(unlocked)
    window.show_page("housing")
    page = window.pages["housing"]
    assert isinstance(page, HousingPage)
    qtbot.waitUntil(lambda: page.overview is not None)
    assert "le jour de sortie non" in page.rule.text()

    # a unit, typed
    qtbot.mouseClick(page.new_unit_button, Qt.MouseButton.LeftButton)
    unit_form = visible_dialog(qtbot, window, UnitDialog)
    assert ADDRESS not in unit_form.windowTitle()
    type_text(qtbot, unit_form.name, "Appartement A")
    unit_form.capacity.setValue(4)
    unit_form.available_from.setText("01/01/2026")
    unit_form.address.setPlainText(ADDRESS)
    qtbot.keyClick(unit_form, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: closed(unit_form))
    qtbot.waitUntil(lambda: page.units.rowCount() == 1)

    # a stay: the case found by its number, its victim ticked by default
    qtbot.mouseClick(page.new_stay_button, Qt.MouseButton.LeftButton)
    stay_form = visible_dialog(qtbot, window, StayDialog)
    type_text(qtbot, stay_form.finder.reference, reference)
    qtbot.keyClick(stay_form.finder.reference, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stay_form.people.count() == 1)
    assert stay_form.people.codes()
    stay_form.entry_on.setText("01/10/2026")
    stay_form.planned_exit_on.setText("31/10/2026")
    qtbot.mouseClick(stay_form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(stay_form))
    qtbot.waitUntil(lambda: page.stays.rowCount() == 1)
    qtbot.waitUntil(lambda: page.overdue.isVisible())  # planned exit passed, no exit noted
    shown = _texts(page)
    assert reference in shown and "51" in shown  # 1 October to tonight
    assert "sortie prévue dépassée" in shown
    assert ADDRESS not in shown and ADDRESS not in window.windowTitle()
    with unlocked.vault.require_db().session() as s:
        overview = housing_overview(s, unlocked.workspace.session, Period.year(2026))
        assert overview.stays[0].case_id == case_id

    # its exit: « Noter la sortie… » fills today
    page.stays.selectRow(0)
    qtbot.mouseClick(page.exit_button, Qt.MouseButton.LeftButton)
    exit_form = visible_dialog(qtbot, window, StayDialog)
    qtbot.waitUntil(lambda: exit_form.people.count() == 1)
    assert exit_form.exit_on.text() == "20/11/2026"
    exit_form.destination.set_code("social_housing")
    qtbot.mouseClick(exit_form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(exit_form))
    qtbot.waitUntil(lambda: not page.overdue.isVisible())
    SHOTS.mkdir(exist_ok=True)
    qtbot.wait(50)
    window.grab().save(str(SHOTS / "housing-page.png"))


def test_a_recurring_workshop_with_attendance(qtbot: QtBot, unlocked: AppController) -> None:
    window = window_of(unlocked)
    window.show_page("activities")
    page = window.pages["activities"]
    assert isinstance(page, ActivitiesPage)
    qtbot.waitUntil(lambda: page.workspace is not None and not unlocked.tasks.is_busy)

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = visible_dialog(qtbot, window, ActivityDialog)
    form.kind.set_code("children_workshop")
    type_text(qtbot, form.title_edit, "La cabane")
    form.recurrence.set_code("monthly_nth")
    form.starts_on.setText("01/01/2026")
    form.ends_on.setText("31/12/2026")
    form.weekday.set_code("2")
    form.nth.set_code("1")
    form.ends_on.editingFinished.emit()
    assert "Le premier mercredi du mois : 12 séance(s)" in form.preview.text()
    assert form.weekday.isVisible() and not form.interval.isVisible()
    SHOTS.mkdir(exist_ok=True)
    form.grab().save(str(SHOTS / "activity-form.png"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(form))
    qtbot.waitUntil(lambda: page.activities.rowCount() == 1)
    qtbot.waitUntil(lambda: page.occurrences.rowCount() == 12)
    assert page.activities.item(0, 3).text() == "le premier mercredi du mois"
    # the last session held is chosen: 4 November 2026
    assert page.occurrences.item(page.occurrences.currentRow(), 0).text() == "04/11/2026"

    qtbot.mouseClick(page.attendance_button, Qt.MouseButton.LeftButton)
    sheet = visible_dialog(qtbot, window, AttendanceDialog)
    girls = sheet.boxes[("child", "6_11", "female", "")]
    boys = sheet.boxes[("child", "6_11", "male", "")]
    girls.setFocus()
    girls.lineEdit().selectAll()
    qtbot.keyClicks(girls.lineEdit(), "4")
    boys.setValue(3)
    sheet.boxes[("adult", "", "female", "")].setValue(5)
    assert "12" in sheet.total.text()
    sheet.grab().save(str(SHOTS / "attendance-form.png"))
    qtbot.keyClick(sheet, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: closed(sheet))
    qtbot.waitUntil(lambda: page.activities.item(0, 5).text() == "12")
    with unlocked.vault.require_db().session() as s:
        detail = activity_detail(s, unlocked.workspace.session, page.detail.id)
        held = next(o for o in detail.occurrences if o.held_on == date(2026, 11, 4))
        assert held.participants == 12
    qtbot.wait(50)
    QApplication.processEvents()
    window.grab().save(str(SHOTS / "activities-page.png"))


def test_a_stay_typed_when_the_vault_locks_comes_back_without_the_address(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from tests.conftest import LOGIN, PASSPHRASE
    from tests.ui.conftest import unlock_with

    window = window_of(unlocked)
    window.show_page("housing")
    page = window.pages["housing"]
    qtbot.waitUntil(lambda: page.overview is not None)
    qtbot.mouseClick(page.new_unit_button, Qt.MouseButton.LeftButton)
    unit_form = visible_dialog(qtbot, window, UnitDialog)
    type_text(qtbot, unit_form.name, "Studio B")
    unit_form.address.setPlainText(ADDRESS)
    unlocked.lock()  # in the middle of typing
    unlock_with(qtbot, unlocked, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: not unlocked.is_locked and window.isVisible())
    qtbot.waitUntil(lambda: window.drafts_bar.isVisible())
    with unlocked.vault.require_db().session() as s:
        from app.storage.models import Draft

        (draft,) = s.query(Draft).all()
        assert "Studio B" in draft.payload and ADDRESS not in draft.payload  # a secret stays out
    window.drafts_bar.resume_button.click()
    again = visible_dialog(qtbot, window, UnitDialog)
    assert again.name.text() == "Studio B" and again.address.toPlainText() == ""
    again.done(0)
