"""The session extension through APSW on real Balise vaults (issue 12, step 1).

APSW (SQLite3 Multiple Ciphers) opens a vault written by sqlcipher3, a
changeset diffed against an encrypted snapshot applies on another copy,
clashes reach the handler and are never overwritten, and the result reopens
in sqlcipher3 with its integrity checks passing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from app.security.keys import SecretKey
from app.storage import sync_engine as se
from app.storage.engine import connect_raw
from tests.conftest import TEST_KDF
from tests.integration.case_file_support import case_file_of, new_case

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))


@pytest.fixture
def origin(make_vault: Any, tmp_path: Path) -> Iterator[tuple[Path, SecretKey, str]]:
    """A closed vault with one case; its file, key and the case id (hex)."""
    created = make_vault(tmp_path / "origin", kdf=TEST_KDF)
    cf = case_file_of(created)
    ref = new_case(cf)
    key = created.vault.require_db().key_copy()
    created.vault.close()
    yield created.vault.paths.db, key, ref.id.hex
    key.wipe()


def _copy(db: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(db, target / "balise.db")
    return target / "balise.db"


def test_apsw_opens_a_vault_written_by_sqlcipher3(origin: tuple[Path, SecretKey, str]) -> None:
    db, key, case_id = origin
    conn = se.open_connection(db, key)
    try:
        assert conn.execute("SELECT count(*) FROM cases WHERE id = ?", (case_id,)).get == 1
    finally:
        conn.close()


def test_a_wrong_key_opens_nothing(origin: tuple[Path, SecretKey, str]) -> None:
    db, _key, _ = origin
    with pytest.raises(se.WrongPassphrase):
        se.open_connection(db, SecretKey(bytes(32)))


def test_snapshot_is_encrypted_and_opens_in_sqlcipher3(
    origin: tuple[Path, SecretKey, str], tmp_path: Path
) -> None:
    db, key, _ = origin
    conn = se.open_connection(db, key)
    snapshot = tmp_path / "base.db"
    se.write_snapshot(conn, snapshot)
    conn.close()
    assert not snapshot.read_bytes().startswith(b"SQLite format 3")
    raw = connect_raw(snapshot, key)
    try:
        assert raw.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    finally:
        raw.close()


def _diff_since_snapshot(db: Path, key: SecretKey, snapshot: Path) -> bytes:
    conn = se.open_connection(db, key)
    try:
        with se.attached(conn, snapshot, key):
            return se.diff_changeset(conn, "base", se.replicated_present(conn))
    finally:
        conn.close()


def test_changeset_applies_on_a_copy_and_clashes_reach_the_handler(
    origin: tuple[Path, SecretKey, str], tmp_path: Path
) -> None:
    db, key, case_id = origin
    a = _copy(db, tmp_path / "a")
    b = _copy(db, tmp_path / "b")
    snapshot = tmp_path / "base.db"
    conn = se.open_connection(a, key)
    se.write_snapshot(conn, snapshot)
    # Laptop A: the situation and the closure reason; laptop B: the situation too.
    conn.execute("UPDATE cases SET situation = 'vue par A', closure_reason = 'raison A'")
    conn.close()
    changeset = _diff_since_snapshot(a, key, snapshot)
    assert se.changeset_counts(changeset)["UPDATE"] == 1

    conn = se.open_connection(b, key)
    conn.execute("UPDATE cases SET situation = 'vue par B'")
    conn.execute("BEGIN IMMEDIATE")
    outcome = se.apply_changeset(conn, changeset)
    conn.execute("COMMIT")
    row = conn.execute("SELECT situation, closure_reason FROM cases").fetchone()
    conn.close()

    assert row == ("vue par B", "raison A")  # the clash kept, the other field merged
    [clash] = outcome.clashes
    assert (clash.kind, clash.table, clash.column) == (
        se.ClashKind.BOTH_CHANGED,
        "cases",
        "situation",
    )
    assert (clash.local, clash.remote, clash.base) == ("vue par B", "vue par A", None)
    assert clash.key == (case_id,)

    raw = connect_raw(b, key)
    try:
        assert raw.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()


def test_updated_at_on_both_sides_is_no_clash(
    origin: tuple[Path, SecretKey, str], tmp_path: Path
) -> None:
    db, key, _ = origin
    a = _copy(db, tmp_path / "a")
    b = _copy(db, tmp_path / "b")
    snapshot = tmp_path / "base.db"
    conn = se.open_connection(a, key)
    se.write_snapshot(conn, snapshot)
    conn.execute("UPDATE people SET phone = '+32470000001', updated_at = '2026-03-10 11:00:00'")
    conn.close()
    changeset = _diff_since_snapshot(a, key, snapshot)
    conn = se.open_connection(b, key)
    conn.execute("UPDATE people SET city = 'Esneux', updated_at = '2026-03-10 09:30:00'")
    outcome = se.apply_changeset(conn, changeset)
    row = conn.execute("SELECT phone, city, updated_at FROM people").fetchone()
    conn.close()
    assert outcome.clashes == []
    assert row == ("+32470000001", "Esneux", "2026-03-10 11:00:00")


def test_changed_here_deleted_there_is_kept_for_review(
    origin: tuple[Path, SecretKey, str], tmp_path: Path
) -> None:
    db, key, _ = origin
    a = _copy(db, tmp_path / "a")
    b = _copy(db, tmp_path / "b")
    snapshot = tmp_path / "base.db"
    conn = se.open_connection(a, key)
    se.write_snapshot(conn, snapshot)
    conn.execute("DELETE FROM people")
    conn.close()
    changeset = _diff_since_snapshot(a, key, snapshot)
    conn = se.open_connection(b, key)
    conn.execute("UPDATE people SET city = 'Esneux'")
    outcome = se.apply_changeset(conn, changeset)
    left = conn.execute("SELECT count(*) FROM people").get
    conn.close()
    assert left == 1
    assert [c.kind for c in outcome.clashes] == [se.ClashKind.DELETED_THERE]


def test_applying_twice_changes_nothing(
    origin: tuple[Path, SecretKey, str], tmp_path: Path
) -> None:
    db, key, _ = origin
    a = _copy(db, tmp_path / "a")
    b = _copy(db, tmp_path / "b")
    snapshot = tmp_path / "base.db"
    conn = se.open_connection(a, key)
    se.write_snapshot(conn, snapshot)
    conn.execute("UPDATE cases SET situation = 'vue par A'")
    conn.execute(
        "INSERT INTO followups (id, case_id, occurred_at, kind, summary, status, created_at) "
        "SELECT 'f0000000000000000000000000000001', id, '2026-03-10 09:00:00.000000', "
        "'phone', 'appel', 'done', '2026-03-10 09:00:00.000000' FROM cases"
    )
    conn.close()
    changeset = _diff_since_snapshot(a, key, snapshot)
    conn = se.open_connection(b, key)
    first = se.apply_changeset(conn, changeset)
    second = se.apply_changeset(conn, changeset)
    count = conn.execute("SELECT count(*) FROM followups").get
    conn.close()
    assert first.clashes == second.clashes == []
    assert count == 1


def test_case_search_key_stays_local(origin: tuple[Path, SecretKey, str], tmp_path: Path) -> None:
    db, key, _ = origin
    a = _copy(db, tmp_path / "a")
    snapshot = tmp_path / "base.db"
    conn = se.open_connection(a, key)
    if "search_key" not in se.columns_of(conn, "cases"):
        conn.close()
        pytest.skip("schema without cases.search_key")
    se.write_snapshot(conn, snapshot)
    conn.execute(
        "INSERT INTO cases (id, reference, status, opened_on, confidential, children_exposed, "
        "created_at, updated_at) VALUES ('c0000000000000000000000000000001', '2026-0002-B', "
        "'open', '2026-03-10', 0, 'unknown', '2026-03-10', '2026-03-10')"
    )
    conn.close()
    changeset = _diff_since_snapshot(a, key, snapshot)
    conn = se.open_connection(a, key)
    index = se.columns_of(conn, "cases").index("search_key")
    conn.close()
    import apsw

    inserted = [c.new[index] for c in apsw.Changeset.iter(changeset) if c.name == "cases"]
    assert inserted == [None]


def test_every_table_is_either_replicated_or_local(origin: tuple[Path, SecretKey, str]) -> None:
    db, key, _ = origin
    conn = se.open_connection(db, key)
    try:
        tables = se.existing_tables(conn)
        unclassified = [
            t for t in tables if not se.is_local_table(t) and t not in se.REPLICATED_TABLES
        ]
        both = [t for t in se.REPLICATED_TABLES if se.is_local_table(t)]
        assert unclassified == [], "classify these tables in app/storage/sync_engine.py"
        assert both == []
        for table in se.replicated_present(conn):
            info = list(conn.execute(f"PRAGMA table_info({table})"))
            pk = [row for row in info if row[5]]
            assert pk, f"{table} has no primary key"
            # a single INTEGER PRIMARY KEY would be a rowid alias given per laptop
            assert not (len(pk) == 1 and pk[0][2].upper() == "INTEGER"), table
            # SQLite allows NULL in a non-INTEGER primary key unless declared NOT NULL,
            # and the session extension ignores such rows: no row may have one.
            nulls = conn.execute(
                f"SELECT count(*) FROM {table} WHERE "
                + " OR ".join(f'"{row[1]}" IS NULL' for row in pk)
            ).get
            assert nulls == 0, table
    finally:
        conn.close()
