"""Several laptops of one service (issue 12): the laptops, this laptop's
identity and sequence, what it received, the bundles it refused, the other
laptops' audit entries, and the clashes waiting for review.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_laptops",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("suffix", sa.String(length=2), nullable=False),
        sa.Column("scope", sa.String(length=10), nullable=False),
        sa.Column("user_ids", sa.Text(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("enrolled_by", sa.Uuid(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "sync_local",
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("laptop_id", sa.Uuid(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_audit_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("slot"),
    )
    op.create_table(
        "sync_received",
        sa.Column("laptop_id", sa.Uuid(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("laptop_id"),
    )
    op.create_table(
        "sync_set_aside",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("laptop_id", sa.Uuid(), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("digest"),
    )
    op.create_table(
        "sync_peer_audit",
        sa.Column("laptop_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("laptop_id", "seq"),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("column_name", sa.String(length=60), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("first_laptop_id", sa.Uuid(), nullable=False),
        sa.Column("first_value", sa.Text(), nullable=True),
        sa.Column("second_laptop_id", sa.Uuid(), nullable=False),
        sa.Column("second_value", sa.Text(), nullable=True),
        sa.Column("remote_written_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.Column("chosen_laptop_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_sync_conflicts_case", "sync_conflicts", ["case_id", "resolved_at"])


def downgrade() -> None:
    op.drop_index("ix_sync_conflicts_case", table_name="sync_conflicts")
    for table in (
        "sync_conflicts",
        "sync_peer_audit",
        "sync_set_aside",
        "sync_received",
        "sync_local",
        "sync_laptops",
    ):
        op.drop_table(table)
