"""Base of the case file: service, users, reference catalogues, cases, people, follow-ups.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "communes",
        sa.Column("nis_code", sa.String(5), primary_key=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("postcode", sa.String(4), nullable=False),
        sa.Column("province", sa.String(40), nullable=False),
    )
    for table in ("violence_types", "referral_sources"):
        op.create_table(
            table,
            sa.Column("code", sa.String(40), primary_key=True),
            sa.Column("label", sa.String(120), nullable=False),
            sa.Column("active", sa.Boolean(), nullable=False),
        )
    op.create_table(
        "partner_sectors",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("label", sa.String(120), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "service_profile",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("vault_id", sa.String(36), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("postcode", sa.String(4), nullable=False),
        sa.Column("commune_code", sa.String(5), sa.ForeignKey("communes.nis_code")),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("email", sa.String(200), nullable=False),
        sa.Column("logo", sa.LargeBinary()),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(80), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("login", sa.String(60), nullable=False, unique=True),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("commune_code", sa.String(5), sa.ForeignKey("communes.nis_code")),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("slot_id", sa.String(36)),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "case_counters",
        sa.Column("year", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column("reference", sa.String(12), nullable=False, unique=True),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("closure_reason", sa.Text()),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date()),
        sa.Column("commune_code", sa.String(5), sa.ForeignKey("communes.nis_code")),
        sa.Column("referral_source", sa.String(40), sa.ForeignKey("referral_sources.code")),
        sa.Column("confidential", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.Uuid(), sa.ForeignKey("users.id")),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_cases_status_opened", "cases", ["status", "opened_on"])
    op.create_table(
        "case_workers",
        sa.Column(
            "case_id",
            sa.Uuid(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("user_id", sa.Uuid(), sa.ForeignKey("users.id"), primary_key=True),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "case_id", sa.Uuid(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("relation", sa.String(40)),
        sa.Column("first_name", sa.String(100)),
        sa.Column("last_name", sa.String(100)),
        sa.Column("pseudonym", sa.String(100)),
        sa.Column("hide_name", sa.Boolean(), nullable=False),
        sa.Column("birth_date", sa.Date()),
        sa.Column("gender", sa.String(12)),
        sa.Column("languages", sa.String(200)),
        sa.Column("nationality", sa.String(80)),
        sa.Column("niss", sa.String(11)),
        sa.Column("street", sa.String(200)),
        sa.Column("postcode", sa.String(4)),
        sa.Column("city", sa.String(100)),
        sa.Column("phone", sa.String(20)),
        sa.Column("safe_phone", sa.String(20)),
        sa.Column("safe_times", sa.String(200)),
        sa.Column("safe_may_leave_message", sa.String(8), nullable=False),
        sa.Column("safe_may_write", sa.String(8), nullable=False),
        sa.Column("safe_code_word", sa.String(100)),
        sa.Column("safe_notes", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_people_case_id", "people", ["case_id"])
    op.create_table(
        "followups",
        sa.Column("id", sa.Uuid(), primary_key=True),
        sa.Column(
            "case_id", sa.Uuid(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("duration_minutes", sa.Integer()),
        sa.Column("place", sa.String(200)),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("next_step", sa.Text()),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("author_id", sa.Uuid(), sa.ForeignKey("users.id")),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_followups_case_time", "followups", ["case_id", "occurred_at"])


def downgrade() -> None:
    for index, table in (
        ("ix_followups_case_time", "followups"),
        ("ix_people_case_id", "people"),
        ("ix_cases_status_opened", "cases"),
    ):
        op.drop_index(index, table_name=table)
    for table in (
        "followups",
        "people",
        "case_workers",
        "cases",
        "case_counters",
        "users",
        "settings",
        "service_profile",
        "partner_sectors",
        "referral_sources",
        "violence_types",
        "communes",
    ):
        op.drop_table(table)
