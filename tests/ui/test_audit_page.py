"""The coordinator's "Journal d'audit" page: browse, filter, export, verify."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.ui.audit.page import AuditPage
from app.ui.controller import AppController
from tests.ui.case_support import make_case, open_case, window_of
from tests.ui.conftest import type_text


def audit_page(qtbot: QtBot, controller: AppController) -> AuditPage:
    window = window_of(controller)
    window.show_page("audit")
    page = window.pages["audit"]
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not controller.tasks.is_busy)
    return page


def test_trail_is_browsed_filtered_exported_and_verified(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    controller = unlocked
    case_id = make_case(controller)
    open_case(qtbot, controller, case_id)
    page = audit_page(qtbot, controller)
    actions = [page.model.row_at(r).action for r in range(page.model.rowCount())]
    assert actions[:3] == ["case_opened", "case_created", "unlock"]  # newest first
    reference = page.model.row_at(0).case_reference
    assert reference

    type_text(qtbot, page.reference, reference)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not controller.tasks.is_busy)
    page.action.setCurrentIndex(page.action.findData("case_opened"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not controller.tasks.is_busy)

    target = tmp_path / "journal.csv"
    page.ask_path = lambda: str(target)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and "exportée" in page.verify_result.text())
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 2 and rows[1][3] == "case_opened" and rows[1][4] == reference

    page.action.setCurrentIndex(0)
    page.reference.clear()
    qtbot.waitUntil(
        lambda: not controller.tasks.is_busy and page.model.row_at(0).action == "export"
    )
    window_of(controller).grab().save(str(screenshot("audit-page.png")))

    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "intact" in page.verify_result.text())
    with controller.vault.require_db().engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = 'x' WHERE seq = 2"))
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "n° 2" in page.verify_result.text())


def test_lock_empties_the_audit_page(qtbot: QtBot, unlocked: AppController) -> None:
    page = audit_page(qtbot, unlocked)
    unlocked.lock("test")
    assert page.model.rowCount() == 0 and page.user.count() == 0 and not page.isEnabled()


def screenshot(name: str) -> Path:
    folder = Path(__file__).resolve().parents[2] / "screenshots"
    folder.mkdir(exist_ok=True)
    return folder / name
