"""Bundles: one laptop's changes since its previous synchronisation, in one file.

A bundle is ``MAGIC``, a clear header (service, laptop, sequence number,
schema revision, recipient, time written, the other laptops' bundles its
writer had applied — identifiers only) and the payload
(the changeset and the laptop's new audit entries) encrypted with AES-256-GCM
under the service's sync key, the magic and header as associated data: a
bundle edited anywhere, or written by another service, does not open.

The sync key is derived (HKDF) from the database key, which every laptop of
the service holds after enrolment; a laptop of another service has another
key. File names carry no name of a person or of a laptop.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.security.keys import SecretKey, derive_subkey, wipe

MAGIC = b"BALISE-PAQUET-1\n"
SYNC_KEY_PURPOSE = b"balise sync bundles v1"
SUFFIX = ".paquet"
#: recipient of a bundle every laptop carrying every case may apply
EVERYONE = "tous"
#: recipient of a partial laptop's bundle: the laptops carrying every case only
FULL_ONLY = "complets"
_MAX_HEADER = 4096


class BundleUnreadable(Exception):
    """The file is not a bundle, or its header is damaged."""


class BundleTampered(Exception):
    """The header reads but the content does not authenticate (edited, or another key)."""


@dataclass(frozen=True)
class BundleHeader:
    """The clear part of a bundle (also authenticated)."""

    service: str
    laptop: str  # hex of the writing laptop's id
    seq: int
    schema: str
    #: EVERYONE, FULL_ONLY (written by a partial laptop) or the hex id of the one
    #: partial laptop a relayed bundle is for
    to: str
    written_at: str  # ISO time, UTC
    #: hex id of another laptop -> the last of its bundles the writer had applied: the
    #: changes in this bundle may build on those, so they apply first (causal order)
    after: dict[str, int] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        fields = dict(self.__dict__)
        if not fields["after"]:
            del fields["after"]  # a header without dependencies reads as before
        return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


@dataclass(frozen=True)
class BundlePayload:
    """What a bundle carries: a changeset and audit entries (ids and codes only)."""

    changeset: bytes
    audit: list[dict[str, Any]]
    #: on bundles for the full laptops only: the partial laptops' secrets (hex id ->
    #: hex), so that every full laptop can read a partial laptop's bundles
    keys: dict[str, str] = field(default_factory=dict)
    #: erasures made or received by the writer (lines of the erasure register: ids,
    #: references, dates, logins, rules — never a name), replayed by the receivers
    erased: list[dict[str, Any]] = field(default_factory=list)


def sync_key(db_key: SecretKey, secret: bytes | None = None) -> bytearray:
    """A bundle key (caller wipes it).

    ``secret``: a random value held by some laptops only, mixed into the key so
    that a laptop knowing the database key but not the secret cannot read the
    bundle (a laptop carrying only some cases; docs/ARCHITECTURE.md). ``None``:
    the key every laptop of the service can derive (services set up before)."""
    if secret is None:
        return derive_subkey(db_key, SYNC_KEY_PURPOSE)
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=secret, info=SYNC_KEY_PURPOSE)
    return bytearray(derived.derive(db_key.raw()))


def file_name(header: BundleHeader) -> str:
    """``balise-<laptop>-<seq>-<recipient>.paquet`` (ids shortened, no names)."""
    to = header.to if header.to in (EVERYONE, FULL_ONLY) else header.to[:8]
    return f"balise-{header.laptop[:8]}-{header.seq:06d}-{to}{SUFFIX}"


def seal(header: BundleHeader, payload: BundlePayload, key: bytearray) -> bytes:
    """The bytes of a bundle."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    head = header.to_bytes()
    content: dict[str, Any] = {
        "changeset": base64.b64encode(payload.changeset).decode(),
        "audit": payload.audit,
    }
    if payload.keys:
        content["keys"] = payload.keys
    if payload.erased:
        content["erased"] = payload.erased
    body = json.dumps(content, separators=(",", ":")).encode()
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(bytes(key)).encrypt(nonce, zlib.compress(body), MAGIC + head)
    return MAGIC + struct.pack(">I", len(head)) + head + nonce + sealed


def read_header(data: bytes) -> BundleHeader:
    """The clear header (not yet authenticated: :func:`open_bundle` does that)."""
    head, _ = _split(data)
    return head


def _split(data: bytes) -> tuple[BundleHeader, int]:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise BundleUnreadable("not a bundle")
    (size,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if size > _MAX_HEADER or len(data) < start + size + 12 + 16:
        raise BundleUnreadable("damaged header")
    try:
        fields = json.loads(data[start : start + size])
        header = BundleHeader(
            service=str(fields["service"]),
            laptop=str(fields["laptop"]),
            seq=int(fields["seq"]),
            schema=str(fields["schema"]),
            to=str(fields["to"]),
            written_at=str(fields["written_at"]),
            after={str(k): int(v) for k, v in dict(fields.get("after") or {}).items()},
        )
    except (ValueError, KeyError, TypeError):
        raise BundleUnreadable("damaged header") from None
    if header.to_bytes() != data[start : start + size]:
        raise BundleUnreadable("header not canonical")
    return header, start + size


def open_bundle(data: bytes, key: bytearray) -> tuple[BundleHeader, BundlePayload]:
    """Authenticate and decrypt a bundle."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, offset = _split(data)
    nonce, sealed = data[offset : offset + 12], data[offset + 12 :]
    try:
        body = AESGCM(bytes(key)).decrypt(nonce, sealed, data[: len(MAGIC)] + header.to_bytes())
    except InvalidTag:
        raise BundleTampered("does not authenticate") from None
    try:
        fields = json.loads(zlib.decompress(body))
        payload = BundlePayload(
            changeset=base64.b64decode(fields["changeset"]),
            audit=list(fields["audit"]),
            keys={str(k): str(v) for k, v in dict(fields.get("keys") or {}).items()},
            erased=[dict(e) for e in list(fields.get("erased") or [])],
        )
    except (ValueError, KeyError, TypeError, zlib.error):
        raise BundleTampered("damaged content") from None
    return header, payload


def digest(data: bytes) -> str:
    """SHA-256 of a bundle file (how a refused bundle is remembered)."""
    return hashlib.sha256(data).hexdigest()


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path`` through a temporary file (no half bundle in the folder)."""
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def wipe_key(key: bytearray) -> None:
    """Overwrite a sync key."""
    wipe(key)
