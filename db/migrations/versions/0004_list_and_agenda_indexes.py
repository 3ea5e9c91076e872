"""Indexes for the case list's sorts (risk, last contact), the high-risk alert
and the agenda (docs/PERFORMANCE.md: scans of 100 000 cases and a million
follow-ups became index searches).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Must stay identical to app.storage.models.case.RISK_RANK_SQL / LAST_CONTACT_KEY_SQL
# (copied: a revision never imports code that may change after it).
RISK_RANK_SQL = (
    "(CASE risk_level WHEN 'critical' THEN 4 WHEN 'high' THEN 3 "
    "WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END)"
)
LAST_CONTACT_KEY_SQL = "coalesce(last_contact_at, '0000')"


def upgrade() -> None:
    op.create_index("ix_followups_status_time", "followups", ["status", "occurred_at"])
    op.create_index(
        "ix_cases_status_risk_contact", "cases", ["status", "risk_level", "last_contact_at"]
    )
    op.execute(f"CREATE INDEX ix_cases_risk_rank ON cases ({RISK_RANK_SQL}, id)")
    op.execute(f"CREATE INDEX ix_cases_last_contact_key ON cases ({LAST_CONTACT_KEY_SQL}, id)")


def downgrade() -> None:
    for name, table in (
        ("ix_cases_last_contact_key", "cases"),
        ("ix_cases_risk_rank", "cases"),
        ("ix_cases_status_risk_contact", "cases"),
        ("ix_followups_status_time", "followups"),
    ):
        op.drop_index(name, table_name=table)
