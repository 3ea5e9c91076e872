"""SECURITY.md #9 and #6: backups are encrypted online copies, verified before
rotation, kept 7 daily / 4 weekly / 12 monthly, never the last verified one
removed; a backup that cannot be written says why and leaves the others intact;
a damaged vault is offered its newest verified backup."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import clock
from app.core import auth, transaction
from app.core.backups import (
    auto_backup_if_due,
    backup_status,
    damage_offer,
    external_folder,
    list_backups,
    newest_verified_backup,
    take_backup,
)
from app.core.integrity import database_problems
from app.core.settings import load_settings
from app.core.setup import CreatedVault
from app.errors import DiskFull, VaultDamaged
from app.storage import backups as storage_backups
from app.storage.backups import BackupInfo, read_backup, rotate, select_kept, verify_copy
from app.storage.models import FollowUp
from tests.conftest import LOGIN
from tests.helpers.records import add_case
from tests.helpers.scan import SQLITE_HEADER, encodings_of, files_containing
from tests.helpers.small_disk import small_disk

MARKER = "Sauvegardemarqueur-91c2"


def _user(created: CreatedVault) -> auth.UserSession:
    return auth.load_user_session(created.vault, LOGIN)


def test_backup_is_encrypted_holds_the_keyring_and_its_counts(make_vault) -> None:
    created = make_vault()
    vault = created.vault
    add_case(vault.require_db(), first_name=MARKER)
    outcome = take_backup(vault, _user(created))

    backup = outcome.local
    assert backup.path.parent == vault.paths.backups
    assert sorted(p.name for p in backup.path.iterdir()) == [
        "balise.db",
        "keyring.json",
        "sauvegarde.json",
    ]
    assert backup.keyring_path.read_bytes() == vault.paths.keyring.read_bytes()
    assert not backup.db_path.read_bytes().startswith(SQLITE_HEADER)
    assert files_containing(backup.path.iterdir(), encodings_of(MARKER)) == []
    # the manifest shows the date, not the counts (sealed under the vault key)
    assert read_backup(backup.path).counts == {}
    key = vault.require_db().key_copy()
    opened = read_backup(backup.path, key)
    assert opened.verified and opened.counts["cases"] == 1 and opened.counts["people"] == 1
    # no -wal / -shm next to the copy, and nothing half-written left behind
    assert not list(vault.paths.backups.glob(".*"))


def test_backup_while_another_thread_writes_is_one_consistent_copy(
    make_vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = make_vault()
    vault = created.vault
    db = vault.require_db()
    case_id = add_case(db)
    for _ in range(300):  # enough pages for many steps of the copy
        with db.session() as s, s.begin():
            s.add(
                FollowUp(
                    case_id=case_id,
                    occurred_at=datetime(2026, 3, 3),
                    kind="phone",
                    summary="x" * 400,
                    status="done",
                )
            )
    monkeypatch.setattr(storage_backups, "PAGES_PER_STEP", 2)
    stop = threading.Event()
    written = []

    def writer() -> None:
        while not stop.is_set():
            with db.session() as s, s.begin():
                s.add(
                    FollowUp(
                        case_id=case_id,
                        occurred_at=datetime(2026, 3, 4),
                        kind="phone",
                        summary="pendant la sauvegarde",
                        status="done",
                    )
                )
            written.append(1)
            time.sleep(0.001)

    during = []

    def progress(phase: str, done: int, total: int) -> None:
        if phase == "copy":
            during.append(len(written))
            time.sleep(0.002)  # let the writer commit between steps
        else:  # the copy is done: the writer stops before the backup is traced
            stop.set()
            thread.join()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        outcome = take_backup(vault, _user(created), progress=progress)
    finally:
        stop.set()
        thread.join()

    assert during[-1] > during[0], "the writer committed while the copy ran"
    key = db.key_copy()
    backup = read_backup(outcome.local.path, key)
    # verify_copy already compared every table with the snapshot; check it again here
    verify_copy(backup.db_path, key, backup.counts)
    with db.session() as s:
        now_count = s.scalar(select(func.count()).select_from(FollowUp))
    assert 301 <= backup.counts["followups"] < now_count
    # the search rows of the snapshot match its follow-ups (one snapshot, not a mix)
    assert backup.counts["search_map"] == backup.counts["followups"] + backup.counts["people"]


def test_verification_catches_a_corrupted_backup(make_vault) -> None:
    created = make_vault()
    vault = created.vault
    add_case(vault.require_db())
    backup = take_backup(vault, _user(created)).local
    key = vault.require_db().key_copy()
    info = read_backup(backup.path, key)
    verify_copy(info.db_path, key, info.counts)
    data = bytearray(info.db_path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16] = bytes(16)
    info.db_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        verify_copy(info.db_path, key, info.counts)
    # counts that do not match are caught too
    take_backup(vault, _user(created))  # a fresh sound copy
    fresh = next(b for b in list_backups(vault, _user(created)).local if b.path != backup.path)
    wrong = dict(fresh.counts, cases=fresh.counts["cases"] + 1)
    with pytest.raises(VaultDamaged):
        verify_copy(fresh.db_path, key, wrong)


def _infos(days: list[date], verified: bool = True) -> list[BackupInfo]:
    return [
        BackupInfo(
            Path(f"/b/{d:%Y%m%d}"), datetime(d.year, d.month, d.day, 18), "q", 1, "v", verified
        )
        for d in days
    ]


def test_rotation_keeps_seven_days_four_weeks_twelve_months() -> None:
    last = date(2026, 6, 30)  # a Tuesday
    days = [last - timedelta(days=n) for n in range(400)]
    kept = select_kept(_infos(days), daily=7, weekly=4, monthly=12)
    names = sorted(p.name for p in kept)
    daily = [f"202606{d}" for d in range(24, 31)]
    weekly = ["20260628", "20260621", "20260614"]  # Sundays ending the 3 weeks before
    monthly = [
        "20260531",
        "20260430",
        "20260331",
        "20260228",
        "20260131",
        "20251231",
        "20251130",
        "20251031",
        "20250930",
        "20250831",
        "20250731",
    ]
    assert names == sorted(set(daily + weekly + monthly))


def test_rotation_never_removes_the_only_verified_backup() -> None:
    infos = _infos([date(2025, 1, 1)]) + _infos([date(2026, 5, 1), date(2026, 5, 2)], False)
    assert select_kept(infos, daily=0, weekly=0, monthly=0) == {Path("/b/20250101")}
    assert select_kept(_infos([]), daily=7, weekly=4, monthly=12) == set()


def test_rotation_in_a_folder_removes_only_verified_sets_beyond_the_rule(make_vault) -> None:
    created = make_vault()
    vault = created.vault
    user = _user(created)
    for day in range(1, 11):
        with clock.frozen(datetime(2026, 3, day, 18)):
            take_backup(vault, user)
    sets = [b.path.name for b in list_backups(vault, user).local]
    assert len(sets) == 7 + 1  # 7 days + the newest of the previous ISO week (Sunday 1 March)
    assert sets[0].startswith("20260310") and sets[-1].startswith("20260301")
    # an unreadable (unverified) folder is never removed; nothing else is
    stray = vault.paths.backups / "pas-une-sauvegarde"
    stray.mkdir()
    removed = rotate(vault.paths.backups, vault.keyring.vault_id, daily=0, weekly=0, monthly=0)
    assert len(removed) == 7 and stray.is_dir()
    assert [b.path.name for b in list_backups(vault, user).local] == [sets[0]]


def test_daily_backup_is_taken_once_a_day(make_vault) -> None:
    created = make_vault()
    vault = created.vault
    user = _user(created)
    with clock.frozen(datetime(2026, 3, 2, 9)) as frozen:
        assert auto_backup_if_due(vault, user) is not None
        frozen.advance(hours=8)
        assert auto_backup_if_due(vault, user) is None
        frozen.advance(days=1)
        assert auto_backup_if_due(vault, user) is not None
    assert len(list_backups(vault, user).local) == 2


@pytest.mark.clock(datetime(2026, 3, 20, 12))
def test_home_page_warnings_for_an_old_backup_and_no_external_copy(make_vault, tmp_path) -> None:
    created = make_vault()
    vault = created.vault
    user = _user(created)
    settings = transaction.read(vault, load_settings)
    assert len(backup_status(vault, settings).warnings) == 2  # none at all, no external
    with clock.frozen(datetime(2026, 3, 10, 12)):
        take_backup(vault, user, to=tmp_path)
    status = backup_status(vault, settings)
    assert status.last_verified is not None
    assert "plus d'une semaine" in status.warnings[0]
    settings.backup_external_folder = str(tmp_path)
    status = backup_status(vault, settings)
    assert any("copie externe date du 10/03/2026" in w for w in status.warnings)
    take_backup(vault, user, to=tmp_path)
    assert backup_status(vault, settings).warnings == []


def test_external_copy_goes_to_its_own_subfolder_with_the_register(make_vault, tmp_path) -> None:
    created = make_vault()
    vault = created.vault
    stick = tmp_path / "cle"
    stick.mkdir()
    outcome = take_backup(vault, _user(created), to=stick)
    assert outcome.external is not None and outcome.external_error is None
    assert outcome.external.path.parent == external_folder(stick, vault.keyring.vault_id)
    key = vault.require_db().key_copy()
    external = read_backup(outcome.external.path, key)
    verify_copy(external.db_path, key, external.counts)


def test_a_removed_stick_fails_cleanly_and_keeps_the_local_backup(make_vault, tmp_path) -> None:
    created = make_vault()
    vault = created.vault
    outcome = take_backup(vault, _user(created), to=tmp_path / "cle-retiree")
    assert outcome.local.verified
    assert outcome.external is None
    assert "n'est pas accessible" in outcome.external_error


def test_a_full_external_folder_fails_cleanly_and_keeps_its_backups(make_vault, tmp_path) -> None:
    created = make_vault()
    vault = created.vault
    user = _user(created)
    add_case(vault.require_db())
    with small_disk(tmp_path / "cle", "3m") as stick:
        with clock.frozen(datetime(2026, 3, 1, 18)):
            first = take_backup(vault, user, to=stick.root).external
        assert first is not None
        stick.fill()
        outcome = take_backup(vault, user, to=stick.root)
        assert outcome.local.verified  # the vault's own folder is not the stick
        assert outcome.external is None
        assert "plein" in outcome.external_error
        assert "précédentes sont intactes" in outcome.external_error
        folder = external_folder(stick.root, vault.keyring.vault_id)
        assert [p.name for p in folder.iterdir()] == [first.path.name]  # no partial left
        key = vault.require_db().key_copy()
        kept = read_backup(first.path, key)
        verify_copy(kept.db_path, key, kept.counts)


def test_a_full_backup_disk_raises_disk_full_and_keeps_older_backups(make_vault, tmp_path) -> None:
    created = make_vault()
    vault = created.vault
    user = _user(created)
    with small_disk(vault.paths.backups, "3m") as disk:
        with clock.frozen(datetime(2026, 3, 1, 18)):
            first = take_backup(vault, user).local
        disk.fill()
        with pytest.raises(DiskFull) as refused:
            take_backup(vault, user)
        assert "intactes" in refused.value.message
        assert [p.name for p in vault.paths.backups.iterdir() if p.is_dir()] == [first.path.name]


def test_damaged_pages_offer_the_newest_verified_backup(make_vault, tmp_path) -> None:
    created = make_vault()
    vault = created.vault
    add_case(vault.require_db())
    with clock.frozen(datetime(2026, 3, 1, 18, 5)):
        take_backup(vault, _user(created))
    with clock.frozen(datetime(2026, 3, 2, 17, 30)):
        newest = take_backup(vault, _user(created)).local
    folder = vault.paths.root
    db = vault.require_db()
    key = db.key_copy()
    vault.lock()
    with (folder / "balise.db").open("r+b") as handle:
        handle.seek(4096 * 3 + 100)
        handle.write(b"\xff" * 64)
    from app.storage.engine import Database

    damaged = Database(folder / "balise.db", key)
    try:
        assert database_problems(damaged)
    finally:
        damaged.close()
    assert newest_verified_backup(folder).path == newest.path
    offer = damage_offer(folder)
    assert "02/03/2026 à 17:30" in offer and str(newest.path) in offer
    assert "keyring.json" in damage_offer(folder, keyring=True)
