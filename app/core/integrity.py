"""Checking a vault: database pages (SQLite + SQLCipher HMACs) and the keyring.

Used by ``balise check``. Problems are French sentences for the person
running the check; technical details (page numbers, SQLite's own words) go to
the log, which never holds personal data. When the disk itself stops the check
(full, read-only, access refused, folder gone) nothing is concluded about the
data: :class:`~app.errors.StorageUnavailable` (or ``VaultNotFound``) is raised
instead of a damage report.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.auth import MustWait, UnlockThrottle
from app.errors import (
    BaliseError,
    StorageUnavailable,
    VaultDamaged,
    VaultNotFound,
    WrongPassphrase,
)
from app.i18n import tr
from app.security.kdf import PRODUCTION, KdfParams
from app.security.keyring import KEYRING_FORMAT, KIND_RECOVERY, KIND_USER, Keyring, login_hash
from app.storage.backup import integrity_problems
from app.storage.engine import Database, damaged_database_message, storage_error
from app.storage.models import Case, FollowUp, Person, ServiceProfile, User
from app.storage.vault import Vault

log = logging.getLogger(__name__)

#: byte lengths inside a slot: salt, GCM nonce, wrapped 32-byte key + 16-byte tag
_SALT, _NONCE, _WRAPPED = 16, 12, 48


@dataclass(frozen=True)
class VaultCounts:
    cases: int = 0
    people: int = 0
    followups: int = 0
    users: int = 0


@dataclass
class IntegrityReport:
    """The outcome of :func:`check_vault`; ``sound`` when no problem was found."""

    database: list[str] = field(default_factory=list)
    keyring: list[str] = field(default_factory=list)
    counts: VaultCounts = field(default_factory=VaultCounts)
    slots: int = 0
    cipher_version: str = ""

    @property
    def problems(self) -> list[str]:
        return self.database + self.keyring

    @property
    def sound(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """One French line: what the vault holds."""
        c = self.counts
        return tr(
            "{cases} dossiers, {people} personnes, {followups} suivis, {users} comptes, "
            "{slots} emplacements de clé ; SQLCipher {version}."
        ).format(
            cases=c.cases,
            people=c.people,
            followups=c.followups,
            users=c.users,
            slots=self.slots,
            version=self.cipher_version,
        )


def database_problems(db: Database) -> list[str]:
    """Run ``PRAGMA integrity_check`` and ``PRAGMA cipher_integrity_check``.

    A damaged page may also surface as an exception while reading: that is
    reported as damage too (the key is known to be right at this point), unless
    the disk refused: then the disk's error is raised, since nothing is known.
    """
    try:
        conn = db.raw_connection()
    except (StorageUnavailable, VaultNotFound):
        raise
    except Exception as exc:
        _raise_if_disk(exc, db)
        log.warning("integrity: cannot open a connection: %s", type(exc).__name__)
        return [unreadable_message()]
    try:
        details = integrity_problems(conn)
    except Exception as exc:
        _raise_if_disk(exc, db)
        log.warning("integrity: check aborted: %s", exc)
        return [unreadable_message()]
    finally:
        conn.close()
    if not details:
        return []
    for line in details[:50]:
        log.warning("integrity: %s", line)
    return [
        tr(
            "Le fichier du coffre est endommagé : {n} problème(s) détecté(s) par les "
            "contrôles d'intégrité des pages chiffrées."
        ).format(n=len(details))
    ]


def _raise_if_disk(exc: BaseException, db: Database) -> None:
    problem = storage_error(exc, db.path, opening=True)
    if problem is not None:
        log.warning("integrity: the disk stopped the check: %s", type(problem).__name__)
        raise problem from None


def unreadable_message() -> str:
    return tr(
        "Le fichier du coffre est endommagé : une partie des données ne peut plus être lue "
        "ni déchiffrée."
    )


def keyring_file_problems(path: Path) -> list[str]:
    """Structural checks of ``keyring.json`` as stored on disk."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested too deep
        return [tr("Le trousseau de clés (keyring.json) est illisible.")]
    if not isinstance(data, dict) or data.get("format") != KEYRING_FORMAT:
        return [tr("Le trousseau de clés (keyring.json) a un format inconnu.")]
    problems = []
    try:
        uuid.UUID(str(data.get("vault_id")))
    except ValueError:
        problems.append(tr("Le trousseau de clés ne contient pas d'identifiant de coffre valide."))
    slots = data.get("slots")
    if not isinstance(slots, list) or not slots:
        return [*problems, tr("Le trousseau de clés ne contient aucun emplacement de clé.")]
    for slot in slots:
        if not _slot_well_formed(slot):
            problems.append(tr("Un emplacement du trousseau de clés est incomplet ou illisible."))
            break
    return problems


def _slot_well_formed(slot: Any) -> bool:
    try:
        KdfParams.from_json(slot["kdf"])
        sizes = {
            "salt": len(base64.b64decode(slot["salt"], validate=True)),
            "nonce": len(base64.b64decode(slot["nonce"], validate=True)),
            "wrapped_key": len(base64.b64decode(slot["wrapped_key"], validate=True)),
        }
    except (KeyError, TypeError, ValueError, binascii.Error):
        return False
    kind_ok = slot.get("kind") in (KIND_USER, KIND_RECOVERY)
    hash_ok = (slot.get("login_hash") is None) == (slot.get("kind") == KIND_RECOVERY)
    return (
        kind_ok
        and hash_ok
        and bool(slot.get("slot_id"))
        and sizes == {"salt": _SALT, "nonce": _NONCE, "wrapped_key": _WRAPPED}
    )


def keyring_problems(keyring: Keyring, session: Session, *, allow_weak: bool = False) -> list[str]:
    """Consistency of the keyring with the vault's users and service profile."""
    problems = []
    recovery = [s for s in keyring.slots if s.kind == KIND_RECOVERY]
    if len(recovery) != 1:
        problems.append(
            tr(
                "Le trousseau de clés doit contenir exactement un code de récupération "
                "(il en contient {n})."
            ).format(n=len(recovery))
        )
    ids = Counter(s.slot_id for s in keyring.slots)
    if any(n > 1 for n in ids.values()):
        problems.append(tr("Deux emplacements du trousseau de clés portent le même identifiant."))
    if not allow_weak and any(not s.kdf.is_at_least_minimum() for s in keyring.slots):
        problems.append(
            tr("Un emplacement du trousseau de clés utilise une protection inférieure au minimum.")
        )
    profile_ids = list(session.scalars(select(ServiceProfile.vault_id)))
    if len(profile_ids) != 1 or profile_ids[0] != keyring.vault_id:
        problems.append(
            tr("Le trousseau de clés n'appartient pas à ce coffre (identifiant différent).")
        )
    users = list(session.execute(select(User.login, User.active, User.slot_id)))
    user_slots = {s.login_hash: s for s in keyring.slots if s.kind == KIND_USER}
    missing = 0
    for login, active, slot_id in users:
        slot = user_slots.get(login_hash(keyring.vault_id, login))
        if active and (slot is None or (slot_id is not None and slot.slot_id != slot_id)):
            missing += 1
    if missing:
        problems.append(
            tr("{n} compte(s) actif(s) n'ont pas d'emplacement de clé correspondant.").format(
                n=missing
            )
        )
    user_slot_count = sum(1 for s in keyring.slots if s.kind == KIND_USER)
    if user_slot_count != len(user_slots):
        problems.append(tr("Plusieurs emplacements de clé concernent le même compte."))
    known = {login_hash(keyring.vault_id, login) for login, _, _ in users}
    orphans = sum(1 for h in user_slots if h not in known)
    if orphans:
        problems.append(
            tr("{n} emplacement(s) de clé du trousseau ne correspondent à aucun compte.").format(
                n=orphans
            )
        )
    return problems


def vault_counts(session: Session) -> VaultCounts:
    """How many cases, people, follow-ups and accounts the vault holds."""

    def count(model: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)

    return VaultCounts(
        cases=count(Case), people=count(Person), followups=count(FollowUp), users=count(User)
    )


def check_vault(
    db: Database, keyring: Keyring, keyring_path: Path, *, allow_weak: bool = False
) -> IntegrityReport:
    """Every check on an unlocked vault; never raises on damage, reports it.

    Raises :class:`~app.errors.StorageUnavailable` when the disk stops the check
    (full, read-only…): that says nothing about damage.
    """
    report = IntegrityReport(slots=len(keyring.slots))
    report.keyring = keyring_file_problems(keyring_path)
    report.database = database_problems(db)
    if report.database:
        return report  # reading rows from a damaged file proves nothing more
    try:
        report.cipher_version = db.cipher_version()
        with db.session() as session:
            report.keyring += keyring_problems(keyring, session, allow_weak=allow_weak)
            report.counts = vault_counts(session)
    except (StorageUnavailable, VaultNotFound):
        raise
    except Exception as exc:
        _raise_if_disk(exc, db)
        log.warning("integrity: reading the vault failed: %s", type(exc).__name__)
        report.database.append(unreadable_message())
    return report


def unlock_for_check(vault: Vault, login: str, passphrase: str) -> Database:
    """Open the database for a check: no migration, production KDF floor.

    Failed attempts count toward the unlock delay like any unlock. Once the
    key slot has opened, any failure to read the file means damage, not a
    wrong passphrase, unless the disk refused (full, read-only, access refused):
    that raises :class:`~app.errors.StorageUnavailable`.
    """
    throttle = UnlockThrottle(vault.paths.root)
    remaining = throttle.seconds_to_wait()
    if remaining > 0:
        raise MustWait(remaining)
    try:
        db = vault.unlock(login, passphrase, migrate=False, kdf=PRODUCTION)
    except WrongPassphrase:
        throttle.record_failure()
        raise
    except BaliseError:
        raise
    except Exception as exc:
        problem = storage_error(exc, vault.paths.db, opening=True)
        if problem is not None:
            raise problem from None
        log.warning("integrity: opening failed: %s", type(exc).__name__)
        raise VaultDamaged(damaged_database_message()) from None
    throttle.reset()
    return db
