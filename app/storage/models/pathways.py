"""The three pathways (issue #4): complaint and protection, socio-administrative
steps, departure plan."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.models.base import Base, CaseRecord, utcnow


class Complaint(CaseRecord, Base):
    """A complaint filed with the police ("plainte"), with its status history."""

    __tablename__ = "complaints"

    filed_on: Mapped[date] = mapped_column(Date)
    police_zone: Mapped[str | None] = mapped_column(String(120))
    station: Mapped[str | None] = mapped_column(String(120))
    pv_number: Mapped[str | None] = mapped_column(String(60))
    accompanied: Mapped[bool] = mapped_column(Boolean, default=False)
    accompanied_by: Mapped[str | None] = mapped_column(String(120))
    medical_certificate: Mapped[bool] = mapped_column(Boolean, default=False)
    certificate_on: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="filed")
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    changes: Mapped[list[ComplaintStatusChange]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ComplaintStatusChange(Base):
    __tablename__ = "complaint_status_changes"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    complaint_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ResidenceBan(CaseRecord, Base):
    """Temporary residence ban of the alleged author (laws of 2012)."""

    __tablename__ = "residence_bans"

    ordered_on: Mapped[date] = mapped_column(Date)
    notified_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)  # order + 10 days, or the extension's end
    extended_on: Mapped[date | None] = mapped_column(Date)  # juge de paix decision
    hearing_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str | None] = mapped_column(Text)


class FamilyCourtMeasure(CaseRecord, Base):
    """Urgent measures before the family court (petition, hearing, decision)."""

    __tablename__ = "family_court_measures"

    kind: Mapped[str] = mapped_column(String(20), default="urgent")  # urgent | summary
    petition_on: Mapped[date] = mapped_column(Date)
    hearing_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision_on: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class ResidencePermitFile(CaseRecord, Base):
    """Residence-permit protection for a foreign victim (art. 11 §2, 42quater §4)."""

    __tablename__ = "residence_permit_files"

    article: Mapped[str] = mapped_column(String(20))  # art_11_2 | art_42quater_4 | other
    submitted_on: Mapped[date | None] = mapped_column(Date)
    decision_on: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[str | None] = mapped_column(String(20))  # granted | refused | pending
    notes: Mapped[str | None] = mapped_column(Text)


class AdminStepType(Base):
    """A step of the socio-administrative catalogue (editable by the coordinator)."""

    __tablename__ = "admin_step_types"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    standard_sets: Mapped[str] = mapped_column(String(200), default="")  # "depart|plainte"
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CaseStep(CaseRecord, Base):
    """One socio-administrative step of a case."""

    __tablename__ = "case_steps"
    __table_args__ = (Index("ix_case_steps_due", "status", "due_on"),)

    step_code: Mapped[str] = mapped_column(ForeignKey("admin_step_types.code"))
    status: Mapped[str] = mapped_column(String(16), default="todo")
    due_on: Mapped[date | None] = mapped_column(Date)
    responsible_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"))
    notes: Mapped[str | None] = mapped_column(Text)

    changes: Mapped[list[CaseStepChange]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class CaseStepChange(Base):
    __tablename__ = "case_step_changes"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    step_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("case_steps.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)


class DeparturePlan(CaseRecord, Base):
    """The departure ("safety") plan; a redone plan supersedes the previous one."""

    __tablename__ = "departure_plans"

    version: Mapped[int] = mapped_column(Integer, default=1)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(16), default="preparing")
    planned_on: Mapped[date | None] = mapped_column(Date)
    realised_on: Mapped[date | None] = mapped_column(Date)
    destination_type: Mapped[str | None] = mapped_column(String(30))
    #: an emergency-housing stay named as the destination (revision 0007)
    housing_stay_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("housing_stays.id", ondelete="SET NULL")
    )
    destination_note: Mapped[str | None] = mapped_column(Text)
    transport: Mapped[str | None] = mapped_column(Text)
    trusted_person: Mapped[str | None] = mapped_column(String(200))
    code_word: Mapped[str | None] = mapped_column(String(100))
    triggers: Mapped[str | None] = mapped_column(Text)
    neighbours_told: Mapped[str | None] = mapped_column(Text)
    bag_location: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))

    items: Mapped[list[DeparturePlanItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class DeparturePlanItem(Base):
    """One checklist item of a plan (codes from app.core's departure checklist)."""

    __tablename__ = "departure_plan_items"

    plan_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("departure_plans.id", ondelete="CASCADE"), primary_key=True
    )
    item_code: Mapped[str] = mapped_column(String(60), primary_key=True)
    checked: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(String(200))
