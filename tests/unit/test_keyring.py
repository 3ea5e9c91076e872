"""Key slots: the database key opens only with the right secret and an untouched slot."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import BaliseError, KeyringDamaged, VaultTooNew, WrongPassphrase
from app.security import keyring as keyring_module
from app.security.kdf import TEST_ONLY_WEAK, KdfParams
from app.security.keyring import (
    KIND_RECOVERY,
    KIND_USER,
    Keyring,
    load_keyring,
    login_hash,
    open_slot,
    save_keyring,
    seal_slot,
)
from app.security.keys import (
    SecretKey,
    generate_recovery_code,
    normalize_passphrase,
    normalize_recovery_code,
)

VAULT_ID = "6f1c2d0e-7a52-4a8e-9d3b-2b8c1f0e4a11"
PASSPHRASE = "cheval correct agrafe batterie"
LOGIN = "m.dupont"


def make_keyring(dek: SecretKey) -> tuple[Keyring, str]:
    code = generate_recovery_code()
    ring = Keyring(vault_id=VAULT_ID)
    ring.slots = [
        seal_slot(
            VAULT_ID,
            dek,
            normalize_passphrase(PASSPHRASE),
            TEST_ONLY_WEAK,
            kind=KIND_USER,
            login_hash_value=login_hash(VAULT_ID, LOGIN),
            allow_weak=True,
        ),
        seal_slot(
            VAULT_ID,
            dek,
            normalize_recovery_code(code).encode("ascii"),
            TEST_ONLY_WEAK,
            kind=KIND_RECOVERY,
            login_hash_value=None,
            allow_weak=True,
        ),
    ]
    return ring, code


@pytest.fixture(scope="module")
def sealed() -> tuple[bytes, dict[str, Any], str]:
    """A database key, the JSON of a keyring wrapping it, and its recovery code."""
    dek = SecretKey.generate()
    ring, code = make_keyring(dek)
    return dek.raw(), ring.to_json(), code


def test_user_and_recovery_slots_give_back_the_database_key(
    sealed: tuple[bytes, dict[str, Any], str],
) -> None:
    raw, doc, code = sealed
    ring = Keyring.from_json(json.loads(json.dumps(doc)))
    assert ring.unlock_user(LOGIN, PASSPHRASE, allow_weak=True).raw() == raw
    assert ring.unlock_user("  M.Dupont ", PASSPHRASE, allow_weak=True).raw() == raw
    assert ring.unlock_recovery(code.lower().replace("-", " "), allow_weak=True).raw() == raw


def test_passphrase_is_unicode_normalised(sealed: tuple[bytes, dict[str, Any], str]) -> None:
    raw, doc, _ = sealed
    ring = Keyring.from_json(doc)
    slot = seal_slot(
        VAULT_ID,
        SecretKey(raw),
        normalize_passphrase("Hélène Çelik, 4920"),  # precomposed é, è, Ç
        TEST_ONLY_WEAK,
        kind=KIND_USER,
        login_hash_value=login_hash(VAULT_ID, "h.celik"),
        allow_weak=True,
    )
    ring.put_slot(slot)
    decomposed = "He\u0301le\u0300ne C\u0327elik, 4920"
    assert ring.unlock_user("h.celik", decomposed, allow_weak=True).raw() == raw


@pytest.mark.parametrize("login", [LOGIN, "inconnu"])
def test_wrong_passphrase_and_unknown_login_get_the_same_answer(
    sealed: tuple[bytes, dict[str, Any], str], login: str
) -> None:
    ring = Keyring.from_json(sealed[1])
    secret = PASSPHRASE if login != LOGIN else "mauvaise phrase de passe"
    with pytest.raises(WrongPassphrase) as info:
        ring.unlock_user(login, secret, allow_weak=True)
    assert str(info.value).startswith("Identifiant ou phrase de passe incorrect")


def test_keyring_file_reveals_no_login_passphrase_or_key(
    sealed: tuple[bytes, dict[str, Any], str], tmp_path: Path
) -> None:
    raw, doc, code = sealed
    path = tmp_path / "keyring.json"
    save_keyring(path, Keyring.from_json(doc))
    text = path.read_text(encoding="utf-8")
    for secret in (LOGIN, PASSPHRASE, code, raw.hex()):
        assert secret not in text
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)


def test_login_hash_is_per_vault_and_normalised() -> None:
    assert login_hash(VAULT_ID, " M.Dupont ") == login_hash(VAULT_ID, LOGIN)
    assert login_hash("autre", LOGIN) != login_hash(VAULT_ID, LOGIN)
    assert LOGIN not in login_hash(VAULT_ID, LOGIN)


FIELDS = ["slot_id", "kind", "login_hash", "salt", "nonce", "wrapped_key"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_edit_of_a_slot_is_refused_or_harmless(
    sealed: tuple[bytes, dict[str, Any], str], data: st.DataObject
) -> None:
    raw, doc, _ = sealed
    slot = json.loads(json.dumps(doc["slots"][0]))
    field = data.draw(st.sampled_from([*FIELDS, "memory_kib", "iterations", "lanes"]))
    if field in ("memory_kib", "iterations", "lanes"):
        slot["kdf"][field] = data.draw(st.integers(min_value=-2, max_value=64))
    elif field in ("salt", "nonce", "wrapped_key"):
        blob = bytearray(keyring_module._unb64(slot[field]))
        index = data.draw(st.integers(min_value=0, max_value=len(blob) - 1))
        blob[index] ^= data.draw(st.integers(min_value=1, max_value=255))
        slot[field] = keyring_module._b64(bytes(blob))
    else:
        slot[field] = data.draw(st.text(max_size=70))
    changed = slot != doc["slots"][0]
    try:
        ring = Keyring.from_json({**doc, "slots": [slot]})
        key = ring.unlock_user(LOGIN, PASSPHRASE, allow_weak=True)
    except BaliseError:
        return  # refused cleanly (KeyringDamaged while reading, or at unlock)
    # Opened: only possible when nothing that matters was changed.
    assert key.raw() == raw
    assert not changed


@settings(max_examples=200, deadline=None)
@given(content=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_random_keyring_content_is_refused_as_damaged(content: bytes) -> None:
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"balise-hyp-{os.getpid()}.json"
    try:
        path.write_bytes(content)
        with pytest.raises((KeyringDamaged, VaultTooNew)):
            load_keyring(path)
    finally:
        path.unlink(missing_ok=True)


@settings(max_examples=100, deadline=None)
@given(
    value=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=10), children, max_size=3)
        ),
        max_leaves=10,
    ),
    where=st.sampled_from(["slots", "vault_id", "kdf", "salt", "slot"]),
)
def test_malformed_structure_is_refused_as_damaged_or_loads(value: Any, where: str) -> None:
    dek = SecretKey(b"\x01" * 32)
    doc = Keyring(vault_id=VAULT_ID, slots=[]).to_json()
    slot = seal_slot(
        VAULT_ID,
        dek,
        b"x" * 12,
        TEST_ONLY_WEAK,
        kind=KIND_USER,
        login_hash_value=login_hash(VAULT_ID, LOGIN),
        allow_weak=True,
    ).to_json()
    if where == "slots":
        doc["slots"] = value
    elif where == "vault_id":
        doc["vault_id"], doc["slots"] = value, [slot]
    elif where == "slot":
        doc["slots"] = [slot, value]
    else:
        slot[where] = value
        doc["slots"] = [slot]
    # Never a generic error: the structure loads, or it is KeyringDamaged.
    with contextlib.suppress(KeyringDamaged):
        Keyring.from_json(json.loads(json.dumps(doc)))


def test_newer_keyring_format_asks_for_the_latest_version(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    path.write_text(json.dumps({"format": 2, "vault_id": VAULT_ID, "slots": []}))
    with pytest.raises(VaultTooNew) as info:
        load_keyring(path)
    assert "Installez la dernière version" in str(info.value)


def test_failed_save_leaves_the_old_keyring_and_no_temp_file(
    sealed: tuple[bytes, dict[str, Any], str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keyring.json"
    ring = Keyring.from_json(sealed[1])
    save_keyring(path, ring)
    before = path.read_bytes()

    def crash(*_: object) -> None:
        raise OSError("disque plein")

    monkeypatch.setattr(keyring_module.os, "replace", crash)
    ring.remove_slot(ring.slots[0].slot_id)
    with pytest.raises(OSError):
        save_keyring(path, ring)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keyring.json"]


def test_slot_header_authenticates_every_parameter(
    sealed: tuple[bytes, dict[str, Any], str],
) -> None:
    raw, doc, _ = sealed
    slot = Keyring.from_json(doc).slots[0]
    secret = normalize_passphrase(PASSPHRASE)
    assert open_slot(VAULT_ID, slot, secret, allow_weak=True).raw() == raw
    stronger = KdfParams(memory_kib=2048, iterations=1, lanes=1)
    for edited in (replace(slot, kdf=stronger), replace(slot, kind=KIND_RECOVERY)):
        with pytest.raises(WrongPassphrase):
            open_slot(VAULT_ID, edited, secret, allow_weak=True)
    with pytest.raises(WrongPassphrase):
        open_slot("autre-coffre", slot, secret, allow_weak=True)


def test_secret_key_is_wiped_and_never_shown() -> None:
    material = bytearray(os.urandom(32))
    original = bytes(material)
    key = SecretKey(material)
    assert material == bytearray(32)  # the caller's buffer was zeroed in place
    assert key.raw() == original
    assert original.hex() not in repr(key)
    inner = key._buf
    key.wipe()
    assert inner == bytearray(32) and key.is_wiped
    assert repr(key) == "SecretKey(<wiped>)"
    with pytest.raises(BaliseError):
        key.hex()
