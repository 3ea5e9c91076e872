"""Drafts: unsaved form content kept inside the encrypted vault.

When the vault locks in the middle of typing, each open form hands its
content to :func:`save_draft`; after unlocking, the form offers it back.
A draft belongs to one user and one form (``form_key``, e.g.
``"followup:new:<case id>"``) and is deleted once the form is saved or the
person discards it.

When keeping a draft fails (the disk is full…), the failure is marked outside
the database (:func:`note_unkept_drafts`) so that the next unlock can tell the
person (:func:`take_unkept_drafts_notice`).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.core.auth import UserSession
from app.core.permissions import Perm, require_case, visible_cases
from app.core.unkept_drafts import (  # noqa: F401 (re-exported: they live apart, without SQLAlchemy)
    UNKEPT_PREFIX,
    note_unkept_drafts,
    take_unkept_drafts_notice,
    unkept_drafts_message,
)
from app.storage.models import Case, Draft, utcnow


@dataclass(frozen=True)
class DraftView:
    form_key: str
    case_id: uuid.UUID | None
    title: str
    payload: dict[str, Any]
    updated_at: datetime


def save_draft(
    session: Session,
    actor: UserSession,
    form_key: str,
    payload: dict[str, Any],
    *,
    case_id: uuid.UUID | None = None,
    title: str = "",
) -> None:
    """Create or replace ``actor``'s draft of ``form_key`` (about ``case_id``, which
    ``actor`` must be allowed to read). The caller commits."""
    if case_id is not None:
        require_case(session, actor, Perm.CASE_READ, case_id)
    user_id = actor.user_id
    draft = session.scalar(
        select(Draft).where(Draft.user_id == user_id, Draft.form_key == form_key)
    )
    text = json.dumps(payload, ensure_ascii=False, default=str)
    if draft is None:
        session.add(
            Draft(
                user_id=user_id,
                form_key=form_key,
                case_id=case_id,
                title=title[:200],
                payload=text,
            )
        )
    else:
        draft.payload = text
        draft.title = title[:200]
        draft.case_id = case_id
        draft.updated_at = utcnow()


def _still_visible(actor: UserSession) -> ColumnElement[bool]:
    """Drafts about no case, or about a case ``actor`` may still see (assignment
    removed, case made confidential: the draft is no longer offered)."""
    return or_(
        Draft.case_id.is_(None),
        exists().where(Case.id == Draft.case_id, visible_cases(actor)),
    )


def load_draft(session: Session, actor: UserSession, form_key: str) -> DraftView | None:
    """``actor``'s draft for ``form_key``, if any (and if its case is still visible)."""
    draft = session.scalar(
        select(Draft).where(
            Draft.user_id == actor.user_id, Draft.form_key == form_key, _still_visible(actor)
        )
    )
    return _view(draft) if draft else None


def list_drafts(session: Session, actor: UserSession) -> list[DraftView]:
    """Every draft of ``actor``, newest first (offered back after unlocking),
    leaving out drafts about a case ``actor`` may no longer see."""
    query = (
        select(Draft)
        .where(Draft.user_id == actor.user_id, _still_visible(actor))
        .order_by(Draft.updated_at.desc())
    )
    return [_view(d) for d in session.scalars(query)]


def delete_draft(session: Session, actor: UserSession, form_key: str) -> None:
    """Forget ``actor``'s draft of ``form_key`` (nothing happens when there is none)."""
    draft = session.scalar(
        select(Draft).where(Draft.user_id == actor.user_id, Draft.form_key == form_key)
    )
    if draft is not None:
        session.delete(draft)


def _view(draft: Draft) -> DraftView:
    return DraftView(
        form_key=draft.form_key,
        case_id=draft.case_id,
        title=draft.title,
        payload=json.loads(draft.payload),
        updated_at=draft.updated_at,
    )
