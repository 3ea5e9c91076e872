"""People of a case: the primary victim and co-victims (usually children)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import audit
from app.core.auth import UserSession
from app.core.cases import SafeContact
from app.core.permissions import Perm, require_case
from app.core.validation import (
    check_birth_date,
    check_niss,
    check_phone,
    check_postcode,
    check_text,
)
from app.core.vocabulary import Gender, PersonRole, YesNoUnknown
from app.errors import ValidationError
from app.i18n import tr
from app.storage.models import Case, Person


@dataclass
class PersonInput:
    role: PersonRole = PersonRole.CO_VICTIM
    relation: str = ""
    first_name: str = ""
    last_name: str = ""
    pseudonym: str = ""
    hide_name: bool = False
    birth_date: date | None = None
    gender: Gender | None = None
    languages: str = ""
    nationality: str = ""
    niss: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    phone: str = ""
    safe_contact: SafeContact = field(default_factory=SafeContact)


@dataclass(frozen=True)
class PersonView:
    id: uuid.UUID
    role: PersonRole
    relation: str | None
    first_name: str | None
    last_name: str | None
    pseudonym: str | None
    hide_name: bool
    birth_date: date | None
    gender: Gender | None
    languages: str | None
    nationality: str | None
    niss: str | None
    street: str | None
    postcode: str | None
    city: str | None
    phone: str | None
    safe_contact: SafeContact


def _clean(value: str) -> str | None:
    return check_text(value, multiline=True)  # stripped; no NUL or other control


def _apply(person: Person, data: PersonInput) -> None:
    if not (_clean(data.first_name) or _clean(data.last_name) or _clean(data.pseudonym)):
        raise ValidationError(
            tr("Indiquez au moins un nom, un prénom ou un pseudonyme."), field="name"
        )
    birth = check_birth_date(data.birth_date)
    person.role = data.role.value
    person.relation = _clean(data.relation)
    person.first_name = _clean(data.first_name)
    person.last_name = _clean(data.last_name)
    person.pseudonym = _clean(data.pseudonym)
    person.hide_name = data.hide_name
    person.birth_date = birth
    person.gender = data.gender.value if data.gender else None
    person.languages = _clean(data.languages)
    person.nationality = _clean(data.nationality)
    person.niss = check_niss(data.niss, birth)
    person.street = _clean(data.street)
    person.postcode = check_postcode(data.postcode)
    person.city = _clean(data.city)
    person.phone = check_phone(data.phone)
    safe = data.safe_contact
    person.safe_phone = check_phone(safe.phone or "", field="safe_phone")
    person.safe_times = _clean(safe.times or "")
    person.safe_may_leave_message = YesNoUnknown(safe.may_leave_message).value
    person.safe_may_write = YesNoUnknown(safe.may_write).value
    person.safe_code_word = _clean(safe.code_word or "")
    person.safe_notes = _clean(safe.notes or "")


def _traced(session: Session, actor: UserSession, person: Person, what: str) -> None:
    audit.record(
        session,
        actor,
        audit.Action.CASE_CHANGED,
        case_id=person.case_id,
        object_type="person",
        object_id=person.id.hex,
        detail=what,
    )


def add_person(
    session: Session,
    actor: UserSession,
    case_id: uuid.UUID,
    data: PersonInput,
) -> uuid.UUID:
    """Add a co-victim (a case has exactly one primary victim). The caller commits."""
    if session.get(Case, case_id) is None:
        raise ValidationError(tr("Ce dossier n'existe plus."))
    require_case(session, actor, Perm.PERSON_WRITE, case_id)
    if data.role == PersonRole.VICTIM:
        raise ValidationError(tr("Ce dossier a déjà une victime principale."), field="role")
    person = Person(case_id=case_id)
    _apply(person, data)
    session.add(person)
    session.flush()
    _traced(session, actor, person, "added")
    return person.id


def update_person(
    session: Session,
    actor: UserSession,
    person_id: uuid.UUID,
    data: PersonInput,
) -> None:
    """Save the person's form (the role of the primary victim never changes)."""
    person = session.get(Person, person_id)
    if person is None:
        raise ValidationError(tr("Cette personne n'existe plus dans le dossier."))
    require_case(session, actor, Perm.PERSON_WRITE, person.case_id)
    data.role = PersonRole(person.role)
    _apply(person, data)
    _traced(session, actor, person, "updated")


def remove_person(session: Session, actor: UserSession, person_id: uuid.UUID) -> None:
    person = session.get(Person, person_id)
    if person is None:
        return
    require_case(session, actor, Perm.PERSON_WRITE, person.case_id)
    if person.role == PersonRole.VICTIM.value:
        raise ValidationError(tr("La victime principale ne peut pas être retirée du dossier."))
    _traced(session, actor, person, "removed")
    session.delete(person)


def to_view(p: Person) -> PersonView:
    return PersonView(
        id=p.id,
        role=PersonRole(p.role),
        relation=p.relation,
        first_name=p.first_name,
        last_name=p.last_name,
        pseudonym=p.pseudonym,
        hide_name=p.hide_name,
        birth_date=p.birth_date,
        gender=Gender(p.gender) if p.gender else None,
        languages=p.languages,
        nationality=p.nationality,
        niss=p.niss,
        street=p.street,
        postcode=p.postcode,
        city=p.city,
        phone=p.phone,
        safe_contact=SafeContact(
            phone=p.safe_phone,
            times=p.safe_times,
            may_leave_message=YesNoUnknown(p.safe_may_leave_message),
            may_write=YesNoUnknown(p.safe_may_write),
            code_word=p.safe_code_word,
            notes=p.safe_notes,
        ),
    )


def case_people(session: Session, actor: UserSession, case_id: uuid.UUID) -> list[PersonView]:
    """The victim first, then co-victims by birth date, once ``actor`` may read the case."""
    require_case(session, actor, Perm.CASE_READ, case_id)
    rows = session.scalars(
        select(Person)
        .where(Person.case_id == case_id)
        .order_by((Person.role != "victim"), Person.birth_date, Person.created_at)
    )
    return [to_view(p) for p in rows]
