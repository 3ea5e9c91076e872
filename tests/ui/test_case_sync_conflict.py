"""The case screen says when a synchronisation clash of the case waits (issue 12)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.transaction import read
from app.storage.models import Case
from app.ui.case.page import CasePage
from app.ui.sync_dialog import ConflictDialog
from tests.integration.test_sync import team  # noqa: F401  (fixture)
from tests.ui.test_sync_dialog import _workspace

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))

WAITS = "Un conflit de synchronisation attend : Paramètres › Conflits de synchronisation"


def _open(qtbot: QtBot, ws: Any, case_id: Any) -> CasePage:
    page = CasePage()
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.show_case(ws, case_id)
    qtbot.waitUntil(lambda: page.bundle is not None and page.bundle.case_id == case_id)
    return page


def test_the_case_shows_a_waiting_clash_until_it_is_resolved(qtbot: QtBot, team: Any) -> None:  # noqa: F811
    a, b, _c, folder = team
    case_id = read(
        b.vault, lambda tx: tx.scalar(select(Case.id).where(Case.reference == "2026-0001"))
    )
    ws = _workspace(b, [])
    page = _open(qtbot, ws, case_id)
    assert not page.header.sync_conflict.isVisible()
    page.close()

    a.set_situation("vue par A")
    b.set_situation("vue par B")
    a.sync(folder)
    assert b.sync(folder).conflicts == 1
    page = _open(qtbot, ws, case_id)
    assert page.header.sync_conflict.isVisible()
    assert page.header.sync_conflict.text() == WAITS
    page.close()

    dialog = ConflictDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.list.count() == 1, timeout=10_000)
    dialog.keep_first.click()
    qtbot.waitUntil(lambda: dialog.list.count() == 0, timeout=10_000)
    dialog.close()
    ws.tasks.wait_for_done()

    page = _open(qtbot, ws, case_id)
    assert not page.header.sync_conflict.isVisible()
