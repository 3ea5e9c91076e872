"""What the case screen reads in one go: the case, its sections and the form lists.

A read use case of core (the screen only says when to run it): every part is
read through the service that checks ``actor``'s rights on the case.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.core import catalogues as cat
from app.core.auth import UserSession
from app.core.authors import AuthorView, case_authors
from app.core.case_view import CaseDetail, load_case
from app.core.cases import CaseEventView, case_events
from app.core.consent import ConsentView, consent_register
from app.core.followups import TIMELINE_PAGE, FollowUpView, case_timeline, count_followups
from app.core.pathways.summary import CasePathways, load_pathways
from app.core.people import PersonView, case_people
from app.core.risk import Factor, ScreeningView, active_factors, screening_history, trend
from app.core.sync_conflicts import waiting_count


@dataclass(frozen=True)
class Catalogues:
    """Reference lists the forms offer (read once per opening of a case)."""

    communes: list[cat.Choice]
    violence_types: list[cat.Choice]
    referral_sources: list[cat.Choice]
    partner_sectors: list[cat.Choice]
    staff: list[cat.StaffMember]
    risk_factors: list[Factor]


def load_catalogues(session: Session) -> Catalogues:
    """The reference lists of the case forms and the intake (no case data)."""
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
    #: the newest follow-ups (a page: the screen asks for older ones on demand)
    timeline: list[FollowUpView]
    catalogues: Catalogues
    pathways: CasePathways  # complaint and protection, steps, departure plan
    #: how many follow-ups the case holds in all
    followup_count: int = 0
    #: synchronisation clashes of this case waiting for a choice (issue 12)
    sync_conflicts: int = 0

    @property
    def case_id(self) -> uuid.UUID:
        return self.detail.id


def load_bundle(
    session: Session, actor: UserSession, case_id: uuid.UUID, *, trace: bool = True
) -> CaseBundle:
    """Read everything the case screen needs, each part checked for ``actor``.

    The opening is traced unless ``trace`` is false (the same screen reading
    again after a change): run it in a transaction that is committed."""
    detail = load_case(session, actor, case_id, trace=trace)
    screenings = screening_history(session, actor, case_id)
    return CaseBundle(
        detail=detail,
        events=case_events(session, actor, case_id),
        people=case_people(session, actor, case_id),
        authors=case_authors(session, actor, case_id),
        screenings=screenings,
        trend=trend(screenings),
        consents=consent_register(session, actor, case_id),
        timeline=case_timeline(session, actor, case_id, limit=TIMELINE_PAGE),
        catalogues=load_catalogues(session),
        pathways=load_pathways(session, actor, case_id),
        followup_count=count_followups(session, actor, case_id),
        sync_conflicts=waiting_count(session, actor, case_id),
    )
