"""Synchronising the laptops of one service through a folder (issue 12).

``synchronise`` writes this laptop's changes since its last synchronisation
as one bundle into the folder and applies, in order, the bundles the other
laptops left there. What it reports are counts, never names.

Per laptop, in its vault folder: ``synchro/base.db`` is the encrypted
snapshot the next changes are diffed against; ``synchro/envoyes/`` keeps a
copy of every bundle written (a bundle missing from the folder, or edited
there, is written again at the next synchronisation).
"""

from __future__ import annotations

import json
import logging
import secrets
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import clock
from app.core import audit
from app.core import sync_scope as sc
from app.core.auth import UserSession
from app.core.erasure_register import Erasure, ErasureKind, append, read_register
from app.core.permissions import Perm, require
from app.errors import BaliseError
from app.i18n import tr
from app.security.keyring import load_keyring, save_keyring
from app.storage import sync_engine as se
from app.storage.migrations import current_revision
from app.storage.models import Setting, User
from app.storage.models.sync import SyncLaptop, SyncLocal
from app.storage.vault import Vault
from app.sync import bundle as bn

log = logging.getLogger(__name__)

SYNC_FOLDER, BASE_FILE = se.SNAPSHOT  # "synchro", "base.db"
SENT_FOLDER = "envoyes"
#: reference suffixes given to enrolled laptops (no I, O: read aloud without doubt)
SUFFIXES = "BCDEFGHJKLMNPQRSTUVWXYZ"
SYNC_ACTION = "sync"
ENROL_ACTION = "laptop_enrolled"
REVOKE_ACTION = "laptop_revoked"


class SyncRefused(BaliseError):
    """Synchronisation cannot start (folder missing, laptop revoked…)."""


@dataclass
class LaptopProblem:
    """Why bundles of one laptop did not (all) apply; ``message`` is French, names no person."""

    laptop: str
    message: str


@dataclass
class SyncReport:
    """What one synchronisation did (counts only)."""

    sent_changes: int = 0
    sent_bundles: int = 0
    received_bundles: int = 0
    received_changes: int = 0
    merged: int = 0
    conflicts: int = 0
    #: erasures sent to the other laptops, and erasures of theirs replayed here
    erasures_sent: int = 0
    erasures_replayed: int = 0
    problems: list[LaptopProblem] = field(default_factory=list)


def _paths(vault: Vault) -> tuple[Path, Path]:
    root = vault.paths.root / SYNC_FOLDER
    return root / BASE_FILE, root / SENT_FOLDER


def _hex(value: Any) -> str:
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value)


# --- this laptop -----------------------------------------------------------------------


def ensure_registered(session: Any, name: str | None = None) -> SyncLocal:
    """This laptop's identity, created the first time (the first laptop of a service)."""
    local = session.get(SyncLocal, 1)
    if local is None:
        laptop = SyncLaptop(name=name or tr("Premier portable"), suffix="", scope="all")
        session.add(laptop)
        session.flush()
        local = SyncLocal(slot=1, laptop_id=laptop.id, last_seq=0, last_audit_seq=0)
        session.add(local)
        session.flush()
    if session.get(Setting, FULL_SECRET) is None:
        # made once, on the service's first laptop, before any other exists; enrolment
        # copies it to the laptops carrying every case (app.core.sync._BundleKeys)
        laptops = list(session.scalars(select(SyncLaptop)))
        if len(laptops) == 1 and laptops[0].scope != sc.ASSIGNED:
            session.add(Setting(key=FULL_SECRET, value=json.dumps(secrets.token_hex(32))))
            session.flush()
    return local


def reference_suffix(session: Any) -> str:
    """``-B`` on a laptop enrolled second, ``""`` on the first one or before any enrolment."""
    suffix = session.scalar(
        select(SyncLaptop.suffix).join(SyncLocal, SyncLocal.laptop_id == SyncLaptop.id)
    )
    return f"-{suffix}" if suffix else ""


@dataclass(frozen=True)
class EnrolledLaptop:
    """A laptop written by :func:`enrol_laptop`."""

    laptop_id: uuid.UUID
    suffix: str
    folder: Path


def enrol_laptop(
    vault: Vault,
    actor: UserSession,
    name: str,
    target: Path,
    *,
    scope: str = "all",
    user_ids: Sequence[uuid.UUID] = (),
) -> EnrolledLaptop:
    """Write a replica of this vault for a new laptop of the service into ``target``.

    The replica is the vault itself (encrypted, same key slots: the same
    passphrases open it), with its own laptop id and reference suffix. The
    laptop is added to the service's list, which travels with the next
    bundle.

    ``scope="assigned"``: the laptop carries only the cases assigned to
    ``user_ids`` (and the author records their role may read). Only those rows
    are written into the target (:func:`app.core.sync_scope.write_scoped`), so
    that no byte of another case ever reaches the new laptop's folder."""
    from app.core.transaction import write

    require(actor, Perm.ACCOUNTS_MANAGE)
    name = (name or "").strip()
    if not name or len(name) > 80:
        raise BaliseError(tr("Donnez un nom à ce portable (80 caractères au plus)."))
    if scope not in sc.SCOPES:
        raise BaliseError(tr("Choisissez ce que ce portable contient."))
    wanted = sc.LaptopScope(scope, tuple(dict.fromkeys(u.hex for u in user_ids)))
    if wanted.partial and not wanted.user_ids:
        raise BaliseError(
            tr("Cochez au moins une personne dont ce portable contiendra les dossiers.")
        )
    if not wanted.partial:
        wanted = sc.LaptopScope()
    if target.exists() and any(target.iterdir()):
        raise BaliseError(tr("Choisissez un dossier vide pour le nouveau portable."))
    base, _ = _paths(vault)
    db = vault.require_db()
    key = db.key_copy()
    work = base.parent / "portable-en-cours.db"
    own_secret = secrets.token_hex(32)
    try:
        if not base.exists():
            write(vault, lambda tx: ensure_registered(tx))
            base.parent.mkdir(parents=True, exist_ok=True)
            conn = _open_alone(db, key)
            try:
                se.write_base(conn, base, key)
            finally:
                conn.close()

        def add(tx: Any) -> tuple[uuid.UUID, str]:
            here = ensure_registered(tx)
            if tx.get(SyncLaptop, here.laptop_id).scope == sc.ASSIGNED:
                raise BaliseError(
                    tr(
                        "Ce portable ne contient que certains dossiers : inscrivez les "
                        "nouveaux portables depuis un portable qui les contient tous."
                    )
                )
            if wanted.partial:
                known = {
                    u.hex
                    for u in tx.scalars(
                        select(User.id).where(
                            User.id.in_([uuid.UUID(u) for u in wanted.user_ids]),
                            User.active.is_(True),
                        )
                    )
                }
                if known != set(wanted.user_ids):
                    raise BaliseError(tr("Une des personnes cochées n'a plus de compte actif."))
            used = set(tx.scalars(select(SyncLaptop.suffix)))
            suffix = next((s for s in SUFFIXES if s not in used), None)
            if suffix is None:
                raise BaliseError(tr("Le service a déjà le nombre maximum de portables."))
            laptop = SyncLaptop(
                name=name,
                suffix=suffix,
                scope=wanted.scope,
                user_ids=wanted.user_ids_json(),
                enrolled_by=actor.user_id,
            )
            tx.add(laptop)
            tx.flush()
            if wanted.partial:
                known = tx.get(Setting, PARTIAL_SECRETS)
                secrets_ = json.loads(known.value) if known else {}
                secrets_[laptop.id.hex] = own_secret
                if known is None:
                    tx.add(Setting(key=PARTIAL_SECRETS, value=json.dumps(secrets_)))
                else:
                    known.value = json.dumps(secrets_)
            audit.record(
                tx,
                actor,
                ENROL_ACTION,
                object_type="laptop",
                object_id=laptop.id.hex,
                detail=f"scope={wanted.scope} users={len(wanted.user_ids)}",
            )
            return laptop.id, suffix

        laptop_id, suffix = write(vault, add)
        target.mkdir(parents=True, exist_ok=True)
        conn = _open_alone(db, key)
        try:
            if wanted.partial:
                # only the rows it may hold are ever written into the target
                sc.write_scoped(conn, target / "balise.db", key, wanted, whole=True)
            else:
                se.write_snapshot(conn, work)
        finally:
            conn.close()
        copy = se.open_connection(work if not wanted.partial else target / "balise.db", key)
        try:
            last_audit = copy.execute("SELECT coalesce(max(seq), 0) FROM audit_log").get
            source = copy.execute(
                "SELECT laptop_id, last_seq, last_audit_seq FROM sync_local"
            ).fetchone()
            copy.execute(
                "UPDATE sync_local SET laptop_id = ?, last_seq = 0, last_audit_seq = ?",
                (laptop_id.hex, last_audit),
            )
            for table in sc.EMPTIED_ON_REPLICA:
                if not wanted.partial and table in sc.KEPT_ON_FULL_REPLICA:
                    continue
                copy.execute(f"DELETE FROM {table}")
            if not wanted.partial:
                _start_where_the_source_stood(copy, source)
            if wanted.partial:
                # its own bundle secret only: never the full laptops' nor another's
                copy.execute(
                    "DELETE FROM settings WHERE key IN (?, ?)", (FULL_SECRET, PARTIAL_SECRETS)
                )
                _put_setting(copy, OWN_SECRET, own_secret)
        finally:
            copy.close()
        if not wanted.partial:
            # the copy becomes the replica (its emptied tables' pages were zeroed:
            # secure_delete); a third full copy of the vault is not needed
            work.replace(target / "balise.db")
        _remove_work_copy(work)
        keyring = load_keyring(vault.paths.keyring)
        if wanted.partial:
            # the audit trail starts afresh on a partial laptop (the copied one named
            # other cases): the head recorded for this vault's trail does not apply
            keyring.extra.pop(audit.HEAD_KEY, None)
            _keep_slots_of(vault, keyring, [*wanted.user_ids, actor.user_id.hex])
        save_keyring(target / vault.paths.keyring.name, keyring)
        replica = se.open_connection(target / "balise.db", key)
        try:
            (target / SYNC_FOLDER).mkdir()
            se.write_base(replica, target / SYNC_FOLDER / BASE_FILE, key)
        finally:
            replica.close()
        if wanted.partial:
            _start_stream(vault, laptop_id, target / "balise.db", key)
        return EnrolledLaptop(laptop_id, suffix, target)
    finally:
        _remove_work_copy(work)
        key.wipe()


def _start_where_the_source_stood(copy: Any, source: tuple[Any, int, int]) -> None:
    """A full replica holds what its source had applied and written: it starts from
    there, not from every laptop's first bundle. It keeps the source's record of the
    bundles applied and of the other laptops' audit entries, and counts the source's
    own bundles up to its last one as applied, with their audit entries (copied from
    the source's trail, as those bundles carried them)."""
    laptop, last_seq, last_audit_seq = _hex(source[0]), int(source[1]), int(source[2])
    if last_seq:
        copy.execute(
            "INSERT INTO sync_received (laptop_id, last_seq, applied_at) VALUES (?, ?, ?) "
            "ON CONFLICT (laptop_id) DO UPDATE SET last_seq = excluded.last_seq",
            (laptop, last_seq, clock.utcnow().isoformat(sep=" ")),
        )
    rows = copy.execute(
        f"SELECT {', '.join(_AUDIT_COLUMNS)} FROM audit_log WHERE seq <= ? ORDER BY seq",
        (last_audit_seq,),
    ).fetchall()
    copy.executemany(
        "INSERT OR IGNORE INTO sync_peer_audit (laptop_id, seq, entry, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (laptop, entry["seq"], json.dumps(entry, sort_keys=True), entry["prev_hash"],
             entry["hash"])
            for entry in (dict(zip(_AUDIT_COLUMNS, row, strict=True)) for row in rows)
        ],
    )  # fmt: skip


STREAMS_FOLDER = "pour"


def _stream_paths(vault: Vault, laptop: str) -> tuple[Path, Path]:
    """This laptop's record of what it sent to one partial laptop: the snapshot of
    that laptop's view as last sent, and the stream's sequence number."""
    root = vault.paths.root / SYNC_FOLDER / STREAMS_FOLDER
    return root / f"{laptop}.db", root / f"{laptop}.json"


def _start_stream(vault: Vault, laptop_id: uuid.UUID, replica: Path, key: Any) -> None:
    """The enrolling laptop relays the service's changes to a partial laptop: its
    stream starts from what the replica holds."""
    snapshot, state = _stream_paths(vault, laptop_id.hex)
    snapshot.parent.mkdir(parents=True, exist_ok=True)
    conn = se.open_connection(replica, key)
    try:
        se.write_snapshot(conn, snapshot)
    finally:
        conn.close()
    bn.write_atomically(state, json.dumps({"seq": 0}).encode())


def _keep_slots_of(vault: Vault, keyring: Any, user_ids: Sequence[str]) -> None:
    """Only the key slots of the laptop's people (and of the coordinator enrolling
    it, and the recovery code) open a partial laptop: another account's
    passphrase, even known to a thief, does not."""
    from app.core.transaction import read
    from app.security.keyring import KIND_USER, login_hash

    logins = read(
        vault,
        lambda tx: list(
            tx.scalars(select(User.login).where(User.id.in_([uuid.UUID(u) for u in user_ids])))
        ),
    )
    kept = {login_hash(keyring.vault_id, login) for login in logins}
    for slot in list(keyring.slots):
        if slot.kind == KIND_USER and slot.login_hash not in kept:
            keyring.remove_slot(slot.slot_id)


def _remove_work_copy(work: Path) -> None:
    for path in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
        path.unlink(missing_ok=True)


@dataclass(frozen=True)
class LaptopRow:
    """One laptop of the service as the coordinator's list shows it."""

    laptop_id: uuid.UUID
    name: str
    suffix: str
    enrolled_at: datetime
    revoked_at: datetime | None
    this_laptop: bool
    #: "all" | "assigned"; for "assigned", the full names of the people it carries
    scope: str = sc.ALL
    carries: tuple[str, ...] = ()


def list_laptops(tx: Any, actor: UserSession) -> list[LaptopRow]:
    """The service's laptops known here, this one first, then by enrolment (coordinator)."""
    require(actor, Perm.ACCOUNTS_MANAGE)
    here = tx.scalar(select(SyncLocal.laptop_id))
    names = {u.id.hex: u.full_name for u in tx.scalars(select(User))}
    rows = []
    for laptop in tx.scalars(select(SyncLaptop).order_by(SyncLaptop.enrolled_at)):
        scope = sc.LaptopScope.of_row(laptop.scope, laptop.user_ids)
        rows.append(
            LaptopRow(
                laptop.id,
                laptop.name,
                laptop.suffix,
                laptop.enrolled_at,
                laptop.revoked_at,
                laptop.id == here,
                scope.scope,
                tuple(names.get(u, "?") for u in scope.user_ids),
            )
        )
    return sorted(rows, key=lambda row: not row.this_laptop)


@dataclass(frozen=True)
class Carrier:
    """A person whose cases a partial laptop may carry (the enrolment's checklist)."""

    user_id: uuid.UUID
    login: str
    full_name: str
    role: str


def laptop_carriers(tx: Any, actor: UserSession) -> list[Carrier]:
    """The active accounts, by name (coordinator)."""
    require(actor, Perm.ACCOUNTS_MANAGE)
    return [
        Carrier(u.id, u.login, u.full_name, u.role)
        for u in tx.scalars(select(User).where(User.active.is_(True)).order_by(User.full_name))
    ]


def carriers_by_login(tx: Any, actor: UserSession, logins: Sequence[str]) -> list[uuid.UUID]:
    """The ids of the active accounts named by ``logins``; an unknown login is refused."""
    known = {c.login: c.user_id for c in laptop_carriers(tx, actor)}
    missing = [login for login in logins if login not in known]
    if missing:
        raise BaliseError(
            tr("Aucun compte actif n'a l'identifiant « {login} ».").format(login=missing[0])
        )
    return [known[login] for login in logins]


def revoke_laptop(tx: Any, actor: UserSession, laptop_id: uuid.UUID) -> None:
    """Mark a lost or stolen laptop: its bundles written later are refused everywhere."""
    require(actor, Perm.ACCOUNTS_MANAGE)
    laptop = tx.get(SyncLaptop, laptop_id)
    if laptop is None:
        raise BaliseError(tr("Ce portable n'est pas connu du service."))
    if laptop.id == tx.scalar(select(SyncLocal.laptop_id)):
        raise BaliseError(
            tr(
                "C'est ce portable-ci : un portable ne peut pas se retirer lui-même. "
                "Retirez-le depuis le portable de la coordination."
            )
        )
    if laptop.revoked_at is not None:
        raise BaliseError(tr("Ce portable est déjà retiré du service."))
    laptop.revoked_at = clock.utcnow()
    laptop.revoked_by = actor.user_id
    audit.record(tx, actor, REVOKE_ACTION, object_type="laptop", object_id=laptop_id.hex)


# --- bundle keys ----------------------------------------------------------------------

#: settings (local table, never travels) holding the bundle secrets (hex)
FULL_SECRET = "sync.full_secret"  # on the laptops carrying every case
PARTIAL_SECRETS = "sync.partial_secrets"  # on those: {partial laptop id: its secret}
OWN_SECRET = "sync.own_secret"  # on a partial laptop: its own secret
#: on a partial laptop: {laptop id: last bundle} its relay had applied (or written)
#: when it relayed what this laptop holds; the ``after`` of this laptop's bundles
RELAYED_AFTER = "sync.relayed_after"
#: ids of the erasure register's lines this laptop has sent or replayed
ERASURES_KNOWN = "sync.erasures_known"
#: {laptop id: the last of this laptop's bundles it had applied}, from the headers
#: of its bundles applied here (authenticated): what may leave the folder
ACKNOWLEDGED = "sync.acknowledged"


def _setting(conn: Any, name: str) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (name,)).fetchone()
    return json.loads(row[0]) if row else None


def _put_setting(conn: Any, name: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (name, json.dumps(value)),
    )


class _BundleKeys:
    """Which key seals and opens which bundle.

    Every laptop holds the database key, a partial one too (same key slots).
    A key derived from it alone would let a partial laptop read every bundle
    in the folder. So bundles for the full laptops are sealed with a key that
    also mixes in ``FULL_SECRET`` (made on the service's first laptop, copied
    to full replicas, never to a partial one), and a partial laptop's bundles,
    and those relayed to it, with its own secret (the full laptops learn it
    from the bundles of the laptop that enrolled it). A service whose first
    laptop registered before the secret existed keeps the shared key."""

    def __init__(self, conn: Any, db_key: Any, partial: bool) -> None:
        self.db_key = db_key
        self.partial = partial
        self.full: str | None = None if partial else _setting(conn, FULL_SECRET)
        self.own: str | None = _setting(conn, OWN_SECRET) if partial else None
        self.partials: dict[str, str] = (
            {} if partial else dict(_setting(conn, PARTIAL_SECRETS) or {})
        )
        self._made: list[bytearray] = []

    def _key(self, secret: str | None) -> bytearray:
        key = bn.sync_key(self.db_key, bytes.fromhex(secret) if secret else None)
        self._made.append(key)
        return key

    def sending(self) -> bytearray:
        return self._key(self.own if self.partial else self.full)

    def relaying(self, laptop: str) -> bytearray:
        return self._key(self.partials.get(laptop))

    def can_open(self, header: bn.BundleHeader) -> bool:
        """False for a partial laptop's bundle whose secret has not reached this one."""
        return self.partial or header.to != bn.FULL_ONLY or header.laptop in self.partials

    def opening(self, header: bn.BundleHeader) -> bytearray | None:
        """``None``: the secret of that partial laptop has not reached this one yet."""
        if self.partial:
            return self._key(self.own)
        if header.to == bn.FULL_ONLY:
            secret = self.partials.get(header.laptop)
            return self._key(secret) if secret else None
        return self._key(self.full)

    def learn(self, conn: Any, secrets_: dict[str, str]) -> None:
        """Keep the partial laptops' secrets a full laptop's bundle carried."""
        if self.partial or not secrets_:
            return
        merged = {**self.partials, **secrets_}
        if merged != self.partials:
            self.partials = merged
            _put_setting(conn, PARTIAL_SECRETS, merged)

    def wipe(self) -> None:
        for key in self._made:
            bn.wipe_key(key)


# --- synchronising ---------------------------------------------------------------------


def _update_message() -> str:
    return tr(
        "Des paquets viennent d'une autre version de Balise : mettez Balise à jour sur cet "
        "ordinateur (ou sur l'ordinateur qui les a écrits), puis synchronisez à nouveau."
    )


def synchronise(vault: Vault, actor: UserSession, folder: Path) -> SyncReport:
    """Send this laptop's changes into ``folder`` and apply the other laptops' bundles."""
    from app.core.transaction import write

    if actor is None:
        raise BaliseError(tr("Connectez-vous pour synchroniser."))
    if not folder.is_dir():
        raise SyncRefused(
            tr(
                "Le dossier de synchronisation « {dossier} » n'existe pas ou n'est pas branché."
            ).format(dossier=str(folder))
        )
    db = vault.require_db()
    schema = current_revision(db) or ""
    write(vault, lambda tx: ensure_registered(tx))
    base, sent = _paths(vault)
    sent.mkdir(parents=True, exist_ok=True)
    key = db.key_copy()
    keys: _BundleKeys | None = None
    report = SyncReport()
    try:
        conn = _open_alone(db, key)
        try:
            if not base.exists():
                se.write_base(conn, base, key)
            me, revoked = _me(conn)
            mine = _scope(conn, me)
            streams = _streams(vault, conn, me) if not mine.partial else {}
            echoes: dict[str, list[bytes]] = {laptop: [] for laptop in streams}
            keys = _BundleKeys(conn, key, mine.partial)
            bundle_key = keys.sending()
            if revoked:
                raise SyncRefused(
                    tr(
                        "Ce portable a été retiré du service : il ne peut plus synchroniser. "
                        "Adressez-vous à la coordination."
                    )
                )
            to = bn.FULL_ONLY if mine.partial else bn.EVERYONE
            carry = None if mine.partial else keys.partials
            erased = _pending_erasures(vault, conn)  # made here, not yet sent
            replayed: list[dict[str, Any]] = []  # received and replayed here
            tracked = _exchange(
                conn, base, key, erased,
                send=lambda changeset: _send(conn, vault, me, schema, folder, sent, bundle_key,
                                             report, changeset, to=to, carry=carry,
                                             erased=erased),
                receive=lambda: _receive(conn, vault, me, schema, folder, bundle_key, report,
                                         mine, echoes, keys=keys, replayed=replayed),
            )  # fmt: skip
            if not tracked:  # a snapshot from before revision 0012: replaced once
                se.write_base(conn, base, key)
            for laptop, scope in streams.items():
                _relay(conn, vault, key, me, schema, folder, sent, keys.relaying(laptop),
                       laptop, scope, echoes[laptop], report,
                       erased=[*erased, *replayed])  # fmt: skip
            done = [] if mine.partial else _applied_everywhere(conn, me, sent)
        finally:
            conn.close()
        _remove_sent(folder, sent, done)
        _resend_missing(folder, sent)
    finally:
        if keys is not None:
            keys.wipe()
        key.wipe()

    def trace(tx: Any) -> None:
        audit.record(
            tx,
            actor,
            SYNC_ACTION,
            detail=(
                f"sent={report.sent_changes} received={report.received_changes} "
                f"bundles_in={report.received_bundles} conflicts={report.conflicts} "
                f"problems={len(report.problems)}"
            ),
        )

    write(vault, trace)
    return report


def _exchange(
    conn: Any, base: Path, key: Any, erased: list[dict[str, Any]], *, send: Any, receive: Any
) -> bool:
    """Send this laptop's changes, apply the others', and bring the snapshot level.

    One write transaction on the vault (nothing else writes meanwhile) and one on
    the snapshot, committed after the vault's. If the snapshot's commit is lost
    (a crash, a full disk), its mark stays where it was: the same changes go out
    again at the next synchronisation and change nothing where they arrive. If
    the vault's is lost, the snapshot's is not made. The keys recorded are pruned
    only up to a mark the snapshot has committed.

    Returns ``False`` when the snapshot predates revision 0012 (no mark): its
    changes were found by a full diff, and the caller replaces it.

    ``erased``: erasures made here and not yet sent. Their rows leave the snapshot
    first (if the scrub after the erasure was lost), so that no deletion carrying
    the erased content is recorded: the erasure travels as itself."""
    snapshot, mark = se.open_base(base, key)
    if mark is not None and not se.same_shape(conn, snapshot):
        # Balise was updated since the last synchronisation and migrated the vault
        snapshot.close()
        se.rebase_snapshot(conn, base, key, mark)
        snapshot, mark = se.open_base(base, key)
    try:
        _scrub(snapshot, erased)
        if mark is None:
            snapshot.close()
            snapshot = None
            with se.attached(conn, base, key):  # detached after the transaction ends
                _in_transaction(
                    conn,
                    lambda: (send(se.diff_changeset(conn, "base", se.replicated_present(conn))),
                             receive()),
                )  # fmt: skip
            return False

        def run() -> None:
            conn.execute("DELETE FROM sync_dirty WHERE id <= ?", (mark,))
            upto = se.last_written(conn)
            changeset = se.tracked_changeset(conn, snapshot, mark, upto)
            send(se.strip_local_columns(conn, changeset))
            receive()
            # what came in (and its merges, the prunes of a partial laptop): level, unsent
            se.copy_written(conn, snapshot, upto)
            se.set_base_mark(snapshot, se.last_written(conn))

        snapshot.execute("BEGIN IMMEDIATE")
        try:
            _in_transaction(conn, run)
        except BaseException:
            snapshot.execute("ROLLBACK")
            raise
        snapshot.execute("COMMIT")
        return True
    finally:
        if snapshot is not None:
            snapshot.close()


def _erased_ids(entries: Sequence[dict[str, Any]]) -> tuple[list[str], list[str]]:
    cases = [str(e["case_id"]) for e in entries if e.get("kind") == ErasureKind.CASE]
    people = [
        str(e["person_id"])
        for e in entries
        if e.get("kind") == ErasureKind.PERSON and e.get("person_id")
    ]
    return cases, people


def _scrub(snapshot: Any, entries: Sequence[dict[str, Any]]) -> None:
    """Remove from a snapshot (its own transaction, foreign keys on for the
    cascades) the rows of the erasures ``entries``."""
    cases, people = _erased_ids(entries)
    if not cases and not people:
        return
    snapshot.execute("PRAGMA foreign_keys = ON")
    try:
        _in_transaction(snapshot, lambda: se.erase_rows(snapshot, cases, people))
    finally:
        snapshot.execute("PRAGMA foreign_keys = OFF")


def scrub_after_erasure(vault: Vault, erasures: Sequence[Erasure]) -> None:
    """After an erasure here: its rows leave this laptop's sync snapshot at once.

    The snapshot is another file (APSW never opens the vault here); a failure is
    logged and the next synchronisation scrubs again before finding changes.
    The erasure itself reaches the other laptops at the next synchronisation
    (the register's lines travel in the bundle and are replayed there)."""
    base, _ = _paths(vault)
    if not erasures or not base.exists():
        return
    key = vault.require_db().key_copy()
    try:
        snapshot = se.open_connection(base, key)
        try:
            snapshot.execute("PRAGMA foreign_keys = OFF")
            _scrub(snapshot, [asdict(e) for e in erasures])
        finally:
            snapshot.close()
    except Exception:  # the synchronisation scrubs again
        log.warning("sync snapshot not scrubbed after an erasure", exc_info=True)
    finally:
        key.wipe()


def _known_erasures(conn: Any) -> set[str]:
    return set(_setting(conn, ERASURES_KNOWN) or [])


def _know_erasures(conn: Any, ids: Sequence[str]) -> None:
    if ids:
        _put_setting(conn, ERASURES_KNOWN, sorted(_known_erasures(conn) | set(ids)))


def _pending_erasures(vault: Vault, conn: Any) -> list[dict[str, Any]]:
    """The lines of this laptop's erasure register it has neither sent nor replayed."""
    known = _known_erasures(conn)
    return [asdict(e) for e in read_register(vault.paths.root) if e.id not in known]


def _replay_erasures(
    conn: Any, vault: Vault, entries: Sequence[dict[str, Any]], replayed: list[dict[str, Any]]
) -> int:
    """Apply here the erasures another laptop made, and keep them in this laptop's
    register (a restore here applies them again). Returns how many were new here
    (also added to ``replayed``, for the partial laptops this one relays to)."""
    known = _known_erasures(conn)
    fresh: list[Erasure] = []
    for entry in entries:
        try:
            line = Erasure(**{f: entry[f] for f in Erasure.__dataclass_fields__})
        except (KeyError, TypeError):
            log.warning("an erasure received could not be read")
            continue
        if line.id not in known:
            fresh.append(line)
    if not fresh:
        return 0
    lines = [asdict(e) for e in fresh]
    cases, people = _erased_ids(lines)
    se.erase_rows(conn, cases, people)
    # before the commit, like an erasure made here: never lost by a later restore
    append([vault.paths.root], fresh)
    _know_erasures(conn, [e.id for e in fresh])
    replayed.extend(lines)
    return len(fresh)


def _in_transaction(conn: Any, work: Any) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _open_alone(db: Any, key: Any) -> Any:
    """An APSW connection to the vault while no sqlcipher3 connection is open.

    APSW carries its own copy of SQLite. Two copies of SQLite in one process
    must never have the same file open together: POSIX locks are per process,
    so neither sees the other's locks, and the copy that closes last deletes
    a WAL the other still writes to (data lost; found by the enrolment test).
    The engine's pooled connections are closed first; SQLAlchemy opens new
    ones when the next use case runs. A connection still checked out of the pool
    (another operation running) cannot be closed from here: refused, not risked."""
    if db.engine.pool.checkedout():
        raise SyncRefused(
            tr(
                "Balise termine une autre opération sur ce coffre : attendez un instant, "
                "puis synchronisez à nouveau."
            )
        )
    db.engine.dispose()
    return se.open_connection(db.path, key)


def _me(conn: Any) -> tuple[str, bool]:
    row = conn.execute(
        "SELECT l.id, l.revoked_at FROM sync_local s JOIN sync_laptops l ON l.id = s.laptop_id"
    ).fetchone()
    return _hex(row[0]), row[1] is not None


def _scope(conn: Any, laptop: str) -> sc.LaptopScope:
    row = conn.execute(
        "SELECT scope, user_ids FROM sync_laptops WHERE id = ?", (laptop,)
    ).fetchone()
    return sc.LaptopScope.of_row(row[0], row[1]) if row else sc.LaptopScope()


def _streams(vault: Vault, conn: Any, me: str) -> dict[str, sc.LaptopScope]:
    """The partial laptops this laptop relays to (it enrolled them), not revoked."""
    root = vault.paths.root / SYNC_FOLDER / STREAMS_FOLDER
    found: dict[str, sc.LaptopScope] = {}
    for state in sorted(root.glob("*.json")) if root.is_dir() else []:
        laptop = state.stem
        row = conn.execute(
            "SELECT scope, user_ids, revoked_at FROM sync_laptops WHERE id = ?", (laptop,)
        ).fetchone()
        if row is None or row[2] is not None or laptop == me:
            continue
        scope = sc.LaptopScope.of_row(row[0], row[1])
        if scope.partial and _stream_paths(vault, laptop)[0].exists():
            found[laptop] = scope
    return found


def _relay(
    conn: Any,
    vault: Vault,
    key: Any,
    me: str,
    schema: str,
    folder: Path,
    sent: Path,
    bundle_key: bytearray,
    laptop: str,
    scope: sc.LaptopScope,
    echoes: list[bytes],
    report: SyncReport,
    *,
    erased: Sequence[dict[str, Any]] = (),
) -> None:
    """Write for one partial laptop the changes of its cases since the last relay.

    ``synchro/pour/<laptop>.db`` is that laptop's view as this laptop last sent
    it. The rows of the laptop's scope are written into a new file
    (:func:`app.core.sync_scope.write_scoped`) and diffed against that view: a case
    newly assigned to its users comes in full (inserts), a case taken off it is
    deleted there, and rows of other cases are never in what is diffed. The
    partial laptop's own changes received here are applied to the view first,
    so that they are not sent back to it. The copy becomes the new view."""
    snapshot, state = _stream_paths(vault, laptop)
    work = snapshot.with_name(f"{laptop}.suivant.db")
    _remove_work_copy(work)
    for changeset in echoes:
        _refresh_base(snapshot, key, changeset)
    try:
        sc.write_scoped(conn, work, key, scope, whole=False)
        view = se.open_connection(work, key)
        try:
            with se.attached(view, snapshot, key):
                changeset = se.diff_changeset(view, "base", se.replicated_present(view))
                # the erasures of what that laptop holds (no line about another case)
                theirs = [e for e in erased if _held_in(view, "base", e)]
        finally:
            view.close()
        seq = json.loads(state.read_text())["seq"] + 1
        if changeset or theirs:
            header = bn.BundleHeader(
                service=vault.keyring.vault_id,
                laptop=me,
                seq=seq,
                schema=schema,
                to=laptop,
                written_at=clock.utcnow().isoformat(timespec="seconds"),
                # what this laptop's view held when relayed: the partial laptop's own
                # bundles name it, so that no laptop applies them before it
                after=_applied_here(conn, me) | _own_seq(conn),
            )
            data = bn.seal(header, bn.BundlePayload(changeset, [], erased=theirs), bundle_key)
            name = bn.file_name(header)
            bn.write_atomically(sent / name, data)
            bn.write_atomically(folder / name, data)
            report.sent_bundles += 1
            report.sent_changes += sum(se.changeset_counts(changeset).values())
            # the number first: after a crash here the same changes go again under
            # the next number, which applies as a no-op; never two bundles of one number
            bn.write_atomically(state, json.dumps({"seq": seq}).encode())
        for extra in ("-wal", "-shm"):
            snapshot.with_name(snapshot.name + extra).unlink(missing_ok=True)
        work.replace(snapshot)
    finally:
        _remove_work_copy(work)


def _held_in(conn: Any, schema: str, entry: dict[str, Any]) -> bool:
    """Whether the erased case (or person) of ``entry`` is in ``schema``'s copy."""
    if entry.get("kind") == ErasureKind.PERSON and entry.get("person_id"):
        table, key = "people", entry["person_id"]
    else:
        table, key = "cases", entry.get("case_id")
    return conn.execute(f"SELECT 1 FROM {schema}.{table} WHERE id = ?", (key,)).get is not None


def _laptops(conn: Any) -> dict[str, tuple[str, Any]]:
    return {
        _hex(row[0]): (row[1], row[2])
        for row in conn.execute("SELECT id, name, revoked_at FROM sync_laptops")
    }


def _send(
    conn: Any,
    vault: Vault,
    me: str,
    schema: str,
    folder: Path,
    sent: Path,
    key: bytearray,
    report: SyncReport,
    changeset: bytes,
    *,
    to: str = bn.EVERYONE,
    carry: dict[str, str] | None = None,
    erased: Sequence[dict[str, Any]] = (),
) -> None:
    last_audit = conn.execute("SELECT last_audit_seq FROM sync_local").get
    entries = [
        dict(zip(_AUDIT_COLUMNS, row, strict=True))
        for row in conn.execute(
            f"SELECT {', '.join(_AUDIT_COLUMNS)} FROM audit_log WHERE seq > ? ORDER BY seq",
            (last_audit,),
        )
    ]
    if not changeset and not entries and not erased:
        return
    seq = max(conn.execute("SELECT last_seq FROM sync_local").get, _last_kept(sent, me)) + 1
    header = bn.BundleHeader(
        service=vault.keyring.vault_id,
        laptop=me,
        seq=seq,
        schema=schema,
        to=to,
        written_at=clock.utcnow().isoformat(timespec="seconds"),
        after=_applied_here(conn, me),
    )
    payload = bn.BundlePayload(changeset, entries, dict(carry or {}), list(erased))
    data = bn.seal(header, payload, key)
    name = bn.file_name(header)
    bn.write_atomically(sent / name, data)
    bn.write_atomically(folder / name, data)
    conn.execute(
        "UPDATE sync_local SET last_seq = ?, last_audit_seq = ?",
        (seq, entries[-1]["seq"] if entries else last_audit),
    )
    _know_erasures(conn, [str(e["id"]) for e in erased])
    report.erasures_sent += len(erased)
    report.sent_bundles += 1
    report.sent_changes += sum(se.changeset_counts(changeset).values())


def _last_kept(sent: Path, me: str) -> int:
    """The highest number among this laptop's bundles kept in ``synchro/envoyes``.

    A bundle is written there before the vault's transaction commits: if that
    commit was lost, the number is not given twice (a receiver that applied the
    first would skip the second)."""
    prefix = f"balise-{me[:8]}-"
    found = 0
    for kept in sent.glob(f"{prefix}*{bn.SUFFIX}"):
        number, _, to = kept.name[len(prefix) : -len(bn.SUFFIX)].partition("-")
        # a relayed bundle (to one partial laptop) is numbered in that laptop's stream
        if number.isdigit() and to in (bn.EVERYONE, bn.FULL_ONLY):
            found = max(found, int(number))
    return found


_AUDIT_COLUMNS = (
    "seq",
    "at",
    "user_id",
    "login",
    "action",
    "case_id",
    "object_type",
    "object_id",
    "detail",
    "prev_hash",
    "hash",
)


def _receive(
    conn: Any,
    vault: Vault,
    me: str,
    schema: str,
    folder: Path,
    key: bytearray,
    report: SyncReport,
    mine: sc.LaptopScope | None = None,
    echoes: dict[str, list[bytes]] | None = None,
    *,
    keys: _BundleKeys | None = None,
    replayed: list[dict[str, Any]] | None = None,
) -> None:
    mine = mine or sc.LaptopScope()
    replayed = [] if replayed is None else replayed
    # a partial laptop applies only what was relayed to it (its cases), never
    # the bundles of the laptops carrying every case
    accepted = {me} if mine.partial else {bn.EVERYONE, bn.FULL_ONLY}
    set_aside = {row[0] for row in conn.execute("SELECT digest FROM sync_set_aside")}
    waiting: dict[str, dict[int, tuple[Path, bytes, bn.BundleHeader]]] = {}
    for path in sorted(folder.glob(f"*{bn.SUFFIX}")):
        data = path.read_bytes()
        digest = bn.digest(data)
        if digest in set_aside:
            continue
        try:
            header = bn.read_header(data)
        except bn.BundleUnreadable:
            _set_aside(conn, path, digest, None, "unreadable", report)
            continue
        if header.laptop == me:
            continue
        if header.service != vault.keyring.vault_id:
            _set_aside(conn, path, digest, header, "foreign", report)
            continue
        if header.to not in accepted:
            continue
        waiting.setdefault(header.laptop, {})[header.seq] = (path, data, header)
    laptops = _laptops(conn)
    queues: dict[str, tuple[str, list[int], dict[int, Any]]] = {}
    for laptop, bundles in sorted(waiting.items()):
        last = conn.execute("SELECT last_seq FROM sync_received WHERE laptop_id = ?", (laptop,)).get
        name = laptops.get(laptop, (tr("portable inconnu"), None))[0]
        pending = sorted(s for s in bundles if s > (last or 0))
        if pending:
            queues[laptop] = (name, [(last or 0) + 1, *pending], bundles)
    # Causal order: a bundle whose writer had applied another laptop's bundles applies
    # after those (a follow-up never arrives before its case, a later edit of a field
    # never before the edit it replaced). Bundles of one laptop apply in their order.
    stopped: set[str] = set()
    moved = True
    while moved:
        moved = False
        for laptop, (name, queue, bundles) in queues.items():
            seq = queue[0]
            if laptop in stopped or len(queue) == 1 or queue[1] != seq:
                continue
            path, data, header = bundles[seq]
            # a partial laptop applies its relayed stream in order: what the relay
            # had applied is in it already
            if not mine.partial and _waits_for(conn, header, me, laptops) is not None:
                continue
            if keys is not None and not keys.can_open(header):
                continue  # its key comes in the enrolling laptop's bundle: may apply first
            echo = None if echoes is None else echoes.get(laptop)
            if not _apply_one(
                conn, laptop, name, laptops, path, data, header, schema, key, report,
                mine=mine, echo=echo, keys=keys, vault=vault, replayed=replayed,
            ):  # fmt: skip
                stopped.add(laptop)
                continue
            queue[0] = seq + 1
            del queue[1]
            moved = True
    for laptop, (name, queue, bundles) in queues.items():
        seq = queue[0]
        if laptop in stopped or len(queue) == 1:
            continue
        if queue[1] != seq:
            report.problems.append(
                LaptopProblem(
                    name,
                    tr(
                        "Le paquet n° {numero} du portable « {portable} » manque dans le "
                        "dossier : ses paquets suivants attendent. Synchronisez ce portable "
                        "(il réécrit les paquets manquants)."
                    ).format(numero=seq, portable=name),
                )
            )
            continue
        if keys is not None and not keys.can_open(bundles[seq][2]):
            report.problems.append(LaptopProblem(name, _key_waits_message(name)))
            continue
        other, needed = _waits_for(conn, bundles[seq][2], me, laptops) or ("", 0)
        report.problems.append(
            LaptopProblem(
                name,
                tr(
                    "Les paquets du portable « {portable} » attendent le paquet n° {numero} du "
                    "portable « {autre} », qui n'est pas dans le dossier ou n'a pas pu être "
                    "appliqué : synchronisez à nouveau quand il y sera."
                ).format(
                    portable=name,
                    numero=needed,
                    autre=laptops.get(other, (tr("portable inconnu"), None))[0],
                ),
            )
        )


def _key_waits_message(name: str) -> str:
    return tr(
        "Les paquets du portable « {portable} » attendent la clé que leur envoie le portable "
        "qui l'a inscrit : synchronisez ce portable-là, puis celui-ci."
    ).format(portable=name)


def _applied_here(conn: Any, me: str) -> dict[str, int]:
    """The last bundle applied here from each other laptop (a bundle's ``after``).

    On a laptop carrying only assigned cases, what it applied is its own relayed
    stream, numbered apart: its bundles name instead what the relay's view held
    (:data:`RELAYED_AFTER`, from the relayed bundles' headers)."""
    scope = conn.execute("SELECT scope FROM sync_laptops WHERE id = ?", (me,)).get
    if scope not in (None, "all"):
        return {k: int(v) for k, v in (_setting(conn, RELAYED_AFTER) or {}).items() if v}
    return {
        _hex(row[0]): int(row[1])
        for row in conn.execute("SELECT laptop_id, last_seq FROM sync_received")
        if row[1]
    }


def _own_seq(conn: Any) -> dict[str, int]:
    """This laptop's last bundle, as a dependency (empty before its first)."""
    row = conn.execute("SELECT laptop_id, last_seq FROM sync_local").fetchone()
    return {_hex(row[0]): int(row[1])} if row and row[1] else {}


def _learn_relayed_after(conn: Any, header: bn.BundleHeader) -> None:
    """On a partial laptop: remember what the relay's view held (latest per laptop)."""
    known = dict(_setting(conn, RELAYED_AFTER) or {})
    for laptop, seq in header.after.items():
        known[laptop] = max(int(known.get(laptop, 0)), int(seq))
    _put_setting(conn, RELAYED_AFTER, known)


def _waits_for(
    conn: Any, header: bn.BundleHeader, me: str, laptops: dict[str, tuple[str, Any]]
) -> tuple[str, int] | None:
    """The bundle (laptop, sequence) that must apply here before ``header``'s, if any.

    This laptop's own bundles are here already; a revoked laptop's may never come."""
    for other, needed in sorted(header.after.items()):
        if other in (me, header.laptop) or laptops.get(other, (None, None))[1] is not None:
            continue
        have = conn.execute("SELECT last_seq FROM sync_received WHERE laptop_id = ?", (other,)).get
        if (have or 0) < needed:
            return other, needed
    return None


def _apply_one(
    conn: Any,
    laptop: str,
    name: str,
    laptops: dict[str, tuple[str, Any]],
    path: Path,
    data: bytes,
    header: bn.BundleHeader,
    schema: str,
    key: bytearray,
    report: SyncReport,
    *,
    mine: sc.LaptopScope | None = None,
    echo: list[bytes] | None = None,
    keys: _BundleKeys | None = None,
    vault: Vault | None = None,
    replayed: list[dict[str, Any]] | None = None,
) -> bool:
    digest = bn.digest(data)
    revoked_at = laptops.get(laptop, (None, None))[1]
    if revoked_at is not None and _written_after(header.written_at, revoked_at):
        _set_aside(conn, path, digest, header, "revoked", report, name)
        return False
    if header.schema != schema:
        report.problems.append(LaptopProblem(name, _update_message()))
        return False
    opening = key if keys is None else keys.opening(header)
    if opening is None:  # comes with the enrolling laptop's next bundle: waits, not refused
        report.problems.append(LaptopProblem(name, _key_waits_message(name)))
        return False
    try:
        _, payload = bn.open_bundle(data, opening)
    except bn.BundleTampered:
        _set_aside(conn, path, digest, header, "tampered", report, name)
        return False
    conn.execute("SAVEPOINT bundle")
    try:
        from app.core import sync_conflicts

        resolved_before = sync_conflicts.resolved_ids(conn)
        if mine is not None and mine.partial:
            # a case taken off this laptop: all its rows go here first (even rows
            # written here since), so that the relayed deletions find nothing left
            sc.prune_in_place(conn, mine, sc.cases_deleted_by(payload.changeset))
        if payload.erased and vault is not None:
            report.erasures_replayed += _replay_erasures(
                conn, vault, payload.erased, [] if replayed is None else replayed
            )
        outcome = se.apply_changeset(conn, payload.changeset)
        if keys is not None and header.to == bn.EVERYONE:
            keys.learn(conn, payload.keys)
        if mine is not None and mine.partial:
            _learn_relayed_after(conn, header)
        elif header.to == bn.EVERYONE:
            _learn_acknowledgement(conn, _hex(_me(conn)[0]), header)
        for clash in outcome.clashes:
            _store_clash(conn, clash, laptop, header)
        # a clash resolved on the other laptop: its kept value is written here too
        sync_conflicts.apply_received_resolutions(conn, resolved_before, payload.audit)
        if mine is not None and mine.partial and payload.changeset:
            # the net: nothing outside this laptop's scope stays (rows, clashes kept
            # for review), whatever came in
            sc.prune_in_place(conn, mine, ())
        for entry in payload.audit:
            conn.execute(
                "INSERT OR IGNORE INTO sync_peer_audit (laptop_id, seq, entry, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    laptop,
                    entry["seq"],
                    json.dumps(entry, sort_keys=True),
                    entry["prev_hash"],
                    entry["hash"],
                ),
            )
        conn.execute(
            "INSERT INTO sync_received (laptop_id, last_seq, applied_at) VALUES (?, ?, ?) "
            "ON CONFLICT (laptop_id) DO UPDATE SET last_seq = excluded.last_seq, "
            "applied_at = excluded.applied_at",
            (laptop, header.seq, clock.utcnow().isoformat(sep=" ")),
        )
    except se.SyncEngineError:
        conn.execute("ROLLBACK TO bundle")
        conn.execute("RELEASE bundle")
        _set_aside(conn, path, digest, header, "failing", report, name)
        return False
    conn.execute("RELEASE bundle")
    if echo is not None:  # a partial laptop's own changes: not relayed back to it
        echo.append(payload.changeset)
    report.received_bundles += 1
    report.received_changes += sum(outcome.applied.values())
    report.merged += outcome.merged
    report.conflicts += len(outcome.clashes)
    return True


def _written_after(written_at: str, revoked_at: Any) -> bool:
    """Whether a bundle of a revoked laptop was written at or after its revocation.

    ``written_at`` is kept to the second, ``revoked_at`` to the microsecond: a
    bundle of the same second as the revocation is refused (fail closed), and a
    time that does not read is refused too."""
    try:
        written = datetime.fromisoformat(written_at).replace(tzinfo=None)
        revoked = datetime.fromisoformat(str(revoked_at)).replace(tzinfo=None, microsecond=0)
    except ValueError:
        return True
    return written >= revoked


_REASONS = {
    "unreadable": "Un fichier du dossier n'est pas un paquet Balise lisible : il est mis de côté.",
    "foreign": "Un paquet vient d'un autre service : il est mis de côté et n'est pas lu.",
    "tampered": (
        "Le paquet n° {numero} du portable « {portable} » a été modifié ou abîmé : il est mis "
        "de côté. Synchronisez ce portable pour qu'il le réécrive."
    ),
    "failing": (
        "Le paquet n° {numero} du portable « {portable} » n'a pas pu être appliqué : il est mis "
        "de côté, les autres portables sont synchronisés. Prévenez la coordination."
    ),
    "revoked": ("Un paquet écrit par « {portable} » après son retrait du service est refusé."),
}


def _set_aside(
    conn: Any,
    path: Path,
    digest: str,
    header: bn.BundleHeader | None,
    reason: str,
    report: SyncReport,
    name: str = "",
) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO sync_set_aside (digest, file_name, laptop_id, seq, reason, at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            digest,
            path.name[:200],
            header.laptop if header else None,
            header.seq if header else None,
            reason,
            clock.utcnow().isoformat(sep=" "),
        ),
    )
    message = tr(_REASONS[reason]).format(numero=header.seq if header else 0, portable=name)
    report.problems.append(LaptopProblem(name, message))


def _case_of(conn: Any, table: str, key: tuple[Any, ...], values: dict[str, Any] | None) -> Any:
    if table == "cases":
        return key[0]
    if values and values.get("case_id"):
        return values["case_id"]
    columns = se.columns_of(conn, table)
    if "case_id" in columns and len(key) == 1 and "id" in columns:
        return conn.execute(f'SELECT case_id FROM "{table}" WHERE id = ?', key).get
    return None


def _store_clash(conn: Any, clash: se.Clash, remote: str, header: bn.BundleHeader) -> None:
    me = _hex(conn.execute("SELECT laptop_id FROM sync_local").get)
    local_value, remote_value = (
        json.dumps(clash.local, default=str),
        json.dumps(clash.remote, default=str),
    )
    # Sides ordered by value and an id from the values only: a third laptop that
    # meets the same clash (one value from each of the two laptops) holds the same
    # row, so the resolution reaches it (app.core.sync_conflicts).
    pairs = sorted([(me, local_value), (remote, remote_value)], key=lambda p: (p[1], p[0]))
    ident = uuid.uuid5(
        uuid.NAMESPACE_URL,
        json.dumps(
            [clash.kind, clash.table, list(clash.key), clash.column, sorted(p[1] for p in pairs)],
            default=str,
        ),
    )
    values = clash.remote if isinstance(clash.remote, dict) else None
    if values is None and isinstance(clash.local, dict):
        values = clash.local
    conn.execute(
        "INSERT OR IGNORE INTO sync_conflicts (id, detected_at, kind, table_name, row_key, "
        "column_name, case_id, first_laptop_id, first_value, second_laptop_id, second_value, "
        "remote_written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            ident.hex,
            clock.utcnow().isoformat(sep=" "),
            clash.kind,
            clash.table,
            json.dumps(list(clash.key), default=str),
            clash.column,
            _case_of(conn, clash.table, clash.key, values),
            pairs[0][0],
            pairs[0][1],
            pairs[1][0],
            pairs[1][1],
            header.written_at.replace("T", " "),
        ),
    )


def _refresh_base(base: Path, key: Any, everything: bytes) -> None:
    """Bring the snapshot level with the vault (what went out and what came in)."""
    if not everything:
        return
    import apsw

    def overwrite(reason: int, _change: Any) -> int:
        if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
            return apsw.SQLITE_CHANGESET_REPLACE
        return apsw.SQLITE_CHANGESET_OMIT

    conn = se.open_connection(base, key)
    try:
        # The snapshot is a copy to diff against, not a vault: its rows may arrive
        # in any order.
        conn.execute("PRAGMA foreign_keys = OFF")
        apsw.Changeset.apply(everything, conn, conflict=overwrite)
    finally:
        conn.close()


def _learn_acknowledgement(conn: Any, me: str, header: bn.BundleHeader) -> None:
    """A bundle of another full laptop, applied here, says up to which of this
    laptop's bundles it had applied (its ``after``)."""
    seen = int(header.after.get(me, 0))
    acks = dict(_setting(conn, ACKNOWLEDGED) or {})
    if seen > int(acks.get(header.laptop, 0)):
        acks[header.laptop] = seen
        _put_setting(conn, ACKNOWLEDGED, acks)


def _applied_everywhere(conn: Any, me: str, sent: Path) -> list[Path]:
    """This laptop's bundles every other full laptop of the service has applied.

    A laptop enrolled later starts where its source stood and needs none of
    them; a laptop enrolled by another is known here from that laptop's bundle
    that acknowledges (the enrolment travels in it), so it is waited for. A
    partial laptop applies only what its relay writes for it. A revoked laptop
    is not waited for; one that never synchronises again holds them back."""
    others = [
        _hex(row[0])
        for row in conn.execute(
            "SELECT id FROM sync_laptops WHERE revoked_at IS NULL AND scope = 'all'"
        )
        if _hex(row[0]) != me
    ]
    acks = dict(_setting(conn, ACKNOWLEDGED) or {})
    # alone in the service (yet): nothing is removed, there is nobody to say so
    upto = min((int(acks.get(laptop, 0)) for laptop in others), default=0)
    prefix = f"balise-{me[:8]}-"
    done = []
    for kept in sent.glob(f"{prefix}*{bn.SUFFIX}"):
        number, _, to = kept.name[len(prefix) : -len(bn.SUFFIX)].partition("-")
        if number.isdigit() and to in (bn.EVERYONE, bn.FULL_ONLY) and int(number) <= upto:
            done.append(kept)
    return done


def _remove_sent(folder: Path, sent: Path, done: Sequence[Path]) -> None:
    """Remove from the exchange folder and from ``synchro/envoyes`` the bundles
    every laptop has applied: the folder does not grow for ever, and what a bundle
    carried (a case erased since, its earlier content) goes with it."""
    for kept in done:
        (folder / kept.name).unlink(missing_ok=True)
        kept.unlink(missing_ok=True)


def _resend_missing(folder: Path, sent: Path) -> None:
    """Put back into the folder any bundle of ours missing or edited there."""
    for kept in sent.glob(f"*{bn.SUFFIX}"):
        there = folder / kept.name
        data = kept.read_bytes()
        if not there.exists() or there.read_bytes() != data:
            bn.write_atomically(there, data)
