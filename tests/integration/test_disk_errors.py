"""SECURITY.md #8: a full disk or an unusable folder is named as such, and loses
nothing already saved. It is never reported as a damaged vault (whose advice,
"restore the last backup", would send the user back to an older file) nor as a
wrong passphrase.

The disk is a real small tmpfs, filled with a filler file after the vault was
created on it.
"""

from __future__ import annotations

import errno
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app import clock
from app.core import auth
from app.core.followups import FollowUpInput, add_followup
from app.core.integrity import check_vault, unlock_for_check
from app.core.setup import CreatedVault
from app.core.vocabulary import FollowUpKind
from app.errors import (
    DiskFull,
    StorageUnavailable,
    VaultAccessDenied,
    VaultDamaged,
    VaultFolderMissing,
    VaultFolderUnusable,
    VaultNotFound,
    VaultReadOnly,
    WrongPassphrase,
)
from app.security.kdf import MINIMUM, KdfPolicy
from app.storage.engine import Database, connect_raw, storage_error
from app.storage.models import FollowUp
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.small_disk import SmallDisk, empty_the_wal, small_disk
from tests.integration.case_file_support import case_file_of, new_case
from tests.integration.test_cli import balise, make_env

#: fixed dates in the past: the case opens on 2 March 2026 (case_file_support.OPENED)
FIRST_VISIT = datetime(2026, 3, 10, 10, 0)
SECOND_VISIT = datetime(2026, 3, 17, 10, 0)
KEPT = "Entretien au bureau : plan de mise en sécurité revu."
LOST = "Ce résumé ne tient plus sur le disque. " * 200


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[SmallDisk]:
    with small_disk(tmp_path / "disque") as mounted:
        yield mounted


def closed_vault_on(disk: SmallDisk, make_vault: Callable[..., CreatedVault], **kw) -> Path:
    folder = disk.root / "coffre"
    make_vault(folder, **kw).vault.close()
    return folder


def assert_says_the_disk(exc: BaseException, *words: str) -> None:
    message = str(exc)
    for word in words:
        assert word in message, message
    assert "endommagé" not in message.replace("pas endommagées", "")
    assert "Restaurez" not in message and "sauvegarde" not in message


def followup(summary: str, at: datetime) -> FollowUpInput:
    return FollowUpInput(occurred_at=at, kind=FollowUpKind.INTERVIEW, summary=summary)


def summaries(db: Database, case_id: uuid.UUID) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(FollowUp.summary).where(FollowUp.case_id == case_id)))


# --- unlocking -------------------------------------------------------------------------


def test_unlocking_on_a_full_disk_says_the_disk_is_full(
    disk: SmallDisk, make_vault: Callable[..., CreatedVault]
) -> None:
    folder = closed_vault_on(disk, make_vault)
    disk.fill()
    with Vault.open(folder) as vault:
        with pytest.raises(DiskFull) as caught:
            vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
        assert not isinstance(caught.value, VaultDamaged | WrongPassphrase)
        assert_says_the_disk(caught.value, "plein", "Libérez de la place", "ne peut pas ouvrir")
        assert not vault.is_unlocked
        disk.free()
        vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)  # nothing was harmed
        db = vault.require_db()
        report = check_vault(db, vault.keyring, vault.paths.keyring, allow_weak=True)
        assert report.sound, report.problems


def test_unlock_for_check_on_a_full_disk_is_not_damage(
    disk: SmallDisk, make_vault: Callable[..., CreatedVault]
) -> None:
    folder = closed_vault_on(disk, make_vault, kdf=KdfPolicy(params=MINIMUM))
    disk.fill()
    with Vault.open(folder) as vault, pytest.raises(DiskFull):
        unlock_for_check(vault, LOGIN, PASSPHRASE)


def test_balise_check_on_a_full_disk_exits_3_and_names_the_disk(
    disk: SmallDisk, make_vault: Callable[..., CreatedVault], tmp_path: Path
) -> None:
    folder = closed_vault_on(disk, make_vault, kdf=KdfPolicy(params=MINIMUM))
    disk.fill()
    env = make_env(tmp_path / "home")
    result = balise(env, "check", "--vault", str(folder), "--user", LOGIN, lines=(PASSPHRASE,))
    assert result.code == 3, result
    assert "Traceback" not in result.err + result.out
    assert "n'a pas pu être vérifié" in result.err
    assert "Le disque où se trouve le coffre est plein" in result.err
    assert "endommagé :" not in result.err and "Restaurez" not in result.err
    disk.free()
    again = balise(env, "check", "--vault", str(folder), "--user", LOGIN, lines=(PASSPHRASE,))
    assert again.code == 0, again
    assert "intact" in again.out


# --- saving ----------------------------------------------------------------------------


def test_a_save_on_a_full_disk_says_so_and_loses_nothing_saved_before(
    disk: SmallDisk, make_vault: Callable[..., CreatedVault]
) -> None:
    created = make_vault(disk.root / "coffre")
    cf = case_file_of(created)
    case_id = new_case(cf).id
    with cf.session() as session, session.begin():
        add_followup(session, cf.actor, case_id, followup(KEPT, FIRST_VISIT))
    empty_the_wal(cf.db)
    disk.fill()

    with pytest.raises(DiskFull) as caught, cf.session() as session, session.begin():
        add_followup(session, cf.actor, case_id, followup(LOST, SECOND_VISIT))
    assert_says_the_disk(caught.value, "plein", "n'a pas été enregistré", "Libérez de la place")
    assert summaries(cf.db, case_id) == [KEPT]  # still readable on the full disk

    disk.free()
    assert summaries(cf.db, case_id) == [KEPT]
    with cf.session() as session, session.begin():  # the same engine writes again
        add_followup(session, cf.actor, case_id, followup("Deuxième entretien.", SECOND_VISIT))
    assert sorted(summaries(cf.db, case_id)) == sorted([KEPT, "Deuxième entretien."])
    vault = created.vault
    report = check_vault(vault.require_db(), vault.keyring, vault.paths.keyring, allow_weak=True)
    assert report.sound, report.problems


# --- read-only, missing, refused --------------------------------------------------------


def test_a_read_only_disk_is_named_at_opening_and_by_check(
    disk: SmallDisk, make_vault: Callable[..., CreatedVault], tmp_path: Path
) -> None:
    folder = closed_vault_on(disk, make_vault, kdf=KdfPolicy(params=MINIMUM))
    key_folder = Vault.open(folder)
    key = key_folder.keyring.unlock_user(LOGIN, PASSPHRASE)
    key_folder.close()
    disk.remount("ro")
    try:
        with pytest.raises(VaultReadOnly) as caught:
            Vault.open(folder)  # the instance lock cannot be taken
        assert_says_the_disk(caught.value, "lecture seule", "ne peut pas ouvrir")
        # Below the lock: SQLite cannot create the WAL index (-shm) on a read-only disk.
        db = Database(folder / "balise.db", key)
        try:
            with pytest.raises(VaultReadOnly):
                db.cipher_version()
        finally:
            db.close()
        result = balise(
            make_env(tmp_path / "home"),
            "check",
            *("--vault", str(folder), "--user", LOGIN),
            lines=(PASSPHRASE,),
        )
        assert result.code == 3, result
        assert "lecture seule" in result.err and "Restaurez" not in result.err
    finally:
        key.wipe()
        disk.remount("rw")


def test_a_missing_folder_is_named_not_taken_for_damage(
    make_vault: Callable[..., CreatedVault], tmp_path: Path
) -> None:
    with pytest.raises(VaultFolderMissing) as caught:
        Vault.open(tmp_path / "clé-usb" / "coffre")
    assert "n'existe pas" in str(caught.value) and "reconnectez" in str(caught.value)
    assert isinstance(caught.value, VaultNotFound)  # `balise check` keeps exit status 2

    # The drive goes away between opening and unlocking.
    folder = tmp_path / "clé-usb" / "coffre"
    make_vault(folder).vault.close()
    with Vault.open(folder) as vault:
        folder.rename(tmp_path / "ailleurs")
        try:
            with pytest.raises(VaultFolderMissing):
                vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
        finally:
            (tmp_path / "ailleurs").rename(folder)


def test_access_refused_by_the_system_has_its_own_sentence(tmp_path: Path) -> None:
    # Root is never refused, so the operating system's error is built here.
    db_path = tmp_path / "balise.db"
    denied = storage_error(PermissionError(errno.EACCES, "Permission denied"), db_path)
    assert isinstance(denied, VaultAccessDenied) and isinstance(denied, StorageUnavailable)
    assert "accès refusé" in denied.message and denied.exit_code == 3
    full = storage_error(OSError(errno.ENOSPC, "No space left on device"), db_path)
    assert isinstance(full, DiskFull)
    assert storage_error(OSError(errno.ENOENT, "gone"), db_path) is None


def test_a_refused_write_on_a_writable_disk_is_not_blamed_on_the_disk(
    make_vault: Callable[..., CreatedVault],
) -> None:
    db = make_vault().vault.require_db()
    raw = db.raw_connection()
    try:
        raw.execute("PRAGMA query_only = ON")  # SQLITE_READONLY, with a writable folder
        with pytest.raises(Exception) as caught:
            raw.execute("CREATE TABLE t (x)")
    finally:
        raw.close()
    assert getattr(caught.value, "sqlite_errorname", "") == "SQLITE_READONLY"
    assert storage_error(caught.value, db.path) is None


@pytest.mark.clock(datetime(2026, 3, 1, 9, 0))
def test_the_backup_before_a_migration_on_a_full_disk_says_the_disk_is_full(
    disk: SmallDisk, frozen_clock: clock.FrozenClock
) -> None:
    frozen = frozen_clock
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "vaults" / "rev0001"
    expected = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    coordinator = expected["users"][0]
    folder = disk.root / "coffre"
    shutil.copytree(fixture, folder)
    (folder / "expected.json").unlink()
    with Vault.open(folder) as vault:
        key = vault.keyring.unlock_user(
            coordinator["login"], coordinator["passphrase"], allow_weak=True
        )
        # A connection kept open holds the WAL index (-shm), so the unlock gets as far
        # as the backup taken before migrating (the fixture file switches to WAL now).
        holder = connect_raw(vault.paths.db, key)
        key.wipe()
        try:
            holder.execute("SELECT count(*) FROM sqlite_master").fetchone()
            disk.fill()
            with pytest.raises(DiskFull):  # the encrypted copy cannot be written
                vault.unlock(coordinator["login"], coordinator["passphrase"], kdf=TEST_KDF)
            assert not vault.is_unlocked
            disk.free()  # the next try, later, removes the unfinished copy and migrates
            frozen.advance(seconds=30)  # another file name: the old partial must still go
            vault.unlock(coordinator["login"], coordinator["passphrase"], kdf=TEST_KDF)
            assert [p.suffix for p in (folder / "sauvegardes").iterdir()] == [".db"]
        finally:
            holder.close()


def test_a_wrong_passphrase_on_a_full_disk_is_still_a_refusal_and_still_delayed(
    disk: SmallDisk, make_vault: Callable[..., CreatedVault]
) -> None:
    folder = closed_vault_on(disk, make_vault)
    disk.fill()
    with Vault.open(folder) as vault:
        with pytest.raises(WrongPassphrase):
            auth.unlock(vault, LOGIN, "pas la bonne phrase de passe", kdf=TEST_KDF)
        # the counter could not be written, yet the next attempt must wait
        with pytest.raises(auth.MustWait):
            auth.unlock(vault, LOGIN, PASSPHRASE, kdf=TEST_KDF)
    assert auth.UnlockThrottle(folder).failures == 1
    auth.UnlockThrottle(folder).reset()


def test_a_vault_asked_for_under_a_file_is_refused_in_plain_words(
    make_vault: Callable[..., CreatedVault], tmp_path: Path
) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("pas un dossier")
    with pytest.raises(VaultFolderUnusable) as refused:
        make_vault(blocker / "coffre")
    assert "un fichier porte déjà ce nom" in refused.value.message
    assert refused.value.exit_code == 2
