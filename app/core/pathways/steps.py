"""Socio-administrative steps: the catalogue and the steps of each case.

The catalogue (``admin_step_types``, seeded from ``db/reference/admin_steps.csv``)
is edited by the coordinator: add, rename (the label only — the code stays, so
every case that used the step keeps it), retire (hidden from new choices but
still shown, with its label, on the cases that used it). Nothing is ever
deleted from the catalogue.

Each step of a case has a status, a due date, a responsible worker, a partner
and notes; every status change is recorded in :class:`CaseStepChange` with the
worker who made it.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.pathways.common import (
    _row,
    check_partner,
    check_user,
    clean,
    writable,
    writable_case,
)
from app.core.pathways.vocabulary import StandardSet, StepStatus
from app.core.permissions import Perm, require_case
from app.core.permissions import require as require_permission
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import AdminStepType, CaseStep, CaseStepChange, Partner, User


def _require_coordinator(actor: UserSession) -> None:
    """The catalogue is a setting of the vault (PermissionDenied for other roles)."""
    require_permission(actor, Perm.SETTINGS_WRITE)


# --- the catalogue ----------------------------------------------------------------------


@dataclass(frozen=True)
class StepType:
    code: str
    label: str
    sets: tuple[StandardSet, ...]
    position: int
    active: bool
    used_by: int = 0  # number of case steps using it


def _sets(raw: str) -> tuple[StandardSet, ...]:
    values = {s.value for s in StandardSet}
    return tuple(StandardSet(p) for p in raw.split("|") if p in values)


def _raw_sets(sets: tuple[StandardSet, ...] | list[StandardSet]) -> str:
    chosen = {StandardSet(s) for s in sets}
    return "|".join(s.value for s in StandardSet if s in chosen)


def step_catalogue(session: Session, *, include_retired: bool = False) -> list[StepType]:
    """The catalogue in its order; retired steps and usage counts only when asked
    (the settings: counting scans every case's steps)."""
    used: dict[str, int] = {}
    if include_retired:
        rows = session.execute(
            select(CaseStep.step_code, func.count()).group_by(CaseStep.step_code)
        ).all()
        used = {code: n for code, n in rows}
    query = select(AdminStepType).order_by(AdminStepType.position, AdminStepType.label)
    if not include_retired:
        query = query.where(AdminStepType.active)
    return [
        StepType(
            t.code, tr(t.label), _sets(t.standard_sets), t.position, t.active, used.get(t.code, 0)
        )
        for t in session.scalars(query)
    ]


def _check_label(session: Session, label: str, code: str | None = None) -> str:
    text = clean(label)
    if text is None:
        raise ValidationError(tr("Donnez un intitulé à la démarche."), field="label")
    if len(text) > 200:
        raise ValidationError(tr("L'intitulé est trop long (200 caractères au plus)."), "label")
    same = session.scalar(
        select(AdminStepType.code).where(
            func.lower(AdminStepType.label) == text.lower(), AdminStepType.code != (code or "")
        )
    )
    if same is not None:
        raise ValidationError(
            tr("Une démarche porte déjà cet intitulé dans le catalogue."), field="label"
        )
    return text


def _code_for(session: Session, label: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:50] or "demarche"
    code, n = base, 1
    while session.get(AdminStepType, code) is not None:
        n += 1
        code = f"{base}_{n}"
    return code


def add_step_type(
    session: Session, actor: UserSession, label: str, sets: tuple[StandardSet, ...] = ()
) -> str:
    """Add a step to the catalogue (coordinator); returns its new stable code."""
    _require_coordinator(actor)
    text = _check_label(session, label)
    position = session.scalar(select(func.max(AdminStepType.position))) or 0
    code = _code_for(session, text)
    session.add(
        AdminStepType(
            code=code, label=text, standard_sets=_raw_sets(sets), position=position + 1, active=True
        )
    )
    session.flush()
    _trace_catalogue(session, actor, code, "added")
    return code


def _trace_catalogue(session: Session, actor: UserSession, code: str, detail: str) -> None:
    audit.record(
        session,
        actor,
        audit.Action.SETTINGS_CHANGED,
        object_type="admin_step_types",
        object_id=code,
        detail=detail,
    )


def _step_type(session: Session, code: str) -> AdminStepType:
    return _row(session, AdminStepType, code, tr("Cette démarche n'existe pas au catalogue."))


def update_step_type(
    session: Session,
    actor: UserSession,
    code: str,
    label: str,
    sets: tuple[StandardSet, ...] | None = None,
) -> None:
    """Rename a step (its code stays) and optionally change its standard sets."""
    _require_coordinator(actor)
    row = _step_type(session, code)
    text = _check_label(session, label, code)
    # the list shows a seeded label translated: left as shown, it stays as stored (French)
    if text != tr(row.label):
        row.label = text
    if sets is not None:
        row.standard_sets = _raw_sets(sets)
    _trace_catalogue(session, actor, code, "renamed")


def retire_step_type(session: Session, actor: UserSession, code: str) -> None:
    """Hide a step from new choices; cases that used it keep it."""
    _require_coordinator(actor)
    _step_type(session, code).active = False
    _trace_catalogue(session, actor, code, "retired")


def restore_step_type(session: Session, actor: UserSession, code: str) -> None:
    """Offer a retired step again."""
    _require_coordinator(actor)
    _step_type(session, code).active = True
    _trace_catalogue(session, actor, code, "restored")


# --- steps of a case ------------------------------------------------------------------


@dataclass
class StepInput:
    step_code: str
    status: StepStatus = StepStatus.TODO
    due_on: date | None = None
    responsible_id: uuid.UUID | None = None
    partner_id: uuid.UUID | None = None
    notes: str = ""


@dataclass(frozen=True)
class StepChangeView:
    status: StepStatus
    at: datetime
    by: str | None
    note: str | None


@dataclass(frozen=True)
class CaseStepView:
    id: uuid.UUID
    case_id: uuid.UUID
    code: str
    label: str
    retired: bool  # its catalogue entry was retired since
    status: StepStatus
    due_on: date | None
    responsible_id: uuid.UUID | None
    responsible: str | None
    partner_id: uuid.UUID | None
    partner: str | None
    notes: str | None
    changes: list[StepChangeView]  # oldest first
    overdue: bool


@dataclass(frozen=True)
class StepProgress:
    done: int
    total: int  # steps that apply (« sans objet » left out)
    overdue: int
    blocked: int

    @property
    def ratio(self) -> float:
        return self.done / self.total if self.total else 0.0


def is_overdue(status: StepStatus, due_on: date | None, today: date) -> bool:
    """A step still open whose due date has passed."""
    return due_on is not None and due_on < today and StepStatus(status).is_open


def step_progress(steps: list[CaseStepView]) -> StepProgress:
    """Done / applicable, with the overdue and blocked counts."""
    applicable = [s for s in steps if s.status is not StepStatus.NOT_APPLICABLE]
    return StepProgress(
        done=sum(1 for s in applicable if s.status is StepStatus.DONE),
        total=len(applicable),
        overdue=sum(1 for s in steps if s.overdue),
        blocked=sum(1 for s in steps if s.status is StepStatus.BLOCKED),
    )


def _record(step: CaseStep, status: StepStatus, actor: UserSession, note: str | None) -> None:
    step.changes.append(CaseStepChange(status=status.value, user_id=actor.user_id, note=note))


def _validate_step(session: Session, data: StepInput) -> StepStatus:
    status = StepStatus(data.status)
    check_user(session, data.responsible_id, "responsible")
    check_partner(session, data.partner_id, "partner")
    return status


def add_case_step(
    session: Session, actor: UserSession, case_id: uuid.UUID, data: StepInput
) -> uuid.UUID:
    """Add one step of the (active) catalogue to a case."""
    case = writable_case(session, actor, case_id, "case_steps")
    kind = session.get(AdminStepType, data.step_code)
    if kind is None or not kind.active:
        raise ValidationError(tr("Choisissez une démarche du catalogue."), field="step")
    already = session.scalar(
        select(CaseStep.id).where(CaseStep.case_id == case.id, CaseStep.step_code == kind.code)
    )
    if already is not None:
        raise ValidationError(
            tr("Cette démarche figure déjà dans le dossier : modifiez-la plutôt."), field="step"
        )
    status = _validate_step(session, data)
    step = CaseStep(
        case_id=case.id,
        step_code=kind.code,
        status=status.value,
        due_on=data.due_on,
        responsible_id=data.responsible_id,
        partner_id=data.partner_id,
        notes=clean(data.notes),
    )
    _record(step, status, actor, None)
    session.add(step)
    session.flush()
    return step.id


def apply_standard_set(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    standard_set: StandardSet,
    *,
    due_on: date | None = None,
    responsible_id: uuid.UUID | None = None,
) -> list[str]:
    """Add the active steps of a standard set that the case does not have yet.

    Returns the codes added (empty when the case already had them all).
    """
    case = writable_case(session, actor, case_id, "case_steps")
    standard_set = StandardSet(standard_set)
    check_user(session, responsible_id, "responsible")
    have = set(session.scalars(select(CaseStep.step_code).where(CaseStep.case_id == case.id)))
    added = []
    for kind in session.scalars(
        select(AdminStepType).where(AdminStepType.active).order_by(AdminStepType.position)
    ):
        if standard_set in _sets(kind.standard_sets) and kind.code not in have:
            step = CaseStep(
                case_id=case.id,
                step_code=kind.code,
                status=StepStatus.TODO.value,
                due_on=due_on,
                responsible_id=responsible_id,
            )
            _record(
                step,
                StepStatus.TODO,
                actor,
                tr("Ensemble « {name} »").format(name=standard_set.label),
            )
            session.add(step)
            added.append(kind.code)
    session.flush()
    return added


def _case_step(session: Session, actor: UserSession, step_id: uuid.UUID) -> CaseStep:
    return writable(session, actor, CaseStep, step_id, tr("Cette démarche n'existe plus."))


def update_case_step(
    session: Session, actor: UserSession, step_id: uuid.UUID, data: StepInput, note: str = ""
) -> None:
    """Change a step (its kind stays); a new status is recorded with the worker."""
    step = _case_step(session, actor, step_id)
    status = _validate_step(session, data)
    if status.value != step.status:
        _record(step, status, actor, clean(note))
    step.status = status.value
    step.due_on = data.due_on
    step.responsible_id = data.responsible_id
    step.partner_id = data.partner_id
    step.notes = clean(data.notes)


def set_step_status(
    session: Session, actor: UserSession, step_id: uuid.UUID, status: StepStatus, note: str = ""
) -> None:
    """Tick a step (fait, en cours, bloqué…); the change is recorded with the worker."""
    step = _case_step(session, actor, step_id)
    status = StepStatus(status)
    if status.value == step.status:
        return
    step.status = status.value
    _record(step, status, actor, clean(note))


def remove_case_step(session: Session, actor: UserSession, step_id: uuid.UUID) -> None:
    """Remove a step added by mistake (with its history)."""
    session.delete(_case_step(session, actor, step_id))


def case_steps(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[CaseStepView]:
    """The steps of a case in catalogue order, with labels even for retired steps,
    once ``actor`` may read the case."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    return _steps(session, case_id)


def _steps(session: Session, case_id: uuid.UUID) -> list[CaseStepView]:
    today = clock.today()
    rows = session.execute(
        select(CaseStep, AdminStepType, User.full_name, Partner.name)
        .join(AdminStepType, AdminStepType.code == CaseStep.step_code)
        .outerjoin(User, User.id == CaseStep.responsible_id)
        .outerjoin(Partner, Partner.id == CaseStep.partner_id)
        .where(CaseStep.case_id == case_id)
        .order_by(AdminStepType.position, CaseStep.created_at)
    ).all()
    ids = [step.id for step, *_ in rows]
    history: dict[uuid.UUID, list[StepChangeView]] = {i: [] for i in ids}
    if ids:
        names = dict(session.execute(select(User.id, User.full_name)).all())
        for change in session.scalars(
            select(CaseStepChange)
            .where(CaseStepChange.step_id.in_(ids))
            .order_by(CaseStepChange.changed_at)
        ):
            history[change.step_id].append(
                StepChangeView(
                    StepStatus(change.status),
                    change.changed_at,
                    names.get(change.user_id),
                    change.note,
                )
            )
    return [
        CaseStepView(
            id=step.id,
            case_id=step.case_id,
            code=kind.code,
            label=tr(kind.label),
            retired=not kind.active,
            status=StepStatus(step.status),
            due_on=step.due_on,
            responsible_id=step.responsible_id,
            responsible=responsible,
            partner_id=step.partner_id,
            partner=partner,
            notes=step.notes,
            changes=history[step.id],
            overdue=is_overdue(StepStatus(step.status), step.due_on, today),
        )
        for step, kind, responsible, partner in rows
    ]


@dataclass(frozen=True)
class PartnerChoice:
    id: uuid.UUID
    name: str


def partner_choices(session: Session) -> list[PartnerChoice]:
    """Active partners of the directory, by name (for the step form)."""
    rows = session.execute(
        select(Partner.id, Partner.name).where(Partner.active).order_by(Partner.name)
    )
    return [PartnerChoice(pid, name) for pid, name in rows]
