"""Follow-up timelines for demo cases: busy at first, sparser later, a few
missed appointments, and planned ones ahead for the cases still open."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from app.core.vocabulary import CaseStatus, FollowUpKind, FollowUpStatus
from app.demo.people import Commune, Household, uuid_from
from app.demo.text import ADDRESSEES, DURATIONS, followup_text, next_step_for

KIND_WEIGHTS = {
    FollowUpKind.INTERVIEW: 30,
    FollowUpKind.PHONE: 30,
    FollowUpKind.HOME_VISIT: 10,
    FollowUpKind.ACCOMPANIMENT: 12,
    FollowUpKind.NETWORK_MEETING: 8,
    FollowUpKind.LETTER: 10,
}
_KINDS = list(KIND_WEIGHTS)
_WEIGHTS = list(KIND_WEIGHTS.values())
APPOINTMENT_KINDS = [
    FollowUpKind.INTERVIEW,
    FollowUpKind.PHONE,
    FollowUpKind.HOME_VISIT,
    FollowUpKind.ACCOMPANIMENT,
]
MAX_PAST = 30


@dataclass(frozen=True)
class Track:
    """The case a timeline is drawn for."""

    case_id: uuid.UUID
    opened: date
    closed: date | None
    status: str
    home: Commune
    household: Household
    workers: list[Any]


def working_day(day: date) -> date:
    """``day``, or the next Monday when it falls on a weekend."""
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


def office_time(rng: random.Random, day: date) -> datetime:
    """A quarter hour between 8:30 and 17:00 on ``day``."""
    minutes = 8 * 60 + 30 + 15 * rng.randint(0, 34)
    return datetime.combine(day, time(minutes // 60, minutes % 60))


def timeline(rng: random.Random, today: date, track: Track) -> list[dict[str, Any]]:
    """Rows of every follow-up of one case, past (done or missed) and planned."""
    end = track.closed or today - timedelta(days=1)
    if track.status == CaseStatus.PAUSED:  # nothing since the pause began
        end = track.opened + timedelta(days=rng.randint(0, max(0, (end - track.opened).days - 30)))
    rows: list[dict[str, Any]] = []
    day = track.opened
    while day <= end and len(rows) < MAX_PAST:
        first = not rows
        if first:
            kind = FollowUpKind.INTERVIEW if rng.random() < 0.7 else FollowUpKind.PHONE
        else:
            kind = rng.choices(_KINDS, weights=_WEIGHTS)[0]
        missed = (
            not first
            and kind not in (FollowUpKind.LETTER, FollowUpKind.NETWORK_MEETING)
            and rng.random() < 0.1
        )
        when = office_time(rng, day)
        status = FollowUpStatus.MISSED if missed else FollowUpStatus.DONE
        rows.append(_followup(rng, track, kind, status, when, created=when, first=first))
        # busy at first, then sparser
        gap = rng.choice((2, 5, 7, 7, 10, 14, 14, 21, 28, 35))
        day = working_day(day + timedelta(days=gap * (1 + len(rows) // 8)))
    if track.status == CaseStatus.OPEN or (
        track.status == CaseStatus.PAUSED and rng.random() < 0.3
    ):
        planned_on = datetime.combine(today, time(9, 0)) - timedelta(days=2)
        for _ in range(rng.choice((0, 1, 1, 1, 2))):
            roll = rng.random()
            if roll < 0.08:  # overdue: planned, passed, never marked done or missed
                when = office_time(
                    rng, max(track.opened, today - timedelta(days=rng.randint(1, 6)))
                )
            elif roll < 0.2:  # today's appointments for the dashboard and agenda
                when = office_time(rng, today)
            else:
                when = office_time(rng, working_day(today + timedelta(days=rng.randint(1, 42))))
            kind = rng.choice(APPOINTMENT_KINDS)
            rows.append(
                _followup(
                    rng, track, kind, FollowUpStatus.PLANNED, when, created=planned_on, first=False
                )
            )
    return rows


def _followup(
    rng: random.Random,
    track: Track,
    kind: str,
    status: str,
    when: datetime,
    *,
    created: datetime,
    first: bool,
) -> dict[str, Any]:
    household = track.household
    who = ADDRESSEES[household.gender]
    low, high, step = DURATIONS[kind]
    place, summary = followup_text(
        rng,
        kind,
        status,
        who,
        commune=track.home.name,
        province=track.home.province,
        first=first,
        has_children=household.children > 0,
    )
    done = status == FollowUpStatus.DONE
    duration = None
    if status == FollowUpStatus.PLANNED or (done and rng.random() < 0.92):
        duration = rng.randrange(low, high + 1, step)
    next_step = None
    if done and rng.random() < 0.65:
        next_step = next_step_for(rng, who, has_children=household.children > 0)
    if status == FollowUpStatus.MISSED:
        next_step = who.fill("Reprendre contact avec {titre} selon les règles de contact sûr.")
    return {
        "id": uuid_from(rng),
        "case_id": track.case_id,
        "occurred_at": when,
        "kind": str(kind),
        "duration_minutes": duration,
        "place": place,
        "summary": summary,
        "next_step": next_step,
        "status": str(status),
        "author_id": rng.choice(track.workers) if track.workers else None,
        "created_at": created,
    }
