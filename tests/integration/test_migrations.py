"""Schema migrations: models and revisions agree; vaults written by every past
revision open, migrate to the head after an encrypted backup, and keep their
data; a vault from a newer Balise is refused and left untouched.

Fixture vaults live in tests/fixtures/vaults/rev<NNNN>/ and are built by
tests/fixtures/make_fixture_vault.py (raw SQL of that revision).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select

from app.errors import VaultTooNew
from app.security.keys import SecretKey
from app.storage.backup import integrity_problems
from app.storage.engine import Database, connect_raw
from app.storage.migrations import alembic_config, current_revision, head_revision, upgrade_to
from app.storage.models import Base, Case, ServiceProfile, Setting, User
from app.storage.sync_engine import untracked_tables
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.scan import SQLITE_HEADER

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "vaults"
FIXTURE_FOLDERS = sorted(p for p in FIXTURES.glob("rev*") if p.is_dir())


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "balise.lock"
    }


# -- models and migrations agree -------------------------------------------------------


def fts_objects(conn: Any) -> set[str]:
    """FTS5 virtual tables and their shadow tables (created by raw SQL, not the ORM)."""
    rows = conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
    ).fetchall()
    names = {r[0] for r in rows}
    tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master").fetchall()}
    return names | {t for t in tables for n in names if t.startswith(f"{n}_")}


#: tables kept outside the ORM on purpose: the map from FTS rows to their owners
RAW_SQL_TABLES = {"search_map"}


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = Database(tmp_path / "balise.db", SecretKey.generate(), create=True)
    try:
        upgrade_to(db)
        with db.engine.connect() as conn:
            ignored = fts_objects(conn) | RAW_SQL_TABLES

            def include_name(name: str | None, type_: str, _parent: Any) -> bool:
                return not (type_ == "table" and name in ignored)

            # Same options as db/migrations/env.py (types compared). Server defaults
            # are not compared: a revision may add one so that existing rows get a
            # value (cases.children_exposed); the model supplies it in Python.
            context = MigrationContext.configure(
                conn, opts={"compare_type": True, "include_name": include_name}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        db.close()
    assert differences == []


# -- fixture vaults of every past revision ----------------------------------------------


def test_every_past_revision_has_a_fixture_vault() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    head = head_revision()
    past = {rev.revision for rev in script.walk_revisions() if rev.revision != head}
    stored = {p.name.removeprefix("rev") for p in FIXTURE_FOLDERS}
    missing = sorted(past - stored)
    assert not missing, (
        f"no fixture vault for revision(s) {missing}: run "
        "tests/fixtures/make_fixture_vault.py --revision <rev> before adding a new head"
    )


def read_back(db: Database) -> dict[str, Any]:
    """The fixture's data as the application (ORM at head) reads it."""
    with db.session() as session:
        profile = session.scalars(select(ServiceProfile)).one()
        users = session.scalars(select(User).order_by(User.login)).all()
        cases = session.scalars(select(Case).order_by(Case.reference)).all()
        return {
            "service": {
                "name": profile.name,
                "address": profile.address,
                "postcode": profile.postcode,
                "phone": profile.phone,
                "email": profile.email,
            },
            "users": sorted((u.login, u.full_name, u.role, u.active) for u in users),
            "settings": {s.key: s.value for s in session.scalars(select(Setting))},
            "cases": [
                {
                    "reference": c.reference,
                    "status": c.status,
                    "opened_on": c.opened_on,
                    "people": sorted(
                        (p.role, p.first_name, p.last_name, p.gender) for p in c.people
                    ),
                    "followups": sorted(
                        (f.occurred_at, f.kind, f.status, f.summary) for f in c.followups
                    ),
                }
                for c in cases
            ],
        }


def as_expected(expected: dict[str, Any]) -> dict[str, Any]:
    """expected.json in the shape of :func:`read_back`."""
    return {
        "service": expected["service"],
        "users": sorted((u["login"], u["full_name"], u["role"], True) for u in expected["users"]),
        "settings": expected["settings"],
        "cases": [
            {
                "reference": c["reference"],
                "status": c["status"],
                "opened_on": date.fromisoformat(c["opened_on"]),
                "people": sorted(
                    (p["role"], p["first_name"], p["last_name"], p["gender"]) for p in c["people"]
                ),
                "followups": sorted(
                    (
                        datetime.fromisoformat(f["occurred_at"]),
                        f["kind"],
                        f["status"],
                        f["summary"],
                    )
                    for f in c["followups"]
                ),
            }
            for c in sorted(expected["cases"], key=lambda c: c["reference"])
        ],
    }


@pytest.mark.parametrize("fixture", FIXTURE_FOLDERS, ids=[p.name for p in FIXTURE_FOLDERS])
def test_fixture_vault_migrates_to_head_keeping_its_data(fixture: Path, tmp_path: Path) -> None:
    expected = json.loads((fixture / "expected.json").read_text(encoding="utf-8"))
    folder = tmp_path / fixture.name
    shutil.copytree(fixture, folder)
    (folder / "expected.json").unlink()
    old_revision = expected["revision"]
    coordinator = expected["users"][0]

    with Vault.open(folder) as vault:
        db = vault.unlock(coordinator["login"], coordinator["passphrase"], kdf=TEST_KDF)
        assert current_revision(db) == head_revision()
        assert read_back(db) == as_expected(expected)
        key = db.key_copy()
        conn = db.raw_connection()
        try:
            assert integrity_problems(conn) == []
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'search_index'").fetchone():
                # data written before full-text search existed is findable too
                found = conn.execute(
                    "SELECT count(*) FROM search_index WHERE search_index MATCH 'Helene'"
                ).fetchone()[0]
                assert found >= 1
                # letters unicode61 does not fold are folded in the index (revision 0006):
                # "Łucja" and "sœur" as they are typed without special letters
                for typed in ("lucja", "soeur"):
                    found = conn.execute(
                        "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (typed,)
                    ).fetchone()[0]
                    assert found >= 1, typed
            if "housing" in expected:  # revision 0007: housing and activities kept
                housing = expected["housing"]
                stay = conn.execute(
                    "SELECT u.name, s.entry_on, s.exit_on, s.destination, "
                    "(SELECT count(*) FROM housing_stay_people WHERE stay_id = s.id), "
                    "(SELECT count(*) FROM departure_plans WHERE housing_stay_id = s.id) "
                    "FROM housing_stays AS s JOIN housing_units AS u ON u.id = s.unit_id"
                ).fetchone()
                assert stay == (
                    housing["unit"],
                    housing["entry_on"],
                    housing["exit_on"],
                    housing["destination"],
                    2,
                    1,
                )
                came = conn.execute("SELECT sum(count) FROM activity_attendance").fetchone()[0]
                assert came == housing["attendance"]
            if "objectives" in expected:  # revision 0010: the funder's objectives kept
                rows = conn.execute(
                    "SELECT o.programme, o.code, o.title, (SELECT group_concat(indicator_code) "
                    "FROM (SELECT indicator_code FROM funder_objective_indicators "
                    "WHERE objective_id = o.id ORDER BY position)) "
                    "FROM funder_objectives AS o ORDER BY o.position"
                ).fetchall()
                assert rows == [
                    (o["programme"], o["code"], o["title"], ",".join(o["indicators"]) or None)
                    for o in expected["objectives"]
                ]
            # revision 0011: each user's and partner's language (French before it)
            languages = {
                "users": dict(conn.execute("SELECT login, language FROM users").fetchall()),
                "partners": dict(conn.execute("SELECT name, language FROM partners").fetchall()),
                "template_texts": [
                    list(row)
                    for row in conn.execute(
                        "SELECT code, language, subject FROM letter_template_texts "
                        "ORDER BY code, language"
                    )
                ],
            }
            # revision 0012: every replicated table records the keys written in it, for
            # the next synchronisation (whatever the fixture's revision)
            assert untracked_tables(conn) == []
            mark = conn.execute("SELECT coalesce(max(id), 0) FROM sync_dirty").fetchone()[0]
            conn.execute("UPDATE users SET language = language")
            conn.execute(
                "DELETE FROM case_workers WHERE rowid = (SELECT min(rowid) FROM case_workers)"
            )
            written = conn.execute(
                "SELECT tbl, count(*) FROM sync_dirty WHERE id > ? GROUP BY tbl", (mark,)
            ).fetchall()
            assert dict(written) == {"users": len(expected["users"]), "case_workers": 1}
            conn.rollback()
            if "languages" in expected:
                assert languages == expected["languages"]
            else:  # a fixture made before revision 0011 existed: everything French
                assert set(languages["users"].values()) == {"fr"}
                assert set(languages["partners"].values()) <= {"fr"}
                assert languages["template_texts"] == []
        finally:
            conn.close()

    backups = sorted((folder / "sauvegardes").glob("*.db"))
    if old_revision == head_revision():
        assert backups == []  # nothing to migrate, nothing to back up
    else:
        assert len(backups) == 1 and old_revision in backups[0].name
        assert not backups[0].read_bytes().startswith(SQLITE_HEADER)
        old = connect_raw(backups[0], key)
        try:
            assert integrity_problems(old) == []
            version = old.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            assert version == old_revision
            people = sum(len(c["people"]) for c in expected["cases"])
            assert old.execute("SELECT count(*) FROM people").fetchone()[0] == people
        finally:
            old.close()

    # Every other key slot of the old vault still opens the migrated one.
    with Vault.open(folder) as vault:
        for user in expected["users"][1:]:
            vault.unlock(user["login"], user["passphrase"], kdf=TEST_KDF)
            assert current_revision(vault.require_db()) == head_revision()
            vault.lock()
        vault.unlock_with_recovery(expected["recovery_code"], kdf=TEST_KDF)
        assert vault.is_unlocked


# -- a vault from a newer Balise ----------------------------------------------------------


def test_vault_from_a_newer_version_is_refused_and_left_untouched(vault_dir: Path) -> None:
    with Vault.open(vault_dir) as vault:
        db = vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    before = digests(vault_dir)

    with Vault.open(vault_dir) as vault:
        with pytest.raises(VaultTooNew) as info:
            vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
        assert not vault.is_unlocked and vault.db is None

    assert "Installez la dernière version de Balise" in str(info.value)
    assert "rien n'a été modifié" in str(info.value)
    assert digests(vault_dir) == before  # not a byte changed, no backup written
    assert not (vault_dir / "sauvegardes").exists() or not any(
        (vault_dir / "sauvegardes").iterdir()
    )
