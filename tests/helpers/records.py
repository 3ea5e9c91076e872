"""Writing representative case data through the ORM (as the application does)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from app.storage.engine import Database
from app.storage.models import Case, FollowUp, Person


def add_case(
    db: Database,
    *,
    reference: str = "2026-0001",
    first_name: str = "Hélène",
    last_name: str = "Çelik",
    summary: str = "Premier entretien au bureau.",
) -> uuid.UUID:
    """Insert one case with its victim and one follow-up; return the case id."""
    with db.session() as session, session.begin():
        case = Case(reference=reference, opened_on=date(2026, 3, 2))
        case.people.append(
            Person(role="victim", first_name=first_name, last_name=last_name, hide_name=False)
        )
        case.followups.append(
            FollowUp(
                occurred_at=datetime(2026, 3, 2, 10, 30),
                kind="interview",
                summary=summary,
                status="done",
            )
        )
        session.add(case)
        session.flush()
        return case.id
