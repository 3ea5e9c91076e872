"""The integrity check: database pages and the keyring's consistency with the vault."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.core.integrity import (
    check_vault,
    database_problems,
    keyring_file_problems,
    keyring_problems,
    unlock_for_check,
)
from app.core.setup import CreatedVault
from app.demo.populate import populate_demo
from app.errors import VaultDamaged, WeakKdfParameters, WrongPassphrase
from app.storage.models import ServiceProfile, User
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF


def _problems(created: CreatedVault) -> list[str]:
    vault = created.vault
    with vault.require_db().session() as session:
        return keyring_problems(vault.keyring, session, allow_weak=True)


def test_fresh_vault_is_sound(make_vault: Callable[..., CreatedVault]) -> None:
    created = make_vault()
    vault = created.vault
    report = check_vault(vault.require_db(), vault.keyring, vault.paths.keyring, allow_weak=True)
    assert report.sound, report.problems
    assert report.counts.users == 1 and report.slots == 2
    assert report.cipher_version
    assert "dossiers" in report.summary()


def test_weak_slots_are_reported_unless_allowed(make_vault: Callable[..., CreatedVault]) -> None:
    vault = make_vault().vault
    with vault.require_db().session() as session:
        problems = keyring_problems(vault.keyring, session)
    assert any("minimum" in p for p in problems)


def test_second_recovery_slot_is_reported(make_vault: Callable[..., CreatedVault]) -> None:
    created = make_vault()
    keyring = created.vault.keyring
    recovery = keyring.recovery_slot()
    assert recovery is not None
    keyring.slots.append(replace(recovery, slot_id="00000000-0000-4000-8000-000000000001"))
    assert any("exactement un code de récupération" in p for p in _problems(created))


def test_duplicate_slot_ids_are_reported(make_vault: Callable[..., CreatedVault]) -> None:
    created = make_vault()
    keyring = created.vault.keyring
    user_slot = keyring.user_slot(LOGIN)
    recovery = keyring.recovery_slot()
    assert user_slot and recovery
    keyring.slots = [user_slot, replace(recovery, slot_id=user_slot.slot_id)]
    assert any("même identifiant" in p for p in _problems(created))


def test_keyring_of_another_vault_is_reported(make_vault: Callable[..., CreatedVault]) -> None:
    created = make_vault()
    with created.vault.require_db().session() as session, session.begin():
        session.execute(update(ServiceProfile).values(vault_id="autre"))
    assert any("n'appartient pas" in p for p in _problems(created))


def test_active_user_without_slot_is_reported(make_vault: Callable[..., CreatedVault]) -> None:
    created = make_vault()
    with created.vault.require_db().session() as session, session.begin():
        session.add(User(login="sans.cle", full_name="Sans Clé", role="social_worker"))
    assert any("compte(s) actif(s)" in p for p in _problems(created))
    with created.vault.require_db().session() as session, session.begin():
        session.execute(update(User).where(User.login == "sans.cle").values(active=False))
    assert _problems(created) == []


def test_slot_without_user_is_reported(make_vault: Callable[..., CreatedVault]) -> None:
    created = make_vault()
    created.vault.set_user_passphrase("fantome", "une phrase assez longue", kdf=TEST_KDF)
    assert any("aucun compte" in p for p in _problems(created))


def test_slot_id_differing_from_the_users_record_is_reported(
    make_vault: Callable[..., CreatedVault],
) -> None:
    created = make_vault()
    with created.vault.require_db().session() as session, session.begin():
        session.execute(update(User).values(slot_id="00000000-0000-4000-8000-00000000abcd"))
    assert any("compte(s) actif(s)" in p for p in _problems(created))


def test_malformed_keyring_file_is_reported(vault_dir: Path) -> None:
    path = vault_dir / "keyring.json"
    assert keyring_file_problems(path) == []
    data = json.loads(path.read_text())
    data["slots"][0]["salt"] = "pas du base64 !"
    path.write_text(json.dumps(data))
    assert keyring_file_problems(path)
    path.write_text("{")
    assert keyring_file_problems(path)
    data["format"] = 99
    path.write_text(json.dumps(data))
    assert keyring_file_problems(path)


def test_damaged_pages_are_reported(make_vault: Callable[..., CreatedVault], tmp_path: Path):
    created = make_vault(tmp_path / "abime")
    db = created.vault.require_db()
    with db.session() as session, session.begin():
        populate_demo(session, cases=40, seed=1, workers=list(session.scalars(select(User))))
    assert database_problems(db) == []
    created.vault.close()
    path = tmp_path / "abime" / "balise.db"
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 + 123)
        handle.write(os.urandom(512))
    with Vault.open(tmp_path / "abime") as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, migrate=False, kdf=TEST_KDF)
        problems = database_problems(db)
        assert problems and "endommagé" in problems[0]
        report = check_vault(db, vault.keyring, vault.paths.keyring, allow_weak=True)
        assert not report.sound


def test_unlock_for_check_refuses_weak_slots_and_wrong_passphrases(vault_dir: Path) -> None:
    with Vault.open(vault_dir) as vault:
        with pytest.raises(WeakKdfParameters):
            unlock_for_check(vault, LOGIN, PASSPHRASE)
        assert not vault.is_unlocked


def test_unlock_for_check_reports_a_damaged_first_page_as_damage(tmp_path: Path) -> None:
    from app.core.setup import CoordinatorInfo, ServiceInfo, create_service_vault
    from app.security.kdf import MINIMUM, KdfPolicy

    created = create_service_vault(
        tmp_path / "v",
        ServiceInfo(name="Service"),
        CoordinatorInfo("Anne Test", "a.test"),
        PASSPHRASE,
        kdf=KdfPolicy(params=MINIMUM),
    )
    created.vault.close()
    with (tmp_path / "v" / "balise.db").open("r+b") as handle:
        handle.seek(100)
        handle.write(os.urandom(200))
    with Vault.open(tmp_path / "v") as vault:
        with pytest.raises(WrongPassphrase):
            unlock_for_check(vault, "a.test", "pas la bonne phrase")
        (tmp_path / "v" / "tentatives.json").unlink()
        with pytest.raises(VaultDamaged):
            unlock_for_check(vault, "a.test", PASSPHRASE)
