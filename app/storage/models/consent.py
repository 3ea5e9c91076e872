"""The consent register: to record, and to share with a recipient for a purpose."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models.base import Base, utcnow


class Consent(Base):
    __tablename__ = "consents"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))  # record | share
    given_on: Mapped[date] = mapped_column(Date)
    form: Mapped[str] = mapped_column(String(8))  # oral | written
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    recipient_sector: Mapped[str | None] = mapped_column(ForeignKey("partner_sectors.code"))
    recipient_label: Mapped[str | None] = mapped_column(String(200))
    # revision 0003: a consent may name one organisation of the directory
    recipient_partner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("partners.id"))
    purpose: Mapped[str | None] = mapped_column(String(40))
    purpose_detail: Mapped[str | None] = mapped_column(Text)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawal_note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
