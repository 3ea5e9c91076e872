"""Alembic environment for Balise vaults.

Migrations run only through ``app.storage.migrations``, which hands over an
open, keyed SQLCipher connection in ``config.attributes["connection"]``: there
is no database URL (it would have to carry the key).
"""

from __future__ import annotations

from alembic import context

from app.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Balise migrations need an open vault connection (no URL mode).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: use batch mode
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
