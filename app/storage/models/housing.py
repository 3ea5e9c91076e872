"""Emergency housing (issue #13): units with a secret address, stays, the waiting list."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.models.base import Base, CaseRecord, utcnow


class HousingUnit(Base):
    """An emergency apartment or room the service can lend to a victim.

    The address is as secret as a victim's: it lives only here, in the
    encrypted vault, and is never put in a log line, an audit entry, a window
    title or an indicator (those name the unit by ``name``)."""

    __tablename__ = "housing_units"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(120))
    capacity: Mapped[int] = mapped_column(Integer, default=1)  # people (places)
    address: Mapped[str | None] = mapped_column(Text)
    available_from: Mapped[date] = mapped_column(Date)
    available_to: Mapped[date | None] = mapped_column(Date)  # last night available
    partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class HousingStay(CaseRecord, Base):
    """A stay of a case's people in a unit: entry, planned and actual exit."""

    __tablename__ = "housing_stays"
    __table_args__ = (Index("ix_housing_stays_unit_entry", "unit_id", "entry_on"),)

    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("housing_units.id"))
    entry_on: Mapped[date] = mapped_column(Date)
    planned_exit_on: Mapped[date | None] = mapped_column(Date)
    exit_on: Mapped[date | None] = mapped_column(Date)
    destination: Mapped[str | None] = mapped_column(String(30))  # after the stay
    destination_note: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    people: Mapped[list[HousingStayPerson]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class HousingStayPerson(Base):
    """One person of the case housed during a stay (victim, children)."""

    __tablename__ = "housing_stay_people"

    stay_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("housing_stays.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class HousingRequest(CaseRecord, Base):
    """A place on the waiting list: priority, date asked, and how it ended."""

    __tablename__ = "housing_requests"
    __table_args__ = (Index("ix_housing_requests_open", "status", "priority", "asked_on"),)

    asked_on: Mapped[date] = mapped_column(Date)
    priority: Mapped[int] = mapped_column(Integer, default=2)  # 1 urgent, 2 high, 3 normal
    people_count: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(16), default="waiting")
    closed_on: Mapped[date | None] = mapped_column(Date)
    stay_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("housing_stays.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
