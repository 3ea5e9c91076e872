"""SECURITY.md #6 and #9: a vault whose pages are damaged is offered its newest
verified backup on the unlock screen, and « Restaurer cette sauvegarde… » puts it
back (key from the backup's own keyring, with the passphrase valid at its date),
moves the damaged vault aside, applies later erasures again, and the same screen
then opens the restored vault saying what date it goes back to."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app import clock
from app.core import auth
from app.core.backups import take_backup
from app.core.erasure_register import ErasureRule
from app.core.purge import purge_cases
from app.core.setup import CreatedVault
from app.storage.models import Case
from app.storage.vault import Vault
from app.ui.backups.damaged import RestoreDamagedDialog
from app.ui.controller import AppController
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.records import add_case
from tests.ui.case_support import texts_of, visible_dialog
from tests.ui.conftest import main_window_shown, type_text, unlock_with
from tests.ui.test_screen_fit import problems_of

SCREENSHOTS = Path("/tmp")
PAGE_SIZE = 4096


def damage_pages(folder: Path, page: int = 0) -> None:
    """Overwrite bytes inside one page, as a failing disk would (see test_backups.py)."""
    for suffix in ("-wal", "-shm"):
        Path(f"{folder / 'balise.db'}{suffix}").unlink(missing_ok=True)
    with (folder / "balise.db").open("r+b") as handle:
        handle.seek(PAGE_SIZE * page + 200)
        handle.write(b"\x00" * 512)


@pytest.fixture
def backed_up(make_vault: Callable[..., CreatedVault], tmp_path: Path) -> Path:
    """A closed vault backed up on 2 March (cases 0001 and 0002), then 0001 erased
    without a backup after it, and 0003 added."""
    folder = tmp_path / "coffre"
    vault = make_vault(folder).vault
    db = vault.require_db()
    first = add_case(db, reference="2026-0001")
    add_case(db, reference="2026-0002")
    user = auth.load_user_session(vault, LOGIN)
    with clock.frozen(datetime(2026, 3, 2, 17, 30)):
        take_backup(vault, user)
    with clock.frozen(datetime(2026, 3, 4, 9, 0)):
        # the backup after this erasure failed (here: not taken): only the register knows
        purge_cases(vault, user, [first], ErasureRule.REQUEST, backup=False)
    add_case(db, reference="2026-0003")
    auth.lock(vault, user)
    vault.close()
    return folder


def _references(controller: AppController) -> list[str]:
    assert controller.vault is not None
    with controller.vault.require_db().session() as s:
        return sorted(s.scalars(select(Case.reference)))


@pytest.mark.clock(datetime(2026, 3, 6, 10, 0))
def test_the_unlock_screen_restores_the_newest_backup_of_a_damaged_vault(
    qtbot: QtBot, backed_up: Path, make_controller: Callable[..., AppController]
) -> None:
    damaged = backed_up
    damage_pages(damaged)  # the first page: the header of the schema
    controller = make_controller(damaged)
    controller.start()
    screen = controller.unlock_window
    assert screen is not None
    assert screen.restore_button.isHidden()  # nothing offered before damage is seen
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: screen.error.isVisible())
    assert "endommagé" in screen.error.text()
    assert "02/03/2026 à 17:30" in screen.error.text()
    assert screen.restore_button.isVisible()
    assert controller.main_window is None
    screen.grab().save(str(SCREENSHOTS / "balise-deverrouillage-endommage.png"))

    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    dialog = visible_dialog(qtbot, screen, RestoreDamagedDialog)
    assert dialog.login.text() == LOGIN  # the login typed on the screen
    shown = " ".join(texts_of(dialog)())
    assert "Restaurer la sauvegarde du 02/03/2026 à 17:30" in shown
    assert "sera perdu" in shown and "mis de côté" in shown
    assert problems_of(dialog, "restore dialog") == []  # fits 1366 x 768
    dialog.grab().save(str(SCREENSHOTS / "balise-restaurer-endommage.png"))
    # a wrong passphrase restores nothing and says so
    type_text(qtbot, dialog.passphrase.edit, "pas la bonne du tout")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert not [p for p in damaged.iterdir() if p.name.startswith("avant-restauration")]
    # the throttle counted the failure: wait it out as a person would, then retry
    qtbot.waitUntil(lambda: auth.UnlockThrottle(damaged).seconds_to_wait() <= 0, timeout=10_000)
    type_text(qtbot, dialog.passphrase.edit, PASSPHRASE)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.notice.isVisible(), timeout=20_000)

    notice = screen.notice.text()
    assert "revient à la sauvegarde du 02/03/2026 à 17:30" in notice
    assert "1 effacement(s) fait(s) après cette date ont été appliqués à nouveau" in notice
    aside = [p for p in damaged.iterdir() if p.name.startswith("avant-restauration-")]
    assert len(aside) == 1 and (aside[0] / "balise.db").is_file()  # set aside, not deleted
    assert (aside[0] / "keyring.json").is_file()
    assert str(aside[0]) in notice
    assert screen.restore_button.isHidden() and not screen.error.isVisible()
    assert controller.vault is not None and not controller.vault.is_unlocked
    screen.grab().save(str(SCREENSHOTS / "balise-deverrouillage-restaure.png"))

    # the same screen opens the restored vault with the passphrase of that date
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: main_window_shown(controller), timeout=10_000)
    assert _references(controller) == ["2026-0002"]  # 0001 stays erased, 0003 came later
    assert controller.vault is not None
    with controller.vault.require_db().session() as s:
        from app.storage.models import AuditEntry

        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert "restore" in actions
    assert actions.index("restore") > len(actions) - 4  # restore, lock, unlock…


def _root_page(folder: Path, table: str) -> int:
    """The first page of ``table`` (numbered from 0 in the file)."""
    with Vault.open(folder) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, migrate=False, kdf=TEST_KDF)
        with db.engine.connect() as conn:
            root = conn.exec_driver_sql(
                "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
            ).scalar()
    return int(root) - 1


@pytest.mark.parametrize("table", ["alembic_version", "users"])
def test_damage_met_by_the_migration_check_or_the_accounts_is_reported_as_damage(
    qtbot: QtBot, backed_up: Path, make_controller: Callable[..., AppController], table: str
) -> None:
    # read by the migration check, and to load the account at unlock: a damaged page
    # there used to give "une erreur inattendue", with no backup offered
    damage_pages(backed_up, page=_root_page(backed_up, table))
    controller = make_controller(backed_up)
    controller.start()
    screen = controller.unlock_window
    assert screen is not None
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(lambda: screen.error.isVisible())
    assert "endommagé" in screen.error.text()
    assert screen.restore_button.isVisible()
