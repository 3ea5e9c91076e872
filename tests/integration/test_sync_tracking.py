"""A synchronisation finds its changes from the keys written since the last one
(revision 0012), and survives losing either of its two commits (issue 12)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.core import sync
from app.core.transaction import read, write
from app.storage import sync_engine as se
from app.storage.models import Case
from app.storage.models.sync import SyncLocal
from tests.integration.case_file_support import case_file_of, new_case
from tests.integration.test_sync import Laptop, _open, case_file_of_laptop

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))


@pytest.fixture
def pair(make_vault: Any, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, Path]]:
    created = make_vault(tmp_path / "a")
    cf = case_file_of(created)
    new_case(cf)
    a = Laptop(created.vault, cf.actor)
    sync.enrol_laptop(a.vault, a.actor, "portable de rue 2", tmp_path / "b")
    b = _open(tmp_path / "b")
    folder = tmp_path / "cle-usb"
    folder.mkdir()
    yield a, b, folder
    b.vault.close()


def _raw(laptop: Laptop) -> Any:
    return laptop.vault.require_db().raw_connection()


def _execute(laptop: Laptop, *statements: str) -> None:
    """Raw statements on the vault, committed (what the application cannot do)."""
    conn = _raw(laptop)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _base(laptop: Laptop) -> Path:
    return laptop.vault.paths.root / sync.SYNC_FOLDER / sync.BASE_FILE


def _followups(laptop: Laptop) -> int:
    conn = _raw(laptop)
    try:
        return conn.execute("SELECT count(*) FROM followups").fetchone()[0]
    finally:
        conn.close()


def _numbers(folder: Path) -> list[int]:
    return sorted(int(p.name.split("-")[2]) for p in folder.glob("*.paquet"))


def test_every_replicated_table_records_the_keys_written_in_it(pair: Any) -> None:
    a, _b, _folder = pair
    conn = _raw(a)
    try:
        assert se.untracked_tables(conn) == []
        conn.execute("DROP TRIGGER sync_track_followups_upd")
        assert se.untracked_tables(conn) == ["followups"]
    finally:
        conn.rollback()
        conn.close()


def test_the_rows_written_since_the_last_synchronisation_are_what_goes_out(pair: Any) -> None:
    a, b, folder = pair
    a.sync(folder)
    a.set_situation("écrite sur A")
    new_case(case_file_of_laptop(a))
    report = a.sync(folder)
    assert report.sent_bundles == 1 and report.sent_changes > 0
    # the keys the snapshot now holds are pruned at the next synchronisation, and
    # nothing goes out again (only the audit entry of the last synchronisation)
    assert a.sync(folder).sent_changes == 0
    conn = _raw(a)
    try:
        assert conn.execute("SELECT count(*) FROM sync_dirty").fetchone()[0] == 0
    finally:
        conn.close()
    b.sync(folder)
    assert b.situation() == "écrite sur A"
    assert b.references() == a.references() == ["2026-0001", "2026-0002"]


def test_a_snapshot_whose_commit_was_lost_sends_the_same_changes_again_harmlessly(
    pair: Any, tmp_path: Path
) -> None:
    a, b, folder = pair
    a.sync(folder)
    kept = tmp_path / "base-avant.db"
    shutil.copyfile(_base(a), kept)
    a.set_situation("première version")
    new_case(case_file_of_laptop(a))
    first = a.sync(folder)
    assert first.sent_changes > 0
    # the vault committed, the snapshot's commit was lost (power cut between the two)
    shutil.copyfile(kept, _base(a))
    again = a.sync(folder)
    assert again.sent_changes == first.sent_changes  # the same changes, under the next number
    assert _numbers(folder) == [1, 2, 3]
    report = b.sync(folder)
    assert report.received_bundles == 3 and report.conflicts == 0 and not report.problems
    assert b.situation() == "première version"
    assert b.references() == ["2026-0001", "2026-0002"]
    assert _followups(b) == _followups(a)


def test_a_bundle_number_is_not_given_twice_when_the_vault_commit_was_lost(pair: Any) -> None:
    a, b, folder = pair
    a.set_situation("un")
    a.sync(folder)
    # the bundle was written but the vault's commit lost: its counter is behind
    write(a.vault, lambda tx: setattr(tx.get(SyncLocal, 1), "last_seq", 0))
    a.set_situation("deux")
    a.sync(folder)
    assert _numbers(folder) == [1, 2]
    b.sync(folder)
    assert b.situation() == "deux"


def test_a_snapshot_made_before_tracking_is_diffed_once_then_replaced(pair: Any) -> None:
    a, b, folder = pair
    a.sync(folder)
    # a snapshot as revision 0011 left it: no mark; the change below not tracked
    snapshot, _ = se.open_base(_base(a), a.vault.require_db().key_copy())
    try:
        snapshot.execute(f"DROP TABLE {se.BASE_MARK_TABLE}")
    finally:
        snapshot.close()
    a.set_situation("avant la mise à jour")
    _execute(a, "DELETE FROM sync_dirty")
    assert a.sync(folder).sent_bundles == 1
    key = a.vault.require_db().key_copy()
    try:
        snapshot, mark = se.open_base(_base(a), key)
        snapshot.close()
    finally:
        key.wipe()
    assert mark is not None  # tracked from now on
    b.sync(folder)
    assert b.situation() == "avant la mise à jour"
    a.set_situation("après")
    a.sync(folder)
    b.sync(folder)
    assert b.situation() == "après"


def test_a_case_deleted_on_one_laptop_is_deleted_on_the_other(pair: Any) -> None:
    a, b, folder = pair
    new_case(case_file_of_laptop(a))
    a.sync(folder)
    b.sync(folder)
    assert b.references() == ["2026-0001", "2026-0002"]

    def drop(tx: Any) -> None:
        tx.delete(tx.scalar(select(Case).where(Case.reference == "2026-0002")))

    write(a.vault, drop)
    assert a.sync(folder).sent_changes > 1  # the case and the rows that went with it
    report = b.sync(folder)
    assert report.conflicts == 0
    assert b.references() == ["2026-0001"]
    assert read(b.vault, lambda tx: tx.scalar(select(Case.reference))) == "2026-0001"


MARKER = "Effacemarqueur"


def _payloads(folder: Path, names: set[str], key: Any) -> list[Any]:
    from app.sync import bundle as bn

    opened = []
    for name in sorted(names):
        data = (folder / name).read_bytes()
        opened.append(bn.open_bundle(data, key)[1])
    return opened


def _bundle_key(laptop: Laptop) -> Any:
    from app.sync import bundle as bn

    db_key = laptop.vault.require_db().key_copy()
    conn = se.open_connection(laptop.vault.require_db().path, db_key)
    try:
        secret = conn.execute("SELECT value FROM settings WHERE key = ?", (sync.FULL_SECRET,)).get
    finally:
        conn.close()
    import json

    return bn.sync_key(db_key, bytes.fromhex(json.loads(secret)))


def test_an_erasure_reaches_the_other_laptops_without_carrying_what_was_erased(
    pair: Any,
) -> None:
    from app.core.erasure_register import ErasureRule, read_register
    from app.core.purge import purge_cases
    from tests.helpers.pages import decrypted_contents
    from tests.helpers.records import add_case

    a, b, folder = pair
    case_id = add_case(
        a.vault.require_db(),
        reference="2026-0099",
        first_name=f"{MARKER}Victime",
        summary=f"Entretien {MARKER}",
    )
    a.sync(folder)
    b.sync(folder)
    assert "2026-0099" in b.references()
    raw = a.vault.require_db().key_copy().raw()

    purge_cases(a.vault, a.actor, [case_id], ErasureRule.REQUEST, backup=False)
    # A's snapshot no longer holds the case (not even in a page of the search index)
    assert MARKER.encode() not in decrypted_contents(_base(a), raw)
    assert MARKER.lower().encode() not in decrypted_contents(_base(a), raw)

    before = {p.name for p in folder.iterdir()}
    sent = a.sync(folder)
    assert sent.sent_bundles == 1 and sent.erasures_sent == 1
    new = {p.name for p in folder.iterdir()} - before
    [payload] = _payloads(folder, new, _bundle_key(a))
    assert [e["case_reference"] for e in payload.erased] == ["2026-0099"]
    assert MARKER.encode() not in payload.changeset  # no deletion carrying the content

    report = b.sync(folder)
    assert report.conflicts == 0 and not report.problems
    assert report.erasures_replayed == 1
    from app.cli_sync import report_lines

    assert "Effacements : 0 envoyé(s), 1 refait(s)" in "\n".join(report_lines(report))
    assert "2026-0099" not in b.references()
    assert [e.case_reference for e in read_register(b.vault.paths.root)] == ["2026-0099"]
    b.vault.require_db().engine.dispose()
    for path in (b.vault.require_db().path, _base(b)):
        plain = decrypted_contents(path, raw)
        assert MARKER.encode() not in plain and MARKER.lower().encode() not in plain, path
    # replayed once: the next synchronisations neither send it back nor replay it again
    assert b.sync(folder).sent_changes == 0
    assert a.sync(folder).received_changes == 0
    assert [e.case_reference for e in read_register(a.vault.paths.root)] == ["2026-0099"]


def test_a_synchronisation_never_opens_the_vault_while_another_operation_holds_it(
    pair: Any,
) -> None:
    """APSW carries its own SQLite: both copies must never hold the file together
    (docs/ARCHITECTURE.md). A connection still out of the pool is refused, not risked."""
    a, _b, folder = pair
    with a.vault.require_db().engine.connect() as busy:
        busy.exec_driver_sql("SELECT count(*) FROM cases").fetchone()
        with pytest.raises(sync.SyncRefused, match="autre opération"):
            a.sync(folder)
    assert a.sync(folder).problems == []


def test_a_laptop_enrolled_later_starts_where_its_source_stood(pair: Any, tmp_path: Path) -> None:
    """It needs none of the bundles exchanged before it was enrolled, and holds the
    other laptops' audit chains from their start."""
    from app.core import audit_view

    a, b, folder = pair
    for text in ("un", "deux"):
        b.set_situation(text)
        b.sync(folder)
        a.sync(folder)
    sync.enrol_laptop(a.vault, a.actor, "portable de permanence", tmp_path / "c")
    c = _open(tmp_path / "c")
    try:
        for old in [*folder.glob("*.paquet"), *tmp_path.glob("*/synchro/envoyes/*.paquet")]:
            old.unlink()  # as if every bundle so far had been removed once applied
        report = c.sync(folder)
        assert report.problems == [] and report.conflicts == 0
        assert c.situation() == "deux"
        b.set_situation("trois")
        b.sync(folder)
        report = c.sync(folder)
        assert report.problems == [] and report.received_bundles == 1
        assert c.situation() == "trois"
        a.sync(folder)
        c.sync(folder)
        result = audit_view.verify_trail(c.vault, c.actor)
        assert result.intact
        assert {peer.name for peer in result.peers} >= {"portable de rue 2", "Premier portable"}
        assert all(peer.ok and peer.entries > 0 for peer in result.peers)
    finally:
        c.vault.close()


def test_bundles_every_laptop_has_applied_leave_the_folder(pair: Any, tmp_path: Path) -> None:
    """The exchange folder does not grow for ever: a laptop removes its own bundles
    (there and in synchro/envoyes) once every other full laptop says it applied them;
    a laptop enrolled meanwhile is waited for."""
    a, b, folder = pair

    def mine(laptop: Laptop) -> list[int]:
        me = read(laptop.vault, lambda tx: sync.ensure_registered(tx).laptop_id.hex)[:8]
        return sorted(int(p.name.split("-")[2]) for p in folder.glob(f"balise-{me}-*.paquet"))

    b.set_situation("un")
    b.sync(folder)
    assert mine(b) == [1]
    a.sync(folder)  # applies it (after writing its own bundle)
    a.sync(folder)  # its next bundle says it applied B's first
    b.sync(folder)  # B learns it from A's bundle: its bundle 1 goes
    assert 1 not in mine(b)
    kept = b.vault.paths.root / sync.SYNC_FOLDER / sync.SENT_FOLDER
    assert not list(kept.glob("*-000001-*.paquet"))

    sync.enrol_laptop(a.vault, a.actor, "portable de permanence", tmp_path / "c")
    c = _open(tmp_path / "c")
    try:
        b.set_situation("deux")
        b.sync(folder)
        a.sync(folder)
        a.sync(folder)  # carries C's enrolment and A's acknowledgement
        b.sync(folder)
        assert b.situation() == "deux" and 2 in mine(b)  # C has not said yet: kept
        c.sync(folder)
        assert c.situation() == "deux"
        c.sync(folder)  # its bundle says it applied B's
        b.sync(folder)  # both A and C have applied B's bundle 2 by now
        assert 2 not in mine(b)
        assert c.situation() == a.situation() == "deux"
    finally:
        c.vault.close()


def _migrate(laptop: Laptop) -> None:
    """What a later revision adding a column does (every laptop of the service runs
    it at its first unlock after the update), then what the vault does after it."""
    from app.storage import vault as vault_module

    db = laptop.vault.require_db()
    written = vault_module._written_before_migration(db)
    _add_column(laptop, "UPDATE cases SET note_future = 'migrée'")  # and a data migration
    vault_module._snapshot_after_migration(db, written)


def _add_column(laptop: Laptop, *then: str) -> None:
    _execute(laptop, "ALTER TABLE cases ADD COLUMN note_future TEXT NOT NULL DEFAULT 'vide'", *then)


def _note(laptop: Laptop, reference: str) -> str:
    conn = _raw(laptop)
    try:
        return conn.execute(
            "SELECT note_future FROM cases WHERE reference = ?", (reference,)
        ).fetchone()[0]
    finally:
        conn.close()


def test_changes_typed_before_an_update_of_balise_still_go_out_after_it(pair: Any) -> None:
    """The vault was migrated (a column added) since the last synchronisation: the
    snapshot takes the new shape without forgetting what was typed before."""
    a, b, folder = pair
    a.sync(folder)
    b.sync(folder)
    a.set_situation("tapée avant la mise à jour")
    new_case(case_file_of_laptop(a))  # 2026-0002, also before
    for laptop in (a, b):
        _migrate(laptop)
    _execute(a, "UPDATE cases SET note_future = 'après' WHERE reference = '2026-0001'")
    report = a.sync(folder)
    assert report.sent_changes > 0 and not report.problems
    report = b.sync(folder)
    assert report.conflicts == 0 and not report.problems
    assert b.situation() == "tapée avant la mise à jour"
    assert b.references() == ["2026-0001", "2026-0002"]
    assert _note(b, "2026-0001") == "après"
    assert _note(b, "2026-0002") == "migrée"
    # and from then on, as before
    b.set_situation("après la mise à jour")
    b.sync(folder)
    a.sync(folder)
    assert a.situation() == "après la mise à jour"


def test_a_snapshot_left_in_the_old_shape_is_rebased_at_the_next_synchronisation(
    pair: Any,
) -> None:
    """If the step after the migration did not run (Balise stopped there), the
    synchronisation itself brings the snapshot to the new shape: what was typed
    before the update still goes out, and nothing fails."""
    a, b, folder = pair
    a.sync(folder)
    b.sync(folder)
    a.set_situation("tapée avant la mise à jour")
    for laptop in (a, b):
        _add_column(laptop)
    report = a.sync(folder)
    assert report.sent_changes > 0 and not report.problems
    report = b.sync(folder)
    assert report.conflicts == 0 and not report.problems
    assert b.situation() == "tapée avant la mise à jour"
