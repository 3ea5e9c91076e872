"""Declarative base shared by every model."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from app.clock import utcnow

__all__ = ["Base", "utcnow"]


class Base(DeclarativeBase):
    pass
