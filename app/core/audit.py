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

import dataclasses
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
class PeerChain:
    """Another laptop's chain as its bundles brought it here (``sync_peer_audit``)."""

    laptop_id: uuid.UUID
    name: str
    entries: int
    first_seq: int | None
    last_seq: int | None
    first_broken_seq: int | None = None
    problem: str | None = None  # as in Verification

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class Verification:
    ok: bool  # this laptop's own chain
    entries: int
    first_broken_seq: int | None
    problem: str | None  # English technical code: "hash", "link", "sequence", "truncated"
    #: the other laptops' chains held here (issue 12), by name
    peers: tuple[PeerChain, ...] = ()

    @property
    def intact(self) -> bool:
        """This laptop's chain and every other laptop's chain held here are whole."""
        return self.ok and all(peer.ok for peer in self.peers)


def verify(session: Session, head: Head | None) -> Verification:
    """Walk this laptop's chain, then each other laptop's chain received by
    synchronisation; report the first entry that does not fit in each."""
    own = _verify_own(session, head)
    return dataclasses.replace(own, peers=tuple(verify_peers(session)))


def _verify_own(session: Session, head: Head | None) -> Verification:
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


def _peer_entry(fields: dict[str, object]) -> AuditEntry:
    """An entry of another laptop rebuilt from the JSON its bundle carried (not stored)."""

    def uid(value: object) -> uuid.UUID | None:
        return uuid.UUID(str(value)) if value else None

    return AuditEntry(
        seq=int(str(fields["seq"])),
        at=datetime.fromisoformat(str(fields["at"])),
        user_id=uid(fields.get("user_id")),
        login=fields.get("login"),
        action=str(fields["action"]),
        case_id=uid(fields.get("case_id")),
        object_type=fields.get("object_type"),
        object_id=fields.get("object_id"),
        detail=fields.get("detail"),
        prev_hash=str(fields["prev_hash"]),
        hash=str(fields["hash"]),
    )


def verify_peers(session: Session) -> list[PeerChain]:
    """Check each other laptop's chain held in ``sync_peer_audit``, by laptop name.

    A laptop's entries arrive from the first one it wrote after its enrolment
    (the earlier ones are the chain it was copied from), so a chain is checked
    from its first entry held here: consecutive numbers, each entry's HMAC
    (the laptops of a service share the key) and its link to the one before.
    The first entry must link to the entry before it wherever that one is held
    (this laptop's trail or another laptop's chain), or to the start."""
    from app.storage.models.sync import SyncLaptop, SyncPeerAudit

    key = session_key(session)
    names = {laptop.id: laptop.name for laptop in session.scalars(select(SyncLaptop))}
    laptops = list(session.scalars(select(SyncPeerAudit.laptop_id).distinct()))
    result = []
    for laptop_id in sorted(laptops, key=lambda i: (names.get(i, ""), i.hex)):
        name = names.get(laptop_id) or laptop_id.hex[:8]
        count, first, last = 0, None, None
        broken: tuple[int, str] | None = None
        rows = session.scalars(
            select(SyncPeerAudit)
            .where(SyncPeerAudit.laptop_id == laptop_id)
            .order_by(SyncPeerAudit.seq)
        ).yield_per(1000)
        previous: AuditEntry | None = None
        for row in rows:
            count += 1
            last = row.seq
            if broken is not None:
                continue
            try:
                entry = _peer_entry(json.loads(row.entry))
            except (ValueError, TypeError, KeyError):
                broken = (row.seq, "hash")
                continue
            if previous is None:
                first = row.seq
                linked = _start_links(session, entry)
            else:
                linked = entry.prev_hash == previous.hash
            if entry.seq != row.seq or (previous is not None and row.seq != previous.seq + 1):
                broken = (row.seq, "sequence")
            elif not linked:
                broken = (row.seq, "link")
            elif (
                row.hash != entry.hash
                or row.prev_hash != entry.prev_hash
                or not hmac.compare_digest(entry.hash, entry_hash(key, entry))
            ):
                broken = (row.seq, "hash")
            previous = entry
        result.append(
            PeerChain(
                laptop_id,
                name,
                count,
                first,
                last,
                broken[0] if broken else None,
                broken[1] if broken else None,
            )
        )
    return result


def _start_links(session: Session, entry: AuditEntry) -> bool:
    """Whether a chain's first entry held here links to where that chain began.

    Entry 1 links to the start; a later one to the entry before it in the
    chain its laptop was copied from, held here in this laptop's own trail or
    in another laptop's chain. When no entry of that number is held at all
    (nothing to compare with), the start is taken as it is."""
    from app.storage.models.sync import SyncPeerAudit

    if entry.seq == 1:
        return entry.prev_hash == GENESIS
    before = entry.seq - 1
    known = list(session.scalars(select(AuditEntry.hash).where(AuditEntry.seq == before)))
    known += session.scalars(select(SyncPeerAudit.hash).where(SyncPeerAudit.seq == before))
    return not known or entry.prev_hash in known
