"""The departure plan ("plan de départ", safety plan) of a case.

One current plan per case. Redoing it makes a new version (a copy of the
current one to start from) and keeps the previous ones as history. Marking a
plan « prêt » while documents are still unchecked needs the worker's
confirmation (:class:`NeedsConfirmation`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.core.auth import UserSession
from app.core.pathways.checklist import ItemGroup, checklist, document_codes, item_codes
from app.core.pathways.common import check_past, clean, fmt, writable, writable_case
from app.core.pathways.vocabulary import DestinationType, PlanStatus
from app.core.permissions import Perm, require_case
from app.core.validation import NeedsConfirmation
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import DeparturePlan, DeparturePlanItem, HousingStay, User

#: the free-text fields of a plan, copied to a new version
_TEXT_FIELDS = (
    "destination_note",
    "transport",
    "trusted_person",
    "code_word",
    "triggers",
    "neighbours_told",
    "bag_location",
    "notes",
)


@dataclass
class PlanInput:
    status: PlanStatus = PlanStatus.PREPARING
    planned_on: date | None = None
    realised_on: date | None = None
    destination_type: DestinationType | None = None
    destination_note: str = ""
    transport: str = ""
    trusted_person: str = ""
    code_word: str = ""
    triggers: str = ""
    neighbours_told: str = ""
    bag_location: str = ""
    notes: str = ""
    #: an emergency-housing stay of the case, when the destination is the apartment
    housing_stay_id: uuid.UUID | None = None
    checked: set[str] = field(default_factory=set)
    item_notes: dict[str, str] = field(default_factory=dict)
    #: the worker confirmed « prêt » although documents are missing
    confirm_missing_documents: bool = False


@dataclass(frozen=True)
class PlanItemView:
    code: str
    group: ItemGroup
    label: str
    checked: bool
    note: str | None


@dataclass(frozen=True)
class GroupProgress:
    group: ItemGroup
    done: int
    total: int


@dataclass(frozen=True)
class PlanProgress:
    done: int
    total: int
    groups: list[GroupProgress]
    missing_documents: list[str]  # labels

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass(frozen=True)
class PlanView:
    id: uuid.UUID
    case_id: uuid.UUID
    version: int
    current: bool
    status: PlanStatus
    planned_on: date | None
    realised_on: date | None
    destination_type: DestinationType | None
    housing_stay_id: uuid.UUID | None
    destination_note: str | None
    transport: str | None
    trusted_person: str | None
    code_word: str | None
    triggers: str | None
    neighbours_told: str | None
    bag_location: str | None
    notes: str | None
    created_by: str | None
    created_at: datetime
    updated_at: datetime
    items: list[PlanItemView]
    progress: PlanProgress

    def to_input(self) -> PlanInput:
        """The plan as a form's starting values."""
        return PlanInput(
            status=self.status,
            planned_on=self.planned_on,
            realised_on=self.realised_on,
            destination_type=self.destination_type,
            housing_stay_id=self.housing_stay_id,
            destination_note=self.destination_note or "",
            transport=self.transport or "",
            trusted_person=self.trusted_person or "",
            code_word=self.code_word or "",
            triggers=self.triggers or "",
            neighbours_told=self.neighbours_told or "",
            bag_location=self.bag_location or "",
            notes=self.notes or "",
            checked={i.code for i in self.items if i.checked},
            item_notes={i.code: i.note for i in self.items if i.note},
        )


def plan_progress(checked: set[str]) -> PlanProgress:
    """Checked items over all items, per group, and the documents still missing."""
    items = checklist()
    groups = [
        GroupProgress(
            g,
            sum(1 for i in items if i.group is g and i.code in checked),
            sum(1 for i in items if i.group is g),
        )
        for g in ItemGroup
    ]
    return PlanProgress(
        done=sum(1 for i in items if i.code in checked),
        total=len(items),
        groups=groups,
        missing_documents=[
            i.label for i in items if i.group is ItemGroup.DOCUMENTS and i.code not in checked
        ],
    )


def _validate(data: PlanInput, today: date) -> PlanStatus:
    status = PlanStatus(data.status)
    if data.destination_type is not None:
        DestinationType(data.destination_type)
    unknown = set(data.checked) - item_codes()
    if unknown:
        raise ValidationError(tr("Élément de liste inconnu."), field="checked")
    if status is PlanStatus.REALISED:
        if data.realised_on is None:
            raise ValidationError(
                tr("Indiquez la date à laquelle le départ a eu lieu."), field="realised_on"
            )
        check_past(
            data.realised_on,
            "realised_on",
            today,
            tr("Le départ ne peut pas être daté dans le futur."),
        )
    elif data.realised_on is not None:
        raise ValidationError(
            tr("La date de départ effectif ne se remplit que pour un plan « réalisé »."),
            field="realised_on",
        )
    if status is PlanStatus.READY and not data.confirm_missing_documents:
        missing = [c for c in document_codes() if c not in data.checked]
        if missing:
            raise NeedsConfirmation(
                tr(
                    "{n} document(s) de la liste ne sont pas encore cochés. "
                    "Marquer le plan « prêt » quand même ?"
                ).format(n=len(missing)),
                field="status",
            )
    return status


def _check_stay(session: Session, case_id: uuid.UUID, data: PlanInput) -> None:
    """A stay named as destination: the destination is the emergency apartment,
    and the stay is one of this case's."""
    if data.housing_stay_id is None:
        return
    if data.destination_type != DestinationType.EMERGENCY_APARTMENT:
        raise ValidationError(
            tr("Un séjour ne se choisit que pour la destination « Appartement d'urgence »."),
            field="housing_stay",
        )
    stay = session.get(HousingStay, data.housing_stay_id)
    if stay is None or stay.case_id != case_id:
        raise ValidationError(tr("Ce séjour n'existe plus dans ce dossier."), field="housing_stay")


def _apply(plan: DeparturePlan, data: PlanInput, status: PlanStatus) -> None:
    plan.status = status.value
    plan.housing_stay_id = data.housing_stay_id
    plan.planned_on = data.planned_on
    plan.realised_on = data.realised_on
    plan.destination_type = (
        DestinationType(data.destination_type).value if data.destination_type else None
    )
    for name in _TEXT_FIELDS:
        setattr(plan, name, clean(getattr(data, name)))
    existing = {item.item_code: item for item in plan.items}
    for code in item_codes():
        note = clean(data.item_notes.get(code))
        checked = code in data.checked
        item = existing.get(code)
        if item is None:
            if checked or note:
                plan.items.append(DeparturePlanItem(item_code=code, checked=checked, note=note))
        else:
            item.checked, item.note = checked, note


def _current(session: Session, case_id: uuid.UUID) -> DeparturePlan | None:
    return session.scalar(
        select(DeparturePlan).where(DeparturePlan.case_id == case_id, DeparturePlan.current)
    )


def start_plan(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: PlanInput | None = None,
) -> uuid.UUID:
    """Make a new plan for a case. An existing plan becomes history (version + 1);
    without ``data`` the new version starts as a copy of the previous one."""
    case = writable_case(session, actor, case_id, "departure_plans")
    previous = _current(session, case.id)
    if data is None:
        data = _view(session, previous).to_input() if previous else PlanInput()
        data.status, data.realised_on = PlanStatus.PREPARING, None
    status = _validate(data, clock.today())
    _check_stay(session, case.id, data)
    last = session.scalar(
        select(func.max(DeparturePlan.version)).where(DeparturePlan.case_id == case.id)
    )
    if previous is not None:
        previous.current = False
        session.flush()
    plan = DeparturePlan(
        case_id=case.id, version=(last or 0) + 1, current=True, created_by=actor.user_id
    )
    _apply(plan, data, status)
    session.add(plan)
    session.flush()
    return plan.id


def save_plan(
    session: Session,
    actor: UserSession,
    plan_id: uuid.UUID,
    data: PlanInput,
) -> None:
    """Save the current plan. « prêt » with missing documents raises NeedsConfirmation
    unless ``data.confirm_missing_documents``."""
    plan = writable(session, actor, DeparturePlan, plan_id, tr("Ce plan de départ n'existe plus."))
    if not plan.current:
        raise ValidationError(
            tr("Cette version du plan est archivée : seule la version en cours se modifie.")
        )
    status = _validate(data, clock.today())
    _check_stay(session, plan.case_id, data)
    _apply(plan, data, status)


def _view(session: Session, plan: DeparturePlan) -> PlanView:
    stored = {i.item_code: i for i in plan.items}
    items = [
        PlanItemView(
            c.code,
            c.group,
            c.label,
            bool(stored.get(c.code) and stored[c.code].checked),
            stored[c.code].note if c.code in stored else None,
        )
        for c in checklist()
    ]
    author = session.get(User, plan.created_by) if plan.created_by else None
    return PlanView(
        id=plan.id,
        case_id=plan.case_id,
        version=plan.version,
        current=plan.current,
        status=PlanStatus(plan.status),
        planned_on=plan.planned_on,
        realised_on=plan.realised_on,
        destination_type=DestinationType(plan.destination_type) if plan.destination_type else None,
        housing_stay_id=plan.housing_stay_id,
        destination_note=plan.destination_note,
        transport=plan.transport,
        trusted_person=plan.trusted_person,
        code_word=plan.code_word,
        triggers=plan.triggers,
        neighbours_told=plan.neighbours_told,
        bag_location=plan.bag_location,
        notes=plan.notes,
        created_by=author.full_name if author else None,
        created_at=plan.created_at,
        updated_at=plan.updated_at,
        items=items,
        progress=plan_progress({i.code for i in items if i.checked}),
    )


def current_plan(session: Session, actor: UserSession, case_id: uuid.UUID) -> PlanView | None:
    """The plan in force for a case (None before one is made), once ``actor`` may read it."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    plan = _current(session, case_id)
    return _view(session, plan) if plan else None


def plan_history(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[PlanView]:
    """Every version of the case's plan, newest first (the first one is current),
    once ``actor`` may read the case."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    return _plans(session, case_id)


def _plans(session: Session, case_id: uuid.UUID) -> list[PlanView]:
    plans = session.scalars(
        select(DeparturePlan)
        .where(DeparturePlan.case_id == case_id)
        .order_by(DeparturePlan.version.desc())
    )
    return [_view(session, p) for p in plans]


def plan_label(plan: PlanView) -> str:
    """ "Version 2 — Réalisé le 03/05/2026" style, for the history list."""
    when = plan.realised_on or plan.planned_on
    text = tr("Version {n} — {status}").format(n=plan.version, status=plan.status.label)
    if plan.status is PlanStatus.REALISED and plan.realised_on:
        return text + tr(" le {date}").format(date=fmt(plan.realised_on))
    if when:
        return text + tr(", prévu le {date}").format(date=fmt(when))
    return text
