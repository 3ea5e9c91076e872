"""Languages (issue #14): each user's screen language, each partner's letter
language, and document templates written in several languages.

* ``users.language``: the language Balise shows to that user (``fr``, ``nl``,
  ``de``, ``en``); French for existing accounts.
* ``partners.language``: the language orientation letters to that partner are
  written in; French for the existing directory.
* ``letter_template_texts``: a template's subject and body in a language other
  than French (the French text stays in ``letter_templates``, required); a
  language without its own text falls back to French.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("users", "partners"):
        op.add_column(
            table, sa.Column("language", sa.String(length=5), nullable=False, server_default="fr")
        )
    op.create_table(
        "letter_template_texts",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"]),
        sa.PrimaryKeyConstraint("code", "language"),
    )


def downgrade() -> None:
    op.drop_table("letter_template_texts")
    with op.batch_alter_table("partners") as batch:
        batch.drop_column("language")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("language")
