"""Enrolling and revoking a laptop from Paramètres › Portables du service (issue 12)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.core.settings import VaultSettings
from app.core.transaction import read
from app.storage.models import Case
from app.ui.laptops_dialog import EnrolDialog, LaptopsDialog
from app.ui.sync_dialog import SyncBox
from app.ui.tasks import TaskRunner
from app.ui.workspace import Workspace
from tests.conftest import TEST_KDF
from tests.integration.case_file_support import case_file_of, new_case
from tests.integration.test_sync import _open

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))


def _top(kind: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def test_the_coordinator_enrols_a_laptop_then_revokes_it(
    qtbot: QtBot, make_vault: Any, tmp_path: Path
) -> None:
    created = make_vault(tmp_path / "a")
    cf = case_file_of(created)
    new_case(cf)
    calls: list[str] = []
    ws = Workspace(created.vault, cf.actor, VaultSettings(), TaskRunner(), TEST_KDF)
    ws.pause_backups = lambda: calls.append("pause")
    ws.resume_backups = lambda: calls.append("resume")
    box = SyncBox()
    qtbot.addWidget(box)
    box.load(ws)
    box.show()
    assert box.laptops_button.isVisible()
    qtbot.mouseClick(box.laptops_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _top(LaptopsDialog) is not None, timeout=5_000)
    dialog: LaptopsDialog = _top(LaptopsDialog)
    qtbot.waitUntil(lambda: dialog.empty.isVisible(), timeout=5_000)

    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _top(EnrolDialog) is not None, timeout=5_000)
    enrol: EnrolDialog = _top(EnrolDialog)
    qtbot.mouseClick(enrol.enrol_button, Qt.MouseButton.LeftButton)  # nothing typed yet
    assert "Donnez un nom" in enrol.error.text()
    target = tmp_path / "cle" / "portable-b"
    enrol.name.setFocus()
    qtbot.keyClicks(enrol.name, "portable de rue 2")
    qtbot.keyClicks(enrol.folder, str(target))
    qtbot.mouseClick(enrol.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not enrol.isVisible(), timeout=60_000)
    assert calls == ["pause", "resume"]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert "« …-B »" in dialog.result.text() and str(target) in dialog.result.text()
    assert "les mêmes phrases de passe l'ouvrent" in dialog.result.text()
    assert "(ce portable)" in dialog.table.item(0, 0).text()
    assert dialog.table.item(1, 0).text() == "portable de rue 2"
    assert dialog.table.item(1, 2).text() == "tous les dossiers"
    assert dialog.table.item(1, 4).text() == "actif"

    b = _open(target)  # the copy opens with the same passphrase and holds the case
    try:
        assert read(b.vault, lambda tx: tx.query(Case).count()) == 1
    finally:
        b.vault.close()

    dialog.table.setFocus()
    dialog.table.selectRow(0)
    assert not dialog.revoke_button.isEnabled()  # not this laptop itself
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.revoke_button.isEnabled()
    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _top(QMessageBox) is not None, timeout=5_000)
    question: QMessageBox = _top(QMessageBox)
    assert "portable de rue 2" in question.text()
    confirm = next(b for b in question.buttons() if "Retirer" in b.text())
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "retiré du service" in dialog.result.text(), timeout=10_000)
    assert "changez les phrases de passe" in dialog.result.text()
    qtbot.waitUntil(lambda: dialog.table.item(1, 4).text().startswith("retiré le"), timeout=5_000)
    assert dialog.table.item(1, 4).text() == "retiré le 10/03/2026"
    assert not dialog.revoke_button.isEnabled()
    dialog.close()
    ws.tasks.wait_for_done()


def test_enrolling_into_a_folder_that_is_not_empty_says_so(
    qtbot: QtBot, make_vault: Any, tmp_path: Path
) -> None:
    created = make_vault(tmp_path / "a")
    cf = case_file_of(created)
    ws = Workspace(created.vault, cf.actor, VaultSettings(), TaskRunner(), TEST_KDF)
    ws.pause_backups = lambda: None
    ws.resume_backups = lambda: None
    full = tmp_path / "plein"
    full.mkdir()
    (full / "photo.jpg").write_bytes(b"x")
    enrol = EnrolDialog(ws)
    qtbot.addWidget(enrol)
    enrol.show()
    qtbot.keyClicks(enrol.name, "portable 3")
    qtbot.keyClicks(enrol.folder, str(full))
    qtbot.mouseClick(enrol.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dossier vide" in enrol.error.text(), timeout=30_000)
    assert enrol.isVisible() and enrol.enrolled is None
    assert sorted(p.name for p in full.iterdir()) == ["photo.jpg"]
    ws.tasks.wait_for_done()


def test_the_coordinator_enrols_a_laptop_carrying_one_educators_cases(
    qtbot: QtBot, make_vault: Any, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from app.core.vocabulary import Role
    from app.storage.models import CaseWorker, User

    created = make_vault(tmp_path / "a")
    cf = case_file_of(created)
    mine = new_case(cf)
    new_case(cf)  # nobody's: stays off the educator's laptop
    with cf.session() as s, s.begin():
        educator = User(login="edu", full_name="Éva Éducatrice", role=Role.STREET_EDUCATOR.value)
        s.add(educator)
        s.flush()
        s.add(CaseWorker(case_id=mine.id, user_id=educator.id))
    ws = Workspace(created.vault, cf.actor, VaultSettings(), TaskRunner(), TEST_KDF)
    ws.pause_backups = lambda: None
    ws.resume_backups = lambda: None
    dialog = LaptopsDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _top(EnrolDialog) is not None, timeout=5_000)
    enrol: EnrolDialog = _top(EnrolDialog)
    qtbot.waitUntil(lambda: enrol.people.count() == 2, timeout=5_000)
    assert enrol.all_cases.isChecked() and not enrol.people.isEnabled()
    target = tmp_path / "cle" / "portable-rue"
    qtbot.keyClicks(enrol.name, "portable de rue 1")
    qtbot.keyClicks(enrol.folder, str(target))
    qtbot.mouseClick(enrol.assigned_cases, Qt.MouseButton.LeftButton)
    assert enrol.people.isEnabled()
    qtbot.mouseClick(enrol.enrol_button, Qt.MouseButton.LeftButton)  # nobody ticked yet
    assert "au moins une personne" in enrol.error.text() and enrol.isVisible()
    row = next(
        i for i in range(enrol.people.count()) if "Éva Éducatrice" in enrol.people.item(i).text()
    )
    assert "Éducateur·rice de rue" in enrol.people.item(row).text()
    item = enrol.people.item(row)
    rect = enrol.people.visualItemRect(item)
    enrol.people.setFocus()
    enrol.people.setCurrentItem(item)
    qtbot.keyClick(enrol.people, Qt.Key.Key_Space)  # ticks the current person
    if item.checkState() != Qt.CheckState.Checked:  # style without space toggling
        qtbot.mouseClick(enrol.people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert item.checkState() == Qt.CheckState.Checked
    qtbot.mouseClick(enrol.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not enrol.isVisible(), timeout=60_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    assert dialog.table.item(1, 2).text() == "seulement les dossiers de : Éva Éducatrice"
    assert "seules les phrases de passe des personnes cochées" in dialog.result.text()

    b = _open(target)  # the copy holds the educator's case only
    try:
        assert read(b.vault, lambda tx: list(tx.scalars(select(Case.id)))) == [mine.id]
    finally:
        b.vault.close()
    dialog.close()
    ws.tasks.wait_for_done()
