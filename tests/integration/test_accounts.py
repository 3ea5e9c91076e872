"""Team accounts: created with a one-time code, first passphrase chosen by the
user, deactivated (key slot removed), reactivated, reset — all traced."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import select

from app.core import accounts, auth
from app.core.integrity import keyring_problems
from app.core.one_time_code import canonical_code
from app.core.setup import CreatedVault
from app.core.vocabulary import Role
from app.errors import ValidationError, WrongPassphrase
from app.security.keyring import load_keyring
from app.storage.models import AuditEntry, User
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF

NEW_PASSPHRASE = "lune rousse sur le pont des arches"


@dataclass
class Opened:
    """The vault currently open (reopened like a new start of the app)."""

    vault: Vault


@pytest.fixture
def made(make_vault: Callable[..., CreatedVault]) -> Iterator[tuple]:
    created = make_vault()
    coordinator = auth.load_user_session(created.vault, LOGIN)
    issued = accounts.create_account(
        created.vault,
        coordinator,
        accounts.AccountInput("k.benali", "Karim Benali", Role.STREET_EDUCATOR, "62009"),
        kdf=TEST_KDF,
    )
    opened = Opened(created.vault)
    yield opened, coordinator, issued
    opened.vault.close()


def reopen(opened: Opened) -> Vault:
    folder = opened.vault.paths.root
    opened.vault.close()
    opened.vault = Vault.open(folder)
    return opened.vault


def keyring_sound(vault: Vault) -> list[str]:
    with vault.require_db().session() as s:
        return keyring_problems(load_keyring(vault.paths.keyring), s, allow_weak=True)


def account_entries(vault: Vault) -> list[str]:
    with vault.require_db().session() as s:
        return list(
            s.scalars(
                select(AuditEntry.detail)
                .where(AuditEntry.action == "account_changed")
                .order_by(AuditEntry.seq)
            )
        )


def test_new_account_opens_with_its_one_time_code_and_must_choose_a_passphrase(made) -> None:
    created, _, issued = made
    assert canonical_code(issued.code) == issued.code and len(issued.code) == 23
    assert keyring_sound(created.vault) == []
    vault = reopen(created)
    user = auth.unlock(vault, "k.benali", issued.code, kdf=TEST_KDF)
    assert user.role is Role.STREET_EDUCATOR
    assert accounts.must_choose_passphrase(vault, "k.benali")
    accounts.choose_passphrase(vault, "k.benali", NEW_PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
    assert not accounts.must_choose_passphrase(vault, "k.benali")
    vault = reopen(created)
    with pytest.raises(WrongPassphrase):
        auth.unlock(vault, "k.benali", issued.code, kdf=TEST_KDF)
    auth.UnlockThrottle(vault.paths.root).reset()
    auth.unlock(vault, "k.benali", NEW_PASSPHRASE, kdf=TEST_KDF)
    assert keyring_sound(vault) == []


def test_the_code_typed_loosely_still_opens(made) -> None:
    created, _, issued = made
    vault = reopen(created)
    loose = issued.code.replace("-", " ").lower().replace("0", "o")
    auth.unlock(vault, "k.benali", loose, kdf=TEST_KDF)


@pytest.mark.parametrize(
    ("login", "name", "field"),
    [("m.dupont", "Autre", "login"), ("Pas Valide!", "X", "login"), ("ok.login", " ", "full_name")],
    ids=["taken", "invalid", "no-name"],
)
def test_bad_account_input_is_refused_before_anything_is_written(
    made, login: str, name: str, field: str
) -> None:
    created, coordinator, _ = made
    slots = len(created.vault.keyring.slots)
    with pytest.raises(ValidationError) as refused:
        accounts.create_account(
            created.vault,
            coordinator,
            accounts.AccountInput(login, name, Role.SOCIAL_WORKER),
            kdf=TEST_KDF,
        )
    assert refused.value.field == field
    assert len(created.vault.keyring.slots) == slots


def test_deactivated_account_loses_its_key_slot(made) -> None:
    created, coordinator, issued = made
    accounts.deactivate_account(created.vault, coordinator, issued.user_id)
    assert not accounts.slot_matches(created.vault, "k.benali")
    assert keyring_sound(created.vault) == []
    with created.vault.require_db().session() as s:
        user = s.get(User, issued.user_id)
        assert not user.active and user.deactivated_at is not None and user.slot_id is None
    vault = reopen(created)
    with pytest.raises(WrongPassphrase):
        auth.unlock(vault, "k.benali", issued.code, kdf=TEST_KDF)


def test_reactivated_account_gets_a_new_code_and_must_choose_again(made) -> None:
    created, coordinator, issued = made
    accounts.deactivate_account(created.vault, coordinator, issued.user_id)
    again = accounts.reactivate_account(created.vault, coordinator, issued.user_id, kdf=TEST_KDF)
    assert again.code != issued.code
    assert keyring_sound(created.vault) == []
    vault = reopen(created)
    auth.unlock(vault, "k.benali", again.code, kdf=TEST_KDF)
    assert accounts.must_choose_passphrase(vault, "k.benali")


def test_reset_replaces_a_forgotten_passphrase_by_a_new_slot(made) -> None:
    created, coordinator, issued = made
    vault = created.vault
    accounts.choose_passphrase(vault, "k.benali", NEW_PASSPHRASE, NEW_PASSPHRASE, kdf=TEST_KDF)
    old_slot = vault.keyring.user_slot("k.benali").slot_id
    reset = accounts.reset_account_passphrase(vault, coordinator, issued.user_id, kdf=TEST_KDF)
    assert vault.keyring.user_slot("k.benali").slot_id != old_slot
    assert keyring_sound(vault) == []
    vault = reopen(created)
    with pytest.raises(WrongPassphrase):
        auth.unlock(vault, "k.benali", NEW_PASSPHRASE, kdf=TEST_KDF)
    auth.UnlockThrottle(vault.paths.root).reset()
    auth.unlock(vault, "k.benali", reset.code, kdf=TEST_KDF)
    assert accounts.must_choose_passphrase(vault, "k.benali")


def test_the_last_coordinator_and_oneself_cannot_be_deactivated(made) -> None:
    created, coordinator, _ = made
    with pytest.raises(ValidationError):
        accounts.deactivate_account(created.vault, coordinator, coordinator.user_id)
    with created.vault.require_db().session() as s, s.begin(), pytest.raises(ValidationError):
        accounts.update_account(
            s,
            coordinator,
            coordinator.user_id,
            accounts.AccountInput(LOGIN, "Marie Dupont", Role.SOCIAL_WORKER),
        )


def test_every_account_change_is_traced_without_names(made) -> None:
    created, coordinator, issued = made
    vault = created.vault
    with vault.require_db().session() as s, s.begin():
        accounts.update_account(
            s,
            coordinator,
            issued.user_id,
            accounts.AccountInput("k.benali", "Karim Benali-Renard", Role.SOCIAL_WORKER),
        )
    accounts.deactivate_account(vault, coordinator, issued.user_id)
    accounts.reactivate_account(vault, coordinator, issued.user_id, kdf=TEST_KDF)
    accounts.reset_account_passphrase(vault, coordinator, issued.user_id, kdf=TEST_KDF)
    accounts.renew_recovery_code(vault, coordinator, kdf=TEST_KDF)
    assert account_entries(vault) == [
        "created role=street_educator",
        "updated role=social_worker name commune",
        "deactivated",
        "reactivated",
        "passphrase_reset",
        "renewed",
    ]
    with vault.require_db().session() as s:
        rows = [tuple(str(v) for v in e.__dict__.values()) for e in s.scalars(select(AuditEntry))]
    assert not any("Karim" in value or "Benali-" in value for row in rows for value in row)
    assert not any(issued.code in value for row in rows for value in row)


def test_list_of_accounts_shows_state_and_role(made) -> None:
    created, coordinator, issued = made
    accounts.deactivate_account(created.vault, coordinator, issued.user_id)
    with created.vault.require_db().session() as s:
        listed = accounts.list_accounts(s, coordinator)
    assert [(a.login, a.active) for a in listed] == [(LOGIN, True), ("k.benali", False)]
    assert listed[1].role is Role.STREET_EDUCATOR and listed[1].commune_name


def test_coordinator_passphrase_still_works_after_team_changes(made) -> None:
    created, coordinator, issued = made
    accounts.deactivate_account(created.vault, coordinator, issued.user_id)
    vault = reopen(created)
    auth.unlock(vault, LOGIN, PASSPHRASE, kdf=TEST_KDF)
