"""Alleged authors (offence data, GDPR art. 10): their own table and functions,
with narrower permissions than the rest of a case — a street educator reads and
edits only the records they made themselves (``authors.recorded_by``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.auth import UserSession
from app.core.permissions import Perm, author_visible, require_case
from app.core.validation import check_birth_date, check_text
from app.core.vocabulary import AuthorRelation, YesNoUnknown
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import Author, Case


@dataclass
class AuthorInput:
    relation: AuthorRelation
    first_name: str = ""
    last_name: str = ""
    birth_date: date | None = None
    lives_with_victim: YesNoUnknown = YesNoUnknown.UNKNOWN
    has_weapons: YesNoUnknown = YesNoUnknown.UNKNOWN
    weapons_notes: str = ""
    judicial_history: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AuthorView:
    id: uuid.UUID
    relation: AuthorRelation
    first_name: str | None
    last_name: str | None
    birth_date: date | None
    lives_with_victim: YesNoUnknown
    has_weapons: YesNoUnknown
    weapons_notes: str | None
    judicial_history: str | None
    notes: str | None
    recorded_by: uuid.UUID | None


def _clean(value: str) -> str | None:
    return check_text(value, multiline=True)  # stripped; no NUL or other control


def _apply(author: Author, data: AuthorInput) -> None:
    author.relation = AuthorRelation(data.relation).value
    author.first_name = _clean(data.first_name)
    author.last_name = _clean(data.last_name)
    author.birth_date = check_birth_date(data.birth_date)
    author.lives_with_victim = YesNoUnknown(data.lives_with_victim).value
    author.has_weapons = YesNoUnknown(data.has_weapons).value
    author.weapons_notes = _clean(data.weapons_notes)
    author.judicial_history = _clean(data.judicial_history)
    author.notes = _clean(data.notes)


def add_author(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: AuthorInput,
) -> uuid.UUID:
    """Record an alleged author. The caller commits."""
    if session.get(Case, case_id) is None:
        raise ValidationError(tr("Ce dossier n'existe plus."))
    require_case(session, actor, Perm.AUTHOR_WRITE, case_id, owner_id=actor.user_id)
    author = Author(case_id=case_id, recorded_by=actor.user_id)
    _apply(author, data)
    session.add(author)
    session.flush()
    _traced(session, actor, author, "added")
    return author.id


def _traced(session: Session, actor: UserSession, author: Author, what: str) -> None:
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=author.case_id,
        object_type="author",
        object_id=author.id.hex,
        detail=what,
    )


def _writable(session: Session, actor: UserSession, author_id: uuid.UUID) -> Author | None:
    author = session.get(Author, author_id)
    if author is not None:
        require_case(
            session,
            actor,
            Perm.AUTHOR_WRITE,
            author.case_id,
            # a record without author counts as someone else's
            owner_id=author.recorded_by or uuid.UUID(int=0),
        )
    return author


def update_author(
    session: Session,
    actor: UserSession,
    author_id: uuid.UUID,
    data: AuthorInput,
) -> None:
    """Save an author record (a street educator: only one they recorded)."""
    author = _writable(session, actor, author_id)
    if author is None:
        raise ValidationError(tr("Cette fiche n'existe plus."))
    _apply(author, data)
    _traced(session, actor, author, "updated")


def remove_author(session: Session, actor: UserSession, author_id: uuid.UUID) -> None:
    """Erase an author record (same rule as :func:`update_author`)."""
    author = _writable(session, actor, author_id)
    if author is not None:
        _traced(session, actor, author, "removed")
        session.delete(author)


def case_authors(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[AuthorView]:
    """The case's author records that ``actor`` may read, oldest first (a street
    educator: those they recorded)."""
    require_case(session, actor, Perm.AUTHOR_READ, case_id)
    rows = session.scalars(
        select(Author)
        .where(Author.case_id == case_id, author_visible(actor, Author.recorded_by))
        .order_by(Author.created_at)
    )
    return [
        AuthorView(
            id=a.id,
            relation=AuthorRelation(a.relation),
            first_name=a.first_name,
            last_name=a.last_name,
            birth_date=a.birth_date,
            lives_with_victim=YesNoUnknown(a.lives_with_victim),
            has_weapons=YesNoUnknown(a.has_weapons),
            weapons_notes=a.weapons_notes,
            judicial_history=a.judicial_history,
            notes=a.notes,
            recorded_by=a.recorded_by,
        )
        for a in rows
    ]
