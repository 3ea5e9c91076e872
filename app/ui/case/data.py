"""What the case screen reads, in one background job: the case and its sections."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.core import catalogues as cat
from app.core.auth import UserSession
from app.core.authors import AuthorView, case_authors
from app.core.case_view import CaseDetail, load_case
from app.core.cases import CaseEventView, case_events
from app.core.consent import ConsentView, consent_register
from app.core.followups import FollowUpView, case_timeline
from app.core.pathways.summary import CasePathways, load_pathways
from app.core.people import PersonView, case_people
from app.core.risk import Factor, ScreeningView, active_factors, screening_history, trend
from app.ui.operations import Tx


@dataclass(frozen=True)
class Catalogues:
    """Reference lists the forms offer (read once per opening of a case)."""

    communes: list[cat.Choice]
    violence_types: list[cat.Choice]
    referral_sources: list[cat.Choice]
    partner_sectors: list[cat.Choice]
    staff: list[cat.StaffMember]
    risk_factors: list[Factor]


def load_catalogues(session: Tx) -> Catalogues:
    return Catalogues(
        communes=cat.communes(session),
        violence_types=cat.violence_types(session),
        referral_sources=cat.referral_sources(session),
        partner_sectors=cat.partner_sectors(session),
        staff=cat.staff(session),
        risk_factors=active_factors(session),
    )


@dataclass(frozen=True)
class CaseBundle:
    """One case as its screen shows it."""

    detail: CaseDetail
    events: list[CaseEventView]
    people: list[PersonView]
    authors: list[AuthorView]
    screenings: list[ScreeningView]
    trend: str
    consents: list[ConsentView]
    timeline: list[FollowUpView]
    catalogues: Catalogues
    pathways: CasePathways  # issue #4: complaint and protection, steps, departure plan

    @property
    def case_id(self) -> uuid.UUID:
        return self.detail.id


def load_bundle(
    session: Tx, actor: UserSession, case_id: uuid.UUID, *, trace: bool = True
) -> CaseBundle:
    """Read everything the case screen needs (runs on the worker thread).

    Every read is checked for ``actor``; the opening is traced unless ``trace``
    is false (the same screen reading again after a change): commit afterwards."""
    detail = load_case(session, case_id, actor=actor, trace=trace)
    screenings = screening_history(session, case_id, actor=actor)
    return CaseBundle(
        detail=detail,
        events=case_events(session, case_id, actor=actor),
        people=case_people(session, case_id, actor=actor),
        authors=case_authors(session, case_id, actor=actor),
        screenings=screenings,
        trend=trend(screenings),
        consents=consent_register(session, case_id, actor=actor),
        timeline=case_timeline(session, case_id, actor=actor),
        catalogues=load_catalogues(session),
        pathways=load_pathways(session, case_id, actor=actor),
    )
