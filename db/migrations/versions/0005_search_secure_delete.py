"""Search index: FTS5 ``secure-delete``, so a removed or corrected name leaves
no token in the index pages (issue #11), and a rebuild that drops what earlier
deletions left behind.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Without the option, FTS5 deletes a row by adding a "delete" marker to a new
    # segment: the old tokens stay readable in the older segments until a merge.
    op.execute("INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)")
    # Rebuild from the content table: tokens of rows deleted before this revision go.
    op.execute("INSERT INTO search_index(search_index) VALUES ('rebuild')")


def downgrade() -> None:
    op.execute("DELETE FROM search_index_config WHERE k = 'secure-delete'")
