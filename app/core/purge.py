"""Erasure that really deletes (GDPR art. 5(1)(e) and 17).

:func:`purge_case` deletes a case and everything attached to it — people,
authors, follow-ups, screenings, consents, pathway records, issued documents
with their PDF bytes, drafts, and through the triggers the search rows — in
the caller's transaction. :func:`erase_person` deletes one co-victim (the
primary victim's erasure is the whole case's).

Deleted is not yet gone from the file: SQLite leaves old content in free
pages and the WAL, FTS5 in its index segments. So the vault runs with
``PRAGMA secure_delete`` (freed content is overwritten with zeros), the search
index has FTS5's ``secure-delete`` option (revision 0005: a deleted row's
tokens leave the index at once), and :func:`erase` checkpoints and truncates
the WAL after the commit. Then a backup is taken, so that the newest backup no
longer holds what was erased; older backups age out by rotation.

:func:`erase` is the use case the screens and the command line call: it runs
the deletions in one transaction, writes the erasure register (outside the
database, re-applied by a restore) before committing, then cleans up. On a
laptop that synchronises, the erasure's rows leave the sync snapshot at once
and the register's line travels with the next bundle: the other laptops erase
the same rows and keep the line (``app.core.sync``).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, delete, select, text
from sqlalchemy.orm import Session

from app import clock
from app.core import audit, transaction
from app.core.auth import UserSession
from app.core.erasure_register import Erasure, ErasureKind, ErasureRule, append
from app.core.permissions import Perm, require
from app.core.settings import load_settings
from app.core.vocabulary import PersonRole
from app.errors import BaliseError, ValidationError
from app.i18n import tr
from app.storage.models import Base, Case, IssuedDocument, Person
from app.storage.vault import Vault

log = logging.getLogger(__name__)

RULES = (ErasureRule.RETENTION, ErasureRule.REQUEST)


def _check_rule(rule: str) -> None:
    if rule not in RULES:
        raise ValidationError(tr("Indiquez le motif de l'effacement."), field="rule")


#: tables with a ``case_id`` that an erasure keeps: the audit trail keeps the
#: case's identifier (never its content) so that the erasure itself is traced
KEPT_AFTER_ERASURE = frozenset({"audit_log"})


def _case_tables() -> list[Table]:
    """Tables holding rows of one case (a ``case_id`` column, with or without a
    foreign key: a sync conflict may name a case another laptop holds), in an
    order that deletes referencing rows first (issued documents name consents)."""
    tables = [
        t
        for t in Base.metadata.sorted_tables
        if "case_id" in t.c and t.name not in KEPT_AFTER_ERASURE
    ]
    first = [t for t in tables if t.name == IssuedDocument.__tablename__]
    return first + [t for t in reversed(tables) if t.name != IssuedDocument.__tablename__]


def _delete_case_rows(session: Session, case_id: uuid.UUID) -> int:
    """Delete every row of the case; grandchildren (status changes, answers, plan
    items) follow through ``ON DELETE CASCADE``. Returns the rows deleted directly."""
    total = 0
    for table in _case_tables():
        total += session.execute(delete(table).where(table.c.case_id == case_id)).rowcount or 0
    total += session.execute(delete(Case.__table__).where(Case.__table__.c.id == case_id)).rowcount
    return total


def purge_case(session: Session, actor: UserSession, case_id: uuid.UUID, rule: str) -> Erasure:
    """Delete the case ``case_id`` and everything attached (coordinator; the caller commits).

    ``rule`` says why (:class:`ErasureRule`). The audit trail keeps the case's
    identifier and the rule, never its content. Returns the register entry.
    """
    require(actor, Perm.PURGE)
    _check_rule(rule)
    reference = session.scalar(select(Case.reference).where(Case.id == case_id))
    if reference is None:
        raise ValidationError(tr("Ce dossier n'existe plus."))
    session.flush()
    session.expunge_all()  # no ORM object may write a deleted row back
    rows = _delete_case_rows(session, case_id)
    audit.record(
        session,
        actor,
        audit.Action.PURGE,
        case_id=case_id,
        object_type="case",
        detail=f"rule={rule} rows={rows}",
    )
    return Erasure.new(
        kind=ErasureKind.CASE,
        case_reference=reference,
        case_id=case_id,
        person_id=None,
        at=clock.now_second(),
        by=actor.login,
        rule=rule,
    )


def erase_person(session: Session, actor: UserSession, person_id: uuid.UUID, rule: str) -> Erasure:
    """Erase one person on request (art. 17); the caller commits.

    A co-victim's record is deleted (its search rows with it). The primary
    victim is what the case is about: erasing her erases the whole case.
    Honest limit: a name typed inside a follow-up's free text is not found
    and removed here; the documentation asks to review those texts.
    """
    require(actor, Perm.PURGE)
    _check_rule(rule)
    row = session.execute(
        select(Person.case_id, Person.role, Case.reference)
        .join(Case, Case.id == Person.case_id)
        .where(Person.id == person_id)
    ).first()
    if row is None:
        raise ValidationError(tr("Cette personne n'existe plus dans le dossier."))
    case_id, role, reference = row
    if role == PersonRole.VICTIM.value:
        return purge_case(session, actor, case_id, rule)
    session.flush()
    session.expunge_all()
    session.execute(delete(Person.__table__).where(Person.__table__.c.id == person_id))
    audit.record(
        session,
        actor,
        audit.Action.PURGE,
        case_id=case_id,
        object_type="person",
        object_id=person_id.hex,
        detail=f"rule={rule}",
    )
    return Erasure.new(
        kind=ErasureKind.PERSON,
        case_reference=reference,
        case_id=case_id,
        person_id=person_id,
        at=clock.now_second(),
        by=actor.login,
        rule=rule,
    )


# --- the use case -----------------------------------------------------------------------


@dataclass(frozen=True)
class ErasureOutcome:
    erasures: list[Erasure]
    #: French sentence when the backup after the purge failed (the erasure is done)
    backup_error: str | None = None


def register_folders(vault: Vault, settings_folder: str) -> list[Path]:
    """The vault folder, then the external backup folder if one is chosen and present."""
    from app.core.backups import external_folder

    folders = [vault.paths.root]
    if settings_folder and Path(settings_folder).is_dir():
        folders.append(external_folder(settings_folder, vault.keyring.vault_id))
    return folders


def erase(
    vault: Vault,
    actor: UserSession,
    fn: Callable[[transaction.Tx], list[Erasure]],
    *,
    backup: bool = True,
) -> ErasureOutcome:
    """Run the erasures of ``fn`` in one transaction and make them final.

    The register is written just before the commit (an erasure that was asked
    for is recorded even if the commit then fails; a restore would apply it).
    After the commit: the WAL is checkpointed and truncated, and a backup is
    taken (``backup``) so the newest backup no longer holds the erased data.
    """
    require(actor, Perm.PURGE)

    def run(tx: transaction.Tx) -> list[Erasure]:
        ensure_search_secure_delete(tx)
        erasures = fn(tx)
        if erasures:
            settings = load_settings(tx)
            append(register_folders(vault, settings.backup_external_folder), erasures)
        return erasures

    erasures = transaction.write(vault, run)
    if not erasures:
        return ErasureOutcome([])
    checkpoint(vault)
    # a laptop that synchronises: the rows leave its sync snapshot too, and the
    # erasure goes to the other laptops with the next bundle (replayed there)
    from app.core.sync import scrub_after_erasure

    scrub_after_erasure(vault, erasures)
    backup_error = None
    if backup:
        from app.core.backups import BackupKind, take_backup

        try:
            outcome = take_backup(vault, actor, kind=BackupKind.AFTER_PURGE)
            backup_error = outcome.external_error
        except BaliseError as exc:
            backup_error = exc.message
    return ErasureOutcome(erasures, backup_error)


def purge_cases(
    vault: Vault, actor: UserSession, case_ids: list[uuid.UUID], rule: str, *, backup: bool = True
) -> ErasureOutcome:
    """Purge every case of ``case_ids`` in one transaction (see :func:`erase`)."""
    return erase(
        vault,
        actor,
        lambda tx: [purge_case(tx, actor, cid, rule) for cid in case_ids],
        backup=backup,
    )


def erase_person_now(
    vault: Vault, actor: UserSession, person_id: uuid.UUID, rule: str, *, backup: bool = True
) -> ErasureOutcome:
    """Erase one person on request (see :func:`erase_person` and :func:`erase`)."""
    return erase(vault, actor, lambda tx: [erase_person(tx, actor, person_id, rule)], backup=backup)


def checkpoint(vault: Vault) -> None:
    """Fold the WAL into the database and truncate it: no old page copy stays in it."""
    with vault.require_db().engine.connect() as conn:
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            log.warning("WAL checkpoint after an erasure could not complete (busy)")


def ensure_search_secure_delete(session: Session) -> None:
    """Make sure the search index drops a deleted row's tokens at once.

    Revision 0005 sets FTS5's ``secure-delete`` option; a vault where it is
    missing (set by hand, restored from elsewhere) gets it here, with a
    rebuild so that nothing deleted before stays in the index.
    """
    value = session.execute(
        text("SELECT v FROM search_index_config WHERE k = 'secure-delete'")
    ).scalar()
    if str(value) != "1":
        session.execute(
            text("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
        )
        session.execute(text("INSERT INTO search_index(search_index) VALUES ('rebuild')"))


# --- after a restore ----------------------------------------------------------------------


def reapply(session: Session, actor: UserSession, register: list[Erasure]) -> list[Erasure]:
    """Apply again every erasure of ``register`` whose record is back (after a restore).

    Returns the entries applied; the caller commits (the register already
    lists them, so nothing is added to it).
    """
    require(actor, Perm.PURGE)
    applied = []
    for entry in register:
        try:
            if entry.kind == ErasureKind.CASE:
                case_id = uuid.UUID(entry.case_id)
                if session.get(Case, case_id) is not None:
                    purge_case(session, actor, case_id, entry.rule)
                    applied.append(entry)
            elif entry.kind == ErasureKind.PERSON and entry.person_id:
                person_id = uuid.UUID(entry.person_id)
                if session.get(Person, person_id) is not None:
                    erase_person(session, actor, person_id, entry.rule)
                    applied.append(entry)
        except ValueError:
            log.warning("erasure register: an entry could not be read")
    return applied
