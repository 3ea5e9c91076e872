"""The people behind an activity's counts, only where it is chosen or needed.

* A participant linked to a case: only when the worker chooses it, and only
  under that case's permissions (``activity.case_link`` on the case to make or
  remove a link; the case's reference is shown only to who may read the case).
  A link adds nobody to the counts: the anonymous attendance stays the count.
* Trainings: which professionals of the partner directory followed which
  module (an activity of kind « formation »), for the referents' training plan.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.activities import ActivityKind
from app.core.auth import UserSession
from app.core.permissions import Perm, require, require_case, visible_cases
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import (
    Activity,
    ActivityCaseLink,
    ActivityOccurrence,
    Case,
    Partner,
    PartnerContact,
    Person,
    TrainingAttendance,
)


def _occurrence(session: Session, occurrence_id: uuid.UUID) -> ActivityOccurrence:
    occurrence = session.get(ActivityOccurrence, occurrence_id)
    if occurrence is None:
        raise ValidationError(tr("Cette séance n'existe plus."))
    return occurrence


# -- links to a case --------------------------------------------------------------------


def link_participant(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    occurrence_id: uuid.UUID,
    person_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Note that a person of case ``case_id`` took part in an occurrence.

    Checked on the case first (``activity.case_link``); traced on the case."""
    require_case(session, actor, Perm.ACTIVITY_CASE_LINK, case_id)
    occurrence = _occurrence(session, occurrence_id)
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None or person.case_id != case_id:
            raise ValidationError(
                tr("Cette personne n'appartient pas à ce dossier."), field="person"
            )
    link = ActivityCaseLink(
        occurrence_id=occurrence.id, case_id=case_id, person_id=person_id, linked_by=actor.user_id
    )
    session.add(link)
    session.flush()
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=case_id,
        object_type="activity_link",
        object_id=link.id.hex,
        detail="added",
    )
    return link.id


def find_case_for_link(session: Session, actor: UserSession, reference: str) -> uuid.UUID:
    """The case numbered ``reference`` (e.g. 2026-0042), once ``actor`` may link to it."""
    require(actor, Perm.ACTIVITY_CASE_LINK)
    case_id = session.scalar(select(Case.id).where(Case.reference == reference.strip()))
    if case_id is None:
        raise ValidationError(tr("Aucun dossier ne porte ce numéro."), field="reference")
    require_case(session, actor, Perm.ACTIVITY_CASE_LINK, case_id)
    return case_id


def unlink_participant(session: Session, actor: UserSession, link_id: uuid.UUID) -> None:
    """Remove a link (checked on its case)."""
    link = session.get(ActivityCaseLink, link_id)
    if link is None:
        raise ValidationError(tr("Ce lien n'existe plus."))
    require_case(session, actor, Perm.ACTIVITY_CASE_LINK, link.case_id)
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=link.case_id,
        object_type="activity_link",
        object_id=link.id.hex,
        detail="removed",
    )
    session.delete(link)


@dataclass(frozen=True)
class LinkView:
    id: uuid.UUID
    case_id: uuid.UUID
    reference: str
    person_id: uuid.UUID | None


@dataclass(frozen=True)
class OccurrenceLinks:
    visible: tuple[LinkView, ...]
    #: links to cases the reader may not see: a count, never a reference
    hidden: int


def occurrence_links(
    session: Session, actor: UserSession, occurrence_id: uuid.UUID
) -> OccurrenceLinks:
    """The case links of an occurrence as ``actor`` may see them."""
    require(actor, Perm.ACTIVITIES_READ)
    _occurrence(session, occurrence_id)
    total = len(
        session.scalars(
            select(ActivityCaseLink.id).where(ActivityCaseLink.occurrence_id == occurrence_id)
        ).all()
    )
    rows = session.execute(
        select(ActivityCaseLink, Case.reference)
        .join(Case, Case.id == ActivityCaseLink.case_id)
        .where(ActivityCaseLink.occurrence_id == occurrence_id, visible_cases(actor))
        .order_by(Case.reference)
    ).all()
    visible = tuple(LinkView(link.id, link.case_id, ref, link.person_id) for link, ref in rows)
    return OccurrenceLinks(visible, total - len(visible))


@dataclass(frozen=True)
class CaseActivity:
    occurrence_id: uuid.UUID
    held_on: date
    kind: ActivityKind
    title: str


def case_activities(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[CaseActivity]:
    """The activities a case's people were linked to, newest first."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    rows = session.execute(
        select(ActivityOccurrence.id, ActivityOccurrence.held_on, Activity.kind, Activity.title)
        .join(ActivityCaseLink, ActivityCaseLink.occurrence_id == ActivityOccurrence.id)
        .join(Activity, Activity.id == ActivityOccurrence.activity_id)
        .where(ActivityCaseLink.case_id == case_id)
        .order_by(ActivityOccurrence.held_on.desc())
    )
    return [CaseActivity(i, d, ActivityKind(k), t) for i, d, k, t in rows]


# -- trainings --------------------------------------------------------------------------


def record_trainees(
    session: Session, actor: UserSession, occurrence_id: uuid.UUID, contact_ids: list[uuid.UUID]
) -> int:
    """Who of the partner directory followed a training occurrence (replaces the list)."""
    require(actor, Perm.ACTIVITIES_WRITE)
    occurrence = _occurrence(session, occurrence_id)
    activity = session.get(Activity, occurrence.activity_id)
    if activity is None or activity.kind != ActivityKind.TRAINING.value:
        raise ValidationError(
            tr("Les participant·es nommé·es se notent pour une formation."), field="trainees"
        )
    wanted = set(contact_ids)
    known = set(session.scalars(select(PartnerContact.id).where(PartnerContact.id.in_(wanted))))
    if known != wanted:
        raise ValidationError(
            tr("Une personne choisie n'est plus dans le répertoire."), field="trainees"
        )
    for row in session.scalars(
        select(TrainingAttendance).where(TrainingAttendance.occurrence_id == occurrence.id)
    ):
        session.delete(row)
    session.flush()
    for contact_id in sorted(wanted):
        session.add(TrainingAttendance(occurrence_id=occurrence.id, contact_id=contact_id))
    audit.record(
        session,
        actor,
        audit.Action.ACTIVITY_CHANGED,
        object_type="training",
        object_id=occurrence.id.hex,
        detail=f"trainees={len(wanted)}",
    )
    return len(wanted)


def occurrence_trainees(
    session: Session, actor: UserSession, occurrence_id: uuid.UUID
) -> list[uuid.UUID]:
    """The directory contacts noted as having followed a training occurrence."""
    require(actor, Perm.ACTIVITIES_READ)
    return list(
        session.scalars(
            select(TrainingAttendance.contact_id).where(
                TrainingAttendance.occurrence_id == occurrence_id
            )
        )
    )


@dataclass(frozen=True)
class Professional:
    """A contact person of the partner directory."""

    id: uuid.UUID
    name: str
    function: str | None
    partner_name: str
    sector: str


def network_professionals(session: Session, actor: UserSession) -> list[Professional]:
    """The contact people of the directory's active partners, by organisation."""
    require(actor, Perm.ACTIVITIES_READ)
    rows = session.execute(
        select(PartnerContact, Partner.name, Partner.sector)
        .join(Partner, Partner.id == PartnerContact.partner_id)
        .where(Partner.active)
        .order_by(Partner.name, PartnerContact.name)
    ).all()
    return [Professional(c.id, c.name, c.function, name, sector) for c, name, sector in rows]


@dataclass(frozen=True)
class TrainingRecord:
    """One professional and the modules they followed (the training plan)."""

    professional: Professional
    modules: tuple[tuple[str, date], ...]  # module title, last date followed


def training_plan(session: Session, actor: UserSession) -> list[TrainingRecord]:
    """Who in the network followed which module, by organisation then name."""
    require(actor, Perm.ACTIVITIES_READ)
    followed: dict[uuid.UUID, dict[str, date]] = {}
    for contact_id, title, held_on in session.execute(
        select(TrainingAttendance.contact_id, Activity.title, ActivityOccurrence.held_on)
        .join(ActivityOccurrence, ActivityOccurrence.id == TrainingAttendance.occurrence_id)
        .join(Activity, Activity.id == ActivityOccurrence.activity_id)
        .where(Activity.kind == ActivityKind.TRAINING.value)
    ):
        modules = followed.setdefault(contact_id, {})
        modules[title] = max(held_on, modules.get(title, held_on))
    return [
        TrainingRecord(p, tuple(sorted(followed[p.id].items())))
        for p in network_professionals(session, actor)
        if p.id in followed
    ]
