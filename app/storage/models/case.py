"""The case file: cases, people, follow-ups."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.models.base import Base, CaseRecord, utcnow
from app.storage.models.reference import Commune
from app.storage.models.service import User


class CaseCounter(Base):
    """Last reference number given per year (``2026-0042``)."""

    __tablename__ = "case_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class CaseWorker(Base):
    __tablename__ = "case_workers"

    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)

    # revision 0009: one's own cases, read from the index (visibility, "Moi")
    __table_args__ = (Index("ix_case_workers_user", "user_id", "case_id"),)


#: SQL of the case list's computed sort keys. Written with literals (no bound
#: parameters) so that the expression indexes below can serve the queries.
RISK_RANK_SQL = (
    "(CASE risk_level WHEN 'critical' THEN 4 WHEN 'high' THEN 3 "
    "WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END)"
)
LAST_CONTACT_KEY_SQL = "coalesce(last_contact_at, '0000')"
#: what the case list's filters and the visibility rule read (revision 0009)
LIST_FILTER_COLUMNS = ("status", "commune_code", "risk_level", "confidential", "opened_on")


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        # revision 0009: the dashboard's counts read status, confidentiality and id here
        Index("ix_cases_status_opened", "status", "opened_on", "confidential", "id"),
        # The list's sort indexes (revisions 0002, 0004) carry, since revision 0009,
        # what its filters and the visibility rule read: a page walks one of them
        # without reading a row.
        Index("ix_cases_opened_id", "opened_on", "id", *LIST_FILTER_COLUMNS[:-1]),
        Index("ix_cases_risk_rank", text(RISK_RANK_SQL), "id", *LIST_FILTER_COLUMNS),
        Index("ix_cases_last_contact_key", text(LAST_CONTACT_KEY_SQL), "id", *LIST_FILTER_COLUMNS),
        Index("ix_cases_reference_list", "reference", "id", *LIST_FILTER_COLUMNS),
        # revision 0004 (0009: with confidential and id): high-risk alert
        Index(
            "ix_cases_status_risk_contact",
            "status",
            "risk_level",
            "last_contact_at",
            "confidential",
            "id",
        ),
        # revision 0006: the case of a full-text match (FTS rowid = search_key << 20 | n)
        Index("ix_cases_search_key", "search_key", unique=True),
        # revision 0009: a match's filters and visibility, without reading the row
        Index("ix_cases_search_filter", "search_key", *LIST_FILTER_COLUMNS, "id"),
        # revision 0010: the indicators' closed cases (and the active count) from the index
        Index("ix_cases_closed_opened", "closed_on", "opened_on"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    reference: Mapped[str] = mapped_column(String(12), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="open")
    closure_reason: Mapped[str | None] = mapped_column(Text)
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    commune_code: Mapped[str | None] = mapped_column(ForeignKey("communes.nis_code"))
    referral_source: Mapped[str | None] = mapped_column(ForeignKey("referral_sources.code"))
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # revision 0002: the violence and the situation
    situation: Mapped[str | None] = mapped_column(Text)
    first_incident_on: Mapped[date | None] = mapped_column(Date)
    last_incident_on: Mapped[date | None] = mapped_column(Date)
    children_exposed: Mapped[str] = mapped_column(String(8), default="unknown")
    # Kept up to date by the services (risk) and by triggers (last contact), so
    # the case list and the dashboard never aggregate a million follow-ups.
    risk_level: Mapped[str | None] = mapped_column(String(10))
    last_contact_at: Mapped[datetime | None] = mapped_column(DateTime)
    # revision 0006: numbers the case in the search index; set by a trigger at
    # insert (never by the ORM), local to this vault.
    search_key: Mapped[int | None] = mapped_column(Integer)

    commune: Mapped[Commune | None] = relationship()
    workers: Mapped[list[User]] = relationship(secondary="case_workers")
    people: Mapped[list[Person]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )
    followups: Mapped[list[FollowUp]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )
    violence: Mapped[list[CaseViolence]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class Person(CaseRecord, Base):
    """The primary victim or a co-victim (usually a child), with safe-contact rules."""

    __tablename__ = "people"
    # revision 0010: the indicators read a new case's victims from the index alone
    __table_args__ = (
        Index("ix_people_case_role", "case_id", "role", "created_at", "id", "birth_date", "gender"),
    )

    role: Mapped[str] = mapped_column(String(12))  # victim | co_victim
    relation: Mapped[str | None] = mapped_column(String(40))  # child, parent, ...
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    pseudonym: Mapped[str | None] = mapped_column(String(100))
    hide_name: Mapped[bool] = mapped_column(Boolean, default=False)
    birth_date: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(12))
    languages: Mapped[str | None] = mapped_column(String(200))
    nationality: Mapped[str | None] = mapped_column(String(80))
    niss: Mapped[str | None] = mapped_column(String(11))
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(4))
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    safe_phone: Mapped[str | None] = mapped_column(String(20))
    safe_times: Mapped[str | None] = mapped_column(String(200))
    safe_may_leave_message: Mapped[str] = mapped_column(String(8), default="unknown")
    safe_may_write: Mapped[str] = mapped_column(String(8), default="unknown")
    safe_code_word: Mapped[str | None] = mapped_column(String(100))
    safe_notes: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="people")


class FollowUp(Base):
    """A follow-up ("suivi"); one in the future with status ``planned`` is an appointment."""

    __tablename__ = "followups"
    __table_args__ = (
        Index("ix_followups_case_time", "case_id", "occurred_at"),
        Index("ix_followups_author_time", "author_id", "occurred_at"),
        # revision 0004: agenda and overdue appointments across cases; revision 0010
        # adds kind and duration: the indicators' done follow-ups are read from it alone
        Index("ix_followups_status_time", "status", "occurred_at", "kind", "duration_minutes"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    kind: Mapped[str] = mapped_column(String(20))
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str | None] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="done")
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    case: Mapped[Case] = relationship(back_populates="followups")


class CaseViolence(Base):
    """A type of violence reported in a case."""

    __tablename__ = "case_violence"

    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    violence_code: Mapped[str] = mapped_column(ForeignKey("violence_types.code"), primary_key=True)


class CaseEvent(Base):
    """A change of status (opened, paused, closed, reopened), with its reason."""

    __tablename__ = "case_events"
    __table_args__ = (Index("ix_case_events_case", "case_id", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(Text)
