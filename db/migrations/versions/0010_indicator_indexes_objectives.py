"""Indicators read from indexes, and the funder's objectives (issue #13).

* ``followups (status, occurred_at, kind, duration_minutes)`` (the index of
  revision 0004 widened): a year of done follow-ups by kind, with their hours,
  is read from the index without looking up ~100 000 rows spread over the table.
* ``people (case_id, role, created_at, id, birth_date, gender)``: the victims
  of the period's new cases (age band, gender) from the index alone.
* ``cases (closed_on, opened_on)``: the closed cases of a period and the
  active count (opened before the end, minus closed before the start) without
  scanning every page of ``cases``.
* ``risk_screenings (screened_at, case_id, final_level)`` and the case index of
  revision 0002 with ``final_level``: a period's first screenings and their
  trend from indexes, without scanning every screening.
* ``funder_objectives`` and ``funder_objective_indicators``: the service's
  PSSP/PCS objectives and the indicators (codes of the catalogue) attached to
  each, so the yearly report reads as the funder asks.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX ix_followups_status_time")
    op.execute(
        "CREATE INDEX ix_followups_status_time ON followups "
        "(status, occurred_at, kind, duration_minutes)"
    )
    op.execute(
        "CREATE INDEX ix_people_case_role ON people "
        "(case_id, role, created_at, id, birth_date, gender)"
    )
    op.execute("CREATE INDEX ix_cases_closed_opened ON cases (closed_on, opened_on)")
    op.execute("DROP INDEX ix_risk_screenings_case")
    op.execute(
        "CREATE INDEX ix_risk_screenings_case ON risk_screenings "
        "(case_id, screened_at, final_level)"
    )
    op.execute(
        "CREATE INDEX ix_risk_screenings_time ON risk_screenings "
        "(screened_at, case_id, final_level)"
    )
    op.create_table(
        "funder_objectives",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("programme", sa.String(length=8), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_funder_objectives_position", "funder_objectives", ["position"])
    op.create_table(
        "funder_objective_indicators",
        sa.Column("objective_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_code", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["objective_id"], ["funder_objectives.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("objective_id", "indicator_code"),
    )


def downgrade() -> None:
    op.drop_table("funder_objective_indicators")
    op.drop_index("ix_funder_objectives_position", table_name="funder_objectives")
    op.drop_table("funder_objectives")
    op.execute("DROP INDEX ix_risk_screenings_time")
    op.execute("DROP INDEX ix_risk_screenings_case")
    op.execute("CREATE INDEX ix_risk_screenings_case ON risk_screenings (case_id, screened_at)")
    op.execute("DROP INDEX ix_cases_closed_opened")
    op.execute("DROP INDEX ix_people_case_role")
    op.execute("DROP INDEX ix_followups_status_time")
    op.execute("CREATE INDEX ix_followups_status_time ON followups (status, occurred_at)")
