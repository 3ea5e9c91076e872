"""A full disk while typing: the form stays open with its text and names the disk;
a draft that could not be kept at lock is reported at the next unlock.

The vault lives on a real small tmpfs, filled with a filler file once the form
is open (tests/helpers/small_disk.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app import clock
from app.core.auth import load_user_session
from app.core.drafts import UNKEPT_PREFIX
from app.core.followups import case_timeline
from app.core.settings import VaultSettings
from app.core.setup import CreatedVault
from app.core.vocabulary import FollowUpStatus
from app.ui.agenda.page import AgendaPage
from app.ui.case.followup_dialog import FollowUpDialog
from app.ui.controller import AppController
from app.ui.tasks import TaskRunner
from app.ui.workspace import Workspace
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.small_disk import SmallDisk, empty_the_wal, small_disk
from tests.ui.case_support import closed, idle, make_case, open_case, visible_dialog, window_of
from tests.ui.conftest import main_window_shown, type_text, unlock_with
from tests.ui.workspace_support import Bench, shown

__all__ = ["shown"]

SUMMARY = "Entretien au bureau : elle envisage de porter plainte, rappel jeudi."
LOST_NOTICE = "n'a pas pu conserver tout ce que vous étiez en train de taper"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disque") as mounted:
        yield mounted


def start_on(
    qtbot: QtBot, folder: Path, make_controller: Callable[..., AppController]
) -> AppController:
    controller = make_controller(folder)
    controller.start()
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: main_window_shown(controller))
    qtbot.waitUntil(lambda: not controller.tasks.is_busy)
    return controller


@pytest.fixture
def on_disk(
    disk: SmallDisk,
    make_vault: Callable[..., CreatedVault],
    make_controller: Callable[..., AppController],
    qtbot: QtBot,
) -> AppController:
    """The coordinator's unlocked application over a vault on the small disk."""
    folder = disk.root / "coffre"
    make_vault(folder).vault.close()
    return start_on(qtbot, folder, make_controller)


def new_followup_typed(qtbot: QtBot, controller: AppController) -> FollowUpDialog:
    page = open_case(qtbot, controller, make_case(controller))
    page.show_section(6)
    page.followups.new_button.click()
    dialog = visible_dialog(qtbot, page.window(), FollowUpDialog)
    dialog.summary.setFocus()
    type_text(qtbot, dialog.summary, SUMMARY)
    return dialog


def fill(disk: SmallDisk, controller: AppController) -> None:
    assert controller.vault is not None
    controller.tasks.wait_for_done()
    empty_the_wal(controller.vault.require_db())
    disk.fill()


def notices(window: QWidget) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_a_followup_saved_on_a_full_disk_stays_open_with_its_text_and_names_the_disk(
    qtbot: QtBot, on_disk: AppController, disk: SmallDisk
) -> None:
    dialog = new_followup_typed(qtbot, on_disk)
    fill(disk, on_disk)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, on_disk)
    qtbot.waitUntil(dialog.general_error.isVisible)
    assert dialog.isVisible() and dialog.summary.toPlainText() == SUMMARY
    message = dialog.general_error.text()
    assert "Le disque où se trouve le coffre est plein" in message, message
    assert "n'a pas été enregistré" in message and "Libérez de la place" in message
    assert "inattendue" not in message
    assert dialog.save_button.isEnabled()

    disk.free()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    page = window_of(on_disk).case_page
    qtbot.waitUntil(lambda: closed(dialog) and page.followups.table.rowCount() == 1)
    assert page.followups.table.item(0, 3).text() == SUMMARY


@pytest.fixture
def bench_on_disk(
    disk: SmallDisk, make_vault: Callable[..., CreatedVault], qtbot: QtBot
) -> Iterator[Bench]:
    created = make_vault(disk.root / "coffre")
    tasks = TaskRunner()
    session = load_user_session(created.vault, LOGIN)
    yield Bench(Workspace(created.vault, session, VaultSettings(), tasks, TEST_KDF))
    tasks.forget_pending()
    tasks.wait_for_done()
    qtbot.wait(1)
    tasks.deleteLater()


def test_a_done_summary_saved_on_a_full_disk_stays_in_its_dialog(
    qtbot: QtBot, bench_on_disk: Bench, disk: SmallDisk, shown: Callable[[QWidget], QWidget]
) -> None:
    bench = bench_on_disk
    yesterday = clock.today() - timedelta(days=1)
    case = bench.add_case(pseudonym="Colibri", opened_on=yesterday - timedelta(days=3))
    followup = bench.add_appointment(case.id, datetime.combine(yesterday, time(9, 0)))
    page = AgendaPage()
    shown(page)
    page.load(bench.workspace)
    idle(qtbot, bench.workspace)
    assert page.tree.select_entry(followup)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    dialog = page.done_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.summary, "Entretien tenu, plainte deposee.")
    idle(qtbot, bench.workspace)
    empty_the_wal(bench.db)
    disk.fill()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, bench.workspace)
    assert dialog.isVisible()  # before the fix it closed at once and the text was gone
    assert dialog.summary.toPlainText() == "Entretien tenu, plainte deposee."
    assert "Le disque où se trouve le coffre est plein" in dialog.error.text()

    disk.free()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, bench.workspace)
    qtbot.waitUntil(lambda: closed(dialog))
    with bench.db.session() as s:
        (done,) = case_timeline(s, bench.workspace.session, case.id)
    assert done.status is FollowUpStatus.DONE and done.summary == "Entretien tenu, plainte deposee."


def test_a_draft_lost_at_lock_on_a_full_disk_is_reported_at_the_next_unlock(
    qtbot: QtBot, on_disk: AppController, disk: SmallDisk
) -> None:
    new_followup_typed(qtbot, on_disk)
    fill(disk, on_disk)
    on_disk.lock()  # the draft cannot be written: the lock goes on anyway
    assert on_disk.is_locked
    disk.free()

    unlock_with(qtbot, on_disk, LOGIN, PASSPHRASE)
    window = window_of(on_disk)
    qtbot.waitUntil(lambda: bool(notices(window)))
    (box,) = notices(window)
    assert LOST_NOTICE in box.text() and "disque est plein" in box.text()
    box.close()
    assert not list(disk.root.joinpath("coffre").glob(f"{UNKEPT_PREFIX}*"))  # told once

    on_disk.lock()
    unlock_with(qtbot, on_disk, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: not on_disk.is_locked and window_of(on_disk).isVisible())
    qtbot.wait(50)
    assert not notices(window_of(on_disk))


def test_a_draft_lost_when_balise_closes_is_reported_at_the_next_start(
    qtbot: QtBot,
    on_disk: AppController,
    disk: SmallDisk,
    make_controller: Callable[..., AppController],
) -> None:
    folder = disk.root / "coffre"
    new_followup_typed(qtbot, on_disk)
    fill(disk, on_disk)
    on_disk.quit(0)  # closing keeps drafts as locking does; here it cannot
    (mark,) = folder.glob(f"{UNKEPT_PREFIX}*")
    assert mark.stat().st_size == 0  # the fact only, no personal data
    disk.free()

    again = start_on(qtbot, folder, make_controller)
    window = window_of(again)
    qtbot.waitUntil(lambda: bool(notices(window)))
    assert LOST_NOTICE in notices(window)[0].text()
    assert not mark.exists()


def test_unlocking_on_a_full_disk_names_the_disk_on_the_unlock_screen(
    qtbot: QtBot,
    disk: SmallDisk,
    make_vault: Callable[..., CreatedVault],
    make_controller: Callable[..., AppController],
) -> None:
    folder = disk.root / "coffre"
    make_vault(folder).vault.close()
    disk.fill()
    controller = make_controller(folder)
    controller.start()
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    window = controller.unlock_window
    assert window is not None
    qtbot.waitUntil(window.error.isVisible)
    message = window.error.text()
    assert "Le disque où se trouve le coffre est plein" in message, message
    assert "fichier du coffre est endommagé" not in message and "Restaurez" not in message
    assert controller.is_locked and not main_window_shown(controller)
