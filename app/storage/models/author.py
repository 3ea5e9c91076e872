"""Alleged authors: offence data (GDPR art. 10), kept in their own table so
that access to it can be narrower than access to the rest of the case."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models.base import Base, CaseRecord


class Author(CaseRecord, Base):
    __tablename__ = "authors"

    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    birth_date: Mapped[date | None] = mapped_column(Date)
    relation: Mapped[str] = mapped_column(String(40))  # partner, ex_partner, parent, ...
    lives_with_victim: Mapped[str] = mapped_column(String(8), default="unknown")
    has_weapons: Mapped[str] = mapped_column(String(8), default="unknown")
    weapons_notes: Mapped[str | None] = mapped_column(Text)
    judicial_history: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
