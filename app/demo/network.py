"""Emergency housing and collective activities of the demo vault (issue #13).

Two units (an apartment lent by the social housing agency, a transit
studio) with stays of the demo's victims and children over the last two
years — one still open past its planned end, so the flag shows — and a
short waiting list; the network's activities as the SECOVA example runs
them: « La cabane » on the first Wednesday (school months), a support group
every other Tuesday, a parents' group, « Ruban Blanc » awareness actions in
November, sessions in schools, a four-module training plan for the
referents, and the platform meeting every quarter. Attendance is anonymous
counts; a few children's participations are linked to their case.
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect_right
from datetime import date, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.activities import ActivityKind, AgeBand, Audience
from app.core.housing import RequestStatus, StayDestination
from app.core.pathways.vocabulary import DestinationType
from app.core.recurrence import Recurrence, occurrence_dates
from app.storage.models import (
    Activity,
    ActivityAttendance,
    ActivityCaseLink,
    ActivityFacilitator,
    ActivityOccurrence,
    ActivityPartner,
    Case,
    DeparturePlan,
    HousingRequest,
    HousingStay,
    HousingStayPerson,
    HousingUnit,
    Partner,
    PartnerContact,
    Person,
    TrainingAttendance,
    User,
)

_DESTINATIONS = (
    (StayDestination.SOCIAL_HOUSING, 30),
    (StayDestination.PRIVATE_RENTAL, 20),
    (StayDestination.FAMILY_FRIENDS, 20),
    (StayDestination.SHELTER, 15),
    (StayDestination.RETURN_HOME, 10),
    (StayDestination.OTHER, 5),
)
_MODULES = (
    "Module 1 — Cadre légal et procédures",
    "Module 2 — Évaluer le risque",
    "Module 3 — Les enfants exposés",
    "Module 4 — Travailler en réseau",
)
_SECTORS_AT_MEETINGS = (
    "police",
    "cpas",
    "victim_aid",
    "justice",
    "health",
    "school_youth",
    "housing",
)


def _partner(session: Session, sector: str) -> uuid.UUID | None:
    return session.scalar(select(Partner.id).where(Partner.sector == sector).limit(1))


def _households(session: Session, until: date) -> list[tuple[uuid.UUID, date, list[uuid.UUID]]]:
    """Cases opened before ``until`` with their people (victim first)."""
    people: dict[uuid.UUID, list[uuid.UUID]] = {}
    for case_id, person_id, _role in session.execute(
        select(Person.case_id, Person.id, Person.role).order_by(Person.role.desc())
    ):
        people.setdefault(case_id, []).append(person_id)
    rows = session.execute(
        select(Case.id, Case.opened_on).where(Case.opened_on < until).order_by(Case.opened_on)
    )
    return [(case_id, opened, people[case_id]) for case_id, opened in rows if case_id in people]


def _stays(
    session: Session,
    rng: random.Random,
    unit: HousingUnit,
    households: list,
    start: date,
    today: date,
    workers: list[User],
    used: set[uuid.UUID],
) -> list[HousingStay]:
    """Stays one after the other with gaps, about 60 % of the nights occupied."""
    stays: list[HousingStay] = []
    opened = [h[1] for h in households]
    day = start
    while True:
        day += timedelta(days=rng.randint(6, 40))
        if day >= today - timedelta(days=10):
            break
        # the latest cases opened by that day (households are by opening date)
        recent = households[max(0, bisect_right(opened, day) - 80) : bisect_right(opened, day)]
        candidates = [h for h in recent if h[0] not in used]
        if not candidates:
            continue
        case_id, _opened, people = rng.choice(candidates)
        used.add(case_id)
        people = people[: unit.capacity]
        length = rng.randint(25, 110)
        planned = day + timedelta(days=length + rng.randint(-10, 20))
        exit_on: date | None = day + timedelta(days=length)
        if exit_on >= today:
            exit_on = None
        stay = HousingStay(
            case_id=case_id,
            unit_id=unit.id,
            entry_on=day,
            planned_exit_on=planned,
            exit_on=exit_on,
            created_by=rng.choice(workers).id if workers else None,
        )
        if exit_on is not None:
            stay.destination = rng.choices(
                [d for d, _ in _DESTINATIONS], [w for _, w in _DESTINATIONS]
            )[0].value
        stay.people = [HousingStayPerson(person_id=p) for p in people]
        session.add(stay)
        stays.append(stay)
        if exit_on is None:
            break
        day = exit_on
    return stays


def _housing(
    session: Session,
    rng: random.Random,
    today: date,
    workers: list[User],
    used: set[uuid.UUID],
    suffix: str = "",
) -> None:
    lender = _partner(session, "housing")
    apartment = HousingUnit(
        name="Appartement d'urgence" + suffix,
        capacity=4,
        address="Adresse de démonstration (fictive) — à ne jamais communiquer",
        available_from=today - timedelta(days=3 * 365),
        partner_id=lender,
        notes="Prêté par l'agence immobilière sociale ; clés au bureau.",
    )
    studio = HousingUnit(
        name="Studio de transit" + suffix,
        capacity=2,
        address="Autre adresse de démonstration (fictive)",
        available_from=today - timedelta(days=420),
    )
    session.add_all([apartment, studio])
    session.flush()
    households = _households(session, today)
    apartment_stays = _stays(
        session, rng, apartment, households, today - timedelta(days=2 * 365), today, workers, used
    )
    studio_stays = _stays(
        session, rng, studio, households, studio.available_from, today, workers, used
    )
    # the studio's last stay is still open past its planned end: the flag shows
    last = studio_stays[-1] if studio_stays else None
    if last is not None:
        last.exit_on, last.destination = None, None
        last.planned_exit_on = min(last.planned_exit_on or today, today - timedelta(days=5))
        last.entry_on = min(last.entry_on, today - timedelta(days=40))
    session.flush()
    for stay in [*apartment_stays, *studio_stays]:
        # the departure plan of a housed case names its stay (emergency apartment)
        plan = session.scalar(
            select(DeparturePlan).where(
                DeparturePlan.case_id == stay.case_id, DeparturePlan.current
            )
        )
        if plan is not None:
            plan.destination_type = DestinationType.EMERGENCY_APARTMENT.value
            plan.housing_stay_id = stay.id
        session.add(
            HousingRequest(
                case_id=stay.case_id,
                asked_on=stay.entry_on - timedelta(days=rng.randint(1, 20)),
                priority=rng.choice((1, 1, 2)),
                people_count=len(stay.people),
                status=RequestStatus.HOUSED.value,
                closed_on=stay.entry_on,
                stay_id=stay.id,
            )
        )
    waiting = [h for h in households if h[0] not in used][-3:]
    for n, (case_id, opened, people) in enumerate(waiting):
        session.add(
            HousingRequest(
                case_id=case_id,
                asked_on=max(opened, today - timedelta(days=3 + 9 * n)),
                priority=(1, 2, 3)[n % 3],
                people_count=len(people),
                status=RequestStatus.WAITING.value,
                notes="Demande de démonstration.",
            )
        )


def _activity(session: Session, kind: ActivityKind, title: str, days: list[date], **kw) -> Activity:
    activity = Activity(kind=kind.value, title=title, starts_on=days[0], ends_on=days[-1], **kw)
    session.add(activity)
    session.flush()
    for day in days:
        session.add(ActivityOccurrence(activity_id=activity.id, held_on=day))
    session.flush()
    return activity


def _count(occurrence: ActivityOccurrence, audience: Audience, n: int, **kw) -> None:
    if n > 0:
        occurrence.attendance.append(ActivityAttendance(audience=audience.value, count=n, **kw))


def _activities(
    session: Session, rng: random.Random, today: date, workers: list[User], suffix: str = ""
) -> None:
    start = date(today.year - 1, 1, 1)
    end = date(today.year, 12, 31)
    staff = [w.id for w in workers]
    cases_with_children = [
        (case_id, person_id)
        for case_id, person_id in session.execute(
            select(Person.case_id, Person.id).where(Person.role == "co_victim")
        )
    ]

    def add(kind, title, days, *, place, audience="", partners=(), rule=Recurrence.NONE, **kw):
        activity = _activity(
            session,
            kind,
            title,
            days,
            place=place,
            audience=audience or None,
            recurrence=rule.value,
            **kw,
        )
        for partner_id in partners:
            if partner_id:
                session.add(ActivityPartner(activity_id=activity.id, partner_id=partner_id))
        for user_id in rng.sample(staff, k=min(2, len(staff))):
            session.add(ActivityFacilitator(activity_id=activity.id, user_id=user_id))
        return activity

    school_months = [
        d
        for d in occurrence_dates(Recurrence.MONTHLY_NTH, start, end, weekday=2, nth=1)
        if d.month not in (7, 8)
    ]
    cabane = add(
        ActivityKind.CHILDREN_WORKSHOP,
        "La cabane" + suffix,
        school_months,
        place="Maison de quartier",
        audience="Enfants de 5 à 10 ans ; parents accueillis en parallèle",
        partners=[_partner(session, "school_youth")],
        rule=Recurrence.MONTHLY_NTH,
        weekday=2,
        nth=1,
        start_time=time(14, 0),
        end_time=time(16, 30),
    )
    group = add(
        ActivityKind.SUPPORT_GROUP,
        "Groupe de parole" + suffix,
        occurrence_dates(Recurrence.WEEKLY, start, end, weekday=1, interval_weeks=2),
        place="Local du service",
        audience="Femmes victimes de violences conjugales",
        rule=Recurrence.WEEKLY,
        weekday=1,
        interval_weeks=2,
        start_time=time(18, 0),
        end_time=time(20, 0),
    )
    parents = add(
        ActivityKind.PARENT_GROUP,
        "Être parent après la violence" + suffix,
        occurrence_dates(Recurrence.MONTHLY_NTH, start, end, weekday=3, nth=-1),
        place="Maison de quartier",
        rule=Recurrence.MONTHLY_NTH,
        weekday=3,
        nth=-1,
    )
    ribbon = [
        add(
            ActivityKind.AWARENESS,
            f"Ruban Blanc {year} — {commune}{suffix}",
            [date(year, 11, 20 + n)],
            place=f"Marché de {commune}",
            audience="Tout public",
        )
        for year in (today.year - 1, today.year)
        for n, commune in enumerate(("Aywaille", "Esneux", "Sprimont"))
    ]
    schools = [
        add(
            ActivityKind.SCHOOL_SESSION,
            f"Relations amoureuses sans violence — {label}{suffix}",
            [day],
            place="Athénée",
            audience="Élèves de 5e et 6e secondaire",
            partners=[_partner(session, "school_youth")],
        )
        for label, day in (
            ("5e A", date(today.year - 1, 3, 14)),
            ("6e B", date(today.year - 1, 3, 21)),
            ("5e C", date(today.year, 3, 13)),
            ("6e A", date(today.year, 3, 20)),
        )
    ]
    modules = [
        add(
            ActivityKind.TRAINING,
            title + suffix,
            [date(today.year - (1 if n < 2 else 0), 2 + 3 * (n % 2), 10 + n)],
            place="Salle du conseil",
            audience="Référent·es VIF du réseau",
        )
        for n, title in enumerate(_MODULES)
    ]
    platform = add(
        ActivityKind.NETWORK_MEETING,
        "Plateforme VIF (réunion trimestrielle)" + suffix,
        [date(y, m, 15) for y in (today.year - 1, today.year) for m in (3, 6, 9, 12)],
        place="Maison communale",
        audience="Professionnel·les du réseau",
    )
    session.flush()
    contacts = list(session.scalars(select(PartnerContact.id)))

    for activity in (cabane, group, parents, *ribbon, *schools, *modules, platform):
        session.refresh(activity)
        for occurrence in activity.occurrences:
            if occurrence.held_on > today:
                continue
            if rng.random() < 0.04 and activity.recurrence != Recurrence.NONE.value:
                occurrence.cancelled = True
                continue
            kind = ActivityKind(activity.kind)
            if kind is ActivityKind.CHILDREN_WORKSHOP:
                for band in (AgeBand.UNDER_6, AgeBand.AGE_6_11):
                    for gender in ("female", "male"):
                        _count(
                            occurrence,
                            Audience.CHILD,
                            rng.randint(0, 4),
                            age_band=band.value,
                            gender=gender,
                        )
                _count(occurrence, Audience.ADULT, rng.randint(2, 6), gender="female")
                if cases_with_children and rng.random() < 0.3:
                    case_id, person_id = rng.choice(cases_with_children)
                    session.add(
                        ActivityCaseLink(
                            occurrence_id=occurrence.id, case_id=case_id, person_id=person_id
                        )
                    )
            elif kind in (ActivityKind.SUPPORT_GROUP, ActivityKind.PARENT_GROUP):
                for band in (AgeBand.AGE_18_29, AgeBand.AGE_30_44, AgeBand.AGE_45_59):
                    _count(
                        occurrence,
                        Audience.ADULT,
                        rng.randint(0, 4),
                        age_band=band.value,
                        gender="female",
                    )
            elif kind is ActivityKind.AWARENESS:
                _count(occurrence, Audience.ADULT, rng.randint(30, 120))
                _count(occurrence, Audience.CHILD, rng.randint(5, 30))
            elif kind is ActivityKind.SCHOOL_SESSION:
                for gender in ("female", "male"):
                    _count(
                        occurrence,
                        Audience.CHILD,
                        rng.randint(8, 14),
                        age_band=AgeBand.AGE_12_17.value,
                        gender=gender,
                    )
            else:
                for sector in rng.sample(_SECTORS_AT_MEETINGS, k=5):
                    _count(occurrence, Audience.PROFESSIONAL, rng.randint(1, 6), sector=sector)
                if kind is ActivityKind.TRAINING and contacts:
                    for contact in rng.sample(contacts, k=min(len(contacts), rng.randint(6, 14))):
                        session.add(
                            TrainingAttendance(occurrence_id=occurrence.id, contact_id=contact)
                        )


def populate_demo_network(
    session: Session, rng: random.Random, today: date, workers: list[User], *, scale: int = 1
) -> None:
    """Housing, activities and trainings of the demo service (the caller commits).

    ``scale`` repeats the units and the activities (a larger network: one set
    per antenna, for the benchmark vault)."""
    used: set[uuid.UUID] = set()  # a case is housed once
    for n in range(scale):
        suffix = f" ({n + 1})" if scale > 1 else ""
        _housing(session, rng, today, workers, used, suffix)
        _activities(session, rng, today, workers, suffix)
    session.flush()
