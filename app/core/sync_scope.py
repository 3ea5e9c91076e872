"""What a laptop carrying only its users' cases may hold (issue 12, partial replicas).

A laptop enrolled with the scope ``assigned`` holds the cases assigned
(``case_workers``) to its users and every table that is not case data (the
team, the catalogues, the partners, the templates, the activities…). Rows
its users' role may not read are left out too: author records on a street
educator's laptop follow the role matrix (``author.read`` = own records).

Which tables are case data is found from the schema, not from a list: a
table with a ``case_id`` column, and any table whose foreign key leads to a
row of case data (``risk_answers`` → ``risk_screenings`` → the case), so a
new table of the case file is filtered without anyone having to add it here.

:func:`write_scoped` writes a new encrypted file holding only those rows
(``INSERT … SELECT`` into an empty copy of the schema, the search index filled
by its own triggers): no byte of another case is ever written there, not even
as a deleted page, and the cost follows what is kept. :func:`prune_in_place`
removes, on a partial laptop, a case taken off it (``secure_delete`` on, the
FTS rows going with their people and follow-ups).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.permissions import Perm, Scope, scope_of
from app.security.keys import SecretKey
from app.storage import sync_engine as se

ALL = "all"
ASSIGNED = "assigned"
SCOPES = (ALL, ASSIGNED)

#: Local tables holding case data of their own laptop that a replica never takes.
EMPTIED_ON_REPLICA = ("sync_received", "sync_set_aside", "sync_peer_audit", "drafts")
#: of those, what a replica carrying every case keeps: it starts where its source stood
#: (the bundles applied, the other laptops' audit entries), not from every first bundle
KEPT_ON_FULL_REPLICA = ("sync_received", "sync_peer_audit")


@dataclass(frozen=True)
class LaptopScope:
    """What one laptop carries: every case, or the cases of ``user_ids`` (hex)."""

    scope: str = ALL
    user_ids: tuple[str, ...] = ()

    @property
    def partial(self) -> bool:
        return self.scope == ASSIGNED

    @classmethod
    def of_row(cls, scope: str | None, user_ids: str | None) -> LaptopScope:
        """From the columns of ``sync_laptops`` (``user_ids``: a JSON list of hex ids)."""
        if scope != ASSIGNED:
            return cls()
        try:
            ids = tuple(uuid.UUID(str(u)).hex for u in json.loads(user_ids or "[]"))
        except (ValueError, TypeError):
            ids = ()
        return cls(ASSIGNED, ids)

    def user_ids_json(self) -> str:
        return json.dumps(list(self.user_ids))


def _foreign_keys(conn: Any, table: str) -> list[tuple[str, list[str], list[str]]]:
    groups: dict[int, tuple[str, list[str], list[str]]] = {}
    for row in conn.execute(f'PRAGMA main.foreign_key_list("{table}")'):
        fk_id, parent, col, parent_col = row[0], row[2], row[3], row[4]
        entry = groups.setdefault(fk_id, (parent, [], []))
        entry[1].append(col)
        entry[2].append(parent_col or "id")
    return list(groups.values())


def case_tables(conn: Any) -> tuple[list[str], dict[str, list[tuple[str, list[str], list[str]]]]]:
    """The replicated tables holding case data: those with a ``case_id`` column
    (and ``cases``), and, with the foreign keys that tie them to it, those
    reached from case data by a foreign key only (``risk_answers``…)."""
    tables = se.replicated_present(conn)
    direct = ["cases"] + [t for t in tables if t != "cases" and "case_id" in se.columns_of(conn, t)]
    linked: set[str] = set(direct)
    through: dict[str, list[tuple[str, list[str], list[str]]]] = {}
    changed = True
    while changed:
        changed = False
        for table in tables:
            if table in direct:
                continue
            fks = [fk for fk in _foreign_keys(conn, table) if fk[0] in linked]
            if fks and (table not in through or len(fks) != len(through[table])):
                through[table] = fks
                if table not in linked:
                    linked.add(table)
                changed = True
    return direct, through


def _readers(conn: Any, user_ids: Sequence[str]) -> list[tuple[str, str]]:
    marks = ", ".join("?" for _ in user_ids)
    return [
        (str(row[0]), str(row[1]))
        for row in conn.execute(
            f"SELECT id, role FROM users WHERE id IN ({marks})", tuple(user_ids)
        )
    ]


#: local tables a partial replica starts with a copy of (the others start empty)
COPIED_ON_REPLICA = ("alembic_version", "settings", "case_counters", "sync_local")


def write_scoped(
    conn: Any, target: Path, key: SecretKey, scope: LaptopScope, *, whole: bool
) -> dict[str, int]:
    """Write at ``target``, a new encrypted file, what the laptop of ``scope`` may
    hold of ``conn``'s vault: only those rows are ever written there, so no
    byte of another case reaches the file, not even as a deleted page.

    ``whole``: a replica (every table, index and trigger; the search index is
    filled by its triggers as the people and follow-ups go in; of the local
    tables only :data:`COPIED_ON_REPLICA`); otherwise the replicated tables
    only (a relay's view of that laptop). Cost follows what is kept: the
    partial laptop's cases and the tables that are not case data.
    Returns the rows written per table (counts only)."""
    kinds = {row[1]: row[2] for row in conn.execute("PRAGMA main.table_list")}
    objects = conn.execute(
        "SELECT type, name, tbl_name, sql FROM main.sqlite_master "
        "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    replicated = set(se.replicated_present(conn))
    tables = [
        (name, sql)
        for kind, name, _tbl, sql in objects
        if kind == "table" and kinds.get(name) != "shadow" and (whole or name in replicated)
    ]
    names = {name for name, _ in tables}
    copied = [
        name
        for name, _ in tables
        if kinds.get(name) == "table" and (name in replicated or not _never_copied(name))
    ]
    later = [
        sql
        for kind, _name, tbl, sql in objects
        if (kind == "index" and tbl in names) or (whole and kind == "trigger" and tbl in names)
    ]
    new = se.create_database(target, key)
    try:
        new.execute("BEGIN")
        for _name, sql in tables:
            new.execute(sql)
        for sql in later:
            new.execute(sql)
        if "search_index" in names:  # as revision 0005 set it on the vault
            new.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
        new.execute("COMMIT")
    finally:
        new.close()
    written: dict[str, int] = {}
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with se.attached(conn, target, key, "scoped"):
            conn.execute("BEGIN IMMEDIATE")
            try:
                _fill(conn, scope, copied, written)
                problems = conn.execute("PRAGMA scoped.foreign_key_check").fetchall()
                if problems:
                    raise se.SyncEngineError(f"scoped copy: {len(problems)} dangling rows")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    return written


def _never_copied(name: str) -> bool:
    return name.startswith(se.LOCAL_PREFIXES) or (
        name in se.LOCAL_TABLES and name not in COPIED_ON_REPLICA
    )


def _fill(conn: Any, scope: LaptopScope, tables: list[str], written: dict[str, int]) -> None:
    _scope_cases(conn, scope, ())
    try:
        direct, through = case_tables(conn)
        linked = set(direct) | set(through)
        authors = _authors_clause(conn, scope)

        def copy(table: str, where: str = "1", params: Sequence[Any] = ()) -> None:
            conn.execute(
                f'INSERT INTO scoped."{table}" SELECT * FROM main."{table}" WHERE {where}',
                tuple(params),
            )
            written[table] = conn.changes()

        wanted = set(tables)
        for table in [t for t in direct if t in wanted]:  # "cases" first: the triggers need it
            column = "id" if table == "cases" else "case_id"
            where, params = f"{column} IN temp.scope_cases", ()
            if table == "sync_conflicts":
                names = ", ".join(f"'{t}'" for t in sorted(linked))
                where = f"({where} OR (case_id IS NULL AND table_name NOT IN ({names})))"
            if table == "authors" or table == "sync_conflicts":
                if authors is None:
                    if table == "authors":
                        continue
                    where += " AND table_name <> 'authors'"
                elif authors[0] and table == "authors":
                    where, params = f"{where} AND {authors[0]}", authors[1]
                elif authors[0]:
                    where += " AND table_name <> 'authors'"
            copy(table, where, params)
        done = set(direct)
        pending = [t for t in through if t in wanted]
        while pending:
            ready = [t for t in pending if all(p in done for p, _, _ in through[t])]
            if not ready:  # a cycle among case-data tables: not in this schema
                raise se.SyncEngineError("scoped copy: case tables in a cycle")
            for table in ready:
                clauses = []
                for parent, cols, parent_cols in through[table]:
                    match = " AND ".join(
                        f'p."{pc}" = m."{c}"' for c, pc in zip(cols, parent_cols, strict=True)
                    )
                    absent = " OR ".join(f'm."{c}" IS NULL' for c in cols)
                    clauses.append(
                        f'({absent} OR EXISTS (SELECT 1 FROM scoped."{parent}" AS p WHERE {match}))'
                    )
                conn.execute(
                    f'INSERT INTO scoped."{table}" SELECT * FROM main."{table}" AS m '
                    f"WHERE {' AND '.join(clauses)}"
                )
                written[table] = conn.changes()
                done.add(table)
                pending.remove(table)
        for table in tables:
            if table in linked or table in written:
                continue
            if table in se.LOCAL_TABLES and table not in COPIED_ON_REPLICA:
                continue
            copy(table)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.scope_cases")


def _scope_cases(conn: Any, scope: LaptopScope, dropping: Sequence[str]) -> None:
    conn.execute("DROP TABLE IF EXISTS temp.scope_cases")
    conn.execute("CREATE TEMP TABLE scope_cases (id TEXT PRIMARY KEY)")
    marks = ", ".join("?" for _ in scope.user_ids) or "NULL"
    conn.execute(
        "INSERT OR IGNORE INTO temp.scope_cases SELECT case_id FROM main.case_workers "
        f"WHERE user_id IN ({marks})",
        tuple(scope.user_ids),
    )
    for case_id in dropping:
        conn.execute("DELETE FROM temp.scope_cases WHERE id = ?", (case_id,))


def _authors_clause(conn: Any, scope: LaptopScope) -> tuple[str, tuple[str, ...]] | None:
    """``None``: no author record; ``("", ())``: all; else a condition on ``authors``."""
    everyone = False
    own: list[str] = []
    for user_id, role in _readers(conn, scope.user_ids):
        allowed = scope_of(role, Perm.AUTHOR_READ)
        if allowed is Scope.OWN:
            own.append(user_id)
        elif allowed is not None:
            everyone = True
    if everyone:
        return "", ()
    if not own:
        return None
    return f"recorded_by IN ({', '.join('?' for _ in own)})", tuple(own)


def prune_in_place(conn: Any, scope: LaptopScope, dropping: Iterable[str]) -> dict[str, int]:
    """On a partial laptop, inside the caller's transaction: remove the cases
    ``dropping`` (hex ids) and anything no longer in ``scope`` (a case no longer
    assigned to the laptop's users), with their search rows.

    Foreign keys are checked at commit (``defer_foreign_keys``)."""
    if not scope.partial:
        return {}
    conn.execute("PRAGMA defer_foreign_keys = ON")
    return _prune(conn, scope, tuple(dropping))


def cases_deleted_by(changeset: bytes) -> list[str]:
    """The ids (hex) of the cases a changeset deletes."""
    import apsw

    if not changeset:
        return []
    return [
        str(change.old[0])
        for change in apsw.Changeset.iter(changeset)
        if change.name == "cases" and change.op == "DELETE"
    ]


def _prune(conn: Any, scope: LaptopScope, dropping: Sequence[str]) -> dict[str, int]:
    removed: dict[str, int] = {}
    _scope_cases(conn, scope, dropping)
    try:
        direct, through = case_tables(conn)

        def delete(table: str, where: str, params: Iterable[Any] = ()) -> None:
            conn.execute(f'DELETE FROM main."{table}" WHERE {where}', tuple(params))
            removed[table] = removed.get(table, 0) + conn.changes()

        for table in direct:
            column = "id" if table == "cases" else "case_id"
            # sync_conflicts.case_id may be NULL: a clash on a row of no case stays
            delete(table, f"{column} IS NOT NULL AND {column} NOT IN temp.scope_cases")
        _restrict_authors(conn, scope, delete)
        # rows reached from case data only by a foreign key: go with their parent
        changed = True
        while changed:
            changed = False
            for table, fks in through.items():
                for parent, cols, parent_cols in fks:
                    present = " AND ".join(f'"{c}" IS NOT NULL' for c in cols)
                    match = " AND ".join(
                        f'p."{pc}" = "{table}"."{c}"'
                        for c, pc in zip(cols, parent_cols, strict=True)
                    )
                    before = removed.get(table, 0)
                    delete(
                        table,
                        f'{present} AND NOT EXISTS (SELECT 1 FROM main."{parent}" AS p '
                        f"WHERE {match})",
                    )
                    changed = changed or removed[table] != before
        # a clash on case data whose case is not known (rows of a case-data table)
        linked = sorted(set(direct) | set(through))
        names = ", ".join(f"'{t}'" for t in linked)
        delete("sync_conflicts", f"case_id IS NULL AND table_name IN ({names})")
        _clean_search_index(conn)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.scope_cases")
    return {t: n for t, n in removed.items() if n}


def _restrict_authors(conn: Any, scope: LaptopScope, delete: Any) -> None:
    """Author records follow the role matrix of the laptop's users (``author.read``)."""
    if "authors" not in se.existing_tables(conn):
        return
    everyone = False
    own: list[str] = []
    for user_id, role in _readers(conn, scope.user_ids):
        allowed = scope_of(role, Perm.AUTHOR_READ)
        if allowed is Scope.OWN:
            own.append(user_id)
        elif allowed is not None:
            everyone = True
    if everyone:
        return
    if own:
        marks = ", ".join("?" for _ in own)
        delete("authors", f"recorded_by IS NULL OR recorded_by NOT IN ({marks})", own)
    else:
        delete("authors", "1")
    delete("sync_conflicts", "table_name = 'authors'")


def _clean_search_index(conn: Any) -> None:
    """Search rows whose owner went (the triggers remove them; this is the net)."""
    tables = set(se.existing_tables(conn))
    if "search_map" not in tables or "search_index" not in tables:
        return
    owners = " UNION ".join(
        f'SELECT id FROM main."{t}"' for t in ("people", "followups") if t in tables
    )
    if owners:
        conn.execute(
            "DELETE FROM search_index WHERE rowid IN (SELECT fts_rowid FROM search_map "
            f"WHERE owner_id NOT IN ({owners}))"
        )
        conn.execute(f"DELETE FROM search_map WHERE owner_id NOT IN ({owners})")
