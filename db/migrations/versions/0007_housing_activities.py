"""Emergency housing (units with a secret address, stays and the people housed,
the waiting list), collective activities (occurrences, anonymous attendance,
optional links to a case, trainings followed by professionals of the
directory), and a departure plan that names a stay as its destination (issue #13).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "housing_units",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("available_from", sa.Date(), nullable=False),
        sa.Column("available_to", sa.Date(), nullable=True),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "housing_stays",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("entry_on", sa.Date(), nullable=False),
        sa.Column("planned_exit_on", sa.Date(), nullable=True),
        sa.Column("exit_on", sa.Date(), nullable=True),
        sa.Column("destination", sa.String(length=30), nullable=True),
        sa.Column("destination_note", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["housing_units.id"]),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_housing_stays_case_id", "housing_stays", ["case_id"])
    op.create_index("ix_housing_stays_unit_entry", "housing_stays", ["unit_id", "entry_on"])
    op.create_table(
        "housing_stay_people",
        sa.Column("stay_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["stay_id"], ["housing_stays.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("stay_id", "person_id"),
    )
    op.create_index("ix_housing_stay_people_person_id", "housing_stay_people", ["person_id"])
    op.create_table(
        "housing_requests",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("stay_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["stay_id"], ["housing_stays.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_housing_requests_case_id", "housing_requests", ["case_id"])
    op.create_index(
        "ix_housing_requests_open", "housing_requests", ["status", "priority", "asked_on"]
    )
    # a plan names its stay: a batch copy, SQLite adds no foreign key to a column
    with op.batch_alter_table("departure_plans") as batch:
        batch.add_column(sa.Column("housing_stay_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            "fk_departure_plans_housing_stay_id",
            "housing_stays",
            ["housing_stay_id"],
            ["id"],
            ondelete="SET NULL",
        )

    op.create_table(
        "activities",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("audience", sa.String(length=200), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("recurrence", sa.String(length=16), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("nth", sa.Integer(), nullable=True),
        sa.Column("interval_weeks", sa.Integer(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_activities_kind_start", "activities", ["kind", "starts_on"])
    op.create_table(
        "activity_partners",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("partner_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activities.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("activity_id", "partner_id"),
    )
    op.create_table(
        "activity_facilitators",
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["activities.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"]),
        sa.PrimaryKeyConstraint("activity_id", "user_id"),
    )
    op.create_table(
        "activity_occurrences",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["activity_id"], ["activities.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_activity_occurrences_activity_id", "activity_occurrences", ["activity_id"])
    op.create_index("ix_activity_occurrences_held", "activity_occurrences", ["held_on"])
    op.create_table(
        "activity_attendance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurrence_id", sa.Uuid(), nullable=False),
        sa.Column("audience", sa.String(length=16), nullable=False),
        sa.Column("age_band", sa.String(length=16), nullable=True),
        sa.Column("gender", sa.String(length=16), nullable=True),
        sa.Column("sector", sa.String(length=40), nullable=True),
        sa.Column("partner_id", sa.Uuid(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["occurrence_id"], ["activity_occurrences.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["sector"], ["partner_sectors.code"]),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_activity_attendance_occurrence_id", "activity_attendance", ["occurrence_id"]
    )
    op.create_table(
        "activity_case_links",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("occurrence_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("linked_by", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["occurrence_id"], ["activity_occurrences.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["linked_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_activity_case_links_occurrence_id", "activity_case_links", ["occurrence_id"]
    )
    op.create_index("ix_activity_case_links_case_id", "activity_case_links", ["case_id"])
    op.create_table(
        "training_attendance",
        sa.Column("occurrence_id", sa.Uuid(), nullable=False),
        sa.Column("contact_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["occurrence_id"], ["activity_occurrences.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contact_id"], ["partner_contacts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("occurrence_id", "contact_id"),
    )
    op.create_index("ix_training_attendance_contact_id", "training_attendance", ["contact_id"])


def downgrade() -> None:
    for table in (
        "training_attendance",
        "activity_case_links",
        "activity_attendance",
        "activity_occurrences",
        "activity_facilitators",
        "activity_partners",
        "activities",
    ):
        op.drop_table(table)
    with op.batch_alter_table("departure_plans") as batch:
        batch.drop_constraint("fk_departure_plans_housing_stay_id", type_="foreignkey")
        batch.drop_column("housing_stay_id")
    for table in ("housing_requests", "housing_stay_people", "housing_stays", "housing_units"):
        op.drop_table(table)
