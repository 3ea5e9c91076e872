"""Several laptops of one service (issue 12): the laptops, what this one sent
and received, the bundles it refused, the other laptops' audit entries, and
the clashes waiting for review.

``sync_laptops`` and ``sync_conflicts`` travel between the laptops; the other
tables are this laptop's own (``app.storage.sync_engine.LOCAL_TABLES``).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models.base import Base, utcnow


class SyncLaptop(Base):
    """A laptop of the service: its name, its reference suffix, what it carries."""

    __tablename__ = "sync_laptops"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(80))  # "portable de rue 2"
    #: appended to the case references given on this laptop ("2026-0042-B"); "" for the first
    suffix: Mapped[str] = mapped_column(String(2), default="")
    scope: Mapped[str] = mapped_column(String(10), default="all")  # all | assigned
    #: JSON list of the user ids (hex) whose cases an "assigned" laptop carries
    user_ids: Mapped[str] = mapped_column(Text, default="[]")
    enrolled_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    enrolled_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class SyncLocal(Base):
    """This laptop (one row): which laptop it is and the last bundle it wrote."""

    __tablename__ = "sync_local"

    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False, default=1)
    laptop_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    #: audit_log.seq of the last entry sent in a bundle
    last_audit_seq: Mapped[int] = mapped_column(Integer, default=0)


class SyncReceived(Base):
    """The last bundle applied from another laptop."""

    __tablename__ = "sync_received"

    laptop_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
    applied_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncSetAside(Base):
    """A bundle this laptop refused (tampered, foreign, failing), kept out of the way."""

    __tablename__ = "sync_set_aside"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)  # SHA-256 of the file
    file_name: Mapped[str] = mapped_column(String(200))
    laptop_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    seq: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(20))  # tampered | foreign | failing | revoked
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SyncPeerAudit(Base):
    """An audit entry of another laptop, as its bundle carried it (its own chain)."""

    __tablename__ = "sync_peer_audit"

    laptop_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry: Mapped[str] = mapped_column(Text)  # the entry's canonical JSON (ids and codes)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class SyncConflict(Base):
    """A change of one laptop that collided with another's, waiting for a choice.

    The id is derived from what collided, so two laptops that find the same
    clash hold the same row; values are stored per laptop (``first`` is the
    smaller laptop id), JSON-encoded SQLite values."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_case", "case_id", "resolved_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    detected_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60))
    row_key: Mapped[str] = mapped_column(Text)  # JSON list
    column_name: Mapped[str | None] = mapped_column(String(60))
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    first_laptop_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    first_value: Mapped[str | None] = mapped_column(Text)
    second_laptop_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    second_value: Mapped[str | None] = mapped_column(Text)
    #: when the other laptop wrote the bundle that brought the clash
    remote_written_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    #: the laptop whose value was kept
    chosen_laptop_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class SyncDirty(Base):
    """The key of a row written in a replicated table since the last synchronisation.

    Filled by the triggers of revision 0012 (``sync_track_<table>_*``), read and
    pruned by ``app.storage.sync_engine``; never written through the ORM."""

    __tablename__ = "sync_dirty"
    __table_args__ = (
        Index("ix_sync_dirty_tbl_id", "tbl", "id"),
        {"sqlite_autoincrement": True},  # ids never reused after pruning
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(60))
    k1: Mapped[str] = mapped_column(Text)
    #: the second column of a two-column key, "" for a one-column key
    k2: Mapped[str] = mapped_column(Text, server_default="")
