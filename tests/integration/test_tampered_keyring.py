"""SECURITY.md #4: a wrong passphrase, or a key slot edited by hand (bits
flipped, KDF parameters lowered or raised), gives a clean refusal and opens nothing.
"""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core import auth
from app.core.integrity import keyring_file_problems
from app.errors import BaliseError, KeyringDamaged, WeakKdfParameters, WrongPassphrase
from app.security.kdf import MINIMUM, PRODUCTION, KdfPolicy
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF

MINIMUM_KDF = KdfPolicy(params=MINIMUM)  # what production accepts at the least
FRENCH = {
    WrongPassphrase: "phrase de passe incorrect",
    WeakKdfParameters: "Le trousseau de clés",
    KeyringDamaged: "Le trousseau de clés du coffre (keyring.json) est illisible",
}
Edit = Callable[[dict[str, Any]], None]


def user_slot(doc: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in doc["slots"] if s["kind"] == "user")


def recovery_slot(doc: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in doc["slots"] if s["kind"] == "recovery")


def flip_bit(field: str, slot: Callable[[dict[str, Any]], dict[str, Any]] = user_slot) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        raw = bytearray(base64.b64decode(slot(doc)[field]))
        raw[len(raw) // 2] ^= 0x01
        slot(doc)[field] = base64.b64encode(bytes(raw)).decode()

    return edit


def set_kdf(**changes: int) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        user_slot(doc)["kdf"].update(changes)

    return edit


def set_field(name: str, value: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        user_slot(doc)[name] = value

    return edit


def edit_keyring(folder: Path, edit: Edit) -> None:
    path = folder / "keyring.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    edit(doc)
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")


def assert_refused(
    folder: Path,
    expected: type[BaliseError],
    *,
    kdf: KdfPolicy = TEST_KDF,
    passphrase: str = PASSPHRASE,
    recovery: str | None = None,
) -> None:
    before = (folder / "keyring.json").read_bytes()
    with Vault.open(folder) as vault:
        with pytest.raises(expected) as info:
            if recovery is None:
                vault.unlock(LOGIN, passphrase, kdf=kdf)
            else:
                vault.unlock_with_recovery(recovery, kdf=kdf)
        assert not vault.is_unlocked
        assert vault.db is None
    assert FRENCH[expected] in str(info.value)
    assert (folder / "keyring.json").read_bytes() == before  # nothing rewritten


@pytest.fixture(scope="module")
def minimum_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A closed vault whose slots use exactly the production minimum."""
    folder = tmp_path_factory.mktemp("minimum") / "coffre"
    created = Vault.create(folder, login=LOGIN, passphrase=PASSPHRASE, kdf=MINIMUM_KDF)
    created.vault.close()
    return folder, created.recovery_code


@pytest.fixture(scope="module")
def weak_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed vault with the weak test slots, made once and copied by ``vault_dir``."""
    folder = tmp_path_factory.mktemp("weak") / "coffre"
    Vault.create(folder, login=LOGIN, passphrase=PASSPHRASE, kdf=TEST_KDF).vault.close()
    return folder


@pytest.fixture
def vault_dir(weak_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the weak template (overrides the slower conftest fixture)."""
    return copy_of(weak_template, tmp_path)


def copy_of(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copie"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("balise.lock"))
    return target


def test_wrong_passphrase_opens_nothing(vault_dir: Path) -> None:
    assert_refused(vault_dir, WrongPassphrase, passphrase="cheval correct agrafe batteriE")


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (flip_bit("wrapped_key"), WrongPassphrase),
        (flip_bit("salt"), WrongPassphrase),
        (flip_bit("nonce"), WrongPassphrase),
        (set_field("login_hash", "0" * 64), WrongPassphrase),
        (set_field("kind", "recovery"), WrongPassphrase),
        (set_field("slot_id", "00000000-0000-0000-0000-000000000000"), WrongPassphrase),
        (set_kdf(memory_kib=512), WrongPassphrase),  # lowered: header no longer authentic
        (set_kdf(memory_kib=2048), WrongPassphrase),  # raised
        (set_kdf(iterations=2), WrongPassphrase),
        (set_kdf(lanes=2), WrongPassphrase),
        (set_kdf(lanes=0), WeakKdfParameters),
        (lambda doc: doc.update(vault_id="autre-coffre"), WrongPassphrase),
        (set_field("wrapped_key", "pas du base64 !"), KeyringDamaged),
        (lambda doc: user_slot(doc).pop("salt"), KeyringDamaged),
    ],
    ids=[
        "wrapped-key-bit",
        "salt-bit",
        "nonce-bit",
        "login-hash",
        "kind",
        "slot-id",
        "memory-lowered",
        "memory-raised",
        "iterations-raised",
        "lanes-raised",
        "lanes-zero",
        "vault-id",
        "not-base64",
        "salt-missing",
    ],
)
def test_edited_user_slot_is_refused(
    vault_dir: Path, edit: Edit, expected: type[BaliseError]
) -> None:
    edit_keyring(vault_dir, edit)
    if expected is KeyringDamaged:  # refused as soon as the folder is opened
        with pytest.raises(KeyringDamaged) as info:
            Vault.open(vault_dir)
        assert FRENCH[KeyringDamaged] in str(info.value)
        return
    assert_refused(vault_dir, expected)


@pytest.mark.parametrize("field", ["wrapped_key", "salt", "nonce"])
def test_edited_recovery_slot_is_refused(make_vault: Any, tmp_path: Path, field: str) -> None:
    created = make_vault(tmp_path / "coffre")
    created.vault.close()
    edit_keyring(tmp_path / "coffre", flip_bit(field, recovery_slot))
    with Vault.open(tmp_path / "coffre") as vault:
        with pytest.raises(WrongPassphrase) as info:
            vault.unlock_with_recovery(created.recovery_code, kdf=TEST_KDF)
        assert not vault.is_unlocked and vault.db is None
    assert "Code de récupération incorrect" in str(info.value)


@pytest.mark.parametrize(
    "changes",
    [{"memory_kib": 8192}, {"memory_kib": 65535}, {"iterations": 2}, {"lanes": 1}],
    ids=["memory-8MiB", "memory-minus-1KiB", "iterations-2", "lanes-1"],
)
def test_kdf_lowered_below_minimum_is_refused_by_production_before_deriving(
    minimum_vault: tuple[Path, str], tmp_path: Path, changes: dict[str, int]
) -> None:
    folder = copy_of(minimum_vault[0], tmp_path)
    edit_keyring(folder, set_kdf(**changes))
    assert_refused(folder, WeakKdfParameters, kdf=PRODUCTION)


def test_kdf_raised_is_refused_by_production(
    minimum_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder = copy_of(minimum_vault[0], tmp_path)
    edit_keyring(folder, set_kdf(memory_kib=2 * MINIMUM.memory_kib))
    assert_refused(folder, WrongPassphrase, kdf=PRODUCTION)


def test_untouched_minimum_vault_opens_with_production_policy(
    minimum_vault: tuple[Path, str], tmp_path: Path
) -> None:
    folder = copy_of(minimum_vault[0], tmp_path)
    with Vault.open(folder) as vault:
        vault.unlock(LOGIN, PASSPHRASE, kdf=PRODUCTION)
        assert vault.is_unlocked
        vault.lock()
        vault.unlock_with_recovery(minimum_vault[1], kdf=PRODUCTION)
        assert vault.is_unlocked


def test_vault_made_with_weak_test_parameters_is_refused_by_production(vault_dir: Path) -> None:
    assert_refused(vault_dir, WeakKdfParameters, kdf=PRODUCTION)
    with Vault.open(vault_dir) as vault:
        with pytest.raises(WeakKdfParameters):
            auth.unlock(vault, LOGIN, PASSPHRASE)  # the application's default policy
        assert not vault.is_unlocked


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{",
        b"null",
        b"[]",
        b'"keyring"',
        b"{}",
        b'{"format": 1}',
        b'{"format": 1, "vault_id": "x", "slots": 3}',
        b'{"format": 1, "vault_id": "x", "slots": [{"slot_id": "a"}]}',
        b'{"format": "1", "vault_id": "x", "slots": []}',
        b"\xff\xfe\x00garbage",
        bytes(range(256)),
    ],
)
def test_garbage_keyring_is_refused_as_damaged(vault_dir: Path, content: bytes) -> None:
    (vault_dir / "keyring.json").write_bytes(content)
    for _ in range(2):  # the refusal also releases the instance lock
        with pytest.raises(KeyringDamaged) as info:
            Vault.open(vault_dir)
        assert FRENCH[KeyringDamaged] in str(info.value)


def set_kdf_value(name: str, value: Any) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        user_slot(doc)["kdf"][name] = value

    return edit


def as_float(name: str) -> Edit:
    """The same number written as a float (1024.0): equal in Python, not what was written."""

    def edit(doc: dict[str, Any]) -> None:
        kdf = user_slot(doc)["kdf"]
        kdf[name] = float(kdf[name])

    return edit


def set_blob(
    name: str, length: int, slot: Callable[[dict[str, Any]], dict[str, Any]] = user_slot
) -> Edit:
    def edit(doc: dict[str, Any]) -> None:
        slot(doc)[name] = base64.b64encode(b"\x07" * length).decode()

    return edit


def duplicate_slot_id(doc: dict[str, Any]) -> None:
    recovery_slot(doc)["slot_id"] = user_slot(doc)["slot_id"]


@pytest.mark.parametrize(
    "edit",
    [
        set_kdf_value("memory_kib", 65536.5),
        as_float("memory_kib"),
        as_float("iterations"),
        set_kdf_value("memory_kib", "1024"),
        set_kdf_value("lanes", True),
        set_kdf_value("iterations", None),
        set_kdf_value("name", 7),
        lambda doc: user_slot(doc)["kdf"].pop("name"),
        lambda doc: user_slot(doc)["kdf"].update(parallelism=4),
        set_blob("salt", 8),
        set_blob("salt", 0),
        set_blob("nonce", 8),
        set_blob("nonce", 16),
        set_blob("wrapped_key", 32),
        set_blob("nonce", 4, recovery_slot),
        set_field("salt", 12345),
        set_field("login_hash", 42),
        set_field("login_hash", "pas un hachage"),
        set_field("slot_id", 7),
        set_field("slot_id", ""),
        set_field("kind", "admin"),
        set_field("kdf", [1024, 1, 1]),
        set_field("comment", "ajouté à la main"),
        set_field("salt", [[[[[["profond"]]]]]]),
        duplicate_slot_id,
        lambda doc: doc.update(format=True),
        lambda doc: doc.update(format=1.0),
        lambda doc: doc.update(demo="false"),
        lambda doc: doc.update(demo=0),
        lambda doc: doc.update(vault_id=123),
        lambda doc: doc["slots"].append("slot"),
    ],
    ids=[
        "memory-half-kib",
        "memory-as-float",
        "iterations-as-float",
        "memory-as-string",
        "lanes-as-bool",
        "iterations-null",
        "kdf-name-int",
        "kdf-name-missing",
        "kdf-unknown-parameter",
        "salt-short",
        "salt-empty",
        "nonce-short",
        "nonce-long",
        "wrapped-key-short",
        "recovery-nonce-short",
        "salt-int",
        "login-hash-int",
        "login-hash-not-hex",
        "slot-id-int",
        "slot-id-empty",
        "kind-unknown",
        "kdf-list",
        "slot-unknown-field",
        "salt-nested",
        "slot-id-twice",
        "format-bool",
        "format-float",
        "demo-string",
        "demo-int",
        "vault-id-int",
        "slot-not-an-object",
    ],
)
def test_a_value_not_exactly_as_written_is_refused_as_damaged(vault_dir: Path, edit: Edit) -> None:
    edit_keyring(vault_dir, edit)
    before = (vault_dir / "keyring.json").read_bytes()
    for _ in range(2):  # the refusal also releases the instance lock
        with pytest.raises(KeyringDamaged) as info:
            Vault.open(vault_dir)
        assert FRENCH[KeyringDamaged] in str(info.value)
    assert (vault_dir / "keyring.json").read_bytes() == before


def _valid_text(vault_dir: Path) -> str:
    return (vault_dir / "keyring.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "content",
    [
        lambda _t: "[" * 100_000 + "]" * 100_000,
        lambda _t: '{"a":' * 50_000 + "1" + "}" * 50_000,
        lambda t: t.replace('"format": 1', '"format": 1, "format": 1', 1),
        lambda t: t.replace('"demo": false', '"demo": false, "demo": true', 1),
        lambda t: t.replace('"format": 1', '"format": NaN', 1),
        lambda t: t.replace('"format": 1', '"format": 1, "bourrage": "' + "x" * 5_000_000 + '"', 1),
        lambda t: t.rstrip()[:-1] + ', "nested": ' + "[" * 5000 + "]" * 5000 + "}",
    ],
    ids=[
        "deep-list",
        "deep-object",
        "duplicate-key",
        "duplicate-key-other-value",
        "nan",
        "oversized",
        "deep-extra-key",
    ],
)
def test_hostile_json_is_refused_as_damaged_never_a_generic_error(
    vault_dir: Path, content: Callable[[str], str]
) -> None:
    text = content(_valid_text(vault_dir))
    (vault_dir / "keyring.json").write_text(text, encoding="utf-8")
    with pytest.raises(KeyringDamaged) as info:
        Vault.open(vault_dir)
    assert FRENCH[KeyringDamaged] in str(info.value)


def test_unknown_top_level_keys_are_kept_and_the_vault_opens(vault_dir: Path) -> None:
    edit_keyring(vault_dir, lambda doc: doc.update(note={"ajoutée": [1, 2, 3]}))
    with Vault.open(vault_dir) as vault:
        vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
        assert vault.is_unlocked
        assert vault.keyring.extra["note"] == {"ajoutée": [1, 2, 3]}


def test_balise_check_reports_deeply_nested_json_as_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "keyring.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert keyring_file_problems(path) == ["Le trousseau de clés (keyring.json) est illisible."]
