"""Search index rebuilt: letters folded as they are typed, rows keyed by case,
names apart from follow-up text, one- and two-letter prefixes indexed (issue #10).

* ``cases.search_key``: a small integer per case (set by a trigger at insert,
  numbered in opening order for existing cases). An FTS row's rowid is
  ``search_key << 20 | n``: the case of every match is known from the full-text
  index alone (no read of the content table), and the rows of one case are
  adjacent, newest case last — search walks them from the newest case down
  and pages with a rowid bound, like the case list's keyset.
* Two indexed columns: ``name`` (people) and ``body`` (follow-ups), so that a
  match on a name ranks before a match in a follow-up.
* The indexed text is folded by nested ``replace()`` (ł→l, œ→oe, ß→ss…, see
  ``app/core/search_text.py``, which folds the typed query the same way and
  whose table is checked against the copy below by a test). unicode61 removes
  the decomposable diacritics and lowercases.
* ``prefix = '1 2'``: a typed "d" or "du" reads one prefix list instead of
  merging the lists of every word that starts with it.
* ``secure-delete`` (revision 0005) is set again on the new table.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: FTS rowid = search_key << KEY_SHIFT | row number within the case
KEY_SHIFT = 20
SPAN = 1 << KEY_SHIFT

# Copy of app.core.search_text.LETTER_FOLDS at this revision (a revision never
# imports code that may change after it; tests/unit/test_search_text.py compares).
LETTER_FOLDS: dict[str, str] = {
    "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ħ": "h", "Ħ": "h",
    "ŀ": "l", "Ŀ": "l", "ŧ": "t", "Ŧ": "t",
    "ı": "i", "ə": "e", "Ə": "e",
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ǽ": "ae", "Ǽ": "ae", "ǣ": "ae", "Ǣ": "ae",
    "ø": "o", "Ø": "o", "ǿ": "o", "Ǿ": "o", "ß": "ss", "ẞ": "ss",
    "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ĳ": "ij", "Ĳ": "ij",
    "ǆ": "dz", "ǅ": "dz", "Ǆ": "dz", "ǳ": "dz", "ǲ": "dz", "Ǳ": "dz",
    "ǉ": "lj", "ǈ": "lj", "Ǉ": "lj", "ǌ": "nj", "ǋ": "nj", "Ǌ": "nj",
    "ɛ": "e", "Ɛ": "e", "ɔ": "o", "Ɔ": "o", "ǝ": "e", "Ǝ": "e",
    "ɓ": "b", "Ɓ": "b", "ɗ": "d", "Ɗ": "d", "ɖ": "d", "Ɖ": "d",
    "ƙ": "k", "Ƙ": "k", "ƴ": "y", "Ƴ": "y", "ɲ": "ny", "Ɲ": "ny",
    "ŋ": "ng", "Ŋ": "ng", "ɣ": "gh", "Ɣ": "gh", "ʋ": "v", "Ʋ": "v",
    "ɨ": "i", "Ɨ": "i", "ʉ": "u", "Ʉ": "u",
    "ƒ": "f", "Ƒ": "f", "ƶ": "z", "Ƶ": "z", "ǥ": "g", "Ǥ": "g", "ĸ": "k", "ŉ": "n",
    "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
    "ʼ": "'", "ʻ": "'",
}  # fmt: skip


def fold(expression: str) -> str:
    sql = expression
    for letter, replacement in LETTER_FOLDS.items():
        quoted = replacement.replace("'", "''")
        sql = f"replace({sql}, '{letter}', '{quoted}')"
    return sql


def person_text(row: str) -> str:
    return fold(
        f"coalesce({row}.first_name, '') || ' ' || coalesce({row}.last_name, '') || ' ' || "
        f"coalesce({row}.pseudonym, '')"
    )


def followup_text(row: str) -> str:
    return fold(
        f"coalesce({row}.summary, '') || ' ' || coalesce({row}.next_step, '') || ' ' || "
        f"coalesce({row}.place, '')"
    )


def _base(row: str) -> str:
    return f"(SELECT search_key << {KEY_SHIFT} FROM cases WHERE id = {row}.case_id)"


def _add_row(row: str, column: str, text: str) -> str:
    """Statements giving owner ``row`` the next rowid of its case and indexing it."""
    base = _base(row)
    last = (
        f"(SELECT fts_rowid FROM search_map WHERE fts_rowid >= {base} "
        f"AND fts_rowid < {base} + {SPAN} ORDER BY fts_rowid DESC LIMIT 1)"
    )
    other = "body" if column == "name" else "name"
    return (
        f"INSERT INTO search_map(owner_id, fts_rowid) "
        f"VALUES ({row}.id, coalesce({last}, {base}) + 1); "
        "SELECT RAISE(ABORT, 'search index: too many rows for one case') FROM search_map "
        f"WHERE owner_id = {row}.id AND fts_rowid >= {base} + {SPAN}; "
        f"INSERT INTO search_index(rowid, {column}, {other}) "
        f"SELECT fts_rowid, {text}, '' FROM search_map WHERE owner_id = {row}.id;"
    )


def _remove_row(row: str) -> str:
    return (
        "DELETE FROM search_index WHERE rowid = "
        f"(SELECT fts_rowid FROM search_map WHERE owner_id = {row}.id); "
        f"DELETE FROM search_map WHERE owner_id = {row}.id;"
    )


def _triggers(table: str, column: str, fields: str, text: str) -> list[str]:
    new_text = text.replace("{row}", "NEW")
    return [
        f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN "
        f"{_add_row('NEW', column, new_text)} END",
        f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {_remove_row('OLD')} END",
        # Text changed: the row keeps its rowid.
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE OF {fields} ON {table} "
        f"WHEN OLD.case_id IS NEW.case_id BEGIN "
        f"UPDATE search_index SET {column} = {new_text} WHERE rowid = "
        f"(SELECT fts_rowid FROM search_map WHERE owner_id = NEW.id); END",
        # Moved to another case: a rowid in that case's range.
        f"CREATE TRIGGER {table}_search_moved AFTER UPDATE OF case_id ON {table} "
        f"WHEN OLD.case_id IS NOT NEW.case_id BEGIN {_remove_row('OLD')} "
        f"{_add_row('NEW', column, new_text)} END",
    ]


SEARCH_KEY_TRIGGER = (
    "CREATE TRIGGER cases_search_key_ai AFTER INSERT ON cases WHEN NEW.search_key IS NULL "
    "BEGIN UPDATE cases SET search_key = (SELECT coalesce(max(search_key), 0) + 1 FROM cases) "
    "WHERE id = NEW.id; END"
)

OLD_TRIGGERS = [
    f"{table}_search_{suffix}" for table in ("people", "followups") for suffix in ("ai", "ad", "au")
]
NEW_TRIGGERS = [
    f"{table}_search_{suffix}"
    for table in ("people", "followups")
    for suffix in ("ai", "ad", "au", "moved")
]


def upgrade() -> None:
    for trigger in OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    # secure_delete is on for vault connections: the old index's pages are zeroed.
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_map")

    op.execute("ALTER TABLE cases ADD COLUMN search_key INTEGER")
    op.execute(
        "UPDATE cases SET search_key = numbered.n FROM (SELECT id, row_number() OVER "
        "(ORDER BY opened_on, created_at, id) AS n FROM cases) AS numbered "
        "WHERE numbered.id = cases.id"
    )
    op.execute("CREATE UNIQUE INDEX ix_cases_search_key ON cases (search_key)")
    op.execute(SEARCH_KEY_TRIGGER)

    op.execute(
        "CREATE TABLE search_map (owner_id CHAR(32) NOT NULL PRIMARY KEY, "
        "fts_rowid INTEGER NOT NULL UNIQUE)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(name, body, "
        "tokenize = \"unicode61 remove_diacritics 2\", prefix = '1 2')"
    )
    # Existing rows: numbered within their case, people first.
    op.execute(
        f"INSERT INTO search_map(owner_id, fts_rowid) SELECT owned.id, "
        f"(cases.search_key << {KEY_SHIFT}) + row_number() OVER "
        "(PARTITION BY owned.case_id ORDER BY owned.kind, owned.at, owned.id) "
        "FROM (SELECT id, case_id, 0 AS kind, created_at AS at FROM people "
        "UNION ALL SELECT id, case_id, 1, occurred_at FROM followups) AS owned "
        "JOIN cases ON cases.id = owned.case_id"
    )
    op.execute(
        "INSERT INTO search_index(rowid, name, body) "
        f"SELECT m.fts_rowid, {person_text('p')}, '' FROM people AS p "
        "JOIN search_map AS m ON m.owner_id = p.id "
        f"UNION ALL SELECT m.fts_rowid, '', {followup_text('f')} FROM followups AS f "
        "JOIN search_map AS m ON m.owner_id = f.id ORDER BY 1"
    )
    op.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
    for statement in _triggers(
        "people", "name", "first_name, last_name, pseudonym", person_text("{row}")
    ):
        op.execute(statement)
    for statement in _triggers(
        "followups", "body", "summary, next_step, place", followup_text("{row}")
    ):
        op.execute(statement)


# -- downgrade: the index of revision 0005 ------------------------------------------------


def _old_triggers(table: str, kind: str, body: str) -> list[str]:
    insert = (
        f"INSERT INTO search_index(body, case_id, kind) VALUES ({body.format('NEW')}, "
        f"NEW.case_id, '{kind}'); "
        "INSERT INTO search_map(owner_id, fts_rowid) VALUES (NEW.id, last_insert_rowid());"
    )
    delete = (
        "DELETE FROM search_index WHERE rowid = "
        "(SELECT fts_rowid FROM search_map WHERE owner_id = OLD.id); "
        "DELETE FROM search_map WHERE owner_id = OLD.id;"
    )
    return [
        f"CREATE TRIGGER {table}_search_ai AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_search_ad AFTER DELETE ON {table} BEGIN {delete} END",
        f"CREATE TRIGGER {table}_search_au AFTER UPDATE ON {table} BEGIN {delete} {insert} END",
    ]


_OLD_PERSON = (
    "coalesce({0}.first_name, '') || ' ' || coalesce({0}.last_name, '') || ' ' || "
    "coalesce({0}.pseudonym, '')"
)
_OLD_FOLLOWUP = (
    "coalesce({0}.summary, '') || ' ' || coalesce({0}.next_step, '') || ' ' || "
    "coalesce({0}.place, '')"
)


def downgrade() -> None:
    for trigger in [*NEW_TRIGGERS, "cases_search_key_ai"]:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE search_index")
    op.execute("DROP TABLE search_map")
    op.execute("DROP INDEX ix_cases_search_key")
    op.execute("ALTER TABLE cases DROP COLUMN search_key")
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5(body, case_id UNINDEXED, kind UNINDEXED, "
        'tokenize = "unicode61 remove_diacritics 2")'
    )
    op.execute(
        "CREATE TABLE search_map (owner_id CHAR(32) NOT NULL PRIMARY KEY, "
        "fts_rowid INTEGER NOT NULL)"
    )
    for table, kind, body in (
        ("people", "person", _OLD_PERSON),
        ("followups", "followup", _OLD_FOLLOWUP),
    ):
        offset = "(SELECT coalesce(max(rowid), 0) FROM search_index)"
        op.execute(
            f"INSERT INTO search_map(owner_id, fts_rowid) SELECT id, rowid + {offset} FROM {table}"
        )
        op.execute(
            f"INSERT INTO search_index(rowid, body, case_id, kind) "
            f"SELECT m.fts_rowid, {body.format('t')}, t.case_id, '{kind}' "
            f"FROM {table} AS t JOIN search_map AS m ON m.owner_id = t.id"
        )
        for statement in _old_triggers(table, kind, body):
            op.execute(statement)
    op.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
