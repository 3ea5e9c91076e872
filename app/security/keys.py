"""Secrets held in memory: wipeable key buffers and recovery codes."""

from __future__ import annotations

import contextlib
import secrets as _secrets
import unicodedata

from app.errors import BaliseError
from app.i18n import tr

# Crockford-like alphabet: no I, L, O, U, so a code copied by hand reads back.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 6
RECOVERY_GROUP_LENGTH = 5  # 30 characters x 5 bits = 150 bits


class KeyLocked(BaliseError):
    """The key was wiped (the vault is locked)."""


class SecretKey:
    """A key kept in a mutable buffer so that it can be overwritten.

    CPython may still hold transient copies (e.g. the hex string given to
    SQLCipher); we keep those short-lived and overwrite what we own.
    """

    __slots__ = ("_buf",)

    def __init__(self, material: bytes | bytearray) -> None:
        self._buf = bytearray(material)
        if isinstance(material, bytearray):
            wipe(material)

    @classmethod
    def generate(cls, length: int = 32) -> SecretKey:
        return cls(bytearray(_secrets.token_bytes(length)))

    @property
    def is_wiped(self) -> bool:
        return not self._buf

    def raw(self) -> bytes:
        """A short-lived immutable copy for an API that needs bytes."""
        if not self._buf:
            raise KeyLocked(tr("Le coffre est verrouillé."))
        return bytes(self._buf)

    def hex(self) -> str:
        if not self._buf:
            raise KeyLocked(tr("Le coffre est verrouillé."))
        return self._buf.hex()

    def copy(self) -> SecretKey:
        return SecretKey(bytearray(self._buf))

    def wipe(self) -> None:
        wipe(self._buf)
        self._buf = bytearray()

    def __repr__(self) -> str:  # never show key bytes
        return "SecretKey(<wiped>)" if self.is_wiped else "SecretKey(<hidden>)"

    def __del__(self) -> None:
        with contextlib.suppress(Exception):  # interpreter shutdown
            wipe(self._buf)


def derive_subkey(key: SecretKey, purpose: bytes) -> bytearray:
    """A separate 32-byte key for one purpose (HKDF-SHA256 over the vault key)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose)
    return bytearray(derived.derive(key.raw()))


def wipe(buf: bytearray) -> None:
    """Overwrite a mutable buffer with zeros."""
    for i in range(len(buf)):
        buf[i] = 0


def generate_recovery_code() -> str:
    """A random recovery code such as ``7K3QX-M2D9A-…`` (150 bits)."""
    groups = [
        "".join(_secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUP_LENGTH))
        for _ in range(RECOVERY_GROUPS)
    ]
    return "-".join(groups)


def normalize_recovery_code(code: str) -> str:
    """Canonical form of a code typed by a person (case, spaces, look-alikes)."""
    cleaned = []
    for ch in code.upper():
        if ch in " -\t\n":
            continue
        ch = {"O": "0", "I": "1", "L": "1", "U": "V"}.get(ch, ch)
        cleaned.append(ch)
    text = "".join(cleaned)
    size = RECOVERY_GROUP_LENGTH
    return "-".join(text[i : i + size] for i in range(0, len(text), size))


def normalize_passphrase(passphrase: str) -> bytes:
    """Passphrase bytes, NFC-normalised so é typed two ways gives one key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")
