"""The home page's read: one use case gathering what the day holds for the actor.

Every part goes through the service that checks ``actor`` (counts, agenda,
alerts, case list, deadlines); this module only composes them so that the
screen asks for one thing and gets plain data back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from app import clock
from app.core.agenda import (
    AgendaItem,
    AlertPage,
    appointments,
    count_high_risk_without_contact,
    high_risk_without_contact,
)
from app.core.auth import UserSession
from app.core.case_list import CaseFilter, CasePage, list_cases
from app.core.overview import Overview, overview_counts
from app.core.pathways.deadlines import Deadline, deadlines
from app.core.vocabulary import CaseStatus, Role

#: how many of my open cases the dashboard lists
MY_CASES_SHOWN = 20
#: how far ahead the dashboard lists deadlines and hearings (issue #4)
DEADLINE_DAYS = 14


@dataclass(frozen=True)
class Dashboard:
    """What the home page shows, read in one transaction."""

    overview: Overview
    today: list[AgendaItem]
    #: the first page of the cases to watch (the page asks for the next ones)
    alerts: AlertPage
    #: how many cases to watch in all
    alert_total: int
    mine: CasePage
    now: datetime
    deadlines: list[Deadline] = field(default_factory=list)


def watched_worker(actor: UserSession) -> uuid.UUID | None:
    """Whose cases the dashboard watches: the coordinator's, the whole service's
    (None); anyone else's, their own."""
    return None if actor.role is Role.COORDINATOR else actor.user_id


def load_dashboard(session: Session, actor: UserSession, *, hide_names: bool) -> Dashboard:
    """Today's appointments, the cases to watch, my open cases and the coming
    deadlines of ``actor`` (the coordinator watches the whole service).

    Each part is read through its own service, which checks ``actor``'s rights.
    """
    now = clock.now_second()
    me = actor.user_id
    watch_user = watched_worker(actor)
    mine = CaseFilter(statuses={CaseStatus.OPEN}, worker_id=me)
    return Dashboard(
        overview=overview_counts(session, actor=actor),
        today=appointments(session, now.date(), 1, actor=actor, user_id=me, hide_names=hide_names),
        alerts=high_risk_without_contact(
            session, actor=actor, user_id=watch_user, hide_names=hide_names
        ),
        alert_total=count_high_risk_without_contact(session, actor=actor, user_id=watch_user),
        mine=list_cases(session, mine, actor=actor, limit=MY_CASES_SHOWN, hide_names=hide_names),
        now=now,
        deadlines=deadlines(
            session, actor=actor, days=DEADLINE_DAYS, user_id=watch_user, hide_names=hide_names
        ),
    )
