"""The audit trail: every read and change of a case, every unlock and export.

Entries hold identifiers and action codes only — never a name or free text
typed about a person. Each entry is chained to the previous one with an HMAC
keyed from the vault key, so editing, deleting or reordering an entry breaks
the chain. The newest head (sequence number and hash) is also written into
``keyring.json``, outside the database, so cutting off the end of the trail
is detected too.

Honest limit: anyone holding the vault key could rebuild a consistent chain
and head; the trail protects against tampering by people without the key and
makes tampering by key holders a deliberate act, not an accident.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BaliseError
from app.security.keyring import save_keyring
from app.storage.engine import AUDIT_KEY_INFO
from app.storage.models import AuditEntry, utcnow
from app.storage.vault import Vault

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


class Action:
    """Action codes stored in the trail (stable identifiers, English)."""

    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock_failed"
    LOCK = "lock"
    RECOVERY_USED = "recovery_used"
    PASSPHRASE_CHANGED = "passphrase_changed"
    CASE_CREATED = "case_created"
    CASE_OPENED = "case_opened"
    CASE_CHANGED = "case_changed"
    CASE_STATUS = "case_status"
    DOCUMENT_ISSUED = "document_issued"
    DOCUMENT_PRINTED = "document_printed"
    DOCUMENT_SAVED = "document_saved"
    EXPORT = "export"
    ACCOUNT_CHANGED = "account_changed"
    SETTINGS_CHANGED = "settings_changed"
    PURGE = "purge"
    BACKUP = "backup"
    RESTORE = "restore"
    TRAIL_CUT = "trail_cut"  # the head kept in keyring.json no longer matched at unlock
    HOUSING_CHANGED = "housing_changed"  # a unit (never its address in the detail)
    ADDRESS_SHOWN = "address_shown"  # the secret address of a unit was shown
    ACTIVITY_CHANGED = "activity_changed"
    OBJECTIVE_CHANGED = "objective_changed"  # a funder's objective (PSSP, PCS) or its indicators


def session_key(session: Session) -> bytearray:
    """The chain's HMAC key carried by sessions of an unlocked vault."""
    key = session.info.get(AUDIT_KEY_INFO)
    if not key:
        raise BaliseError("audit key unavailable: the vault is locked")
    return key


def _canonical(entry: AuditEntry) -> bytes:
    fields = {
        "seq": entry.seq,
        "at": entry.at.isoformat(timespec="microseconds"),
        "user_id": entry.user_id.hex if entry.user_id else None,
        "login": entry.login,
        "action": entry.action,
        "case_id": entry.case_id.hex if entry.case_id else None,
        "object_type": entry.object_type,
        "object_id": entry.object_id,
        "detail": entry.detail,
        "prev": entry.prev_hash,
    }
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


def entry_hash(key: bytes | bytearray, entry: AuditEntry) -> str:
    return hmac.new(bytes(key), _canonical(entry), hashlib.sha256).hexdigest()


class Actor(Protocol):
    """Who acts: a ``UserSession`` fits."""

    @property
    def user_id(self) -> uuid.UUID | None: ...

    @property
    def login(self) -> str | None: ...


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    *,
    case_id: uuid.UUID | None = None,
    object_type: str | None = None,
    object_id: str | None = None,
    detail: str | None = None,
    at: datetime | None = None,
) -> AuditEntry:
    """Append one entry inside the caller's transaction (committed with it)."""
    key = session_key(session)
    last = session.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))
    entry = AuditEntry(
        seq=(last.seq + 1) if last else 1,
        at=at or utcnow(),
        user_id=actor.user_id if actor else None,
        login=actor.login if actor else None,
        action=action,
        case_id=case_id,
        object_type=object_type,
        object_id=object_id,
        detail=detail[:300] if detail else None,
        prev_hash=last.hash if last else GENESIS,
        hash="",
    )
    entry.hash = entry_hash(key, entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str

    def to_json(self) -> dict[str, object]:
        return {"seq": self.seq, "hash": self.hash}

    @classmethod
    def from_json(cls, data: object) -> Head | None:
        if not isinstance(data, dict):
            return None
        try:
            return cls(int(data["seq"]), str(data["hash"]))
        except (KeyError, TypeError, ValueError):
            return None


def stored_head(vault: Vault) -> Head | None:
    """The head last written into keyring.json."""
    return Head.from_json(vault.keyring.extra.get(HEAD_KEY))


def store_head(vault: Vault) -> None:
    """Write the newest head into keyring.json (atomically), outside the database."""
    with vault.require_db().session() as session:
        head = current_head(session)
    if head is not None and stored_head(vault) != head:
        vault.keyring.extra[HEAD_KEY] = head.to_json()
        save_keyring(vault.paths.keyring, vault.keyring)


def head_matches(session: Session, head: Head | None) -> bool:
    """True when the entry named by ``head`` is still in the trail, unchanged."""
    if head is None:
        return True
    entry = session.get(AuditEntry, head.seq)
    return entry is not None and entry.hash == head.hash


def current_head(session: Session) -> Head | None:
    last = session.scalar(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1))
    return Head(last.seq, last.hash) if last else None


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    first_broken_seq: int | None
    problem: str | None  # English technical code: "hash", "link", "sequence", "truncated"


def verify(session: Session, head: Head | None) -> Verification:
    """Walk the whole chain; report the first entry that does not fit."""
    key = session_key(session)
    prev_hash = GENESIS
    expected_seq = 1
    count = 0
    seen_head = head is None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
        count += 1
        if entry.seq != expected_seq:
            return Verification(False, count, entry.seq, "sequence")
        if entry.prev_hash != prev_hash:
            return Verification(False, count, entry.seq, "link")
        if not hmac.compare_digest(entry.hash, entry_hash(key, entry)):
            return Verification(False, count, entry.seq, "hash")
        if head is not None and entry.seq == head.seq:
            if entry.hash != head.hash:
                return Verification(False, count, entry.seq, "hash")
            seen_head = True
        prev_hash = entry.hash
        expected_seq += 1
    if not seen_head:
        assert head is not None
        return Verification(False, count, count + 1, "truncated")
    cut = session.scalar(
        select(AuditEntry.seq).where(AuditEntry.action == Action.TRAIL_CUT).limit(1)
    )
    if cut is not None:
        # An earlier unlock found the trail shorter than its recorded head.
        return Verification(False, count, cut, "truncated")
    return Verification(True, count, None, None)
