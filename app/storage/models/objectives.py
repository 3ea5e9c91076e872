"""The funder's objectives of the service (PSSP, PCS) and the indicators attached
to each (issue #13, revision 0010)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.models.base import Base, utcnow


class FunderObjective(Base):
    """An objective of a funder's programme (``pssp`` or ``pcs``), e.g. "OS 1.2".

    Service-wide, like the letter templates: no case data, replicated between
    the laptops of the service."""

    __tablename__ = "funder_objectives"
    __table_args__ = (Index("ix_funder_objectives_position", "position"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    programme: Mapped[str] = mapped_column(String(8))  # pssp | pcs
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    indicators: Mapped[list[FunderObjectiveIndicator]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FunderObjectiveIndicator.position",
    )


class FunderObjectiveIndicator(Base):
    """An indicator of the catalogue (by its code) attached to an objective."""

    __tablename__ = "funder_objective_indicators"

    objective_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("funder_objectives.id", ondelete="CASCADE"), primary_key=True
    )
    indicator_code: Mapped[str] = mapped_column(String(60), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
