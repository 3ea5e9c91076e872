"""The backups and retention screens, driven like a person would (pytest-qt)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clock
from app.core.backups import take_backup
from app.core.erasure_register import read_register
from app.storage.models import Case
from app.ui.backups.dialog import BackupsDialog
from app.ui.retention.dialog import RetentionDialog
from tests.helpers.records import add_case
from tests.ui.workspace_support import Bench, bench, idle

__all__ = ["bench"]

SCREENSHOTS = Path("/tmp")


def _answer_yes(qtbot: QtBot) -> None:
    def box_is_open() -> bool:
        return any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        ) or any(isinstance(w, QMessageBox) and w.isVisible() for w in _children())

    qtbot.waitUntil(box_is_open, timeout=5000)
    box = next(w for w in [*QApplication.topLevelWidgets(), *_children()]
               if isinstance(w, QMessageBox) and w.isVisible())  # fmt: skip
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)


def _children() -> list:
    found = []
    for top in QApplication.topLevelWidgets():
        found += top.findChildren(QMessageBox)
    return found


def _fits_a_laptop(dialog) -> None:
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 72


def test_backup_now_shows_progress_then_lists_the_verified_copy(bench: Bench, qtbot: QtBot):
    ws = bench.workspace
    add_case(bench.db)
    dialog = BackupsDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ws)
    assert dialog.table.rowCount() == 0
    moved = []
    dialog.relay.moved.connect(lambda *a: moved.append(a))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    idle(qtbot, ws)
    assert moved and moved[0][0] == "copy"
    assert "Sauvegarde vérifiée" in dialog.status.text()
    assert dialog.table.item(0, 4).text() == "oui"
    assert dialog.table.item(0, 3).text() == "1"
    _fits_a_laptop(dialog)
    dialog.resize(900, 560)
    dialog.grab().save(str(SCREENSHOTS / "balise-sauvegardes.png"))


def test_restore_from_the_screen_brings_the_old_data_back(bench: Bench, qtbot: QtBot):
    ws = bench.workspace
    first = add_case(bench.db, reference="2026-0001")
    with clock.frozen(datetime(2026, 3, 1, 18)):
        take_backup(ws.vault, ws.session)
    add_case(bench.db, reference="2026-0002")
    dialog = BackupsDialog(ws)
    qtbot.addWidget(dialog)
    restored = []
    dialog.restored.connect(lambda: restored.append(True))
    dialog.show()
    idle(qtbot, ws)
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    _answer_yes(qtbot)
    qtbot.waitUntil(lambda: restored == [True], timeout=10_000)
    with ws.vault.require_db().session() as s:
        assert list(s.scalars(select(Case.id))) == [first]
    assert [p for p in ws.vault.paths.root.iterdir() if p.name.startswith("avant-restauration")]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


@pytest.mark.clock(datetime(2031, 6, 15, 10))
def test_retention_screen_lists_due_cases_and_purges_the_checked_ones(bench: Bench, qtbot):
    ws = bench.workspace
    ids = {
        ref: add_case(bench.db, reference=ref) for ref in ("2020-0001", "2020-0002", "2026-0003")
    }
    with bench.db.session() as s, s.begin():
        for ref in ("2020-0001", "2020-0002"):
            case = s.get(Case, ids[ref])
            case.status, case.closed_on = "closed", date(2021, 1, 5)
    dialog = RetentionDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    idle(qtbot, ws)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 0).text() for r in range(2)] == ["2020-0001", "2020-0002"]
    _fits_a_laptop(dialog)
    dialog.grab().save(str(SCREENSHOTS / "balise-conservation.png"))
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    box = next(w for w in dialog.findChildren(QMessageBox) if w.isVisible())
    assert "1 dossier(s)" in box.text() and "2020-0001" not in box.text()
    _answer_yes(qtbot)
    qtbot.waitUntil(lambda: "effacé" in dialog.status.text(), timeout=10_000)
    idle(qtbot, ws)
    with bench.db.session() as s:
        assert sorted(s.scalars(select(Case.reference))) == ["2020-0002", "2026-0003"]
    assert [e.case_reference for e in read_register(ws.vault.paths.root)] == ["2020-0001"]
    assert dialog.table.rowCount() == 1


@pytest.mark.clock(datetime(2026, 3, 20, 12))
def test_home_page_tells_the_coordinator_about_old_backups(bench: Bench, qtbot: QtBot):
    from app.ui.pages.home import HomePage

    ws = bench.workspace
    with clock.frozen(datetime(2026, 3, 2, 18)):
        take_backup(ws.vault, ws.session)
    page = HomePage()
    qtbot.addWidget(page)
    page.load(ws)
    qtbot.waitUntil(lambda: "plus d'une semaine" in page.backup_notice.text(), timeout=10_000)
    assert "Aucune copie externe" in page.backup_notice.text()
    page.clear()
    assert page.backup_notice.text() == ""
