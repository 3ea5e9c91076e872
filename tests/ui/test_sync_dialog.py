"""Synchronising through a folder and resolving a clash from the screens (issue 12)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.core.settings import VaultSettings
from app.ui.sync_dialog import ConflictDialog, SyncDialog
from app.ui.tasks import TaskRunner
from app.ui.workspace import Workspace
from tests.conftest import TEST_KDF
from tests.integration.test_sync import Laptop, team  # noqa: F401  (fixture)

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))


def _workspace(laptop: Laptop, calls: list[str]) -> Workspace:
    ws = Workspace(laptop.vault, laptop.actor, VaultSettings(), TaskRunner(), TEST_KDF)
    ws.pause_backups = lambda: calls.append("pause")
    ws.resume_backups = lambda: calls.append("resume")
    return ws


def _sync_from_screen(qtbot: QtBot, ws: Workspace, folder: Path) -> Any:
    dialog = SyncDialog(ws)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    dialog.show()
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    text = dialog.result.text()
    dialog.close()
    return dialog.report, text


def test_synchronise_through_a_folder_then_resolve_the_clash(qtbot: QtBot, team: Any) -> None:  # noqa: F811
    a, b, _c, folder = team
    a.set_situation("vue par A")
    b.set_situation("vue par B")
    a.sync(folder)
    calls: list[str] = []
    ws = _workspace(b, calls)
    report, text = _sync_from_screen(qtbot, ws, folder)
    assert report.conflicts == 1 and report.received_bundles == 1
    assert calls == ["pause", "resume"]
    assert "1 conflit(s) à trancher" in text
    assert "vue par" not in text and "2026-0001" not in text  # counts, never content

    dialog = ConflictDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    item = dialog.list.item(0).text()
    assert "vue par A" in item and "vue par B" in item and "2026-0001" in item
    assert "portable de rue 2" in item
    keep_a = (
        dialog.keep_first
        if dialog.conflicts[0].first.value == "vue par A"
        else (dialog.keep_second)
    )
    keep_a.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0 and dialog.empty.isVisible(), timeout=10_000)
    dialog.close()
    ws.tasks.wait_for_done()
    assert b.situation() == "vue par A"
    _sync_from_screen(qtbot, ws, folder)
    a.sync(folder)
    assert a.situation() == "vue par A"


def _screenshots() -> Path:
    folder = Path(__file__).resolve().parents[2] / "screenshots"
    folder.mkdir(exist_ok=True)
    return folder


def test_the_folder_that_synchronised_is_prefilled_next_time(
    qtbot: QtBot,
    team: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    from app.core.sync_folder import remembered_sync_folder
    from app.core.transaction import read

    a, b, _c, folder = team
    calls: list[str] = []
    ws = _workspace(b, calls)
    first = SyncDialog(ws)
    qtbot.addWidget(first)
    first.show()
    ws.tasks.wait_for_done()
    assert first.folder.text() == ""  # never synchronised on this laptop
    qtbot.keyClicks(first.folder, str(folder))
    qtbot.mouseClick(first.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.report is not None, timeout=30_000)
    first.close()

    again = SyncDialog(ws)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.folder.text() == str(folder), timeout=10_000)
    assert not again.unreachable.isVisible()
    again.close()

    a.sync(folder)  # the settings table is local: laptop A does not learn B's folder
    assert read(a.vault, lambda tx: remembered_sync_folder(tx, a.actor)).path == ""

    folder.rename(tmp_path / "cle-debranchee")  # the USB stick is unplugged
    unplugged = SyncDialog(ws)
    qtbot.addWidget(unplugged)
    unplugged.show()
    qtbot.waitUntil(lambda: unplugged.unreachable.isVisible(), timeout=10_000)
    assert unplugged.folder.text() == str(folder)
    message = unplugged.unreachable.text()
    assert f"« {folder} » n'est pas branché" in message
    assert "choisissez un autre dossier" in message
    unplugged.grab().save(str(_screenshots() / "sync_dialog_unplugged.png"))
    other = tmp_path / "autre-cle"
    other.mkdir()
    unplugged.folder.clear()
    qtbot.keyClicks(unplugged.folder, str(other))  # the user types another folder
    assert not unplugged.unreachable.isVisible()
    qtbot.mouseClick(unplugged.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: unplugged.report is not None, timeout=30_000)
    unplugged.close()
    assert read(b.vault, lambda tx: remembered_sync_folder(tx, b.actor)).path == str(other)
