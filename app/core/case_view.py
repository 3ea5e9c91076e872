"""Reading a whole case for its screen, and editing its general details."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.auth import UserSession
from app.core.cases import CaseNotFound
from app.core.display import display_name
from app.core.people import PersonView, to_view
from app.core.permissions import Perm, author_visible, require_case
from app.core.validation import check_not_future
from app.core.vocabulary import CaseStatus, RiskLevel, YesNoUnknown
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import (
    Author,
    Case,
    CaseViolence,
    CaseWorker,
    Commune,
    FollowUp,
    Person,
    ReferralSource,
    User,
    ViolenceType,
)


@dataclass(frozen=True)
class CaseDetail:
    id: uuid.UUID
    reference: str
    status: CaseStatus
    closure_reason: str | None
    opened_on: date
    closed_on: date | None
    commune_code: str | None
    commune_name: str | None
    referral_source: str | None
    referral_source_label: str | None
    confidential: bool
    situation: str | None
    violence_codes: list[str]
    violence_labels: list[str]
    first_incident_on: date | None
    last_incident_on: date | None
    children_exposed: YesNoUnknown
    risk_level: RiskLevel | None
    last_contact_at: datetime | None
    workers: list[tuple[uuid.UUID, str]]
    victim: PersonView | None
    people_count: int
    followup_count: int
    author_count: int
    # ``violence_labels`` as stored (French for the seeded ones), in the same order:
    # a letter translates them into its own language (``tr`` inside ``writing_in``)
    violence_sources: tuple[str, ...] = ()

    def title(self, hide_names: bool) -> str:
        """ "2026-0042 — Hélène D." style heading (never used as a window title)."""
        if self.victim is None:
            return self.reference
        v = self.victim
        name = display_name(
            v.first_name,
            v.last_name,
            v.pseudonym,
            hide_names=hide_names,
            person_hides_name=v.hide_name,
        )
        return f"{self.reference} — {name}"


def load_case(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    *,
    trace: bool = True,
) -> CaseDetail:
    """Everything the case screen's header and summary need, once ``actor`` may read it.

    The read is traced as "case opened" unless ``trace`` is false (the same
    screen reading the case again after a change); the caller then commits.
    Only the author records ``actor`` may read are counted."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    if trace:
        audit.record(session, actor, audit.Action.CASE_OPENED, case_id=case_id, object_type="case")
    case = session.get(Case, case_id)
    commune = session.get(Commune, case.commune_code) if case.commune_code else None
    source = session.get(ReferralSource, case.referral_source) if case.referral_source else None
    violence = session.execute(
        select(ViolenceType.code, ViolenceType.label)
        .join(CaseViolence, CaseViolence.violence_code == ViolenceType.code)
        .where(CaseViolence.case_id == case_id)
    ).all()
    # the seeded labels are stored in French: shown in the reader's (or letter's) language
    violence = sorted(((code, label, tr(label)) for code, label in violence), key=lambda v: v[2])
    workers = session.execute(
        select(User.id, User.full_name)
        .join(CaseWorker, CaseWorker.user_id == User.id)
        .where(CaseWorker.case_id == case_id)
        .order_by(User.full_name)
    ).all()
    victim = session.scalar(
        select(Person).where(Person.case_id == case_id, Person.role == "victim").limit(1)
    )

    def count(model: type, column: object, *more: object) -> int:
        query = select(func.count()).select_from(model).where(column == case_id, *more)
        return session.scalar(query)

    return CaseDetail(
        id=case.id,
        reference=case.reference,
        status=CaseStatus(case.status),
        closure_reason=case.closure_reason,
        opened_on=case.opened_on,
        closed_on=case.closed_on,
        commune_code=case.commune_code,
        commune_name=commune.name if commune else None,
        referral_source=case.referral_source,
        referral_source_label=tr(source.label) if source else None,
        confidential=case.confidential,
        situation=case.situation,
        violence_codes=[c for c, _, _ in violence],
        violence_labels=[label for _, _, label in violence],
        first_incident_on=case.first_incident_on,
        last_incident_on=case.last_incident_on,
        children_exposed=YesNoUnknown(case.children_exposed),
        risk_level=RiskLevel(case.risk_level) if case.risk_level else None,
        last_contact_at=case.last_contact_at,
        workers=[(i, n) for i, n in workers],
        victim=to_view(victim) if victim else None,
        people_count=count(Person, Person.case_id),
        followup_count=count(FollowUp, FollowUp.case_id),
        author_count=count(Author, Author.case_id, author_visible(actor, Author.recorded_by)),
        violence_sources=tuple(stored for _, stored, _ in violence),
    )


@dataclass
class CaseDetailsInput:
    commune_code: str | None
    referral_source: str | None = None
    confidential: bool = False
    situation: str = ""
    violence_codes: list[str] = field(default_factory=list)
    first_incident_on: date | None = None
    last_incident_on: date | None = None
    children_exposed: YesNoUnknown = YesNoUnknown.UNKNOWN
    worker_ids: list[uuid.UUID] = field(default_factory=list)


def update_case_details(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: CaseDetailsInput,
) -> None:
    """Save the general details and the violence section. The caller commits."""
    case = session.get(Case, case_id)
    if case is None:
        raise CaseNotFound(tr("Ce dossier n'existe plus."))
    require_case(session, actor, Perm.CASE_UPDATE, case_id)
    if not data.commune_code or session.get(Commune, data.commune_code) is None:
        raise ValidationError(tr("Choisissez la commune."), field="commune")
    if not data.violence_codes:
        raise ValidationError(tr("Cochez au moins un type de violence."), field="violence")
    first = check_not_future(data.first_incident_on, "first_incident_on")
    last = check_not_future(data.last_incident_on, "last_incident_on")
    if first and last and last < first:
        raise ValidationError(
            tr("Le dernier fait connu ne peut pas précéder le premier."), field="last_incident_on"
        )
    if not data.worker_ids:
        raise ValidationError(
            tr("Un dossier doit avoir au moins un·e intervenant·e attitré·e."), field="workers"
        )
    changes = ["details"]
    if case.confidential != data.confidential:
        changes.append("confidential=" + ("on" if data.confidential else "off"))
    old_workers = set(
        session.scalars(select(CaseWorker.user_id).where(CaseWorker.case_id == case_id))
    )
    if old_workers != set(data.worker_ids):
        changes.append("workers")
    case.commune_code = data.commune_code
    case.referral_source = data.referral_source or None
    case.confidential = data.confidential
    case.situation = data.situation.strip() or None
    case.first_incident_on = first
    case.last_incident_on = last
    case.children_exposed = YesNoUnknown(data.children_exposed).value
    session.execute(delete(CaseViolence).where(CaseViolence.case_id == case_id))
    for code in dict.fromkeys(data.violence_codes):
        session.add(CaseViolence(case_id=case_id, violence_code=code))
    session.execute(delete(CaseWorker).where(CaseWorker.case_id == case_id))
    for worker_id in dict.fromkeys(data.worker_ids):
        session.add(CaseWorker(case_id=case_id, user_id=worker_id))
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=case_id,
        object_type="case",
        detail=" ".join(changes),
    )
