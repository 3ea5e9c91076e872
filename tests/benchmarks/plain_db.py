"""Benchmark-only: the vault schema in an UNENCRYPTED SQLite file.

It exists to measure what SQLCipher costs (DESIGN.md: within 1.3x of plain
SQLite). It mirrors ``app.storage.engine.Database`` (``.engine``,
``.session()``, ``.raw_connection()``, ``.close()``) so that Alembic's
``upgrade_to`` and the core services run unchanged on it. It lives under
tests/benchmarks on purpose: the application has no plaintext mode.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from app.storage.engine import AUDIT_KEY_INFO, BUSY_TIMEOUT_MS, CACHE_KIB

# The same pragmas as app.storage.engine.connect_raw, minus the key — the page
# cache above all: with SQLite's default cache the plain file kept fewer pages
# in memory than the vault and the ratio said nothing (issue #10).
PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA secure_delete = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)
#: Drivers: sqlcipher3 used WITHOUT a key (SQLCipher then reads and writes plain
#: SQLite files: the same SQLite, so only encryption differs — the default), or
#: the standard library's sqlite3 (its own, older SQLite: 3.40 cannot run
#: revision 0005, FTS5 secure-delete needs 3.44).
DRIVERS = ("sqlcipher3", "sqlite3")


def driver_module(driver: str) -> ModuleType:
    if driver == "sqlcipher3":
        from sqlcipher3 import dbapi2

        return dbapi2
    return sqlite3


def connect_plain(path: Path, driver: str = "sqlcipher3") -> Any:
    """One unencrypted connection with the vault's pragmas."""
    module = driver_module(driver)
    conn = module.connect(str(path), check_same_thread=False, isolation_level=None)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    # SQLite before 3.41 does not mark FTS5 innocuous: with trusted_schema=OFF
    # its triggers writing to search_index fail ("unsafe use of virtual table").
    version = tuple(int(x) for x in module.sqlite_version.split("."))
    trusted = "ON" if version < (3, 41) else "OFF"
    conn.execute(f"PRAGMA trusted_schema = {trusted}")
    return conn


class PlainDatabase:
    """Same interface as ``app.storage.engine.Database``, without encryption."""

    def __init__(self, path: Path, driver: str = "sqlcipher3") -> None:
        self.path = path
        self.driver = driver
        self.engine: Engine = create_engine(
            "sqlite://",
            creator=lambda: connect_plain(path, driver),
            module=driver_module(driver),
            poolclass=QueuePool,
            pool_size=2,
            max_overflow=4,
        )
        event.listen(self.engine, "connect", _disable_driver_transactions)
        event.listen(self.engine, "begin", _emit_begin)
        # Sessions carry an audit-chain key as the vault's do (random here).
        self._audit_key = bytearray(os.urandom(32))
        self.sessions = sessionmaker(
            self.engine, expire_on_commit=False, info={AUDIT_KEY_INFO: self._audit_key}
        )

    def session(self) -> Session:
        return self.sessions()

    def raw_connection(self) -> Any:
        return connect_plain(self.path, self.driver)

    def sqlite_version(self) -> str:
        return str(driver_module(self.driver).sqlite_version)

    def cipher_version(self) -> str:
        return ""

    def close(self) -> None:
        self.engine.dispose(close=True)


def _disable_driver_transactions(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None


def _emit_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")
