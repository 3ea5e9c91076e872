"""Erasure on request (GDPR art. 17) from the case screen, through the real buttons:
a co-victim from the Personnes tab, the whole case from the Résumé tab; after it
the marker is in no byte of the vault folder (decrypted pages and WAL included)
nor in the log; the buttons exist for the coordinator only."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clock
from app.core.erasure_register import ErasureKind, ErasureRule, read_register
from app.core.followups import FollowUpInput, add_followup
from app.core.people import PersonInput, add_person
from app.core.vocabulary import FollowUpKind
from app.logging_setup import setup_logging
from app.storage.models import AuditEntry, Case, Person
from app.ui.case.erase_dialog import EraseDialog
from app.ui.case.page import CasePage
from app.ui.controller import AppController
from tests.conftest import LOGIN, PASSPHRASE
from tests.helpers.pages import decrypted_contents
from tests.helpers.scan import files_containing, files_under
from tests.integration.test_purge import patterns
from tests.ui.case_support import (
    closed,
    idle,
    make_case,
    open_case,
    texts_of,
    visible_dialog,
    window_of,
)
from tests.ui.conftest import unlock_with
from tests.ui.test_lock import OTHER_LOGIN, OTHER_PASSPHRASE, add_social_worker, press_ctrl_l
from tests.ui.test_screen_fit import problems_of

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 14, 30))

MARKER = "Effacemarqueur"
SCREENSHOTS = Path("/tmp")


@pytest.fixture
def log_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "journal"
    setup_logging(folder, level=logging.DEBUG)
    yield folder
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "balise", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.WARNING)


@pytest.fixture
def coordinator(unlocked: AppController) -> AppController:
    # The daily backup would copy the marker before the erasure (older backups keep
    # erased data until rotation, docs/RETENTION.md); here only the erasure's own
    # backup may exist, so that every byte of the folder can be checked.
    unlocked.backups.stop()
    return unlocked


def _add_child(controller: AppController, case_id) -> None:
    assert controller.vault is not None and controller.workspace is not None
    with controller.vault.require_db().session() as s, s.begin():
        add_person(
            s,
            controller.workspace.session,
            case_id,
            PersonInput(first_name=f"{MARKER}Fille", last_name="Dufrasne", relation="fille"),
        )


def _plain(controller: AppController) -> bytes:
    vault = controller.vault
    assert vault is not None
    key = vault.require_db().key_copy()
    try:
        return decrypted_contents(vault.paths.db, key.raw())
    finally:
        key.wipe()


def _marker_in_pages(controller: AppController) -> bool:
    plain = _plain(controller)
    return any(p in plain for p in patterns(MARKER))


def _no_marker_anywhere(controller: AppController, log_folder: Path) -> None:
    vault = controller.vault
    assert vault is not None
    plain = _plain(controller)
    assert b"dufrasne" in plain  # the decryption works: kept data is read (index, folded)
    assert not [p for p in patterns(MARKER) if p in plain]
    assert files_containing(files_under(vault.paths.root, log_folder), patterns(MARKER)) == []


def _confirm(qtbot: QtBot, page: CasePage) -> EraseDialog:
    dialog = visible_dialog(qtbot, page.window(), EraseDialog)
    assert not dialog.erase_button.isEnabled()  # the request must be confirmed first
    qtbot.mouseClick(dialog.requested, Qt.MouseButton.LeftButton)
    assert dialog.erase_button.isEnabled()
    return dialog


def test_the_coordinator_erases_a_co_victim_and_no_byte_keeps_her(
    qtbot: QtBot, coordinator: AppController, log_folder: Path
) -> None:
    case_id = make_case(coordinator)
    _add_child(coordinator, case_id)
    page = open_case(qtbot, coordinator, case_id)
    assert _marker_in_pages(coordinator)  # stored, found once decrypted (WAL included)
    page.show_section(1)
    people = page.people
    assert people.erase_button.isVisible()
    assert not people.erase_button.isEnabled()  # the primary victim is selected
    people.table.selectRow(1)
    assert people.selected().first_name == f"{MARKER}Fille"
    assert people.erase_button.isEnabled()
    page.window().grab().save(str(SCREENSHOTS / "balise-dossier-personnes.png"))
    qtbot.mouseClick(people.erase_button, Qt.MouseButton.LeftButton)
    dialog = _confirm(qtbot, page)
    shown = " ".join(texts_of(dialog)())
    assert "effacée définitivement" in shown and "ne peut pas être annulée" in shown
    assert "art. 17" in shown
    dialog.grab().save(str(SCREENSHOTS / "balise-effacer-personne.png"))
    before = page.bundle
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog) and page.bundle is not before, timeout=20_000)
    idle(qtbot, coordinator)

    assert [p.first_name for p in page.people.people] == ["Hélène"]  # the case reloaded
    assert coordinator.vault is not None
    with coordinator.vault.require_db().session() as s:
        assert s.get(Case, case_id) is not None
        assert list(s.scalars(select(Person.first_name).where(Person.case_id == case_id))) == [
            "Hélène"
        ]
        purge = s.scalars(select(AuditEntry).where(AuditEntry.action == "purge")).one()
    register = read_register(coordinator.vault.paths.root)
    assert [(e.kind, e.rule) for e in register] == [(ErasureKind.PERSON, ErasureRule.REQUEST)]
    assert purge.object_type == "person" and purge.detail == "rule=request"
    _no_marker_anywhere(coordinator, log_folder)


def test_the_coordinator_erases_the_whole_case_and_goes_back_to_the_list(
    qtbot: QtBot, coordinator: AppController, log_folder: Path
) -> None:
    keep = make_case(coordinator)  # another case, kept: "Dufrasne" stays readable
    gone = make_case(coordinator, first_name=f"{MARKER}Victime")
    _add_child(coordinator, gone)
    assert coordinator.workspace is not None and coordinator.vault is not None
    with coordinator.vault.require_db().session() as s, s.begin():
        add_followup(
            s,
            coordinator.workspace.session,
            gone,
            FollowUpInput(
                clock.now_minute() - timedelta(hours=1),
                FollowUpKind.INTERVIEW,
                f"Entretien : {MARKER} raconte les faits",
            ),
        )
    assert _marker_in_pages(coordinator)
    window = window_of(coordinator)
    window.show_page("cases")
    qtbot.wait(50)
    page = open_case(qtbot, coordinator, gone)
    reference = page.bundle.detail.reference
    assert page.summary.erase_button.isVisible()
    window.grab().save(str(SCREENSHOTS / "balise-dossier-resume.png"))
    qtbot.mouseClick(page.summary.erase_button, Qt.MouseButton.LeftButton)
    dialog = _confirm(qtbot, page)
    shown = " ".join(texts_of(dialog)())
    assert reference in shown and "2 personne(s)" in shown and "1 suivi(s)" in shown
    assert MARKER not in shown  # the case is named by its reference and what it holds
    assert "ne peut pas être annulée" in shown
    assert problems_of(dialog, "erase dialog") == []  # fits 1366 x 768
    dialog.grab().save(str(SCREENSHOTS / "balise-effacer-dossier.png"))
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.pages["cases"], timeout=20_000)
    idle(qtbot, coordinator)

    assert closed(dialog)
    assert page.bundle is None and page.case_id is None  # nothing of it left on screen
    assert MARKER not in " ".join(texts_of(window)())
    with coordinator.vault.require_db().session() as s:
        assert s.get(Case, gone) is None
        assert s.get(Case, keep) is not None
    register = read_register(coordinator.vault.paths.root)
    assert [(e.kind, e.case_reference, e.rule) for e in register] == [
        (ErasureKind.CASE, reference, ErasureRule.REQUEST)
    ]
    after = [b for b in coordinator.vault.paths.backups.iterdir() if "apres-effacement" in b.name]
    assert len(after) == 1
    _no_marker_anywhere(coordinator, log_folder)


def test_cancelling_erases_nothing(qtbot: QtBot, coordinator: AppController) -> None:
    case_id = make_case(coordinator)
    page = open_case(qtbot, coordinator, case_id)
    qtbot.mouseClick(page.summary.erase_button, Qt.MouseButton.LeftButton)
    dialog = _confirm(qtbot, page)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    idle(qtbot, coordinator)
    assert coordinator.vault is not None
    with coordinator.vault.require_db().session() as s:
        assert s.get(Case, case_id) is not None
    assert read_register(coordinator.vault.paths.root) == []


def test_the_erase_buttons_are_for_the_coordinator_only(
    qtbot: QtBot, coordinator: AppController
) -> None:
    case_id = make_case(coordinator)
    add_social_worker(coordinator)
    window = window_of(coordinator)
    press_ctrl_l(qtbot, coordinator)
    unlock_with(qtbot, coordinator, OTHER_LOGIN, OTHER_PASSPHRASE)
    qtbot.waitUntil(window.isVisible)
    page = open_case(qtbot, coordinator, case_id)
    # (isHidden: hidden by the screen, whichever tab is in front)
    assert not page.summary.edit_button.isHidden()  # she may work on the case…
    assert page.summary.erase_button.isHidden()  # …not erase it
    assert page.people.erase_button.isHidden()
    assert not page.people.add_button.isHidden()
    # the same screen, after the coordinator unlocks again, shows them again
    press_ctrl_l(qtbot, coordinator)
    unlock_with(qtbot, coordinator, LOGIN, PASSPHRASE)
    qtbot.waitUntil(window.isVisible)
    page = open_case(qtbot, coordinator, case_id)
    assert not page.summary.erase_button.isHidden()
    assert not page.people.erase_button.isHidden()
