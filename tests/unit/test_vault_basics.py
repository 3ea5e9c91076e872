"""Smoke tests of the vault life cycle against real SQLCipher files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import auth
from app.errors import VaultInUse, WrongPassphrase
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF


def test_created_vault_unlocks_with_its_passphrase(vault_dir: Path) -> None:
    with Vault.open(vault_dir) as vault:
        session = auth.unlock(vault, LOGIN, PASSPHRASE, kdf=TEST_KDF)
        assert session.login == LOGIN
        assert session.role.value == "coordinator"
        assert vault.require_db().cipher_version()


def test_wrong_passphrase_opens_nothing(vault_dir: Path) -> None:
    with Vault.open(vault_dir) as vault:
        with pytest.raises(WrongPassphrase):
            auth.unlock(vault, LOGIN, "pas la bonne phrase du tout", kdf=TEST_KDF)
        assert not vault.is_unlocked


def test_second_open_of_same_vault_is_refused(vault_dir: Path) -> None:
    with Vault.open(vault_dir):
        with pytest.raises(VaultInUse) as info:
            Vault.open(vault_dir)
        assert "déjà ouvert" in str(info.value)
