"""The case screen: each section read and written through the real widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import clock
from app.core.validation import format_niss, make_niss
from app.ui.case import followup_dialog
from app.ui.case.consent_dialog import ConsentDialog, WithdrawDialog
from app.ui.case.followup_dialog import FollowUpDialog
from app.ui.case.page import CasePage
from app.ui.case.person_dialog import PersonDialog
from app.ui.case.screening_dialog import ScreeningDialog
from app.ui.case.status_dialog import StatusDialog
from app.ui.controller import AppController
from tests.ui.case_support import (
    VICTIM_FIRST,
    VICTIM_LAST,
    closed,
    make_case,
    open_case,
    texts_of,
    visible_dialog,
    window_of,
)
from tests.ui.conftest import type_text


@pytest.fixture
def page(qtbot: QtBot, unlocked: AppController) -> CasePage:
    return open_case(qtbot, unlocked, make_case(unlocked))


def reloaded(qtbot: QtBot, page: CasePage, dialog: object) -> None:
    """The dialog saved and closed, and the case was read again."""
    before = page.bundle
    qtbot.waitUntil(lambda: closed(dialog) and page.bundle is not before)  # type: ignore[arg-type]


def test_header_and_banner_show_the_case_before_anything_else(page: CasePage) -> None:
    bundle = page.bundle
    assert bundle is not None
    assert page.header.title.text() == f"{bundle.detail.reference} — {VICTIM_FIRST} {VICTIM_LAST}"
    assert page.header.status.text() == "Ouvert"
    assert page.header.risk.text() == "Risque non évalué"
    banner = page.banner.text.text()
    for expected in ("0472 12 34 56", "le matin", "Message : <b>non", "parapluie"):
        assert expected in banner
    assert VICTIM_LAST not in page.window().windowTitle()


def test_hide_names_mode_shows_initials(qtbot: QtBot, unlocked: AppController) -> None:
    page = open_case(qtbot, unlocked, make_case(unlocked))
    window = window_of(unlocked)
    window.hide_names_action.trigger()
    assert page.header.title.text().endswith("— H. D.")
    assert page.people.table.item(0, 0).text() == "H. D."
    window.hide_names_action.trigger()
    assert page.header.title.text().endswith(f"— {VICTIM_FIRST} {VICTIM_LAST}")


def test_screening_previews_the_level_and_a_raise_needs_a_reason(
    qtbot: QtBot, page: CasePage
) -> None:
    page.show_section(4)
    page.risk.new_button.click()
    dialog = visible_dialog(qtbot, page.window(), ScreeningDialog)
    assert "Faible" in dialog.level.text()
    strangulation = dialog.answers["strangulation"]
    strangulation.setFocus()
    qtbot.keyClick(strangulation, Qt.Key.Key_1)  # Oui, then on to the next question
    assert "Élevé" in dialog.level.text()
    assert dialog.answers["sexual_violence"].hasFocus()
    qtbot.keyClick(dialog.answers["sexual_violence"], Qt.Key.Key_2)  # Non
    # Only higher levels are offered.
    offered = [dialog.raised.itemText(i) for i in range(dialog.raised.count())]
    assert offered[1:] == ["Critique"]
    dialog.raised.setCurrentIndex(1)
    dialog.save_button.click()
    error = dialog.errors["raise_reason"]
    qtbot.waitUntil(error.isVisible)
    assert "pourquoi" in error.text()

    type_text(qtbot, dialog.reason, "Menaces répétées cette semaine")
    dialog.save_button.click()
    reloaded(qtbot, page, dialog)
    assert page.risk.table.rowCount() == 1
    assert page.risk.table.item(0, 1).text() == "Élevé → Critique"
    assert "strangul" in page.risk.table.item(0, 3).text() or "étranglée" in (
        page.risk.table.item(0, 3).text()
    )
    assert page.risk.table.item(0, 4).text() == "Menaces répétées cette semaine"
    assert page.header.risk.text() == "Risque : Critique"


def test_a_new_followup_appears_in_the_timeline(qtbot: QtBot, page: CasePage) -> None:
    page.show_section(6)
    page.followups.new_button.click()
    dialog = visible_dialog(qtbot, page.window(), FollowUpDialog)
    assert dialog.occurred_at.hasFocus()
    dialog.summary.setFocus()
    type_text(qtbot, dialog.summary, "Entretien au bureau : plainte envisagée.")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    reloaded(qtbot, page, dialog)
    table = page.followups.table
    assert table.rowCount() == 1
    assert table.item(0, 3).text() == "Entretien au bureau : plainte envisagée."
    assert table.item(0, 5).text() == "Réalisé"


def test_a_followup_dated_before_the_opening_asks_for_confirmation(
    qtbot: QtBot, page: CasePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def confirm(_parent: object, message: str, _button: str) -> bool:
        asked.append(message)
        return True

    monkeypatch.setattr(followup_dialog, "ask_yes", confirm)
    page.followups.new_button.click()
    dialog = visible_dialog(qtbot, page.window(), FollowUpDialog)
    dialog.occurred_at.setDateTime(datetime.now() - timedelta(days=40))
    dialog.summary.setPlainText("Appel de la police, avant l'ouverture du dossier.")
    dialog.save_button.click()
    reloaded(qtbot, page, dialog)
    assert len(asked) == 1 and "avant l'ouverture" in asked[0]
    assert page.followups.table.rowCount() == 1


def test_closing_needs_a_reason_and_reopening_opens_again(qtbot: QtBot, page: CasePage) -> None:
    page.summary.close_button.click()
    dialog = visible_dialog(qtbot, page.window(), StatusDialog)
    dialog.save_button.click()
    assert dialog.errors["closure_reason"].isVisible()
    type_text(qtbot, dialog.reason, "Départ de la région, relais vers le SAV.")
    dialog.save_button.click()
    reloaded(qtbot, page, dialog)
    assert page.header.status.text() == "Clôturé"
    history = page.summary.history
    assert history.item(0, 1).text() == "Clôture"
    assert history.item(0, 2).text() == "Départ de la région, relais vers le SAV."
    assert "Départ de la région" in page.summary.values["closed"].text()
    assert page.summary.close_button.isHidden() and not page.summary.reopen_button.isHidden()

    page.summary.reopen_button.click()
    dialog = visible_dialog(qtbot, page.window(), StatusDialog)
    dialog.save_button.click()
    reloaded(qtbot, page, dialog)
    assert page.header.status.text() == "Ouvert"
    assert page.summary.history.item(0, 1).text() == "Réouverture"


def test_a_child_with_a_wrong_niss_is_refused_then_saved_formatted(
    qtbot: QtBot, page: CasePage
) -> None:
    page.show_section(1)
    page.people.add_button.click()
    dialog = visible_dialog(qtbot, page.window(), PersonDialog)
    qtbot.keyClicks(dialog.relation, "fille")
    qtbot.keyClicks(dialog.first_name, "Lina")
    born = date(2015, 3, 14)
    qtbot.keyClicks(dialog.birth_date, "14/03/2015")
    good = make_niss(born, 12)
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    qtbot.keyClicks(dialog.niss, wrong)
    dialog.save_button.click()
    error = dialog.errors["niss"]
    qtbot.waitUntil(error.isVisible)
    assert "pas valide" in error.text()
    assert dialog.isVisible()

    dialog.niss.setFocus()
    dialog.niss.clear()
    qtbot.keyClicks(dialog.niss, good)
    qtbot.keyClick(dialog.niss, Qt.Key.Key_Tab)
    assert dialog.niss.text() == format_niss(good)
    assert not error.isVisible()
    dialog.save_button.click()
    reloaded(qtbot, page, dialog)
    table = page.people.table
    assert table.rowCount() == 2
    assert table.item(1, 0).text() == "Lina"
    assert table.item(1, 1).text() == "Co-victime (fille)"
    assert table.item(1, 4).text() == format_niss(good)


def test_a_consent_to_share_is_recorded_then_withdrawn(qtbot: QtBot, page: CasePage) -> None:
    page.show_section(5)
    page.consents.add_button.click()
    dialog = visible_dialog(qtbot, page.window(), ConsentDialog)
    assert not dialog.sector.isEnabled()
    dialog.share.click()
    assert dialog.sector.isEnabled()
    dialog.save_button.click()
    qtbot.waitUntil(dialog.errors["recipient"].isVisible)
    dialog.sector.setCurrentIndex(dialog.sector.findData("cpas"))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("referral"))
    qtbot.keyClicks(dialog.recipient, "CPAS d'Aywaille")
    dialog.save_button.click()
    reloaded(qtbot, page, dialog)
    table = page.consents.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "Partage"
    assert table.item(0, 3).text() == "CPAS — CPAS d'Aywaille"
    assert table.item(0, 5).text() == ""

    table.selectRow(0)
    page.consents.withdraw_button.click()
    withdraw = visible_dialog(qtbot, page.window(), WithdrawDialog)
    type_text(qtbot, withdraw.note, "Ne souhaite plus ce relais.")
    withdraw.save_button.click()
    reloaded(qtbot, page, withdraw)
    assert page.consents.table.item(0, 5).text() == clock.today().strftime("%d/%m/%Y")
    page.consents.table.selectRow(0)
    assert not page.consents.withdraw_button.isEnabled()


def test_after_locking_no_widget_of_the_case_screen_holds_a_name(
    qtbot: QtBot, unlocked: AppController
) -> None:
    page = open_case(qtbot, unlocked, make_case(unlocked))
    page.show_section(1)
    page.people.edit_selected()
    visible_dialog(qtbot, page.window(), PersonDialog)
    window = window_of(unlocked)
    assert any(VICTIM_LAST in text for text in texts_of(window)())

    unlocked.lock()

    texts = texts_of(window)()
    assert not [t for t in texts if VICTIM_FIRST in t or VICTIM_LAST in t or "parapluie" in t]
    assert page.bundle is None and page.people.table.rowCount() == 0
    assert page.header.title.text() == ""
    assert not [d for d in window.findChildren(PersonDialog) if d.isVisible()]


def test_a_tab_is_built_and_filled_when_first_shown_and_shows_the_case_read_again(
    qtbot: QtBot, unlocked: AppController
) -> None:
    # issue #10: filling (and first building) the eleven tabs at each opening
    # held the window; the tab in front is filled, the others when shown
    page = open_case(qtbot, unlocked, make_case(unlocked))
    assert page.built_section("summary") is not None
    assert page.built_section("people") is None and page.built_section("risk") is None
    qtbot.keyClick(page, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    people = page.built_section("people")
    assert people is not None and people.isVisible()
    assert page.tabs.currentWidget().isAncestorOf(QApplication.focusWidget())
    assert people.table.item(0, 0).text() == f"{VICTIM_FIRST} {VICTIM_LAST}"

    # another case: the tab in front shows it, a tab filled before is emptied
    other = make_case(unlocked, first_name="Ewa", last_name="Nowak")
    qtbot.keyClick(page, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    window_of(unlocked).open_case(other)
    assert people.table.rowCount() == 0  # nothing of the first case stays
    qtbot.waitUntil(lambda: page.bundle is not None and page.bundle.case_id == other)
    qtbot.keyClick(page, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert people.table.item(0, 0).text() == "Ewa Nowak"

    # a change read again reaches a tab shown afterwards
    page.show_section(0)
    before = page.bundle
    page.reload()
    qtbot.waitUntil(lambda: page.bundle is not before)
    window_of(unlocked).hide_names_action.trigger()  # every built tab, in front or not
    assert people.table.item(0, 0).text() == "E. N."
    window_of(unlocked).hide_names_action.trigger()
