"""The raw counts of emergency housing and collective activities, for one period
(private to core: :mod:`app.core.indicators` checks the permission first).

Definitions (stated in the report's notes as well):

* stays started / ended: entry / exit dated within the period;
* people housed: distinct people of stays with at least one night in the period;
* person-nights: nights slept × people, by the counting rule of
  :mod:`app.core.housing_occupancy` (entry day counts, exit day not);
* occupancy of a unit: nights with someone housed over nights available,
  said in months of the period (« 7,5 mois sur 12 »);
* requests: waiting-list requests asked during the period;
* sessions: occurrences not cancelled, held in the period (up to today);
* attendance: the anonymous counts of those sessions added up — a child who
  came to ten workshops counts ten times (« présences »);
* professionals trained: distinct directory contacts who followed at least one
  training session in the period; by module, one person may count in several.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.core.activities import ActivityKind, Audience
from app.core.housing import unit_occupancy
from app.core.housing_occupancy import Occupancy, stay_nights
from app.core.indicator_periods import Period
from app.storage.models import (
    Activity,
    ActivityAttendance,
    ActivityOccurrence,
    HousingRequest,
    HousingStay,
    HousingStayPerson,
    Partner,
    TrainingAttendance,
)

UNKNOWN = ""


@dataclass
class NetworkMeasures:
    """Housing and activity counts of one period (keys are stored codes)."""

    headline: Counter[str] = field(default_factory=Counter)
    exits_by_destination: Counter[str] = field(default_factory=Counter)
    #: unit id (hex) → its occupancy; names in ``unit_names``
    occupancy: dict[str, Occupancy] = field(default_factory=dict)
    unit_names: dict[str, str] = field(default_factory=dict)
    sessions_by_kind: Counter[str] = field(default_factory=Counter)
    attendance_by_kind: Counter[str] = field(default_factory=Counter)
    attendance_by_age: Counter[str] = field(default_factory=Counter)
    attendance_by_gender: Counter[str] = field(default_factory=Counter)
    professionals_by_sector: Counter[str] = field(default_factory=Counter)
    trainees_by_module: Counter[str] = field(default_factory=Counter)


def _housing(session: Session, period: Period, today: date, m: NetworkMeasures) -> None:
    def count(*where) -> int:
        return session.scalar(select(func.count()).where(*where)) or 0

    m.headline["stays_started"] = count(HousingStay.entry_on.between(period.start, period.end))
    ended = session.execute(
        select(HousingStay.destination, func.count())
        .where(HousingStay.exit_on.between(period.start, period.end))
        .group_by(HousingStay.destination)
    )
    m.exits_by_destination = Counter({(d or UNKNOWN): n for d, n in ended})
    m.headline["stays_ended"] = sum(m.exits_by_destination.values())
    m.headline["requests"] = count(HousingRequest.asked_on.between(period.start, period.end))
    # people with at least one night in the period (the counting rule)
    rows = session.execute(
        select(HousingStayPerson.person_id, HousingStay.entry_on, HousingStay.exit_on)
        .join(HousingStay, HousingStay.id == HousingStayPerson.stay_id)
        .where(
            HousingStay.entry_on <= period.end,
            or_(HousingStay.exit_on.is_(None), HousingStay.exit_on > period.start),
        )
    ).all()
    housed = {
        person
        for person, entry, exit_on in rows
        if stay_nights(entry, exit_on, today).clip(period.start, period.end).count
    }
    m.headline["people_housed"] = len(housed)
    for unit in unit_occupancy(session, period, today):
        key = unit.unit.id.hex
        m.occupancy[key] = unit.occupancy
        m.unit_names[key] = unit.unit.name
    m.headline["person_nights"] = sum(o.person_nights for o in m.occupancy.values())


def _activities(session: Session, period: Period, today: date, m: NetworkMeasures) -> None:
    last = min(period.end, today)
    held = (
        ActivityOccurrence.cancelled.is_(False),
        ActivityOccurrence.held_on.between(period.start, last),
    )
    m.sessions_by_kind = Counter(
        dict(
            session.execute(
                select(Activity.kind, func.count())
                .join(ActivityOccurrence, ActivityOccurrence.activity_id == Activity.id)
                .where(*held)
                .group_by(Activity.kind)
            ).all()
        )
    )
    m.headline["sessions"] = sum(m.sessions_by_kind.values())
    rows = session.execute(
        select(
            Activity.kind,
            ActivityAttendance.audience,
            ActivityAttendance.age_band,
            ActivityAttendance.gender,
            func.coalesce(ActivityAttendance.sector, Partner.sector),
            func.sum(ActivityAttendance.count),
        )
        .join(ActivityOccurrence, ActivityOccurrence.activity_id == Activity.id)
        .join(ActivityAttendance, ActivityAttendance.occurrence_id == ActivityOccurrence.id)
        .outerjoin(Partner, Partner.id == ActivityAttendance.partner_id)
        .where(*held)
        .group_by(
            Activity.kind,
            ActivityAttendance.audience,
            ActivityAttendance.age_band,
            ActivityAttendance.gender,
            func.coalesce(ActivityAttendance.sector, Partner.sector),
        )
    ).all()
    for kind, audience, band, gender, sector, n in rows:
        n = int(n or 0)
        m.attendance_by_kind[kind] += n
        m.attendance_by_age[band or UNKNOWN] += n
        m.attendance_by_gender[gender or UNKNOWN] += n
        if audience == Audience.PROFESSIONAL.value:
            m.professionals_by_sector[sector or UNKNOWN] += n
    m.headline["attendance"] = sum(m.attendance_by_kind.values())
    m.headline["professionals"] = sum(m.professionals_by_sector.values())
    trained = session.execute(
        select(Activity.id, TrainingAttendance.contact_id)
        .join(ActivityOccurrence, ActivityOccurrence.activity_id == Activity.id)
        .join(TrainingAttendance, TrainingAttendance.occurrence_id == ActivityOccurrence.id)
        .where(Activity.kind == ActivityKind.TRAINING.value, *held)
        .distinct()
    ).all()
    m.trainees_by_module = Counter(activity.hex for activity, _ in trained)
    m.headline["trainees"] = len({contact for _, contact in trained})


def measure_network(session: Session, period: Period, today: date) -> NetworkMeasures:
    """Housing and activity counts of ``period`` (no permission check: callers check)."""
    m = NetworkMeasures()
    _housing(session, period, today, m)
    _activities(session, period, today, m)
    return m


def training_modules(session: Session) -> dict[str, str]:
    """Training activities: id (hex) → title, for the module rows' labels."""
    rows = session.execute(
        select(Activity.id, Activity.title)
        .where(Activity.kind == ActivityKind.TRAINING.value)
        .order_by(Activity.title)
    )
    return {i.hex: t for i, t in rows}


__all__ = ["NetworkMeasures", "measure_network", "training_modules"]
