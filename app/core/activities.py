"""Collective activities: children's workshops, support groups, parent groups,
awareness actions, school sessions, trainings of professionals, network meetings.

An activity has one date or a recurring rule (:mod:`app.core.recurrence`)
from which its occurrences ("séances") are generated. Attendance is anonymous:
counts by audience, age band and gender (professionals: by sector or
organisation). Linking a participant to a case, and who in the network
followed a training, are in :mod:`app.core.activity_people`.

Every role organises activities (``activities.write``); reading them needs
``activities.read``. Nothing here reads a case.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.indicator_periods import Period
from app.core.pathways.common import clean, fmt
from app.core.permissions import Perm, require
from app.core.recurrence import Recurrence, describe, occurrence_dates
from app.core.vocabulary import Gender, LabelledEnum
from app.errors import ValidationError
from app.i18n import N_, tr
from app.storage.models import (
    Activity,
    ActivityAttendance,
    ActivityCaseLink,
    ActivityFacilitator,
    ActivityOccurrence,
    ActivityPartner,
    Partner,
    PartnerSector,
    TrainingAttendance,
    User,
)


class ActivityKind(LabelledEnum):
    CHILDREN_WORKSHOP = "children_workshop", N_("Atelier pour enfants")
    SUPPORT_GROUP = "support_group", N_("Groupe de parole")
    PARENT_GROUP = "parent_group", N_("Groupe de parents")
    AWARENESS = "awareness", N_("Action de sensibilisation")
    SCHOOL_SESSION = "school_session", N_("Animation en milieu scolaire")
    TRAINING = "training", N_("Formation de professionnel·les")
    NETWORK_MEETING = "network_meeting", N_("Réunion de réseau (plateforme)")


class Audience(LabelledEnum):
    CHILD = "child", N_("Enfants")
    ADULT = "adult", N_("Adultes")
    PROFESSIONAL = "professional", N_("Professionnel·les")


class AgeBand(LabelledEnum):
    UNDER_6 = "under_6", N_("Moins de 6 ans")
    AGE_6_11 = "6_11", N_("6 à 11 ans")
    AGE_12_17 = "12_17", N_("12 à 17 ans")
    AGE_18_29 = "18_29", N_("18 à 29 ans")
    AGE_30_44 = "30_44", N_("30 à 44 ans")
    AGE_45_59 = "45_59", N_("45 à 59 ans")
    AGE_60_PLUS = "60_plus", N_("60 ans et plus")


#: a kind whose participants are professionals by default
PROFESSIONAL_KINDS = frozenset({ActivityKind.TRAINING, ActivityKind.NETWORK_MEETING})


@dataclass
class ActivityInput:
    kind: ActivityKind
    title: str
    starts_on: date
    ends_on: date | None = None
    recurrence: Recurrence = Recurrence.NONE
    weekday: int | None = None
    nth: int | None = None
    interval_weeks: int | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    audience: str = ""
    partner_ids: list[uuid.UUID] = field(default_factory=list)
    facilitator_ids: list[uuid.UUID] = field(default_factory=list)
    notes: str = ""


@dataclass
class AttendanceCount:
    """How many people of one kind came to one occurrence (no name)."""

    audience: Audience
    count: int
    age_band: AgeBand | None = None
    gender: Gender | None = None
    sector: str | None = None  # professionals: a partner_sectors code
    partner_id: uuid.UUID | None = None  # professionals: their organisation


def _validate(session: Session, data: ActivityInput) -> list[date]:
    ActivityKind(data.kind)
    title = clean(data.title)
    if not title:
        raise ValidationError(tr("Donnez un titre à l'activité."), field="title")
    if len(title) > 200:
        raise ValidationError(tr("Le titre est trop long (200 caractères au plus)."), "title")
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        raise ValidationError(tr("L'heure de fin suit l'heure de début."), field="end_time")
    for partner_id in data.partner_ids:
        if session.get(Partner, partner_id) is None:
            raise ValidationError(
                tr("Un partenaire choisi n'existe plus dans le répertoire."), field="partners"
            )
    for user_id in data.facilitator_ids:
        if session.get(User, user_id) is None:
            raise ValidationError(
                tr("Un·e animateur·rice choisi·e n'existe plus."), field="facilitators"
            )
    return occurrence_dates(
        data.recurrence,
        data.starts_on,
        data.ends_on,
        weekday=data.weekday,
        nth=data.nth,
        interval_weeks=data.interval_weeks,
    )


def _apply(activity: Activity, data: ActivityInput) -> None:
    activity.kind = ActivityKind(data.kind).value
    activity.title = clean(data.title) or ""
    activity.place = clean(data.place)
    activity.audience = clean(data.audience)
    activity.starts_on = data.starts_on
    activity.ends_on = data.ends_on
    activity.recurrence = Recurrence(data.recurrence).value
    activity.weekday = data.weekday if data.recurrence is not Recurrence.NONE else None
    activity.nth = data.nth if data.recurrence is Recurrence.MONTHLY_NTH else None
    activity.interval_weeks = (
        data.interval_weeks or 1 if data.recurrence is Recurrence.WEEKLY else None
    )
    activity.start_time = data.start_time
    activity.end_time = data.end_time
    activity.notes = clean(data.notes)


def _set_links(session: Session, activity_id: uuid.UUID, data: ActivityInput) -> None:
    for model in (ActivityPartner, ActivityFacilitator):
        for row in session.scalars(select(model).where(model.activity_id == activity_id)):
            session.delete(row)
    session.flush()
    for partner_id in dict.fromkeys(data.partner_ids):
        session.add(ActivityPartner(activity_id=activity_id, partner_id=partner_id))
    for user_id in dict.fromkeys(data.facilitator_ids):
        session.add(ActivityFacilitator(activity_id=activity_id, user_id=user_id))


def _trace(session: Session, actor: UserSession, kind: str, object_id: uuid.UUID, what: str):
    audit.record(
        session,
        actor,
        audit.Action.ACTIVITY_CHANGED,
        object_type=kind,
        object_id=object_id.hex,
        detail=what,
    )


def create_activity(session: Session, actor: UserSession, data: ActivityInput) -> uuid.UUID:
    """A new activity with its occurrences generated from its rule. The caller commits."""
    require(actor, Perm.ACTIVITIES_WRITE)
    dates = _validate(session, data)
    activity = Activity(created_by=actor.user_id)
    _apply(activity, data)
    session.add(activity)
    session.flush()
    _set_links(session, activity.id, data)
    for day in dates:
        session.add(ActivityOccurrence(activity_id=activity.id, held_on=day))
    session.flush()
    _trace(session, actor, "activity", activity.id, f"added occurrences={len(dates)}")
    return activity.id


def _used(session: Session, occurrence_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Occurrences holding attendance, links or trainees (never deleted by a new rule)."""
    used: set[uuid.UUID] = set()
    for model in (ActivityAttendance, ActivityCaseLink, TrainingAttendance):
        used |= set(
            session.scalars(
                select(model.occurrence_id).where(model.occurrence_id.in_(occurrence_ids))
            )
        )
    return used


def update_activity(
    session: Session, actor: UserSession, activity_id: uuid.UUID, data: ActivityInput
) -> None:
    """Change an activity. Dates follow the new rule; a past or recorded date is kept."""
    require(actor, Perm.ACTIVITIES_WRITE)
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise ValidationError(tr("Cette activité n'existe plus."))
    dates = set(_validate(session, data))
    _apply(activity, data)
    _set_links(session, activity.id, data)
    existing = list(activity.occurrences)
    used = _used(session, [o.id for o in existing])
    today = clock.today()
    have = {o.held_on for o in existing}
    for occurrence in existing:
        keep = occurrence.held_on in dates or occurrence.id in used or occurrence.held_on < today
        if not keep:
            session.delete(occurrence)
    for day in sorted(dates - have):
        session.add(ActivityOccurrence(activity_id=activity.id, held_on=day))
    session.flush()
    _trace(session, actor, "activity", activity.id, "changed")


def add_occurrence(
    session: Session, actor: UserSession, activity_id: uuid.UUID, held_on: date
) -> uuid.UUID:
    """One more date for an activity (a session moved or added)."""
    require(actor, Perm.ACTIVITIES_WRITE)
    if session.get(Activity, activity_id) is None:
        raise ValidationError(tr("Cette activité n'existe plus."))
    occurrence = ActivityOccurrence(activity_id=activity_id, held_on=held_on)
    session.add(occurrence)
    session.flush()
    _trace(session, actor, "activity_occurrence", occurrence.id, "added")
    return occurrence.id


def _occurrence(session: Session, occurrence_id: uuid.UUID) -> ActivityOccurrence:
    occurrence = session.get(ActivityOccurrence, occurrence_id)
    if occurrence is None:
        raise ValidationError(tr("Cette séance n'existe plus."))
    return occurrence


def set_cancelled(
    session: Session, actor: UserSession, occurrence_id: uuid.UUID, cancelled: bool
) -> None:
    """Cancel an occurrence (or restore it). A cancelled one keeps no attendance."""
    require(actor, Perm.ACTIVITIES_WRITE)
    occurrence = _occurrence(session, occurrence_id)
    if cancelled and _used(session, [occurrence.id]):
        raise ValidationError(
            tr("Des présences sont notées pour cette séance : retirez-les avant de l'annuler.")
        )
    occurrence.cancelled = cancelled
    _trace(session, actor, "activity_occurrence", occurrence.id, f"cancelled={int(cancelled)}")


def _check_count(session: Session, row: AttendanceCount) -> None:
    audience = Audience(row.audience)
    if not 1 <= row.count <= 1000:
        raise ValidationError(tr("Un effectif va de 1 à 1 000."), field="attendance")
    if row.age_band is not None:
        AgeBand(row.age_band)
    if row.gender is not None:
        Gender(row.gender)
    if audience is not Audience.PROFESSIONAL and (row.sector or row.partner_id):
        raise ValidationError(
            tr("Le secteur ou l'organisation ne se notent que pour des professionnel·les."),
            field="attendance",
        )
    if row.sector and session.get(PartnerSector, row.sector) is None:
        raise ValidationError(tr("Secteur inconnu."), field="attendance")
    if row.partner_id and session.get(Partner, row.partner_id) is None:
        raise ValidationError(
            tr("Cette organisation n'existe plus dans le répertoire."), field="attendance"
        )


def record_attendance(
    session: Session,
    actor: UserSession,
    occurrence_id: uuid.UUID,
    counts: list[AttendanceCount],
) -> int:
    """Replace the anonymous attendance of an occurrence; returns the participants.

    Only an occurrence that took place (not in the future, not cancelled)."""
    require(actor, Perm.ACTIVITIES_WRITE)
    occurrence = _occurrence(session, occurrence_id)
    if occurrence.cancelled:
        raise ValidationError(tr("Cette séance est annulée."), field="attendance")
    if occurrence.held_on > clock.today():
        raise ValidationError(
            tr("Les présences se notent une fois la séance passée."), field="attendance"
        )
    for row in counts:
        _check_count(session, row)
    occurrence.attendance.clear()
    session.flush()
    merged: Counter[tuple] = Counter()
    for row in counts:
        key = (
            Audience(row.audience).value,
            row.age_band.value if row.age_band else None,
            row.gender.value if row.gender else None,
            row.sector,
            row.partner_id,
        )
        merged[key] += row.count
    for (audience, band, gender, sector, partner_id), n in merged.items():
        occurrence.attendance.append(
            ActivityAttendance(
                audience=audience,
                age_band=band,
                gender=gender,
                sector=sector,
                partner_id=partner_id,
                count=n,
            )
        )
    total = sum(merged.values())
    _trace(session, actor, "activity_occurrence", occurrence.id, f"attendance={total}")
    return total


# -- reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivitySummary:
    id: uuid.UUID
    kind: ActivityKind
    title: str
    place: str | None
    starts_on: date
    ends_on: date | None
    rule: str  # « le premier mercredi du mois »
    occurrences: int  # not cancelled
    held: int  # not cancelled, up to today
    participants: int  # attendance added up over the occurrences
    next_on: date | None

    @property
    def dates_text(self) -> str:
        if self.ends_on is None or self.ends_on == self.starts_on:
            return fmt(self.starts_on)
        return tr("du {start} au {end}").format(start=fmt(self.starts_on), end=fmt(self.ends_on))


def list_activities(
    session: Session, actor: UserSession, period: Period | None = None
) -> list[ActivitySummary]:
    """Activities (those with a date in ``period`` when given), newest first."""
    require(actor, Perm.ACTIVITIES_READ)
    today = clock.today()
    query = select(Activity).order_by(Activity.starts_on.desc(), Activity.title)
    if period is not None:
        query = query.where(
            Activity.starts_on <= period.end,
            func.coalesce(Activity.ends_on, Activity.starts_on) >= period.start,
        )
    activities = list(session.scalars(query))
    ids = [a.id for a in activities]
    stats: dict[uuid.UUID, list] = {i: [0, 0, 0, None] for i in ids}
    if ids:
        for activity_id, held_on, cancelled in session.execute(
            select(
                ActivityOccurrence.activity_id,
                ActivityOccurrence.held_on,
                ActivityOccurrence.cancelled,
            ).where(ActivityOccurrence.activity_id.in_(ids))
        ):
            if cancelled:
                continue
            row = stats[activity_id]
            row[0] += 1
            if held_on <= today:
                row[1] += 1
            elif row[3] is None or held_on < row[3]:
                row[3] = held_on
        for activity_id, total in session.execute(
            select(ActivityOccurrence.activity_id, func.sum(ActivityAttendance.count))
            .join(ActivityAttendance, ActivityAttendance.occurrence_id == ActivityOccurrence.id)
            .where(ActivityOccurrence.activity_id.in_(ids))
            .group_by(ActivityOccurrence.activity_id)
        ):
            stats[activity_id][2] = int(total or 0)
    return [
        ActivitySummary(
            a.id,
            ActivityKind(a.kind),
            a.title,
            a.place,
            a.starts_on,
            a.ends_on,
            describe(Recurrence(a.recurrence), a.weekday, a.nth, a.interval_weeks),
            *stats[a.id],
        )
        for a in activities
    ]


@dataclass(frozen=True)
class AttendanceRow:
    audience: Audience
    count: int
    age_band: AgeBand | None
    gender: Gender | None
    sector: str | None
    partner_id: uuid.UUID | None

    def as_input(self) -> AttendanceCount:
        return AttendanceCount(
            self.audience, self.count, self.age_band, self.gender, self.sector, self.partner_id
        )


@dataclass(frozen=True)
class OccurrenceView:
    id: uuid.UUID
    held_on: date
    cancelled: bool
    attendance: tuple[AttendanceRow, ...]
    links: int  # participants linked to a case (visible or not)
    trainees: int

    @property
    def participants(self) -> int:
        return sum(a.count for a in self.attendance)


@dataclass(frozen=True)
class ActivityDetail:
    id: uuid.UUID
    data: ActivityInput
    rule: str
    occurrences: tuple[OccurrenceView, ...]
    partner_names: tuple[str, ...]
    facilitator_names: tuple[str, ...]


def _counts_by(session: Session, model: type, ids: list[uuid.UUID]) -> Counter[uuid.UUID]:
    if not ids:
        return Counter()
    rows = session.execute(
        select(model.occurrence_id, func.count())
        .where(model.occurrence_id.in_(ids))
        .group_by(model.occurrence_id)
    )
    return Counter({k: n for k, n in rows})


def activity_detail(session: Session, actor: UserSession, activity_id: uuid.UUID) -> ActivityDetail:
    """An activity with its occurrences and their anonymous attendance."""
    require(actor, Perm.ACTIVITIES_READ)
    a = session.get(Activity, activity_id)
    if a is None:
        raise ValidationError(tr("Cette activité n'existe plus."))
    partners = session.execute(
        select(Partner.id, Partner.name)
        .join(ActivityPartner, ActivityPartner.partner_id == Partner.id)
        .where(ActivityPartner.activity_id == a.id)
        .order_by(Partner.name)
    ).all()
    facilitators = session.execute(
        select(User.id, User.full_name)
        .join(ActivityFacilitator, ActivityFacilitator.user_id == User.id)
        .where(ActivityFacilitator.activity_id == a.id)
        .order_by(User.full_name)
    ).all()
    ids = [o.id for o in a.occurrences]
    links = _counts_by(session, ActivityCaseLink, ids)
    trainees = _counts_by(session, TrainingAttendance, ids)
    occurrences = tuple(
        OccurrenceView(
            o.id,
            o.held_on,
            o.cancelled,
            tuple(
                AttendanceRow(
                    Audience(r.audience),
                    r.count,
                    AgeBand(r.age_band) if r.age_band else None,
                    Gender(r.gender) if r.gender else None,
                    r.sector,
                    r.partner_id,
                )
                for r in o.attendance
            ),
            links.get(o.id, 0),
            trainees.get(o.id, 0),
        )
        for o in a.occurrences
    )
    data = ActivityInput(
        kind=ActivityKind(a.kind),
        title=a.title,
        starts_on=a.starts_on,
        ends_on=a.ends_on,
        recurrence=Recurrence(a.recurrence),
        weekday=a.weekday,
        nth=a.nth,
        interval_weeks=a.interval_weeks,
        start_time=a.start_time,
        end_time=a.end_time,
        place=a.place or "",
        audience=a.audience or "",
        partner_ids=[p for p, _ in partners],
        facilitator_ids=[u for u, _ in facilitators],
        notes=a.notes or "",
    )
    return ActivityDetail(
        a.id,
        data,
        describe(Recurrence(a.recurrence), a.weekday, a.nth, a.interval_weeks),
        occurrences,
        tuple(n for _, n in partners),
        tuple(n for _, n in facilitators),
    )


@dataclass(frozen=True)
class TeamMember:
    id: uuid.UUID
    full_name: str


def facilitator_choices(session: Session, actor: UserSession) -> list[TeamMember]:
    """Active members of the team, by name: who can run an activity."""
    require(actor, Perm.ACTIVITIES_WRITE)
    rows = session.execute(
        select(User.id, User.full_name).where(User.active).order_by(User.full_name)
    )
    return [TeamMember(i, n) for i, n in rows]
