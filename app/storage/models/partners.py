"""The partner directory and the documents issued from a case (issue #5)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.models.base import Base, utcnow


class Partner(Base):
    """An organisation of the network ("répertoire du réseau")."""

    __tablename__ = "partners"
    __table_args__ = (Index("ix_partners_sector_name", "sector", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(ForeignKey("partner_sectors.code"))
    services: Mapped[str | None] = mapped_column(Text)
    hours: Mapped[str | None] = mapped_column(Text)
    street: Mapped[str | None] = mapped_column(String(200))
    postcode: Mapped[str | None] = mapped_column(String(4))
    city: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # revision 0011: the language letters to this partner are written in
    language: Mapped[str] = mapped_column(String(5), default="fr", server_default="fr")

    contacts: Mapped[list[PartnerContact]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class PartnerCommune(Base):
    """A commune a partner serves."""

    __tablename__ = "partner_communes"

    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True
    )
    commune_code: Mapped[str] = mapped_column(ForeignKey("communes.nis_code"), primary_key=True)


class PartnerContact(Base):
    __tablename__ = "partner_contacts"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    partner_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    function: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)


class LetterTemplate(Base):
    """A document template the coordinator edits (placeholders like {reference})."""

    __tablename__ = "letter_templates"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class LetterTemplateText(Base):
    """A template's text in a language other than French (revision 0011); the
    French text, required, is the :class:`LetterTemplate` row."""

    __tablename__ = "letter_template_texts"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    language: Mapped[str] = mapped_column(String(5), primary_key=True)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))


class IssuedDocument(Base):
    """A document issued from a case (a referral letter, an attestation…),
    with what it contained, on which consent, and its PDF for reprint."""

    __tablename__ = "issued_documents"
    __table_args__ = (Index("ix_issued_documents_case", "case_id", "issued_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"))
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partner_contacts.id"))
    addressee: Mapped[str | None] = mapped_column(String(300))
    purpose: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    fields_included: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes
    consent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("consents.id"))
    override_reason: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_on: Mapped[date | None] = mapped_column(Date)
