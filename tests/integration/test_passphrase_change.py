"""SECURITY.md #5: changing a passphrase rewrites only its slot, atomically:
killed at any moment, the old or the new passphrase still opens the vault.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import pytest

from app.core import auth
from app.core.setup import CreatedVault
from app.errors import WrongPassphrase
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.forking import fork_child

PASSPHRASE_B = "lanterne bleue sur le quai de Huy"
COLLEAGUE = "a.martin"
COLLEAGUE_PASSPHRASE = "marronnier du parc d'Avroy"
KILLS = 40
MAX_DELAY_SECONDS = 0.05


def slots_by_id(folder: Path) -> dict[str, dict[str, Any]]:
    doc = json.loads((folder / "keyring.json").read_text(encoding="utf-8"))
    return {slot["slot_id"]: slot for slot in doc["slots"]}


def header(folder: Path) -> dict[str, Any]:
    doc = json.loads((folder / "keyring.json").read_text(encoding="utf-8"))
    return {k: v for k, v in doc.items() if k != "slots"}


def opens_with(folder: Path, login: str, passphrase: str) -> bool:
    with Vault.open(folder) as vault:
        try:
            vault.unlock(login, passphrase, kdf=TEST_KDF, migrate=False)
        except WrongPassphrase:
            return False
        return vault.is_unlocked


@pytest.fixture
def two_user_vault(make_vault: Callable[..., CreatedVault], tmp_path: Path) -> CreatedVault:
    """A vault with the coordinator, a colleague and the recovery slot (still unlocked)."""
    created = make_vault(tmp_path / "coffre")
    created.vault.set_user_passphrase(COLLEAGUE, COLLEAGUE_PASSPHRASE, kdf=TEST_KDF)
    return created


def test_change_rewrites_only_the_users_slot(two_user_vault: CreatedVault) -> None:
    vault = two_user_vault.vault
    folder = vault.paths.root
    before = slots_by_id(folder)
    own_id = vault.keyring.user_slot(LOGIN).slot_id
    top = header(folder)

    auth.change_passphrase(vault, LOGIN, PASSPHRASE, PASSPHRASE_B, PASSPHRASE_B, kdf=TEST_KDF)

    after = slots_by_id(folder)
    assert list(after) == list(before)  # same slots, same order, same ids
    # The audit trail's head moves (the change itself is traced); nothing else does.
    new_top = header(folder)
    assert new_top.pop("audit_head", None) is not None
    top.pop("audit_head", None)
    assert new_top == top
    for slot_id, slot in before.items():
        if slot_id != own_id:
            assert after[slot_id] == slot  # every other slot byte-for-byte the same
    changed = after[own_id]
    for name in ("salt", "nonce", "wrapped_key"):
        assert changed[name] != before[own_id][name]
    vault.close()
    assert opens_with(folder, LOGIN, PASSPHRASE_B)
    assert not opens_with(folder, LOGIN, PASSPHRASE)
    assert opens_with(folder, COLLEAGUE, COLLEAGUE_PASSPHRASE)
    with Vault.open(folder) as reopened:
        reopened.unlock_with_recovery(two_user_vault.recovery_code, kdf=TEST_KDF)
        assert reopened.is_unlocked


def flip_passphrase_forever(folder: Path) -> Callable[[Callable[[], None]], NoReturn]:
    """Child: open the vault, then change A→B→A→… as fast as possible."""

    def work(ready: Callable[[], None]) -> NoReturn:
        vault = Vault.open(folder)
        current, other = PASSPHRASE, PASSPHRASE_B
        try:
            vault.unlock(LOGIN, current, kdf=TEST_KDF, migrate=False)
        except WrongPassphrase:
            current, other = other, current
            vault.unlock(LOGIN, current, kdf=TEST_KDF, migrate=False)
        ready()
        while True:
            auth.change_passphrase(vault, LOGIN, current, other, other, kdf=TEST_KDF)
            current, other = other, current

    return work


def test_killed_during_changes_old_or_new_passphrase_still_opens(
    two_user_vault: CreatedVault,
) -> None:
    seed = int(os.environ.get("BALISE_CRASH_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    folder = two_user_vault.vault.paths.root
    two_user_vault.vault.close()  # no connection may cross a fork
    others = slots_by_id(folder)
    with Vault.open(folder) as vault:
        own_id = vault.keyring.user_slot(LOGIN).slot_id
    others.pop(own_id)
    current = PASSPHRASE
    flips = 0

    for kill in range(KILLS):
        child = fork_child(flip_passphrase_forever(folder))
        if rng.random() < 0.9:
            assert child.wait_ready(), f"seed {seed}, kill {kill}: child never got ready"
        time.sleep(rng.uniform(0.0, MAX_DELAY_SECONDS))
        assert child.kill(), f"seed {seed}, kill {kill}: child ended by itself"

        slots = slots_by_id(folder)  # still valid JSON
        assert {k: v for k, v in slots.items() if k != own_id} == others
        with Vault.open(folder) as vault:  # the dead child's lock is gone
            opened = []
            for candidate in (PASSPHRASE, PASSPHRASE_B):
                try:
                    vault.unlock(LOGIN, candidate, kdf=TEST_KDF, migrate=False)
                    opened.append(candidate)
                except WrongPassphrase:
                    pass
                vault.lock()
        assert len(opened) == 1, f"seed {seed}, kill {kill}: {len(opened)} passphrases open"
        flips += opened[0] != current
        current = opened[0]

    assert opens_with(folder, COLLEAGUE, COLLEAGUE_PASSPHRASE)
    assert flips >= KILLS // 5, f"seed {seed}: only {flips} kills after a change"
