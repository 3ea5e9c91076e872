"""Emergency housing: units with a secret address, stays of a case's people,
the waiting list, and the occupancy of each unit over a period.

Housing is case data. A stay or a request belongs to a case and is written
under that case's permissions (``housing.write``); lists show only the stays
and requests of cases the reader may see (``housing.read``), while the
occupancy of a unit — a count of nights — takes every stay into account.
Units are managed by the coordination (``housing.manage``).

The address of a unit is never part of a view, a log line, an audit detail,
a window title or an indicator: it is read on its own with
:func:`unit_address` (``housing.write``), and that reading is traced.
Counting nights: :mod:`app.core.housing_occupancy`.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select, true
from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.housing_occupancy import (
    Occupancy,
    StaySpan,
    counting_rule,
    occupancy,
    overdue,
    stay_nights,
)
from app.core.indicator_periods import Period
from app.core.pathways.common import check_partner, clean, fmt
from app.core.permissions import Perm, require, require_case, visible_cases
from app.core.vocabulary import LabelledEnum
from app.errors import ValidationError
from app.i18n import N_, tr
from app.storage.models import (
    Case,
    HousingRequest,
    HousingStay,
    HousingStayPerson,
    HousingUnit,
    Partner,
    Person,
)


class StayDestination(LabelledEnum):
    """Where the people went after the stay."""

    SHELTER = "shelter", N_("Maison d'accueil / refuge")
    SOCIAL_HOUSING = "social_housing", N_("Logement social / AIS")
    PRIVATE_RENTAL = "private_rental", N_("Logement privé")
    FAMILY_FRIENDS = "family_friends", N_("Famille ou amis")
    RETURN_HOME = "return_home", N_("Retour au domicile")
    OTHER = "other", N_("Autre")
    UNKNOWN = "unknown", N_("Inconnue")


class RequestStatus(LabelledEnum):
    WAITING = "waiting", N_("En attente")
    HOUSED = "housed", N_("Hébergé·e")
    WITHDRAWN = "withdrawn", N_("Retirée")
    REDIRECTED = "redirected", N_("Orientée ailleurs")


class Priority(LabelledEnum):
    URGENT = "1", N_("Urgente")
    HIGH = "2", N_("Haute")
    NORMAL = "3", N_("Normale")


# -- units ------------------------------------------------------------------------------


@dataclass
class UnitInput:
    name: str
    capacity: int = 1
    available_from: date | None = None
    available_to: date | None = None
    #: None keeps the stored address when a unit is changed
    address: str | None = None
    partner_id: uuid.UUID | None = None
    notes: str = ""


@dataclass(frozen=True)
class UnitView:
    """A unit as every screen shows it: never its address."""

    id: uuid.UUID
    name: str
    capacity: int
    available_from: date
    available_to: date | None
    partner_id: uuid.UUID | None
    partner_name: str | None
    notes: str | None
    has_address: bool

    @property
    def availability(self) -> str:
        if self.available_to is None:
            return tr("depuis le {day}").format(day=fmt(self.available_from))
        return tr("du {start} au {end}").format(
            start=fmt(self.available_from), end=fmt(self.available_to)
        )


def _validate_unit(session: Session, data: UnitInput) -> None:
    name = clean(data.name)
    if not name:
        raise ValidationError(
            tr("Donnez un nom au logement (sans son adresse, ex. « Appartement A »)."),
            field="name",
        )
    if len(name) > 120:
        raise ValidationError(tr("Le nom est trop long (120 caractères au plus)."), field="name")
    if not 1 <= data.capacity <= 50:
        raise ValidationError(tr("La capacité va de 1 à 50 places."), field="capacity")
    if data.available_from is None:
        raise ValidationError(
            tr("Indiquez depuis quand le logement est disponible."), field="available_from"
        )
    if data.available_to is not None and data.available_to < data.available_from:
        raise ValidationError(
            tr("La fin de disponibilité ne peut pas précéder son début."), field="available_to"
        )
    check_partner(session, data.partner_id, "partner")


def _trace_unit(session: Session, actor: UserSession, unit_id: uuid.UUID, what: str) -> None:
    # the detail names what changed, never the name or the address
    audit.record(
        session,
        actor,
        audit.Action.HOUSING_CHANGED,
        object_type="housing_unit",
        object_id=unit_id.hex,
        detail=what,
    )


def save_unit(
    session: Session, actor: UserSession, data: UnitInput, unit_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add a unit, or change unit ``unit_id`` (``housing.manage``). The caller commits."""
    require(actor, Perm.HOUSING_MANAGE)
    _validate_unit(session, data)
    if unit_id is None:
        unit = HousingUnit()
        session.add(unit)
    else:
        found = session.get(HousingUnit, unit_id)
        if found is None:
            raise ValidationError(tr("Ce logement n'existe plus."))
        unit = found
    unit.name = clean(data.name) or ""
    unit.capacity = data.capacity
    assert data.available_from is not None
    unit.available_from = data.available_from
    unit.available_to = data.available_to
    unit.partner_id = data.partner_id
    unit.notes = clean(data.notes)
    if data.address is not None:
        unit.address = clean(data.address)
    session.flush()
    _trace_unit(session, actor, unit.id, "added" if unit_id is None else "changed")
    return unit.id


def _unit_views(session: Session) -> list[UnitView]:
    rows = session.execute(
        select(HousingUnit, Partner.name)
        .outerjoin(Partner, Partner.id == HousingUnit.partner_id)
        .order_by(HousingUnit.name)
    ).all()
    return [
        UnitView(
            u.id,
            u.name,
            u.capacity,
            u.available_from,
            u.available_to,
            u.partner_id,
            partner,
            u.notes,
            bool(u.address),
        )
        for u, partner in rows
    ]


def housing_units(session: Session, actor: UserSession) -> list[UnitView]:
    """Every unit, by name, without addresses (``housing.read``)."""
    require(actor, Perm.HOUSING_READ)
    return _unit_views(session)


def unit_address(session: Session, actor: UserSession, unit_id: uuid.UUID) -> str:
    """The secret address of a unit, for who places people there (``housing.write``).

    Traced (who saw which unit's address, never the address itself); the
    caller commits."""
    require(actor, Perm.HOUSING_WRITE)
    unit = session.get(HousingUnit, unit_id)
    if unit is None:
        raise ValidationError(tr("Ce logement n'existe plus."))
    audit.record(
        session,
        actor,
        audit.Action.ADDRESS_SHOWN,
        object_type="housing_unit",
        object_id=unit.id.hex,
    )
    return unit.address or ""


# -- stays ------------------------------------------------------------------------------


@dataclass
class StayInput:
    unit_id: uuid.UUID
    entry_on: date
    person_ids: list[uuid.UUID] = field(default_factory=list)
    planned_exit_on: date | None = None
    exit_on: date | None = None
    destination: StayDestination | None = None
    destination_note: str = ""
    notes: str = ""


@dataclass(frozen=True)
class HousedPerson:
    id: uuid.UUID
    first_name: str | None
    last_name: str | None
    pseudonym: str | None
    hide_name: bool


@dataclass(frozen=True)
class StayView:
    id: uuid.UUID
    case_id: uuid.UUID
    reference: str
    unit_id: uuid.UUID
    unit_name: str
    entry_on: date
    planned_exit_on: date | None
    exit_on: date | None
    destination: StayDestination | None
    destination_note: str | None
    notes: str | None
    people: tuple[HousedPerson, ...]
    #: nights slept so far (the counting rule of app.core.housing_occupancy)
    nights: int
    #: still open after its planned end: the exit was probably not noted
    overdue: bool

    @property
    def label(self) -> str:
        """« Appartement A, depuis le 03/02/2026 » — for choosing a stay (no address)."""
        if self.exit_on is None:
            return tr("{unit}, depuis le {entry}").format(
                unit=self.unit_name, entry=fmt(self.entry_on)
            )
        return tr("{unit}, du {entry} au {exit}").format(
            unit=self.unit_name, entry=fmt(self.entry_on), exit=fmt(self.exit_on)
        )

    def to_input(self) -> StayInput:
        return StayInput(
            unit_id=self.unit_id,
            entry_on=self.entry_on,
            person_ids=[p.id for p in self.people],
            planned_exit_on=self.planned_exit_on,
            exit_on=self.exit_on,
            destination=self.destination,
            destination_note=self.destination_note or "",
            notes=self.notes or "",
        )


def _peak(spans: list[tuple[date, date | None, int]], first: date, last: date | None) -> int:
    """The most people housed on any one day of ``first``–``last`` (``None``: open)."""
    days = {first} | {start for start, _, _ in spans if start >= first}
    peak = 0
    for day in days:
        if last is not None and day > last:
            continue
        here = sum(n for start, end, n in spans if start <= day and (end is None or day < end))
        peak = max(peak, here)
    return peak


def _validate_stay(
    session: Session, case_id: uuid.UUID, data: StayInput, today: date, stay_id: uuid.UUID | None
) -> HousingUnit:
    unit = session.get(HousingUnit, data.unit_id)
    if unit is None:
        raise ValidationError(tr("Ce logement n'existe plus."), field="unit")
    if data.entry_on > today:
        raise ValidationError(
            tr("L'entrée ne peut pas être datée dans le futur : la liste d'attente sert avant."),
            field="entry_on",
        )
    if data.entry_on < unit.available_from or (
        unit.available_to is not None and data.entry_on > unit.available_to
    ):
        raise ValidationError(
            tr("Le logement n'est pas disponible à cette date."), field="entry_on"
        )
    if data.planned_exit_on is not None and data.planned_exit_on < data.entry_on:
        raise ValidationError(
            tr("La sortie prévue ne peut pas précéder l'entrée."), field="planned_exit_on"
        )
    if data.exit_on is not None:
        if data.exit_on < data.entry_on:
            raise ValidationError(tr("La sortie ne peut pas précéder l'entrée."), field="exit_on")
        if data.exit_on > today:
            raise ValidationError(
                tr("La sortie effective ne peut pas être dans le futur : notez la sortie prévue."),
                field="exit_on",
            )
    elif data.destination is not None:
        raise ValidationError(
            tr("La destination après le séjour se note avec la date de sortie."),
            field="destination",
        )
    if data.destination is not None:
        StayDestination(data.destination)
    people = set(data.person_ids)
    if not people:
        raise ValidationError(
            tr("Cochez au moins une personne hébergée (victime, enfants)."), field="people"
        )
    found = set(
        session.scalars(select(Person.id).where(Person.case_id == case_id, Person.id.in_(people)))
    )
    if found != people:
        raise ValidationError(
            tr("Une des personnes cochées n'appartient pas (ou plus) à ce dossier."),
            field="people",
        )
    others = session.execute(
        select(HousingStay.entry_on, HousingStay.exit_on, HousingStay.id).where(
            HousingStay.unit_id == unit.id,
            HousingStay.id != stay_id if stay_id is not None else true(),
            or_(HousingStay.exit_on.is_(None), HousingStay.exit_on > data.entry_on),
        )
    ).all()
    counts = _people_counts(session, [row.id for row in others])
    spans = [(row.entry_on, row.exit_on, counts.get(row.id, 1)) for row in others]
    spans.append((data.entry_on, data.exit_on, len(people)))
    if _peak(spans, data.entry_on, data.exit_on) > unit.capacity:
        raise ValidationError(
            tr(
                "Le logement n'a que {n} place(s) : avec les séjours en cours, il serait "
                "sur-occupé à ces dates."
            ).format(n=unit.capacity),
            field="people",
        )
    return unit


def _people_counts(session: Session, stay_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    counts: dict[uuid.UUID, int] = defaultdict(int)
    if stay_ids:
        for stay_id in session.scalars(
            select(HousingStayPerson.stay_id).where(HousingStayPerson.stay_id.in_(stay_ids))
        ):
            counts[stay_id] += 1
    return counts


def _apply_stay(stay: HousingStay, data: StayInput) -> None:
    stay.unit_id = data.unit_id
    stay.entry_on = data.entry_on
    stay.planned_exit_on = data.planned_exit_on
    stay.exit_on = data.exit_on
    stay.destination = StayDestination(data.destination).value if data.destination else None
    stay.destination_note = clean(data.destination_note)
    stay.notes = clean(data.notes)
    wanted = set(data.person_ids)
    stay.people[:] = [p for p in stay.people if p.person_id in wanted]
    have = {p.person_id for p in stay.people}
    stay.people.extend(HousingStayPerson(person_id=pid) for pid in sorted(wanted - have))


def _trace_stay(session: Session, actor: UserSession, stay: HousingStay, what: str) -> None:
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=stay.case_id,
        object_type="housing_stay",
        object_id=stay.id.hex,
        detail=what,
    )


def record_stay(
    session: Session, actor: UserSession, case_id: uuid.UUID, data: StayInput
) -> uuid.UUID:
    """Record a stay of the case's people in a unit (``housing.write`` on the case).

    Requests of the case still waiting are marked « hébergé·e » by it. The
    caller commits."""
    require_case(session, actor, Perm.HOUSING_WRITE, case_id)
    _validate_stay(session, case_id, data, clock.today(), None)
    stay = HousingStay(case_id=case_id, created_by=actor.user_id)
    _apply_stay(stay, data)
    session.add(stay)
    session.flush()
    for request in session.scalars(
        select(HousingRequest).where(
            HousingRequest.case_id == case_id,
            HousingRequest.status == RequestStatus.WAITING.value,
        )
    ):
        request.status = RequestStatus.HOUSED.value
        request.closed_on = data.entry_on
        request.stay_id = stay.id
    _trace_stay(session, actor, stay, "added")
    return stay.id


def _writable_stay(session: Session, actor: UserSession, stay_id: uuid.UUID) -> HousingStay:
    stay = session.get(HousingStay, stay_id)
    if stay is None:
        raise ValidationError(tr("Ce séjour n'existe plus."))
    require_case(session, actor, Perm.HOUSING_WRITE, stay.case_id)
    return stay


def update_stay(session: Session, actor: UserSession, stay_id: uuid.UUID, data: StayInput) -> None:
    """Change a stay: dates, people, the exit and the destination after it."""
    stay = _writable_stay(session, actor, stay_id)
    _validate_stay(session, stay.case_id, data, clock.today(), stay.id)
    _apply_stay(stay, data)
    _trace_stay(session, actor, stay, "exit" if data.exit_on else "changed")


def end_stay(
    session: Session,
    actor: UserSession,
    stay_id: uuid.UUID,
    exit_on: date,
    destination: StayDestination,
    destination_note: str = "",
) -> None:
    """Note the exit of a stay and where the people went."""
    stay = _writable_stay(session, actor, stay_id)
    data = _stay_view(session, stay, clock.today()).to_input()
    data.exit_on, data.destination, data.destination_note = exit_on, destination, destination_note
    _validate_stay(session, stay.case_id, data, clock.today(), stay.id)
    _apply_stay(stay, data)
    _trace_stay(session, actor, stay, "exit")


def remove_stay(session: Session, actor: UserSession, stay_id: uuid.UUID) -> None:
    """Delete a stay recorded by mistake (its nights leave the occupancy)."""
    stay = _writable_stay(session, actor, stay_id)
    _trace_stay(session, actor, stay, "removed")
    session.delete(stay)


def _stay_view(session: Session, stay: HousingStay, today: date) -> StayView:
    unit = session.get(HousingUnit, stay.unit_id)
    case = session.get(Case, stay.case_id)
    people = session.scalars(
        select(Person)
        .join(HousingStayPerson, HousingStayPerson.person_id == Person.id)
        .where(HousingStayPerson.stay_id == stay.id)
        .order_by(Person.role.desc(), Person.birth_date)
    )
    return StayView(
        id=stay.id,
        case_id=stay.case_id,
        reference=case.reference if case else "",
        unit_id=stay.unit_id,
        unit_name=unit.name if unit else "",
        entry_on=stay.entry_on,
        planned_exit_on=stay.planned_exit_on,
        exit_on=stay.exit_on,
        destination=StayDestination(stay.destination) if stay.destination else None,
        destination_note=stay.destination_note,
        notes=stay.notes,
        people=tuple(
            HousedPerson(p.id, p.first_name, p.last_name, p.pseudonym, p.hide_name) for p in people
        ),
        nights=stay_nights(stay.entry_on, stay.exit_on, today).count,
        overdue=overdue(stay.exit_on, stay.planned_exit_on, today),
    )


def case_stays(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[StayView]:
    """The stays of one case, newest first, once ``actor`` may read the case."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    today = clock.today()
    stays = session.scalars(
        select(HousingStay)
        .where(HousingStay.case_id == case_id)
        .order_by(HousingStay.entry_on.desc())
    )
    return [_stay_view(session, s, today) for s in stays]


def get_stay(session: Session, actor: UserSession, stay_id: uuid.UUID) -> StayView:
    """One stay, once ``actor`` may read its case."""
    stay = session.get(HousingStay, stay_id)
    if stay is None:
        raise ValidationError(tr("Ce séjour n'existe plus."))
    require_case(session, actor, Perm.CASE_READ, stay.case_id)
    return _stay_view(session, stay, clock.today())


# -- the waiting list -------------------------------------------------------------------


@dataclass
class RequestInput:
    asked_on: date
    priority: Priority = Priority.HIGH
    people_count: int = 1
    notes: str = ""


@dataclass(frozen=True)
class RequestView:
    id: uuid.UUID
    case_id: uuid.UUID
    reference: str
    asked_on: date
    priority: Priority
    people_count: int
    status: RequestStatus
    closed_on: date | None
    notes: str | None
    #: days waited (up to today while waiting)
    waited_days: int


def _validate_request(data: RequestInput, today: date) -> None:
    if data.asked_on > today:
        raise ValidationError(tr("La demande ne peut pas être datée dans le futur."), "asked_on")
    Priority(data.priority)
    if not 1 <= data.people_count <= 20:
        raise ValidationError(tr("De 1 à 20 personnes."), field="people_count")


def add_request(
    session: Session, actor: UserSession, case_id: uuid.UUID, data: RequestInput
) -> uuid.UUID:
    """Put a case on the waiting list (``housing.write`` on the case). The caller commits."""
    require_case(session, actor, Perm.HOUSING_WRITE, case_id)
    _validate_request(data, clock.today())
    request = HousingRequest(
        case_id=case_id,
        asked_on=data.asked_on,
        priority=int(Priority(data.priority).value),
        people_count=data.people_count,
        status=RequestStatus.WAITING.value,
        notes=clean(data.notes),
        created_by=actor.user_id,
    )
    session.add(request)
    session.flush()
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=case_id,
        object_type="housing_request",
        object_id=request.id.hex,
        detail="added",
    )
    return request.id


def close_request(
    session: Session,
    actor: UserSession,
    request_id: uuid.UUID,
    status: RequestStatus,
    closed_on: date | None = None,
) -> None:
    """Take a request off the waiting list (withdrawn, redirected) or put it back."""
    request = session.get(HousingRequest, request_id)
    if request is None:
        raise ValidationError(tr("Cette demande n'existe plus."))
    require_case(session, actor, Perm.HOUSING_WRITE, request.case_id)
    status = RequestStatus(status)
    day = closed_on or clock.today()
    if status is not RequestStatus.WAITING and day < request.asked_on:
        raise ValidationError(tr("La clôture ne peut pas précéder la demande."), "closed_on")
    request.status = status.value
    request.closed_on = None if status is RequestStatus.WAITING else day
    if status is not RequestStatus.HOUSED:
        request.stay_id = None
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=request.case_id,
        object_type="housing_request",
        object_id=request.id.hex,
        detail="status=" + status.value,
    )


def _request_view(request: HousingRequest, reference: str, today: date) -> RequestView:
    end = request.closed_on or today
    return RequestView(
        id=request.id,
        case_id=request.case_id,
        reference=reference,
        asked_on=request.asked_on,
        priority=Priority(str(request.priority)),
        people_count=request.people_count,
        status=RequestStatus(request.status),
        closed_on=request.closed_on,
        notes=request.notes,
        waited_days=max(0, (end - request.asked_on).days),
    )


# -- the housing page -------------------------------------------------------------------


@dataclass(frozen=True)
class UnitOccupancy:
    unit: UnitView
    occupancy: Occupancy
    #: people housed tonight (stays open today)
    housed_now: int


@dataclass(frozen=True)
class HousingOverview:
    period: Period
    units: tuple[UnitOccupancy, ...]
    #: stays overlapping the period, of the cases the reader may see
    stays: tuple[StayView, ...]
    #: requests waiting, by priority then date asked
    waiting: tuple[RequestView, ...]
    #: stays open past their planned end, hidden ones included (a count only)
    overdue_count: int
    rule: str

    @property
    def total(self) -> Occupancy:
        """Every unit together (nights of each unit added up)."""
        parts = [u.occupancy for u in self.units]
        first = parts[0] if parts else None
        return Occupancy(
            nights_occupied=sum(p.nights_occupied for p in parts),
            nights_available=sum(p.nights_available for p in parts),
            period_nights=sum(p.period_nights for p in parts),
            period_months=sum(p.period_months for p in parts) if first else 0.0,
            person_nights=sum(p.person_nights for p in parts),
            place_nights=sum(p.place_nights for p in parts),
        )


def unit_occupancy(session: Session, period: Period, today: date) -> list[UnitOccupancy]:
    """Occupancy of every unit over ``period`` (no permission check: callers in core check)."""
    stays = session.execute(
        select(
            HousingStay.id, HousingStay.unit_id, HousingStay.entry_on, HousingStay.exit_on
        ).where(
            HousingStay.entry_on <= period.end,
            or_(HousingStay.exit_on.is_(None), HousingStay.exit_on > period.start),
        )
    ).all()
    counts = _people_counts(session, [s.id for s in stays])
    by_unit: dict[uuid.UUID, list[StaySpan]] = defaultdict(list)
    housed_now: dict[uuid.UUID, int] = defaultdict(int)
    for s in stays:
        by_unit[s.unit_id].append(StaySpan(s.entry_on, s.exit_on, counts.get(s.id, 1)))
    tonight = session.execute(
        select(HousingStay.id, HousingStay.unit_id).where(
            HousingStay.entry_on <= today,
            or_(HousingStay.exit_on.is_(None), HousingStay.exit_on > today),
        )
    ).all()
    tonight_counts = _people_counts(session, [s.id for s in tonight])
    for s in tonight:
        housed_now[s.unit_id] += tonight_counts.get(s.id, 0)
    result = []
    for unit in _unit_views(session):
        occ = occupancy(
            unit.available_from,
            unit.available_to,
            unit.capacity,
            by_unit.get(unit.id, []),
            period.start,
            period.end,
            today,
        )
        result.append(UnitOccupancy(unit, occ, housed_now.get(unit.id, 0)))
    return result


def housing_overview(session: Session, actor: UserSession, period: Period) -> HousingOverview:
    """Units with their occupancy over ``period``, the stays of that period and the
    waiting list, as the reader may see them (``housing.read``)."""
    require(actor, Perm.HOUSING_READ)
    today = clock.today()
    visible = visible_cases(actor, Perm.HOUSING_READ)
    stays = session.scalars(
        select(HousingStay)
        .join(Case, Case.id == HousingStay.case_id)
        .where(
            visible,
            HousingStay.entry_on <= period.end,
            or_(HousingStay.exit_on.is_(None), HousingStay.exit_on >= period.start),
        )
        .order_by(HousingStay.entry_on.desc())
    )
    waiting = session.execute(
        select(HousingRequest, Case.reference)
        .join(Case, Case.id == HousingRequest.case_id)
        .where(visible, HousingRequest.status == RequestStatus.WAITING.value)
        .order_by(HousingRequest.priority, HousingRequest.asked_on)
    ).all()
    overdue_count = len(
        session.scalars(
            select(HousingStay.id).where(
                HousingStay.exit_on.is_(None), HousingStay.planned_exit_on < today
            )
        ).all()
    )
    return HousingOverview(
        period=period,
        units=tuple(unit_occupancy(session, period, today)),
        stays=tuple(_stay_view(session, s, today) for s in stays),
        waiting=tuple(_request_view(r, ref, today) for r, ref in waiting),
        overdue_count=overdue_count,
        rule=counting_rule(),
    )


def case_people_for_stay(
    session: Session, actor: UserSession, case_id: uuid.UUID
) -> list[HousedPerson]:
    """The people of a case who can be housed, once ``actor`` may write its housing."""
    require_case(session, actor, Perm.HOUSING_WRITE, case_id)
    people = session.scalars(
        select(Person).where(Person.case_id == case_id).order_by(Person.role.desc(), Person.id)
    )
    return [HousedPerson(p.id, p.first_name, p.last_name, p.pseudonym, p.hide_name) for p in people]


def find_case(session: Session, actor: UserSession, reference: str) -> uuid.UUID:
    """The case with ``reference`` (e.g. 2026-0042) whose housing ``actor`` may write."""
    require(actor, Perm.HOUSING_WRITE)
    case_id = session.scalar(select(Case.id).where(Case.reference == reference.strip()))
    if case_id is None:
        raise ValidationError(tr("Aucun dossier ne porte ce numéro."), field="reference")
    require_case(session, actor, Perm.HOUSING_WRITE, case_id)
    return case_id
