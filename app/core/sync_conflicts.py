"""Reviewing the clashes synchronisation found (issue 12).

A clash (``sync_conflicts``) waits until the coordinator or one of the
case's workers keeps one laptop's value. :func:`resolve_conflict` writes the
chosen value on this laptop and marks the row resolved; both travel with the
next bundle. A laptop that receives the resolution writes the chosen value
too (:func:`apply_received_resolutions`, called by the synchronisation while
it applies a bundle), so every laptop converges on the value kept even when
the value kept was already the resolver's own (no change to the field would
travel then).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.permissions import Perm, PermissionDenied, is_assigned, require_case
from app.core.vocabulary import Role
from app.errors import BaliseError
from app.i18n import tr
from app.storage.models import Case
from app.storage.models.sync import SyncConflict, SyncLaptop

log = logging.getLogger(__name__)

RESOLVE_ACTION = "sync_conflict_resolved"

#: execute(sql with ? parameters, parameters) -> rows
Execute = Callable[[str, tuple[Any, ...]], Iterable[tuple[Any, ...]]]


@dataclass(frozen=True)
class ConflictSide:
    """One laptop's side of a clash."""

    laptop_id: uuid.UUID
    laptop_name: str
    value: Any  # decoded SQLite value, a row (dict) or None for a deleted row


@dataclass(frozen=True)
class WaitingConflict:
    """A clash waiting for a choice, as the review screen shows it."""

    id: uuid.UUID
    kind: str
    table: str
    column: str | None
    case_id: uuid.UUID | None
    first: ConflictSide
    second: ConflictSide
    detected_at: datetime | None
    remote_written_at: datetime | None
    case_reference: str | None = None


def _decode(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def waiting_count(tx: Any, actor: UserSession, case_id: uuid.UUID) -> int:
    """How many clashes of one case wait for a choice (shown on the case screen),
    once ``actor`` may read the case."""
    require_case(tx, actor, Perm.CASE_READ, case_id)
    return int(
        tx.scalar(
            select(func.count())
            .select_from(SyncConflict)
            .where(
                SyncConflict.case_id == case_id,
                SyncConflict.resolved_at.is_(None),
                SyncConflict.table_name != SELF_TABLE,  # bookkeeping, not shown for review
            )
        )
        or 0
    )


def waiting_conflicts(tx: Any, actor: UserSession) -> list[WaitingConflict]:
    """The clashes ``actor`` may decide: all for the coordinator, their cases' otherwise."""
    names = {row.id: row.name for row in tx.scalars(select(SyncLaptop))}
    rows = tx.scalars(
        select(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None), SyncConflict.table_name != SELF_TABLE)
        .order_by(SyncConflict.detected_at, SyncConflict.id)
    )
    result = []
    for row in rows:
        if not _may_decide(tx, actor, row):
            continue
        result.append(
            WaitingConflict(
                id=row.id,
                kind=row.kind,
                table=row.table_name,
                column=row.column_name,
                case_id=row.case_id,
                first=ConflictSide(
                    row.first_laptop_id,
                    names.get(row.first_laptop_id, tr("portable inconnu")),
                    _decode(row.first_value),
                ),
                second=ConflictSide(
                    row.second_laptop_id,
                    names.get(row.second_laptop_id, tr("portable inconnu")),
                    _decode(row.second_value),
                ),
                detected_at=row.detected_at,
                remote_written_at=row.remote_written_at,
                case_reference=(
                    tx.scalar(select(Case.reference).where(Case.id == row.case_id))
                    if row.case_id is not None
                    else None
                ),
            )
        )
    return result


def _may_decide(tx: Any, actor: UserSession, row: SyncConflict) -> bool:
    if Role(actor.role) is Role.COORDINATOR:
        return True
    return row.case_id is not None and is_assigned(tx, actor.user_id, row.case_id)


def resolve_conflict(tx: Any, actor: UserSession, conflict_id: uuid.UUID, keep: uuid.UUID) -> None:
    """Keep laptop ``keep``'s value for a waiting clash, inside transaction ``tx``.

    Allowed to the coordinator and to the case's workers. The value is
    written here; the resolution travels with the next bundle and the other
    laptops write the same value when they receive it."""
    row = tx.get(SyncConflict, conflict_id)
    if row is None:
        raise BaliseError(tr("Ce conflit n'existe plus."))
    if not _may_decide(tx, actor, row):
        raise PermissionDenied(
            tr("Seuls la coordination et les intervenants du dossier peuvent trancher ce conflit.")
        )
    if row.resolved_at is not None:
        raise BaliseError(tr("Ce conflit a déjà été tranché."))
    if keep not in (row.first_laptop_id, row.second_laptop_id):
        raise BaliseError(tr("Choisissez la valeur d'un des deux portables."))
    conn = tx.connection()

    def execute(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        result = conn.exec_driver_sql(sql, params)
        return list(result) if result.returns_rows else []

    side = "first" if _as_hex(keep) == _as_hex(row.first_laptop_id) else "second"
    _write_kept(execute, row.table_name, row.row_key, row.column_name, _kept_value(row, keep))
    row.resolved_at = clock.utcnow()
    row.resolved_by = actor.user_id
    row.chosen_laptop_id = keep
    audit.record(
        tx,
        actor,
        RESOLVE_ACTION,
        case_id=row.case_id,
        object_type="sync_conflict",
        object_id=row.id.hex,
        detail=f"kept={side}",  # sides are ordered by value: the same on every laptop
    )


def _kept_value(row: Any, keep: Any) -> Any:
    first = _as_hex(row.first_laptop_id)
    text = row.first_value if _as_hex(keep) == first else row.second_value
    return _decode(text)


def _as_hex(value: Any) -> str:
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value).replace("-", "")


def _primary_key(execute: Execute, table: str) -> list[str]:
    rows = sorted((r[5], r[1]) for r in execute(f'PRAGMA main.table_info("{table}")', ()) if r[5])
    return [name for _, name in rows]


def _write_kept(execute: Execute, table: str, row_key: str, column: str | None, value: Any) -> None:
    """Write the kept value: one field, or a whole row (kept or deleted)."""
    pk = _primary_key(execute, table)
    if not pk:
        raise BaliseError(tr("Ce conflit concerne une table inconnue de cette version."))
    key = tuple(json.loads(row_key))
    where = " AND ".join(f'"{c}" = ?' for c in pk)
    if column is not None:
        execute(f'UPDATE main."{table}" SET "{column}" = ? WHERE {where}', (value, *key))
        return
    if value is None:  # the deleted side was kept
        execute(f'DELETE FROM main."{table}" WHERE {where}', key)
        return
    values = {c: v for c, v in dict(value).items() if c not in pk}
    exists = list(execute(f'SELECT 1 FROM main."{table}" WHERE {where}', key))
    if exists:
        if values:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            execute(f'UPDATE main."{table}" SET {sets} WHERE {where}', (*values.values(), *key))
        return
    full = {**dict(zip(pk, key, strict=True)), **values}
    names = ", ".join(f'"{c}"' for c in full)
    marks = ", ".join("?" for _ in full)
    execute(f'INSERT INTO main."{table}" ({names}) VALUES ({marks})', tuple(full.values()))


def resolved_ids(conn: Any) -> set[str]:
    """Ids (as stored) of the clashes already resolved, on an APSW connection."""
    return {
        str(r[0])
        for r in conn.execute("SELECT id FROM sync_conflicts WHERE resolved_at IS NOT NULL")
    }


def apply_received_resolutions(
    conn: Any, before: set[str], entries: Iterable[dict[str, Any]] = ()
) -> int:
    """Write the kept value of every clash a bundle just resolved (APSW connection).

    ``before`` is :func:`resolved_ids` taken before the bundle applied;
    ``entries`` the bundle's audit entries, whose resolution entries say which
    side was kept (a third laptop's sides may name itself for a value that
    came from another laptop, so the laptop id alone is not enough). A
    resolution that came before the clash itself (another laptop's bundles
    applied first) waits as a clash on ``sync_conflicts`` and is applied
    when the clash arrives."""

    def execute(sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        return list(conn.execute(sql, params))

    sides = _kept_sides(conn, entries)
    _apply_early_resolutions(conn)
    done = 0
    rows = conn.execute(
        "SELECT id, table_name, row_key, column_name, first_laptop_id, first_value, "
        "second_value, chosen_laptop_id FROM sync_conflicts WHERE resolved_at IS NOT NULL"
    ).fetchall()
    for ident, table, row_key, column, first, first_value, second_value, chosen in rows:
        if str(ident) in before or chosen is None or table == SELF_TABLE:
            continue
        side = sides.get(_as_hex(ident))
        if side == "kept=first":
            text = first_value
        elif side == "kept=second":
            text = second_value
        else:
            text = first_value if _as_hex(chosen) == _as_hex(first) else second_value
        try:
            _write_kept(execute, table, row_key, column, _decode(text))
        except Exception:  # one stale resolution must not block the laptop's sync
            log.exception("sync resolution could not be written")
            continue
        done += 1
    return done


SELF_TABLE = "sync_conflicts"


def _kept_sides(conn: Any, entries: Iterable[dict[str, Any]]) -> dict[str, str]:
    sides: dict[str, str] = {}
    peer = [
        json.loads(r[0])
        for r in conn.execute(
            "SELECT entry FROM sync_peer_audit WHERE entry LIKE ?", (f"%{RESOLVE_ACTION}%",)
        )
    ]
    for entry in [*peer, *entries]:
        if entry.get("action") == RESOLVE_ACTION and entry.get("object_id"):
            sides[_as_hex(entry["object_id"])] = str(entry.get("detail") or "")
    return sides


def _apply_early_resolutions(conn: Any) -> None:
    """A resolution received before its clash: apply it once the clash is here."""
    early = conn.execute(
        "SELECT id, row_key, second_value FROM sync_conflicts "
        "WHERE table_name = ? AND kind = 'deleted_here' AND resolved_at IS NULL",
        (SELF_TABLE,),
    ).fetchall()
    for ident, row_key, value in early:
        try:
            [target] = json.loads(row_key)
            fields = {
                k: v
                for k, v in dict(json.loads(value or "{}")).items()
                if k in ("resolved_at", "resolved_by", "chosen_laptop_id")
            }
        except (ValueError, TypeError):
            continue
        here = conn.execute(
            "SELECT resolved_at FROM sync_conflicts WHERE id = ?", (target,)
        ).fetchall()
        if not here or len(fields) != 3:
            continue
        if here[0][0] is None:
            conn.execute(
                "UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, "
                "chosen_laptop_id = ? WHERE id = ?",
                (fields["resolved_at"], fields["resolved_by"], fields["chosen_laptop_id"], target),
            )
        conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (ident,))
