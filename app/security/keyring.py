"""Key slots: the database key wrapped once per user and once for recovery.

``keyring.json`` holds, per slot, the Argon2id parameters and salt, and the
database key (DEK) encrypted with AES-256-GCM under the key derived from the
passphrase (KEK). The slot header is the GCM associated data, so editing any
of it (KDF parameters, salt, login, vault id) makes the slot refuse to open.
The file reveals nothing about cases; logins are stored only as hashes.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
import secrets
import tempfile
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.errors import KeyringDamaged, VaultTooNew, WeakKdfParameters, WrongPassphrase
from app.i18n import tr
from app.security.kdf import SALT_LENGTH, KdfParams, check_params, derive_key
from app.security.keys import SecretKey, normalize_passphrase, normalize_recovery_code, wipe
from app.system import can_fsync_directory, make_private

KEYRING_FORMAT = 1
KIND_USER = "user"
KIND_RECOVERY = "recovery"
NONCE_LENGTH = 12
#: the 32-byte database key and the 16-byte GCM tag
WRAPPED_KEY_LENGTH = 32 + 16
#: a keyring holds a few slots of about 400 bytes: anything this large was not written by Balise
MAX_KEYRING_BYTES = 4 * 1024 * 1024
_SLOT_KEYS = frozenset({"slot_id", "kind", "login_hash", "kdf", "salt", "nonce", "wrapped_key"})
_KDF_KEYS = frozenset({"memory_kib", "iterations", "lanes", "name"})
_LOGIN_HASH = re.compile(r"[0-9a-f]{64}")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# -- strict reading: a value must be exactly what Balise writes -----------------------
# Python would take 65536.5, true or "65536" for an int, and a short salt or
# nonce only fails deep inside the crypto library. Every such edit is refused
# here, with the same KeyringDamaged as any other damage.


def _damaged() -> KeyringDamaged:
    return KeyringDamaged(damaged_message())


def _mapping(value: object, keys: frozenset[str] | None = None) -> dict[str, Any]:
    if not isinstance(value, dict) or (keys is not None and set(value) != keys):
        raise _damaged()
    return value


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if type(value) is not int:  # not a bool, a float or a string of digits
        raise _damaged()
    return value


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise _damaged()
    return value


def _blob(data: dict[str, Any], key: str, length: int) -> bytes:
    value = data.get(key)
    if not isinstance(value, str):
        raise _damaged()
    try:
        raw = _unb64(value)
    except (ValueError, UnicodeEncodeError):
        raise _damaged() from None
    if len(raw) != length:
        raise _damaged()
    return raw


def _kdf_params(value: object) -> KdfParams:
    data = _mapping(value, _KDF_KEYS)
    return KdfParams(
        memory_kib=_int(data, "memory_kib"),
        iterations=_int(data, "iterations"),
        lanes=_int(data, "lanes"),
        name=_text(data, "name"),
    )


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data = dict(pairs)
    if len(data) != len(pairs):  # JSON would silently keep the last one
        raise _damaged()
    return data


def _no_constants(name: str) -> object:
    raise _damaged()  # NaN, Infinity, -Infinity: never written by Balise


def login_hash(vault_id: str, login: str) -> str:
    """Hash under which a login is stored in the keyring (no names in clear)."""
    material = f"balise-login\0{vault_id}\0{login.strip().casefold()}".encode()
    return hashlib.sha256(material).hexdigest()


def wrong_credentials() -> WrongPassphrase:
    return WrongPassphrase(
        tr("Identifiant ou phrase de passe incorrect. Vérifiez la saisie et réessayez.")
    )


@dataclass(frozen=True)
class KeySlot:
    """One wrapped copy of the database key."""

    slot_id: str
    kind: str
    login_hash: str | None
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def header(self, vault_id: str) -> bytes:
        """The authenticated header (GCM associated data)."""
        data = {
            "format": KEYRING_FORMAT,
            "vault_id": vault_id,
            "slot_id": self.slot_id,
            "kind": self.kind,
            "login_hash": self.login_hash,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
        }
        return json.dumps(data, sort_keys=True, separators=(",", ":")).encode()

    def to_json(self) -> dict[str, Any]:
        return {
            "slot_id": self.slot_id,
            "kind": self.kind,
            "login_hash": self.login_hash,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, data: object) -> KeySlot:
        """A slot exactly as :meth:`to_json` writes it; anything else is KeyringDamaged."""
        slot = _mapping(data, _SLOT_KEYS)
        kind = _text(slot, "kind")
        hashed = slot["login_hash"]
        if kind not in (KIND_USER, KIND_RECOVERY) or not (
            hashed is None or (isinstance(hashed, str) and _LOGIN_HASH.fullmatch(hashed))
        ):
            raise _damaged()
        return cls(
            slot_id=_text(slot, "slot_id"),
            kind=kind,
            login_hash=hashed,
            kdf=_kdf_params(slot["kdf"]),
            salt=_blob(slot, "salt", SALT_LENGTH),
            nonce=_blob(slot, "nonce", NONCE_LENGTH),
            wrapped_key=_blob(slot, "wrapped_key", WRAPPED_KEY_LENGTH),
        )


def seal_slot(
    vault_id: str,
    dek: SecretKey,
    secret: bytes,
    params: KdfParams,
    *,
    kind: str,
    login_hash_value: str | None,
    slot_id: str | None = None,
    allow_weak: bool = False,
) -> KeySlot:
    """Wrap ``dek`` under a key derived from ``secret``."""
    salt = secrets.token_bytes(SALT_LENGTH)
    nonce = secrets.token_bytes(12)
    draft = KeySlot(
        slot_id=slot_id or str(uuid.uuid4()),
        kind=kind,
        login_hash=login_hash_value,
        kdf=params,
        salt=salt,
        nonce=nonce,
        wrapped_key=b"",
    )
    kek = derive_key(secret, salt, params, allow_weak=allow_weak)
    try:
        wrapped = AESGCM(bytes(kek)).encrypt(nonce, dek.raw(), draft.header(vault_id))
    finally:
        wipe(kek)
    return replace(draft, wrapped_key=wrapped)


def open_slot(
    vault_id: str, slot: KeySlot, secret: bytes, *, allow_weak: bool = False
) -> SecretKey:
    """Unwrap the database key from ``slot``; raise :class:`WrongPassphrase`."""
    check_params(slot.kdf, allow_weak=allow_weak)
    kek = derive_key(secret, slot.salt, slot.kdf, allow_weak=allow_weak)
    try:
        raw = AESGCM(bytes(kek)).decrypt(slot.nonce, slot.wrapped_key, slot.header(vault_id))
    except InvalidTag:
        raise wrong_credentials() from None
    finally:
        wipe(kek)
    return SecretKey(bytearray(raw))


@dataclass
class Keyring:
    """The content of ``keyring.json``."""

    vault_id: str
    slots: list[KeySlot] = field(default_factory=list)
    demo: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    # -- lookup -----------------------------------------------------------------
    def user_slot(self, login: str) -> KeySlot | None:
        wanted = login_hash(self.vault_id, login)
        return next((s for s in self.slots if s.kind == KIND_USER and s.login_hash == wanted), None)

    def slot_by_id(self, slot_id: str) -> KeySlot | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    def recovery_slot(self) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == KIND_RECOVERY), None)

    # -- unlock -----------------------------------------------------------------
    def unlock_user(self, login: str, passphrase: str, *, allow_weak: bool = False) -> SecretKey:
        """The database key for ``login`` with ``passphrase``."""
        slot = self.user_slot(login)
        secret = normalize_passphrase(passphrase)
        if slot is None:
            # Same work and same answer as a wrong passphrase: no login probing.
            dummy = self.slots[0] if self.slots else None
            if dummy is not None:
                with contextlib.suppress(WrongPassphrase, WeakKdfParameters):
                    derive_key(secret, dummy.salt, dummy.kdf, allow_weak=allow_weak)
            raise wrong_credentials()
        return open_slot(self.vault_id, slot, secret, allow_weak=allow_weak)

    def unlock_recovery(self, code: str, *, allow_weak: bool = False) -> SecretKey:
        slot = self.recovery_slot()
        if slot is None:
            raise KeyringDamaged(tr("Ce coffre n'a pas de code de récupération."))
        secret = normalize_recovery_code(code).encode("ascii", "replace")
        try:
            return open_slot(self.vault_id, slot, secret, allow_weak=allow_weak)
        except WrongPassphrase:
            raise WrongPassphrase(
                tr("Code de récupération incorrect. Vérifiez chaque groupe de caractères.")
            ) from None

    # -- changes ----------------------------------------------------------------
    def put_slot(self, slot: KeySlot) -> None:
        """Add ``slot`` or replace the slot with the same id."""
        for i, existing in enumerate(self.slots):
            if existing.slot_id == slot.slot_id:
                self.slots[i] = slot
                return
        self.slots.append(slot)

    def remove_slot(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot_id]

    # -- (de)serialisation --------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.extra)
        data.update(
            {
                "format": KEYRING_FORMAT,
                "vault_id": self.vault_id,
                "demo": self.demo,
                "slots": [s.to_json() for s in self.slots],
            }
        )
        return data

    @classmethod
    def from_json(cls, data: object) -> Keyring:
        """The keyring exactly as :meth:`to_json` writes it.

        Raises :class:`VaultTooNew` for a later format and :class:`KeyringDamaged`
        for anything Balise did not write (a wrong type, a short salt, an unknown
        slot field, two slots with one id…). Unknown top-level keys are kept.
        """
        data = _mapping(data)
        fmt = data.get("format")
        if type(fmt) is int and fmt > KEYRING_FORMAT:
            raise VaultTooNew(
                tr(
                    "Ce coffre a été créé par une version plus récente de Balise. "
                    "Installez la dernière version pour l'ouvrir."
                )
            )
        if type(fmt) is not int or fmt != KEYRING_FORMAT:
            raise _damaged()
        known = {"format", "vault_id", "demo", "slots"}
        if not isinstance(data.get("slots"), list) or type(data.get("demo", False)) is not bool:
            raise _damaged()
        slots = [KeySlot.from_json(s) for s in data["slots"]]
        if len({s.slot_id for s in slots}) != len(slots):
            raise _damaged()
        return cls(
            vault_id=_text(data, "vault_id"),
            slots=slots,
            demo=data.get("demo", False),
            extra={k: v for k, v in data.items() if k not in known},
        )


def damaged_message() -> str:
    return tr(
        "Le trousseau de clés du coffre (keyring.json) est illisible ou a été modifié. "
        "Restaurez-le depuis une sauvegarde."
    )


def parse_keyring(content: bytes) -> Keyring:
    """Parse the bytes of ``keyring.json``; anything Balise did not write raises KeyringDamaged.

    Strict JSON (no duplicate keys, no NaN), at most :data:`MAX_KEYRING_BYTES`;
    JSON nested too deeply for the parser is damage too, not a RecursionError.
    """
    if len(content) > MAX_KEYRING_BYTES:
        raise _damaged()
    try:
        data = json.loads(
            content.decode("utf-8"),
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_no_constants,
        )
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError included
        raise _damaged() from None
    return Keyring.from_json(data)


def load_keyring(path: Path) -> Keyring:
    """Read and parse ``keyring.json``; damaged content raises KeyringDamaged."""
    with path.open("rb") as handle:  # FileNotFoundError and other OSError go up as they are
        content = handle.read(MAX_KEYRING_BYTES + 1)
    return parse_keyring(content)


def save_keyring(path: Path, keyring: Keyring) -> None:
    """Write ``keyring.json`` atomically: temp file, fsync, rename, fsync dir."""
    write_atomic(path, json.dumps(keyring.to_json(), indent=2).encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves old or new, never half."""
    directory = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            make_private(handle.fileno())
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    if not can_fsync_directory():  # Windows: NTFS makes the rename durable itself
        return
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
