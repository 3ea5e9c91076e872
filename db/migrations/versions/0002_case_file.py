"""Case file: violence, authors, risk screenings, consent, case events, drafts,
denormalised list columns and full-text search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Full-text search lives in FTS5 inside the encrypted database. Rows are mapped
# to their source through search_map (FTS rowids survive VACUUM; the implicit
# rowids of our UUID-keyed tables do not). "remove_diacritics 2" makes
# "Helene" find "Hélène".
FTS_SQL = [
    """CREATE VIRTUAL TABLE search_index USING fts5(
        body, case_id UNINDEXED, kind UNINDEXED,
        tokenize = "unicode61 remove_diacritics 2"
    )""",
    """CREATE TABLE search_map (
        owner_id CHAR(32) NOT NULL PRIMARY KEY,
        fts_rowid INTEGER NOT NULL
    )""",
]


def _person_body(row: str) -> str:
    return (
        f"coalesce({row}.first_name, '') || ' ' || coalesce({row}.last_name, '') || ' ' || "
        f"coalesce({row}.pseudonym, '')"
    )


def _followup_body(row: str) -> str:
    return (
        f"coalesce({row}.summary, '') || ' ' || coalesce({row}.next_step, '') || ' ' || "
        f"coalesce({row}.place, '')"
    )


def _triggers(table: str, kind: str, body: str) -> list[str]:
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


LAST_CONTACT_SQL = [
    # The case list and dashboard read cases.last_contact_at instead of
    # aggregating follow-ups: kept current by these triggers.
    """CREATE TRIGGER followups_contact_ai AFTER INSERT ON followups
       WHEN NEW.status = 'done' BEGIN
         UPDATE cases SET last_contact_at = NEW.occurred_at
         WHERE id = NEW.case_id
           AND (last_contact_at IS NULL OR last_contact_at < NEW.occurred_at);
       END""",
    """CREATE TRIGGER followups_contact_au AFTER UPDATE ON followups BEGIN
         UPDATE cases SET last_contact_at = (
           SELECT max(occurred_at) FROM followups
           WHERE case_id = NEW.case_id AND status = 'done')
         WHERE id = NEW.case_id;
       END""",
    """CREATE TRIGGER followups_contact_ad AFTER DELETE ON followups BEGIN
         UPDATE cases SET last_contact_at = (
           SELECT max(occurred_at) FROM followups
           WHERE case_id = OLD.case_id AND status = 'done')
         WHERE id = OLD.case_id;
       END""",
]


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("situation", sa.Text()))
        batch.add_column(sa.Column("first_incident_on", sa.Date()))
        batch.add_column(sa.Column("last_incident_on", sa.Date()))
        batch.add_column(
            sa.Column("children_exposed", sa.String(8), nullable=False, server_default="unknown")
        )
        batch.add_column(sa.Column("risk_level", sa.String(10)))
        batch.add_column(sa.Column("last_contact_at", sa.DateTime()))
    op.create_index("ix_followups_author_time", "followups", ["author_id", "occurred_at"])
    op.create_index("ix_cases_opened_id", "cases", ["opened_on", "id"])
    op.execute(
        "UPDATE cases SET last_contact_at = (SELECT max(occurred_at) FROM followups "
        "WHERE followups.case_id = cases.id AND followups.status = 'done')"
    )

    op.create_table(
        "case_violence",
        sa.Column(
            "case_id", sa.Uuid(), sa.ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column(
            "violence_code",
            sa.String(40),
            sa.ForeignKey("violence_types.code"),
            primary_key=True,
        ),
    )
    op.create_table(
        "case_events",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "case_id", sa.Uuid(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id")),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("reason", sa.Text()),
    )
    op.create_index("ix_case_events_case", "case_events", ["case_id", "at"])
    op.create_table(
        "authors",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "case_id", sa.Uuid(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("first_name", sa.String(100)),
        sa.Column("last_name", sa.String(100)),
        sa.Column("birth_date", sa.Date()),
        sa.Column("relation", sa.String(40), nullable=False),
        sa.Column("lives_with_victim", sa.String(8), nullable=False),
        sa.Column("has_weapons", sa.String(8), nullable=False),
        sa.Column("weapons_notes", sa.Text()),
        sa.Column("judicial_history", sa.Text()),
        sa.Column("notes", sa.Text()),
        sa.Column("recorded_by", sa.Uuid(), sa.ForeignKey("users.id")),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_authors_case_id", "authors", ["case_id"])
    op.create_table(
        "risk_factors",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("critical", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "risk_screenings",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "case_id", sa.Uuid(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("screened_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Uuid(), sa.ForeignKey("users.id")),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("computed_level", sa.String(10), nullable=False),
        sa.Column("final_level", sa.String(10), nullable=False),
        sa.Column("raise_reason", sa.Text()),
        sa.Column("notes", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_risk_screenings_case", "risk_screenings", ["case_id", "screened_at"])
    op.create_table(
        "risk_answers",
        sa.Column(
            "screening_id",
            sa.Uuid(),
            sa.ForeignKey("risk_screenings.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "factor_code", sa.String(40), sa.ForeignKey("risk_factors.code"), primary_key=True
        ),
        sa.Column("answer", sa.String(8), nullable=False),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "case_id", sa.Uuid(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("form", sa.String(8), nullable=False),
        sa.Column("recorded_by", sa.Uuid(), sa.ForeignKey("users.id")),
        sa.Column("recipient_sector", sa.String(40), sa.ForeignKey("partner_sectors.code")),
        sa.Column("recipient_label", sa.String(200)),
        sa.Column("purpose", sa.String(40)),
        sa.Column("purpose_detail", sa.Text()),
        sa.Column("withdrawn_on", sa.Date()),
        sa.Column("withdrawal_note", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_consents_case_id", "consents", ["case_id"])
    op.create_table(
        "drafts",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "user_id", sa.Uuid(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("form_key", sa.String(120), nullable=False),
        sa.Column("case_id", sa.Uuid(), sa.ForeignKey("cases.id", ondelete="CASCADE")),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("user_id", "form_key", name="uq_drafts_user_form"),
    )

    for statement in FTS_SQL:
        op.execute(statement)
    for statement in _triggers("people", "person", _person_body("{0}")):
        op.execute(statement)
    for statement in _triggers("followups", "followup", _followup_body("{0}")):
        op.execute(statement)
    # Index what earlier revisions already hold.
    bind = op.get_bind()
    for table, kind, body in (
        ("people", "person", _person_body("people")),
        ("followups", "followup", _followup_body("followups")),
    ):
        offset = bind.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM search_index").scalar()
        bind.exec_driver_sql(
            f"INSERT INTO search_index(rowid, body, case_id, kind) "
            f"SELECT rowid + {int(offset)}, {body}, case_id, '{kind}' FROM {table}"
        )
        bind.exec_driver_sql(
            f"INSERT INTO search_map(owner_id, fts_rowid) "
            f"SELECT id, rowid + {int(offset)} FROM {table}"
        )
    for statement in LAST_CONTACT_SQL:
        op.execute(statement)


def downgrade() -> None:
    for trigger in (
        "followups_contact_ai",
        "followups_contact_au",
        "followups_contact_ad",
        "people_search_ai",
        "people_search_ad",
        "people_search_au",
        "followups_search_ai",
        "followups_search_ad",
        "followups_search_au",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS search_map")
    op.execute("DROP TABLE IF EXISTS search_index")
    for table in (
        "drafts",
        "consents",
        "risk_answers",
        "risk_screenings",
        "risk_factors",
        "authors",
        "case_events",
        "case_violence",
    ):
        op.drop_table(table)
    op.drop_index("ix_followups_author_time", table_name="followups")
    op.drop_index("ix_cases_opened_id", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        for column in (
            "last_contact_at",
            "risk_level",
            "children_exposed",
            "first_incident_on",
            "last_incident_on",
            "situation",
        ):
            batch.drop_column(column)
