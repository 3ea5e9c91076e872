"""Synchronisation that follows the changes, not the size of the vault (issue 12).

Until now each synchronisation found this laptop's changes by diffing every
replicated table against the snapshot ``synchro/base.db``: at 100 000 cases
that read and decrypted two 2.5 GB files, minutes whatever had changed.

* ``sync_dirty``: the primary key of every row written in a replicated table,
  recorded by triggers (``sync_track_<table>_ins|upd|del``) whatever wrote it
  (the application through sqlcipher3, a bundle applied through APSW). A
  synchronisation copies those rows only into its snapshot and lets SQLite's
  session extension record the changeset (app.storage.sync_engine). Local: it
  never travels; the keys it holds are ids, never names.
* The list of tables is frozen here as it is at this revision; a later
  revision adding a replicated table adds its triggers (a test checks that
  every replicated table has them).

A vault synchronised before this revision has a snapshot without tracking:
its next synchronisation diffs it once more in full, then takes a new one.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: the replicated tables at this revision (app.storage.sync_engine.REPLICATED_TABLES)
TABLES = (
    "service_profile", "users", "communes", "violence_types", "referral_sources",
    "partner_sectors", "risk_factors", "admin_step_types", "letter_templates",
    "letter_template_texts", "partners", "partner_communes", "partner_contacts", "cases",
    "case_workers", "case_violence", "case_events", "people", "authors", "followups",
    "consents", "risk_screenings", "risk_answers", "issued_documents", "complaints",
    "complaint_status_changes", "residence_bans", "family_court_measures",
    "residence_permit_files", "case_steps", "case_step_changes", "departure_plans",
    "departure_plan_items", "housing_units", "housing_requests", "housing_stays",
    "housing_stay_people", "activities", "activity_occurrences", "activity_attendance",
    "activity_case_links", "activity_facilitators", "activity_partners",
    "training_attendance", "funder_objectives", "funder_objective_indicators",
    "sync_laptops", "sync_conflicts",
)  # fmt: skip


def _primary_key(table: str) -> list[str]:
    rows = op.get_bind().exec_driver_sql(f'PRAGMA main.table_info("{table}")').fetchall()
    return [name for _pk, name in sorted((row[5], row[1]) for row in rows if row[5])]


def _keys(row: str, pk: list[str]) -> str:
    second = f"{row}.{pk[1]}" if len(pk) > 1 else "''"
    return f"{row}.{pk[0]}, {second}"


def tracking_triggers(table: str, pk: list[str]) -> list[str]:
    """The three triggers recording the keys written in ``table``."""
    name = f"sync_track_{table}"
    into = "INSERT INTO sync_dirty (tbl, k1, k2)"
    moved = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in pk)
    return [
        f"CREATE TRIGGER {name}_ins AFTER INSERT ON {table} BEGIN "
        f"{into} VALUES ('{table}', {_keys('NEW', pk)}); END",
        f"CREATE TRIGGER {name}_upd AFTER UPDATE ON {table} BEGIN "
        f"{into} VALUES ('{table}', {_keys('NEW', pk)}); "
        f"{into} SELECT '{table}', {_keys('OLD', pk)} WHERE {moved}; END",
        f"CREATE TRIGGER {name}_del AFTER DELETE ON {table} BEGIN "
        f"{into} VALUES ('{table}', {_keys('OLD', pk)}); END",
    ]


def upgrade() -> None:
    bind = op.get_bind()
    # append-only (no unique rule: an INSERT OR IGNORE of the application would
    # turn the triggers' inserts into ignored ones); duplicates are read once
    bind.exec_driver_sql(
        "CREATE TABLE sync_dirty ("
        "id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "
        "tbl VARCHAR(60) NOT NULL, "
        "k1 TEXT NOT NULL, "
        "k2 TEXT NOT NULL DEFAULT '')"
    )
    bind.exec_driver_sql("CREATE INDEX ix_sync_dirty_tbl_id ON sync_dirty (tbl, id)")
    for table in TABLES:
        for sql in tracking_triggers(table, _primary_key(table)):
            bind.exec_driver_sql(sql)


def downgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        for suffix in ("ins", "upd", "del"):
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_track_{table}_{suffix}")
    bind.exec_driver_sql("DROP TABLE sync_dirty")
