"""The day's backup is taken in the background after an unlock, and a lock
stops it at once without leaving half a copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.core.auth import load_user_session
from app.core.backups import backup_due_today, take_backup
from app.core.setup import CreatedVault
from app.storage import backups as storage_backups
from app.storage.backups import PARTIAL_SUFFIX, BackupKind, list_backup_sets
from app.ui.controller import AppController
from tests.conftest import LOGIN, PASSPHRASE
from tests.ui.conftest import unlock_with


def unlocked_now(
    qtbot: QtBot, folder: Path, make_controller: Callable[..., AppController], delay_ms: int
) -> AppController:
    controller = make_controller(folder)
    controller.backups.delay_ms = delay_ms
    controller.start()
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.waitUntil(
        lambda: controller.main_window is not None and controller.main_window.isVisible()
    )
    return controller


def test_the_days_backup_is_taken_in_the_background_after_unlocking(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = unlocked_now(qtbot, vault_dir, make_controller, delay_ms=0)
    vault = controller.vault
    assert vault is not None
    qtbot.waitUntil(lambda: not backup_due_today(vault), timeout=20_000)
    qtbot.waitUntil(lambda: not controller.backups.is_running, timeout=20_000)
    (taken,) = [
        b for b in list_backup_sets(vault.paths.backups, vault.keyring.vault_id) if b.verified
    ]
    assert taken.kind == BackupKind.DAILY
    controller.lock("button")  # a second unlock the same day takes no second backup
    unlock_with(qtbot, controller, LOGIN, PASSPHRASE)
    qtbot.wait(300)
    qtbot.waitUntil(lambda: not controller.backups.is_running, timeout=20_000)
    assert len(list_backup_sets(vault.paths.backups, vault.keyring.vault_id)) == 1


def test_a_lock_stops_the_backup_and_leaves_no_partial_copy(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = unlocked_now(qtbot, vault_dir, make_controller, delay_ms=0)
    vault = controller.vault
    assert vault is not None
    controller.lock("button")  # at once, whether the copy had started or not
    assert controller.is_locked and not vault.is_unlocked
    assert not controller.backups.is_running
    leftovers = [p for p in vault.paths.backups.glob("*") if p.name.endswith(PARTIAL_SUFFIX)]
    assert leftovers == []
    for backup in list_backup_sets(vault.paths.backups, vault.keyring.vault_id):
        assert backup.verified  # whatever was finished is whole


def test_no_backup_runs_before_its_delay_and_none_after_a_lock(
    qtbot: QtBot, vault_dir: Path, make_controller: Callable[..., AppController]
) -> None:
    controller = unlocked_now(qtbot, vault_dir, make_controller, delay_ms=60_000)
    vault = controller.vault
    assert vault is not None
    controller.lock("idle")
    qtbot.wait(200)
    assert not controller.backups.is_running
    assert list_backup_sets(vault.paths.backups, vault.keyring.vault_id) == []


def test_a_backup_stopped_between_two_steps_leaves_nothing_behind(
    make_vault: Callable[..., CreatedVault], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a lock does to a running copy: its progress callback raises."""
    created = make_vault()
    vault, actor = created.vault, load_user_session(created.vault, LOGIN)
    take_backup(vault, actor)  # an earlier backup, which must survive
    monkeypatch.setattr(storage_backups, "PAGES_PER_STEP", 1)  # many small steps
    steps: list[int] = []

    class Locking(Exception):
        pass

    def progress(phase: str, done: int, _total: int) -> None:
        steps.append(done)
        if phase == "copy" and len(steps) == 3:
            raise Locking

    with pytest.raises(Locking):
        take_backup(vault, actor, progress=progress)
    assert len(steps) == 3
    folder = vault.paths.backups
    assert [p for p in folder.iterdir() if p.name.endswith(PARTIAL_SUFFIX)] == []
    (kept,) = list_backup_sets(folder, vault.keyring.vault_id)
    assert kept.verified
