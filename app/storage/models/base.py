"""Declarative base shared by every model."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.clock import utcnow

__all__ = ["Base", "CaseRecord", "utcnow"]


class Base(DeclarativeBase):
    pass


class CaseRecord:
    """The columns every record of a case repeats: a UUID key (ready for
    exchange between laptops), the case it belongs to (deleted with it), and
    when it was created and last changed."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
