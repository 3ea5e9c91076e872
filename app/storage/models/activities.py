"""Collective activities (issue #13): workshops, groups, awareness actions,
trainings, network meetings; their dates, anonymous attendance, the optional
link of a participant to a case, and who in the network followed a training."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.models.base import Base, utcnow


class Activity(Base):
    """A collective activity; one-off or recurring (its dates are occurrences)."""

    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_kind_start", "kind", "starts_on"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(200))
    audience: Mapped[str | None] = mapped_column(String(200))  # "enfants de 5 à 10 ans"
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    #: none | weekly | monthly_nth (with weekday 0-6, nth 1-4 or -1 for the last)
    recurrence: Mapped[str] = mapped_column(String(16), default="none")
    weekday: Mapped[int | None] = mapped_column(Integer)
    nth: Mapped[int | None] = mapped_column(Integer)
    interval_weeks: Mapped[int | None] = mapped_column(Integer)
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    occurrences: Mapped[list[ActivityOccurrence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="ActivityOccurrence.held_on"
    )


class ActivityPartner(Base):
    """A partner organisation involved in an activity."""

    __tablename__ = "activity_partners"

    activity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True
    )
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True
    )


class ActivityFacilitator(Base):
    """A member of the team who runs an activity."""

    __tablename__ = "activity_facilitators"

    activity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)


class ActivityOccurrence(Base):
    """One date of an activity ("séance")."""

    __tablename__ = "activity_occurrences"
    __table_args__ = (Index("ix_activity_occurrences_held", "held_on"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    activity_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)

    attendance: Mapped[list[ActivityAttendance]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ActivityAttendance(Base):
    """An anonymous count of participants of one occurrence: how many people
    of one audience, age band and gender (and, for professionals, sector or
    organisation) came. No name."""

    __tablename__ = "activity_attendance"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    occurrence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("activity_occurrences.id", ondelete="CASCADE"), index=True
    )
    audience: Mapped[str] = mapped_column(String(16))  # child | adult | professional
    age_band: Mapped[str | None] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(16))
    sector: Mapped[str | None] = mapped_column(ForeignKey("partner_sectors.code"))
    partner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("partners.id", ondelete="SET NULL")
    )
    count: Mapped[int] = mapped_column(Integer)


class ActivityCaseLink(Base):
    """A participant of an occurrence linked to a case, only when the worker
    chose it; seen and made under the case's own permissions."""

    __tablename__ = "activity_case_links"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    occurrence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("activity_occurrences.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    linked_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TrainingAttendance(Base):
    """A professional of the partner directory who followed a training occurrence."""

    __tablename__ = "training_attendance"

    occurrence_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("activity_occurrences.id", ondelete="CASCADE"), primary_key=True
    )
    contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partner_contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    )
