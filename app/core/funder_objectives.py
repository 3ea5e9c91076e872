"""The funder's objectives of the service (PSSP, PCS) and the indicators attached
to each, so that the yearly report reads as the funder asks (issue #13).

The coordination names an objective as its programme writes it — the federal
PSSP's strategic and operational objectives ("OS 1.2", "OO 3"), the Walloon
PCS's actions — and attaches indicators chosen from the report's catalogue
(:func:`indicator_catalogue`): a whole table ("Suivis réalisés par type") or
one headline count ("Nouveaux dossiers", code ``cases.new``). The report then
shows a section per objective with those indicators' values, suppressed exactly
as in the rest of the report (the same cells, see
:func:`app.core.indicators.compute_indicators`).

Reading the objectives is ``statistics.read``; naming, changing, ordering and
deleting them is ``statistics.objectives`` (coordination), traced in the audit
trail (the detail names what changed, never the text of an objective).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.core import audit
from app.core.auth import UserSession
from app.core.indicator_tables import HEADLINE_ROWS, HEADLINE_TABLES, HOURS, HOUSING, SPECS
from app.core.permissions import Perm, require
from app.core.validation import check_text
from app.core.vocabulary import LabelledEnum
from app.errors import ValidationError
from app.i18n import N_, tr
from app.storage.models import FunderObjective, FunderObjectiveIndicator


class Programme(LabelledEnum):
    """The funder's programme an objective belongs to."""

    PSSP = "pssp", N_("PSSP (plan stratégique de sécurité et de prévention)")
    PCS = "pcs", N_("PCS (plan de cohésion sociale)")

    @property
    def short(self) -> str:
        return self.value.upper()


#: the occupancy table is built apart from the specs (a place, not people)
OCCUPANCY_CODE = "housing_occupancy"
_OCCUPANCY_TITLE = N_("Occupation des logements d'urgence")


@dataclass(frozen=True)
class CatalogueIndicator:
    """An indicator a funder's objective may name: a table of the report, or one
    headline count of it (``table.row``)."""

    code: str
    section: str
    label: str


def indicator_catalogue() -> tuple[CatalogueIndicator, ...]:
    """Every indicator of the report, in the report's order (no permission needed:
    the catalogue holds titles, not figures)."""
    found: list[CatalogueIndicator] = []
    for spec in SPECS:
        if spec.code in HEADLINE_TABLES:
            found += [
                CatalogueIndicator(f"{spec.code}.{row}", tr(spec.section), tr(label))
                for row, label in HEADLINE_ROWS[spec.code]
            ]
        else:
            found.append(CatalogueIndicator(spec.code, tr(spec.section), tr(spec.title)))
        if spec.code == "followups_by_kind":
            found.append(CatalogueIndicator(HOURS.code, tr(HOURS.section), tr(HOURS.title)))
        if spec.code == "housing":
            found.append(CatalogueIndicator(OCCUPANCY_CODE, tr(HOUSING), tr(_OCCUPANCY_TITLE)))
    return tuple(found)


def catalogue_codes() -> frozenset[str]:
    return frozenset(i.code for i in indicator_catalogue())


@dataclass(frozen=True)
class ObjectiveInput:
    programme: Programme | str
    code: str
    title: str
    description: str | None = None


@dataclass(frozen=True)
class ObjectiveView:
    id: uuid.UUID
    programme: Programme
    code: str
    title: str
    description: str | None
    position: int
    #: codes of the catalogue, in the order they were attached
    indicators: tuple[str, ...]

    @property
    def heading(self) -> str:
        """« PSSP — OS 1.2 : Accompagner les victimes »"""
        return tr("{programme} — {code} : {title}").format(
            programme=self.programme.short, code=self.code, title=self.title
        )


def _validate(data: ObjectiveInput) -> tuple[Programme, str, str, str | None]:
    try:
        programme = Programme(data.programme)
    except ValueError:
        raise ValidationError(
            tr("Choisissez le programme du financeur (PSSP ou PCS)."), field="programme"
        ) from None
    code = check_text(data.code, "code")
    if not code:
        raise ValidationError(
            tr("Indiquez le code de l'objectif tel que le financeur l'écrit (ex. « OS 1.2 »)."),
            field="code",
        )
    if len(code) > 20:
        raise ValidationError(tr("Le code est trop long (20 caractères au plus)."), field="code")
    title = check_text(data.title, "title")
    if not title:
        raise ValidationError(tr("Donnez un intitulé à l'objectif."), field="title")
    if len(title) > 200:
        raise ValidationError(
            tr("L'intitulé est trop long (200 caractères au plus)."), field="title"
        )
    description = check_text(data.description, "description", multiline=True)
    return programme, code, title, description


def _same_code(
    session: Session, programme: Programme, code: str, other_than: uuid.UUID | None
) -> bool:
    query = select(FunderObjective.id).where(
        FunderObjective.programme == programme.value,
        func.lower(FunderObjective.code) == code.lower(),
    )
    if other_than is not None:
        query = query.where(FunderObjective.id != other_than)
    return session.scalar(query.limit(1)) is not None


def _found(session: Session, objective_id: uuid.UUID) -> FunderObjective:
    objective = session.get(FunderObjective, objective_id)
    if objective is None:
        raise ValidationError(tr("Cet objectif n'existe plus."))
    return objective


def _trace(session: Session, actor: UserSession, objective_id: uuid.UUID, what: str) -> None:
    # the detail names what changed, never the code or the title
    audit.record(
        session,
        actor,
        audit.Action.OBJECTIVE_CHANGED,
        object_type="funder_objective",
        object_id=str(objective_id),
        detail=what,
    )


def _view(objective: FunderObjective) -> ObjectiveView:
    return ObjectiveView(
        objective.id,
        Programme(objective.programme),
        objective.code,
        objective.title,
        objective.description,
        objective.position,
        tuple(i.indicator_code for i in objective.indicators),
    )


def list_objectives(session: Session, actor: UserSession) -> list[ObjectiveView]:
    """The service's objectives in the order the coordination set (``statistics.read``)."""
    require(actor, Perm.STATISTICS_READ)
    return _objectives(session)


def _objectives(session: Session) -> list[ObjectiveView]:
    rows = session.scalars(
        select(FunderObjective)
        .options(selectinload(FunderObjective.indicators))  # one query for all of them
        .order_by(FunderObjective.position, FunderObjective.created_at)
    ).all()
    return [_view(o) for o in rows]


def create_objective(session: Session, actor: UserSession, data: ObjectiveInput) -> uuid.UUID:
    """Name a new objective, placed last (``statistics.objectives``). The caller commits."""
    require(actor, Perm.STATISTICS_OBJECTIVES)
    programme, code, title, description = _validate(data)
    if _same_code(session, programme, code, None):
        raise ValidationError(
            tr("Un objectif {programme} porte déjà le code « {code} ».").format(
                programme=programme.short, code=code
            ),
            field="code",
        )
    last = session.scalar(select(func.max(FunderObjective.position)))
    objective = FunderObjective(
        programme=programme.value,
        code=code,
        title=title,
        description=description,
        position=(last + 1) if last is not None else 0,
        created_by=actor.user_id,
    )
    session.add(objective)
    session.flush()
    _trace(session, actor, objective.id, "added")
    return objective.id


def update_objective(
    session: Session, actor: UserSession, objective_id: uuid.UUID, data: ObjectiveInput
) -> None:
    """Rename an objective or change its programme, code or description."""
    require(actor, Perm.STATISTICS_OBJECTIVES)
    objective = _found(session, objective_id)
    programme, code, title, description = _validate(data)
    if _same_code(session, programme, code, objective_id):
        raise ValidationError(
            tr("Un objectif {programme} porte déjà le code « {code} ».").format(
                programme=programme.short, code=code
            ),
            field="code",
        )
    objective.programme = programme.value
    objective.code = code
    objective.title = title
    objective.description = description
    session.flush()
    _trace(session, actor, objective_id, "changed")


def move_objective(
    session: Session, actor: UserSession, objective_id: uuid.UUID, offset: int
) -> None:
    """Move an objective up (``offset`` < 0) or down in the report's order."""
    require(actor, Perm.STATISTICS_OBJECTIVES)
    _found(session, objective_id)
    ordered = list(
        session.scalars(
            select(FunderObjective).order_by(FunderObjective.position, FunderObjective.created_at)
        )
    )
    index = next(i for i, o in enumerate(ordered) if o.id == objective_id)
    target = max(0, min(len(ordered) - 1, index + offset))
    if target == index:
        return
    ordered.insert(target, ordered.pop(index))
    for position, objective in enumerate(ordered):
        objective.position = position
    session.flush()
    _trace(session, actor, objective_id, f"moved;{target + 1}")


def delete_objective(session: Session, actor: UserSession, objective_id: uuid.UUID) -> None:
    """Delete an objective and its attached indicators (the figures stay)."""
    require(actor, Perm.STATISTICS_OBJECTIVES)
    objective = _found(session, objective_id)
    session.delete(objective)
    session.flush()
    _trace(session, actor, objective_id, "deleted")


def set_objective_indicators(
    session: Session, actor: UserSession, objective_id: uuid.UUID, codes: list[str]
) -> None:
    """Attach exactly ``codes`` (codes of :func:`indicator_catalogue`, in that order)."""
    require(actor, Perm.STATISTICS_OBJECTIVES)
    objective = _found(session, objective_id)
    known = catalogue_codes()
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise ValidationError(
            tr("Indicateur inconnu : {codes}.").format(codes=", ".join(unknown)),
            field="indicators",
        )
    wanted = list(dict.fromkeys(codes))
    before = [i.indicator_code for i in objective.indicators]
    if wanted == before:
        return
    objective.indicators.clear()
    session.flush()
    objective.indicators.extend(
        FunderObjectiveIndicator(indicator_code=code, position=i) for i, code in enumerate(wanted)
    )
    session.flush()
    added = len(set(wanted) - set(before))
    removed = len(set(before) - set(wanted))
    _trace(session, actor, objective_id, f"indicators;+{added};-{removed}")


def attach_indicator(
    session: Session, actor: UserSession, objective_id: uuid.UUID, code: str
) -> None:
    """Attach one indicator (last), if it is not attached yet."""
    require(actor, Perm.STATISTICS_OBJECTIVES)
    current = list(_view(_found(session, objective_id)).indicators)
    if code not in current:
        set_objective_indicators(session, actor, objective_id, [*current, code])


def detach_indicator(
    session: Session, actor: UserSession, objective_id: uuid.UUID, code: str
) -> None:
    """Detach one indicator (nothing happens if it was not attached)."""
    require(actor, Perm.STATISTICS_OBJECTIVES)
    current = list(_view(_found(session, objective_id)).indicators)
    if code in current:
        set_objective_indicators(session, actor, objective_id, [c for c in current if c != code])
