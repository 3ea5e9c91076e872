"""Risk screenings: a checklist of factors answered over time."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.models.base import Base, utcnow


class RiskFactor(Base):
    """A factor of the checklist (db/reference/risk_factors.csv)."""

    __tablename__ = "risk_factors"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    weight: Mapped[int] = mapped_column(Integer)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RiskScreening(Base):
    __tablename__ = "risk_screenings"
    __table_args__ = (
        # revision 0010 adds final_level: a case's screenings (the trend) from the index
        Index("ix_risk_screenings_case", "case_id", "screened_at", "final_level"),
        # revision 0010: a period's first screenings without scanning every screening
        Index("ix_risk_screenings_time", "screened_at", "case_id", "final_level"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    screened_at: Mapped[datetime] = mapped_column(DateTime)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    score: Mapped[int] = mapped_column(Integer)
    computed_level: Mapped[str] = mapped_column(String(10))
    final_level: Mapped[str] = mapped_column(String(10))
    raise_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    answers: Mapped[list[RiskAnswer]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class RiskAnswer(Base):
    __tablename__ = "risk_answers"

    screening_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("risk_screenings.id", ondelete="CASCADE"), primary_key=True
    )
    factor_code: Mapped[str] = mapped_column(ForeignKey("risk_factors.code"), primary_key=True)
    answer: Mapped[str] = mapped_column(String(8))  # yes | no | unknown
