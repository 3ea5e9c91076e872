"""Runs the Alembic revisions of ``db/migrations`` on an open vault.

Before any upgrade of an existing vault an encrypted backup is taken. A vault
whose revision this version does not know was written by a newer Balise and is
refused rather than touched.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import VaultDamaged, VaultTooNew
from app.i18n import tr
from app.paths import migrations_dir
from app.storage.backup import make_backup
from app.storage.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# Alembic is imported inside the functions: it costs ~0.2 s of start-up and is
# only needed at unlock, which runs on the worker thread.


#: tables created by raw SQL in migrations (FTS5 and its shadow tables), not by models
NON_ORM_TABLE_PREFIXES = ("search_", "alembic_version")


def is_orm_table(name: str | None) -> bool:
    """False for the tables that the models deliberately do not describe."""
    return not (name or "").startswith(NON_ORM_TABLE_PREFIXES)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def too_new_message() -> str:
    return tr(
        "Ce coffre a été enregistré par une version plus récente de Balise. "
        "Installez la dernière version de Balise pour l'ouvrir ; rien n'a été modifié."
    )


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def upgrade_to(
    db: Database, revision: str = "head", *, backup_dir: Path | None = None
) -> MigrationResult:
    """Bring the vault schema to ``revision`` (a backup first if it holds data)."""
    from alembic import command
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(db)
    if current is not None:
        try:
            script.get_revision(current)
        except CommandError:
            raise VaultTooNew(too_new_message()) from None
    target = script.get_current_head() if revision == "head" else revision
    assert target is not None
    if current == target:
        return MigrationResult(current, target, None)
    backup = None
    if current is not None and backup_dir is not None:
        backup = make_backup(db, backup_dir, f"avant-migration-{current}")
        log.info("backup taken before migration from %s", current)
    config = alembic_config()
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        # SQLite's documented procedure for schema changes: foreign keys off (only
        # possible outside a transaction), change, check, on again. Batch migrations
        # copy tables; with foreign keys on, dropping the old copy would fail.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                if conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise VaultDamaged(
                        tr(
                            "La mise à jour du coffre a échoué (références incohérentes) ; "
                            "rien n'a été modifié. Contactez le support."
                        )
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    log.info("vault migrated from %s to %s", current, target)
    return MigrationResult(current, target, backup)
