"""Changesets between laptops of one service: SQLite's session extension through APSW.

The application reads and writes through sqlcipher3 + SQLAlchemy; sqlcipher3
has no session extension. ``apsw-sqlite3mc`` (APSW built with SQLite3
Multiple Ciphers) opens the same SQLCipher 4 files (``cipher=sqlcipher``,
``legacy=4``, the same raw key) and has the session extension, so it is used
here only, where changesets are made and applied.

Changes are found from the **keys written since the last synchronisation**:
triggers on every replicated table record the primary key of each row
written (``sync_dirty``, revision 0012), whatever wrote it. A
synchronisation copies those rows only from the vault into an encrypted
snapshot of itself (``synchro/base.db``) while a session records the
snapshot: the session's changeset is what turns the snapshot's old rows into
the vault's new ones (old values included, for the receiver's conflict
checks). The cost follows the rows written, not the size of the vault. A
session on the vault itself would not do: it records only the writes of its
own connection, and Balise writes through sqlcipher3 (docs/ARCHITECTURE.md,
"Several laptops"). A snapshot made before revision 0012 has no mark: it is
diffed in full once (``Session.diff``), then replaced.

Applying never decides a clash silently. The conflict handler keeps the
local value and returns a :class:`Clash` for review; changes to different
fields of one record merge (SQLite only compares the changed columns); the
bookkeeping column ``updated_at`` takes the later time; columns kept by
local triggers (``cases.last_contact_at``, ``cases.search_key``) keep the
local value.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import BaliseError, WrongPassphrase
from app.i18n import tr
from app.security.keys import SecretKey
from app.storage.engine import BUSY_TIMEOUT_MS

log = logging.getLogger(__name__)

#: Tables that travel between the laptops of a service. Listed explicitly: a
#: new table travels only once someone has decided it should (a test checks
#: that every table of the schema is in exactly one of the two lists).
REPLICATED_TABLES: tuple[str, ...] = (
    # the service, its team and its catalogues
    "service_profile",
    "users",
    "communes",
    "violence_types",
    "referral_sources",
    "partner_sectors",
    "risk_factors",
    "admin_step_types",
    "letter_templates",
    "letter_template_texts",  # a template's text in another language (issue 14)
    "partners",
    "partner_communes",
    "partner_contacts",
    # the case file
    "cases",
    "case_workers",
    "case_violence",
    "case_events",
    "people",
    "authors",
    "followups",
    "consents",
    "risk_screenings",
    "risk_answers",
    "issued_documents",
    "complaints",
    "complaint_status_changes",
    "residence_bans",
    "family_court_measures",
    "residence_permit_files",
    "case_steps",
    "case_step_changes",
    "departure_plans",
    "departure_plan_items",
    # housing and group activities (issue 13)
    "housing_units",
    "housing_requests",
    "housing_stays",
    "housing_stay_people",
    "activities",
    "activity_occurrences",
    "activity_attendance",
    "activity_case_links",
    "activity_facilitators",
    "activity_partners",
    "training_attendance",
    # the funder's objectives and their indicators (issue 13): the service's, like templates
    "funder_objectives",
    "funder_objective_indicators",
    # sync: the laptops of the service and the clashes (and their resolutions)
    "sync_laptops",
    "sync_conflicts",
)

#: Tables that never leave the laptop, and why.
LOCAL_TABLES: dict[str, str] = {
    "alembic_version": "the schema revision: compared, never copied",
    "audit_log": "each laptop's own hash chain; bundles carry its entries apart",
    "drafts": "a user's unsaved forms on this laptop",
    "settings": "this laptop's settings (external backup folder, idle lock…)",
    "case_counters": "reference numbers are given per laptop (suffix), counted locally",
    "sync_local": "this laptop's identity and its outgoing sequence",
    "sync_received": "the last sequence applied from each other laptop",
    "sync_peer_audit": "the other laptops' audit entries, as received",
    "sync_set_aside": "bundles this laptop refused, with the reason",
    "sync_dirty": "keys written since the last synchronisation (ids, recorded by triggers)",
}
#: The snapshot's own table: the last ``sync_dirty.id`` it holds the rows of.
BASE_MARK_TABLE = "sync_base_mark"
#: Triggers recording the written keys: ``sync_track_<table>_ins|upd|del``.
TRACKING_PREFIX = "sync_track_"
#: Tables derived locally by triggers (the search index) never travel either.
LOCAL_PREFIXES: tuple[str, ...] = ("search_", "sqlite_")

#: ``updated_at``: both sides touched the row; the later time wins (not a clash).
LATER_WINS_COLUMNS = frozenset({"updated_at"})
#: Columns computed on each laptop by its own triggers: the local value stands.
LOCAL_COLUMNS: dict[str, frozenset[str]] = {
    "cases": frozenset({"last_contact_at", "search_key"}),
}
#: Columns that are numbered per laptop and removed from outgoing changesets.
STRIPPED_COLUMNS: dict[str, frozenset[str]] = {"cases": frozenset({"search_key"})}


class SyncEngineError(BaliseError):
    """A changeset could not be made or applied (the bundle is set aside)."""


def is_local_table(name: str) -> bool:
    """True for a table that never travels."""
    return name in LOCAL_TABLES or name.startswith(LOCAL_PREFIXES)


# --- connections ----------------------------------------------------------------------


def _apsw() -> Any:
    try:
        import apsw
    except ImportError:  # pragma: no cover - a broken install
        raise SyncEngineError(
            tr(
                "La synchronisation n'est pas disponible sur cet ordinateur "
                "(composant manquant). Réinstallez Balise."
            )
        ) from None
    return apsw


def open_connection(db_path: Path, key: SecretKey) -> Any:
    """An APSW connection to a Balise vault file, keyed like sqlcipher3 keys it.

    SQLite3 Multiple Ciphers reads SQLCipher 4 files with ``cipher=sqlcipher``
    and ``legacy=4``; the raw key (no PBKDF2) is the first statement that
    touches the file. A wrong key fails on the verifying read."""
    apsw = _apsw()
    conn = apsw.Connection(str(db_path), flags=apsw.SQLITE_OPEN_READWRITE)
    try:
        conn.pragma("cipher", "sqlcipher")
        conn.pragma("legacy", 4)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except apsw.Error:
            raise WrongPassphrase(
                tr("La clé ne correspond pas à ce coffre, ou le fichier est endommagé.")
            ) from None
        for pragma in (
            "PRAGMA foreign_keys = ON",
            "PRAGMA trusted_schema = OFF",
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",
            f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
        ):
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def create_database(db_path: Path, key: SecretKey) -> Any:
    """A new, empty encrypted file keyed like a vault (SQLCipher 4, raw key)."""
    apsw = _apsw()
    if db_path.exists():
        raise SyncEngineError(f"{db_path.name} exists")
    conn = apsw.Connection(str(db_path), flags=apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE)
    try:
        conn.pragma("cipher", "sqlcipher")
        conn.pragma("legacy", 4)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        for pragma in ("PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY"):
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def untracked_tables(conn: Any) -> list[str]:
    """Replicated tables of this vault missing one of their three tracking triggers.

    A revision that adds or rebuilds a replicated table must (re)create them,
    or its writes would never be sent (a test checks it at the head)."""
    triggers = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            (TRACKING_PREFIX + "%",),
        )
    }
    return [
        table
        for table in replicated_present(conn)
        if any(f"{TRACKING_PREFIX}{table}_{op}" not in triggers for op in ("ins", "upd", "del"))
    ]


def _configure_attached(conn: Any, schema: str) -> None:
    conn.execute(f"PRAGMA {schema}.secure_delete = ON")


def write_snapshot(conn: Any, target: Path) -> None:
    """An encrypted copy of ``conn``'s database at ``target`` (``VACUUM INTO``).

    SQLite3 Multiple Ciphers encrypts the copy with the main database's cipher
    and key, so the snapshot is a SQLCipher 4 file like the vault."""
    if target.exists():
        target.unlink()
    conn.execute("VACUUM INTO ?", (str(target),))


def last_written(conn: Any) -> int:
    """The newest ``sync_dirty`` id of ``conn``'s vault (0: nothing recorded)."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM main.sync_dirty").get)


def write_base(conn: Any, target: Path, key: SecretKey) -> None:
    """The snapshot the next changes are found against, at ``target``.

    An encrypted copy of the vault (``VACUUM INTO``) without triggers (writing
    the snapshot must not fire the search index's, the last contact's or the
    tracking ones) and with its mark: the rows of every key recorded up to it
    are in the copy. The mark is read before the copy: a key written during
    the copy is copied again next time, which changes nothing."""
    mark = last_written(conn)
    work = target.with_name(target.name + ".nouveau")
    _remove_files(work)
    write_snapshot(conn, work)
    try:
        base = open_connection(work, key)
        try:
            base.execute("BEGIN")
            for (name,) in base.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'trigger'"
            ).fetchall():
                base.execute(f'DROP TRIGGER "{name}"')
            # only what is compared: the search index, drafts, settings and the other
            # local tables would be stale copies there (an erased name kept in the
            # index pages, a draft); secure_delete zeroes their pages
            replicated = set(REPLICATED_TABLES)
            kinds = {row[1]: row[2] for row in base.execute("PRAGMA main.table_list")}
            for name, kind in kinds.items():
                if name in replicated or name.startswith("sqlite_") or kind == "shadow":
                    continue
                base.execute(f'DROP TABLE IF EXISTS main."{name}"')
            base.execute(
                f"CREATE TABLE {BASE_MARK_TABLE} "
                "(slot INTEGER PRIMARY KEY CHECK (slot = 1), mark INTEGER NOT NULL)"
            )
            base.execute(f"INSERT INTO {BASE_MARK_TABLE} VALUES (1, ?)", (mark,))
            base.execute("COMMIT")
        finally:
            base.close()
        _remove_files(target)
        work.replace(target)
    finally:
        _remove_files(work)


def erase_rows(conn: Any, cases: Iterable[str], people: Iterable[str] = ()) -> int:
    """Delete, inside the caller's transaction, every row of the cases ``cases``
    and the people ``people`` (hex ids) — an erasure replayed on another laptop,
    or the snapshot scrubbed after one here.

    The tables of a case are found from the schema (a ``case_id`` column; the
    audit trail keeps the identifier, never content); the rows below them go by
    their ``ON DELETE CASCADE`` (the connection's foreign keys must be on), the
    checks wait for the commit. The search index follows through its triggers
    where they exist. Returns the rows deleted directly (a count, no content)."""
    cases, people = list(cases), list(people)
    if not cases and not people:
        return 0
    conn.execute("PRAGMA defer_foreign_keys = ON")
    present = existing_tables(conn)
    before = conn.total_changes()
    if people and "people" in present:
        conn.executemany("DELETE FROM main.people WHERE id = ?", [(p,) for p in people])
    if cases:
        marks = ", ".join("?" for _ in cases)
        direct = [
            t
            for t in present
            if t not in ("cases", "audit_log")
            and not t.startswith(LOCAL_PREFIXES)
            and "case_id" in columns_of(conn, t)
        ]
        for table in [*direct, "cases"]:
            if table in present:
                column = "id" if table == "cases" else "case_id"
                conn.execute(f'DELETE FROM main."{table}" WHERE "{column}" IN ({marks})', cases)
    return conn.total_changes() - before


def _remove_files(path: Path) -> None:
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)


def open_base(path: Path, key: SecretKey) -> tuple[Any, int | None]:
    """A connection to a snapshot, its foreign keys off, and its mark.

    The mark is ``None`` for a snapshot made before revision 0012 (diffed in
    full once, then replaced). Foreign keys are off on the snapshot: rows are
    copied into it in any order, and a row replaced there must not cascade."""
    base = open_connection(path, key)
    try:
        base.execute("PRAGMA foreign_keys = OFF")
        found = base.execute(
            "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?",
            (BASE_MARK_TABLE,),
        ).get
        mark = base.execute(f"SELECT mark FROM {BASE_MARK_TABLE}").get if found else None
    except BaseException:
        base.close()
        raise
    return base, mark


def same_shape(conn: Any, base: Any) -> bool:
    """Whether the snapshot's replicated tables have the vault's columns (not so
    after a Balise update that migrated the vault since the last synchronisation)."""
    there = set(existing_tables(base))
    return all(
        table in there and columns_of(base, table) == columns_of(conn, table)
        for table in replicated_present(conn)
    )


def rebase_snapshot(
    conn: Any, path: Path, key: SecretKey, mark: int, upto: int | None = None
) -> None:
    """After a migration of the vault: a snapshot of the new shape that still says
    what was typed since the last synchronisation.

    The vault is copied afresh (``write_base``); then every row whose key was
    written in ``(mark, upto]`` (typed before the migration) is put back as the
    old snapshot held it — its columns of before, the columns the migration added
    as the vault holds them (their default for a row gone since) — and a row new
    since is removed. The keys written after ``upto`` are the migration's own
    (and the new catalogues'): the fresh copy already holds them, so what every
    laptop migrates itself is never sent. Run right after the migration
    (:func:`after_migration`), nothing was typed after it; run later (a fallback
    at synchronisation, ``upto`` = now), a value typed after the update in a
    column the update added is taken as the migration's. The new snapshot keeps
    ``mark``. Foreign keys are off on it; all removals come before the rows put
    back (no unique rule meets a stale row)."""
    upto = last_written(conn) if upto is None else upto
    work = path.with_name(path.name + ".migre")
    write_base(conn, work, key)
    new = open_connection(work, key)
    try:
        new.execute("PRAGMA foreign_keys = OFF")
        with attached(new, path, key, "old"):
            old_tables = set(existing_tables(new, "old"))
            new.execute("BEGIN")
            new.execute("CREATE TEMP TABLE rebase_keys (k1, k2)")
            try:
                for table in replicated_present(conn):
                    keys = conn.execute(
                        "SELECT DISTINCT k1, k2 FROM main.sync_dirty "
                        "WHERE tbl = ? AND id > ? AND id <= ?",
                        (table, mark, upto),
                    ).fetchall()
                    if keys:
                        _put_back(new, table, keys, table in old_tables)
                set_base_mark(new, mark)
                new.execute("DROP TABLE temp.rebase_keys")
                new.execute("COMMIT")
            except BaseException:
                new.execute("ROLLBACK")
                raise
    finally:
        new.close()
    _remove_files(path)
    work.replace(path)


def _put_back(new: Any, table: str, keys: list[Any], was_there: bool) -> None:
    pk = _primary_key(new, table)
    cols = columns_of(new, table)
    before = set(columns_of_schema(new, "old", table)) if was_there else set()
    new.execute("DELETE FROM temp.rebase_keys")
    new.executemany("INSERT INTO temp.rebase_keys VALUES (?, ?)", [(k[0], k[1]) for k in keys])
    tuple_pk = ", ".join(f'"{c}"' for c in pk)
    tuple_keys = ", ".join(f"k{i + 1}" for i in range(len(pk)))
    kept = " AND ".join(f'kept."{c}" = k.k{i + 1}' for i, c in enumerate(pk))
    new.execute("DROP TABLE IF EXISTS temp.rebase_keep")
    new.execute(
        "CREATE TEMP TABLE rebase_keep AS SELECT kept.* FROM temp.rebase_keys AS k "
        f'CROSS JOIN main."{table}" AS kept ON {kept}'
    )
    new.execute(
        f'DELETE FROM main."{table}" WHERE ({tuple_pk}) IN '
        f"(SELECT {tuple_keys} FROM temp.rebase_keys)"
    )
    if was_there:
        defaults = {row[1]: row[4] for row in new.execute(f'PRAGMA main.table_info("{table}")')}
        values = ", ".join(
            f'o."{c}"'
            if c in before
            else f'coalesce(kept."{c}", {defaults[c]})'
            if defaults.get(c) is not None
            else f'kept."{c}"'
            for c in cols
        )
        match = " AND ".join(f'o."{c}" = k.k{i + 1}' for i, c in enumerate(pk))
        named = ", ".join(f'"{c}"' for c in cols)
        new.execute(
            f'INSERT INTO main."{table}" ({named}) SELECT {values} FROM temp.rebase_keys AS k '
            f'CROSS JOIN old."{table}" AS o ON {match} '
            f"LEFT JOIN temp.rebase_keep AS kept ON {kept}"
        )
    new.execute("DROP TABLE temp.rebase_keep")


#: where a laptop keeps the snapshot, under its vault folder (``app.core.sync``)
SNAPSHOT = ("synchro", "base.db")


def after_migration(db_path: Path, key: SecretKey, before: int | None) -> None:
    """Bring this laptop's sync snapshot to the vault's new shape, right after a
    migration (the caller has closed every sqlcipher3 connection to the vault).

    ``before``: the newest key written before the migration ran. Nothing is done
    on a laptop that never synchronised, or with a snapshot from before 0012
    (diffed in full once at its next synchronisation)."""
    snapshot = db_path.parent.joinpath(*SNAPSHOT)
    if before is None or not snapshot.exists():
        return
    base, mark = open_base(snapshot, key)
    base.close()
    if mark is None:
        return
    conn = open_connection(db_path, key)
    try:
        rebase_snapshot(conn, snapshot, key, mark, before)
        # the migration's own keys: the new snapshot holds their rows already
        conn.execute("DELETE FROM main.sync_dirty WHERE id > ?", (before,))
    finally:
        conn.close()


def columns_of_schema(conn: Any, schema: str, table: str) -> tuple[str, ...]:
    """Column names of ``schema.table`` in table order."""
    return tuple(row[1] for row in conn.execute(f'PRAGMA {schema}.table_info("{table}")'))


def set_base_mark(base: Any, mark: int) -> None:
    """Record in the snapshot that it holds the rows of every key up to ``mark``."""
    base.execute(f"UPDATE {BASE_MARK_TABLE} SET mark = ?", (mark,))


def tracked_changeset(conn: Any, base: Any, after: int, upto: int) -> bytes:
    """The changeset of the rows written in ``conn``'s vault with a key recorded
    in ``(after, upto]``, and the snapshot ``base`` brought level with them.

    A session records the snapshot while those rows are copied into it from the
    vault: deleted where the vault no longer has them, put back as the vault
    holds them otherwise. SQLite's session extension turns a row deleted and
    put back into the UPDATE of the columns that differ, or into nothing, so
    the changeset holds the old and new values a receiver checks its own
    against. Inside ``base``'s open transaction; no per-laptop column stripped."""
    apsw = _apsw()
    session = apsw.Session(base, "main")
    try:
        tables = copy_written(conn, base, after, upto, session=session)
        return session.changeset() if tables else b""
    finally:
        session.close()


def copy_written(
    conn: Any, base: Any, after: int, upto: int | None = None, *, session: Any = None
) -> list[str]:
    """Copy into ``base`` the rows of the keys recorded in ``(after, upto]`` as
    ``conn`` sees them now (its own uncommitted writes included); return the
    tables touched. With ``session``, each table is attached to it first."""
    bound = "" if upto is None else " AND id <= ?"
    params: tuple[Any, ...] = (after,) if upto is None else (after, upto)
    written = [
        row[0]
        for row in conn.execute(
            f"SELECT DISTINCT tbl FROM main.sync_dirty WHERE id > ?{bound}", params
        )
    ]
    tables = [t for t in replicated_present(conn) if t in set(written)]
    for table in tables:
        if session is not None:
            session.attach(table)
    keyed = {table: _primary_key(conn, table) for table in tables}
    for table in tables:  # every removal first: the rows put back never meet a stale one
        pk = keyed[table]
        columns = ", ".join(f"k{i + 1}" for i in range(len(pk)))
        keys = conn.execute(
            f"SELECT DISTINCT {columns} FROM main.sync_dirty WHERE tbl = ? AND id > ?{bound}",
            (table, *params),
        )
        where = " AND ".join(f'"{c}" = ?' for c in pk)
        # streamed from one connection into the other: a large import is not held in memory
        base.executemany(f'DELETE FROM main."{table}" WHERE {where}', keys)
    for table in tables:
        pk = keyed[table]
        join = " AND ".join(f't."{c}" = d.k{i + 1}' for i, c in enumerate(pk))
        # CROSS JOIN: the keys drive, each row is found by its primary key
        rows = conn.execute(
            f"SELECT t.* FROM (SELECT DISTINCT k1, k2 FROM main.sync_dirty "
            f"WHERE tbl = ? AND id > ?{bound}) AS d "
            f'CROSS JOIN main."{table}" AS t ON {join}',
            (table, *params),
        )
        marks = ", ".join("?" for _ in columns_of(conn, table))
        base.executemany(f'INSERT INTO main."{table}" VALUES ({marks})', rows)
    return tables


@contextmanager
def attached(conn: Any, path: Path, key: SecretKey, schema: str = "base") -> Iterator[str]:
    """Attach the encrypted file ``path`` as ``schema`` for the duration of the block."""
    conn.execute(f"ATTACH DATABASE ? AS {schema} KEY \"x'{key.hex()}'\"", (str(path),))
    try:
        _configure_attached(conn, schema)
        yield schema
    finally:
        conn.execute(f"DETACH DATABASE {schema}")


def existing_tables(conn: Any, schema: str = "main") -> list[str]:
    """Names of the ordinary tables of ``schema``."""
    return [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]


def replicated_present(conn: Any) -> list[str]:
    """The replicated tables that exist in this vault's schema, in list order."""
    present = set(existing_tables(conn))
    return [name for name in REPLICATED_TABLES if name in present]


# --- making a changeset ---------------------------------------------------------------


def diff_changeset(
    conn: Any, base_schema: str, tables: Iterable[str], *, strip: bool = True
) -> bytes:
    """The changeset turning ``base_schema``'s copy of ``tables`` into ``main``'s.

    ``strip``: leave out the per-laptop columns (for a bundle; not for the snapshot)."""
    apsw = _apsw()
    session = apsw.Session(conn, "main")
    try:
        for table in tables:
            session.attach(table)
            session.diff(base_schema, table)
        changeset = session.changeset()
    finally:
        session.close()
    return strip_local_columns(conn, changeset) if strip else changeset


def strip_local_columns(conn: Any, changeset: bytes) -> bytes:
    """``changeset`` without the per-laptop columns (NULL in inserts, left out of updates)."""
    apsw = _apsw()
    if not changeset or not any(
        change.name in STRIPPED_COLUMNS for change in apsw.Changeset.iter(changeset)
    ):
        return changeset
    builder = apsw.ChangesetBuilder()
    try:
        builder.schema(conn, "main")
        for change in apsw.Changeset.iter(changeset):
            stripped = STRIPPED_COLUMNS.get(change.name)
            if not stripped:
                builder.add_change(change)
                continue
            indexes = {i for i, c in enumerate(columns_of(conn, change.name)) if c in stripped}
            if change.op == "INSERT":
                row = tuple(None if i in indexes else v for i, v in enumerate(change.new))
                builder.add_insert(change.name, change.indirect, row)
            elif change.op == "DELETE":
                builder.add_change(change)
            else:
                old = tuple(apsw.no_change if i in indexes else v for i, v in enumerate(change.old))
                new = tuple(apsw.no_change if i in indexes else v for i, v in enumerate(change.new))
                if any(
                    v is not apsw.no_change for i, v in enumerate(new) if i not in change.pk_columns
                ):
                    builder.add_update(change.name, change.indirect, old, new)
        return builder.output()
    finally:
        builder.close()


def columns_of(conn: Any, table: str) -> tuple[str, ...]:
    """Column names of ``main.table`` in table order (the order of changeset rows)."""
    return tuple(row[1] for row in conn.execute(f"PRAGMA main.table_info({table})"))


def changeset_counts(changeset: bytes) -> dict[str, int]:
    """How many inserts, updates and deletes a changeset holds (no values)."""
    apsw = _apsw()
    counts = {"INSERT": 0, "UPDATE": 0, "DELETE": 0}
    if changeset:
        for change in apsw.Changeset.iter(changeset):
            counts[change.op] += 1
    return counts


# --- applying a changeset -------------------------------------------------------------


class ClashKind:
    """What collided (stable codes stored in ``sync_conflicts.kind``)."""

    BOTH_CHANGED = "both_changed"  # one field changed on both laptops
    DELETED_THERE = "deleted_there"  # deleted on the other laptop, changed here
    DELETED_HERE = "deleted_here"  # changed on the other laptop, deleted here
    BOTH_CREATED = "both_created"  # one key created on both with different values
    PARENT_GONE = "parent_gone"  # a new row whose parent was deleted here
    CONSTRAINT = "constraint"  # refused by a unique rule or another constraint


@dataclass(frozen=True)
class Clash:
    """One change of the other laptop that was not applied: kept for review.

    ``column`` is ``None`` for a whole-row clash (deleted on one side).
    Values are SQLite values (str, int, float, bytes, None)."""

    kind: str
    table: str
    key: tuple[Any, ...]
    column: str | None
    local: Any
    remote: Any
    base: Any = None


@dataclass
class ApplyOutcome:
    """What applying one changeset did."""

    applied: dict[str, int] = field(default_factory=lambda: {"INSERT": 0, "UPDATE": 0, "DELETE": 0})
    merged: int = 0
    clashes: list[Clash] = field(default_factory=list)


def _primary_key(conn: Any, table: str) -> list[str]:
    rows = sorted(
        (row[5], row[1]) for row in conn.execute(f"PRAGMA main.table_info({table})") if row[5]
    )
    return [name for _, name in rows]


def _later(a: Any, b: Any) -> Any:
    if a is None:
        return b
    if b is None:
        return a
    try:
        return max(a, b)
    except TypeError:
        return b


class _Applier:
    """The conflict handler and the merges it leaves for after the apply."""

    def __init__(self, conn: Any, changeset: bytes) -> None:
        self.apsw = _apsw()
        self.conn = conn
        self.outcome = ApplyOutcome()
        self.fixups: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
        self._columns: dict[str, tuple[str, ...]] = {}
        self._fks: dict[str, list[tuple[str, list[str], list[str]]]] = {}
        self._inserted: set[tuple[str, tuple[Any, ...]]] = set()
        self._deleted: set[tuple[str, tuple[Any, ...]]] = set()
        for change in self.apsw.Changeset.iter(changeset):
            pk = tuple(sorted(change.pk_columns))
            if change.op == "INSERT":
                self._inserted.add((change.name, tuple(change.new[i] for i in pk)))
            elif change.op == "DELETE":
                self._deleted.add((change.name, tuple(change.old[i] for i in pk)))

    def columns(self, table: str) -> tuple[str, ...]:
        if table not in self._columns:
            self._columns[table] = columns_of(self.conn, table)
        return self._columns[table]

    def foreign_keys(self, table: str) -> list[tuple[str, list[str], list[str]]]:
        if table not in self._fks:
            groups: dict[int, tuple[str, list[str], list[str]]] = {}
            for row in self.conn.execute(f"PRAGMA main.foreign_key_list({table})"):
                fk_id, _seq, parent, col, parent_col = row[0], row[1], row[2], row[3], row[4]
                entry = groups.setdefault(fk_id, (parent, [], []))
                entry[1].append(col)
                entry[2].append(parent_col or _primary_key(self.conn, parent)[0])
            self._fks[table] = list(groups.values())
        return self._fks[table]

    def key_of(self, change: Any, row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(row[i] for i in sorted(change.pk_columns))

    # filter_change: a new row whose parent is gone here is a clash, not an FK failure
    def keep(self, change: Any) -> bool:
        if change.op == "DELETE":
            self.outcome.applied["DELETE"] += 1
            return True
        row = change.new
        cols = self.columns(change.name)
        for parent, child_cols, parent_cols in self.foreign_keys(change.name):
            values = []
            for col in child_cols:
                i = cols.index(col)
                value = row[i] if row[i] is not self.apsw.no_change else None
                values.append(value)
            if change.op == "UPDATE" and all(
                row[cols.index(c)] is self.apsw.no_change for c in child_cols
            ):
                continue
            if any(v is None for v in values):
                continue
            if self._parent_exists(parent, parent_cols, tuple(values)):
                continue
            key = self.key_of(change, change.new if change.op == "INSERT" else change.old)
            self.outcome.clashes.append(
                Clash(ClashKind.PARENT_GONE, change.name, key, None, None, _row_dict(cols, row))
            )
            return False
        self.outcome.applied[change.op] += 1
        return True

    def _parent_exists(self, parent: str, cols: list[str], values: tuple[Any, ...]) -> bool:
        pk = _primary_key(self.conn, parent)
        if cols == pk:
            if (parent, values) in self._inserted:
                return True
            if (parent, values) in self._deleted:
                return False
        where = " AND ".join(f'"{c}" = ?' for c in cols)
        return (
            self.conn.execute(f'SELECT 1 FROM main."{parent}" WHERE {where}', values).get
            is not None
        )

    def conflict(self, reason: int, change: Any) -> int:
        apsw = self.apsw
        try:
            return self._conflict(reason, change)
        except Exception:  # an error inside the handler must not apply half a bundle
            log.exception("sync conflict handler failed")
            return apsw.SQLITE_CHANGESET_ABORT

    def _conflict(self, reason: int, change: Any) -> int:
        apsw = self.apsw
        table = change.name
        cols = self.columns(table)
        local_only = LOCAL_COLUMNS.get(table, frozenset())
        if reason == apsw.SQLITE_CHANGESET_FOREIGN_KEY:
            return apsw.SQLITE_CHANGESET_ABORT
        if reason == apsw.SQLITE_CHANGESET_CONSTRAINT:
            row = change.new or change.old
            self._undo_count(change)
            self.outcome.clashes.append(
                Clash(
                    ClashKind.CONSTRAINT,
                    table,
                    self.key_of(change, change.new if change.op == "INSERT" else change.old),
                    None,
                    None,
                    _row_dict(cols, row),
                )
            )
            return apsw.SQLITE_CHANGESET_OMIT
        if reason == apsw.SQLITE_CHANGESET_NOTFOUND:
            self._undo_count(change)
            if change.op == "UPDATE":
                self.outcome.clashes.append(
                    Clash(
                        ClashKind.DELETED_HERE,
                        table,
                        self.key_of(change, change.old),
                        None,
                        None,
                        _row_dict(cols, change.new),
                    )
                )
            return apsw.SQLITE_CHANGESET_OMIT  # a DELETE of a row gone here: both agree
        current = change.conflict
        if change.op == "DELETE":
            # Deleted there, but the row here differs from what the other laptop saw.
            differing = [
                c
                for i, c in enumerate(cols)
                if change.old[i] != current[i] and c not in LATER_WINS_COLUMNS | local_only
            ]
            if not differing:
                return apsw.SQLITE_CHANGESET_REPLACE
            self._undo_count(change)
            self.outcome.clashes.append(
                Clash(
                    ClashKind.DELETED_THERE,
                    table,
                    self.key_of(change, change.old),
                    None,
                    _row_dict(cols, current),
                    None,
                )
            )
            return apsw.SQLITE_CHANGESET_OMIT
        self._undo_count(change)
        if change.op == "UPDATE":
            key = self.key_of(change, change.old)
            pairs = [(i, change.old[i], change.new[i]) for i in range(len(cols))]
            kind = ClashKind.BOTH_CHANGED
        else:  # INSERT of a key that exists here
            key = self.key_of(change, change.new)
            pairs = [(i, current[i], change.new[i]) for i in range(len(cols))]
            kind = ClashKind.BOTH_CREATED
        merged: dict[str, Any] = {}
        for i, base, new in pairs:
            if i in change.pk_columns or new is apsw.no_change:
                continue
            column, here = cols[i], current[i]
            if here == new:
                continue
            if kind == ClashKind.BOTH_CHANGED and here == base:
                merged[column] = new  # changed there only
            elif column in LATER_WINS_COLUMNS:
                later = _later(here, new)
                if later != here:
                    merged[column] = later
            elif column in local_only:
                continue
            else:
                self.outcome.clashes.append(
                    Clash(
                        kind,
                        table,
                        key,
                        column,
                        here,
                        new,
                        base if kind == ClashKind.BOTH_CHANGED else None,
                    )
                )
        if merged:
            self.fixups.append(
                (table, dict(zip(_primary_key(self.conn, table), key, strict=True)), merged)
            )
        return apsw.SQLITE_CHANGESET_OMIT

    def _undo_count(self, change: Any) -> None:
        self.outcome.applied[change.op] -= 1

    def run_fixups(self) -> None:
        for table, key, values in self.fixups:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            where = " AND ".join(f'"{c}" = ?' for c in key)
            self.conn.execute(
                f'UPDATE main."{table}" SET {sets} WHERE {where}',
                (*values.values(), *key.values()),
            )
            self.outcome.merged += 1


def _row_dict(cols: tuple[str, ...], row: tuple[Any, ...] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    apsw = _apsw()
    return {c: v for c, v in zip(cols, row, strict=False) if v is not apsw.no_change}


def apply_changeset(conn: Any, changeset: bytes) -> ApplyOutcome:
    """Apply ``changeset`` to ``main`` inside the caller's transaction.

    Nothing that collides is overwritten: each clash comes back in the
    outcome. Raises :class:`SyncEngineError` when the changeset cannot be
    applied at all (a foreign key still missing, a table of another shape);
    the caller rolls back and sets the bundle aside."""
    apsw = _apsw()
    applier = _Applier(conn, changeset)
    if not changeset:
        return applier.outcome
    conn.execute("SAVEPOINT sync_apply")
    try:
        apsw.Changeset.apply(
            changeset,
            conn,
            filter_change=applier.keep,
            conflict=applier.conflict,
            flags=apsw.SQLITE_CHANGESETAPPLY_NOSAVEPOINT,
        )
        applier.run_fixups()
    except apsw.Error as exc:
        conn.execute("ROLLBACK TO sync_apply")
        conn.execute("RELEASE sync_apply")
        raise SyncEngineError(
            tr("Les modifications reçues n'ont pas pu être appliquées ({cause}).").format(
                cause=type(exc).__name__
            )
        ) from exc
    conn.execute("RELEASE sync_apply")
    return applier.outcome
