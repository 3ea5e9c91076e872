"""Alembic environment for Balise vaults.

Migrations run only through ``app.storage.migrations``, which hands over an
open, keyed SQLCipher connection in ``config.attributes["connection"]``: there
is no database URL (it would have to carry the key).
"""

from __future__ import annotations

from alembic import context

from app.storage.migrations import is_orm_table
from app.storage.models import Base


def include_object(obj, name, type_, reflected, compare_to):
    # FTS5 tables and their shadow tables are created by raw SQL, not models.
    return type_ != "table" or is_orm_table(name)


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Balise migrations need an open vault connection (no URL mode).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: use batch mode
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
