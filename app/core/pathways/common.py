"""Helpers shared by the pathway services (dates, texts, looking rows up)."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.cases import CaseNotFound
from app.core.permissions import Perm
from app.core.permissions import require_case as require_permission
from app.core.validation import check_text
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import Case, Partner, User

RecordT = TypeVar("RecordT", bound=Any)
InputT = TypeVar("InputT")


def clean(text: str | None) -> str | None:
    """Stripped text, or None when empty; a NUL or other control character is refused."""
    return check_text(text, multiline=True)


def fmt(day: date) -> str:
    """dd/mm/yyyy, as every screen shows dates."""
    return day.strftime("%d/%m/%Y")


def add_months(day: date, months: int) -> date:
    """``day`` plus calendar months, kept inside the target month (30/11 + 3 → 28 or 29/02)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def local_to_utc(moment: datetime) -> datetime:
    """A naive local time (as typed by the user) as naive UTC (as ``updated_at`` is stored)."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def _existing_case(session: Session, case_id: uuid.UUID) -> Case:
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound(tr("Ce dossier n'existe plus."))
    return case


def writable_case(
    session: Session, actor: UserSession, case_id: uuid.UUID, what: str = "pathway"
) -> Case:
    """The case, once ``actor`` is allowed to work on its pathways (PermissionDenied if not).

    The change is traced in the same transaction: if the write fails afterwards,
    the audit entry is rolled back with it.
    """
    case = _existing_case(session, case_id)
    require_permission(session, actor, Perm.PATHWAY_WRITE, case_id)
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=case_id,
        object_type=what,
        detail="added",
    )
    return case


def _row(session: Session, model: type, key: object, message: str):
    """The row ``key`` of ``model`` or a ValidationError with ``message``."""
    row = session.get(model, key)
    if row is None:
        raise ValidationError(message)
    return row


def writable(session: Session, actor: UserSession, model: type, key: object, message: str):
    """The row ``key`` of a case's ``model``, once ``actor`` may work on that case."""
    row = _row(session, model, key, message)
    require_permission(session, actor, Perm.PATHWAY_WRITE, row.case_id)
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=row.case_id,
        object_type=model.__tablename__,
        object_id=key.hex if isinstance(key, uuid.UUID) else str(key),
        detail="changed",
    )
    return row


@dataclass(frozen=True)
class RecordKind(Generic[RecordT, InputT]):
    """How one kind of pathway record (a ban, a court measure…) is added,
    changed and removed: the permission check, the audit entry and the
    validation against the clock are the same for all; what differs is how
    its input is checked (``validate``) and copied onto the row (``apply``,
    which sees the row's earlier state when it changes one)."""

    model: type[RecordT]
    #: the sentence when the record was deleted meanwhile
    gone: Callable[[], str]
    validate: Callable[[InputT, date], None]
    apply: Callable[[RecordT, InputT], None]

    def add(
        self, session: Session, actor: UserSession, case_id: uuid.UUID, data: InputT
    ) -> uuid.UUID:
        """A new record of case ``case_id``; returns its id. The caller commits."""
        case = writable_case(session, actor, case_id, self.model.__tablename__)
        self.validate(data, clock.today())
        row = self.model(case_id=case.id)
        self.apply(row, data)
        session.add(row)
        session.flush()
        return row.id

    def get(self, session: Session, actor: UserSession, row_id: uuid.UUID) -> RecordT:
        """The record, once ``actor`` may change its case (the change is traced)."""
        return writable(session, actor, self.model, row_id, self.gone())

    def update(self, session: Session, actor: UserSession, row_id: uuid.UUID, data: InputT) -> None:
        """Change a record. The caller commits."""
        row = self.get(session, actor, row_id)
        self.validate(data, clock.today())
        self.apply(row, data)

    def remove(self, session: Session, actor: UserSession, row_id: uuid.UUID) -> None:
        """Delete a record entered by mistake. The caller commits."""
        session.delete(self.get(session, actor, row_id))


def check_not_after(later: date | None, earlier: date | None, field: str, message: str) -> None:
    """``later`` (when given) must not come before ``earlier``."""
    if later is not None and earlier is not None and later < earlier:
        raise ValidationError(message, field=field)


def check_past(value: date | None, field: str, today: date, message: str | None = None) -> None:
    if value is not None and value > today:
        raise ValidationError(
            message or tr("Cette date ne peut pas être dans le futur."), field=field
        )


def check_user(session: Session, user_id: uuid.UUID | None, field: str) -> None:
    if user_id is not None and session.get(User, user_id) is None:
        raise ValidationError(tr("Ce membre de l'équipe n'existe plus."), field=field)


def check_partner(session: Session, partner_id: uuid.UUID | None, field: str) -> None:
    if partner_id is not None and session.get(Partner, partner_id) is None:
        raise ValidationError(tr("Ce partenaire n'existe plus dans le répertoire."), field=field)
