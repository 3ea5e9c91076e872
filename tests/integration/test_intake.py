"""Intake, status changes, people and authors (issue #3) on real vaults."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from sqlalchemy import func, select

from app.core.authors import AuthorInput, add_author, case_authors
from app.core.case_view import load_case
from app.core.cases import case_events, close_case, create_case, pause_case, reopen_case
from app.core.people import PersonInput, add_person, case_people, remove_person
from app.core.setup import CreatedVault
from app.core.validation import make_niss
from app.core.vocabulary import (
    AuthorRelation,
    CaseStatus,
    Gender,
    PersonRole,
    YesNoUnknown,
)
from app.errors import ValidationError
from app.storage.models import Author, Case, Person
from tests.integration.case_file_support import (
    AYWAILLE,
    OPENED,
    CaseFile,
    case_file_of,
    intake,
    module_case_file,
    new_case,
)

pytestmark = pytest.mark.clock(date(2026, 11, 20))


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


# --- intake --------------------------------------------------------------------------


def test_minimal_intake_gives_the_years_first_references_in_order(
    make_vault: Callable[..., CreatedVault],
):
    fresh = case_file_of(make_vault())
    first = new_case(fresh)
    second = new_case(fresh, pseudonym="Mésange")
    assert (first.reference, second.reference) == ("2026-0001", "2026-0002")
    assert new_case(fresh, opened_on=date(2025, 12, 30)).reference == "2025-0001"

    with fresh.session() as session:
        detail = load_case(session, fresh.actor, first.id)
    assert detail.status == CaseStatus.OPEN
    assert detail.opened_on == OPENED
    assert detail.commune_code == AYWAILLE and detail.commune_name == "Aywaille"
    assert detail.violence_codes == ["psychological"]
    assert detail.workers == [(fresh.actor.user_id, fresh.actor.full_name)]
    assert detail.people_count == 1
    victim = detail.victim
    assert victim is not None and victim.role == PersonRole.VICTIM
    assert victim.pseudonym == "Colibri" and victim.first_name is None
    safe = victim.safe_contact
    assert safe.phone == "+32472123456"
    assert safe.may_leave_message == YesNoUnknown.NO and safe.may_write == YesNoUnknown.NO
    assert safe.code_word == "parapluie"
    assert detail.title(hide_names=False) == "2026-0001 — Colibri"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"pseudonym": "   "}, "name"),
        ({"commune_code": None}, "commune"),
        ({"commune_code": "99999"}, "commune"),
        ({"violence_codes": []}, "violence"),
        ({"violence_codes": ["gossip"]}, "violence"),
        ({"opened_on": date(2026, 12, 1)}, "opened_on"),
        ({"phone": "12"}, "phone"),
    ],
)
def test_intake_refuses_missing_or_wrong_fields_naming_the_field(
    cf: CaseFile, changes: dict, field: str
):
    with cf.session() as session, session.begin():
        before = session.scalar(select(func.count()).select_from(Case))
        with pytest.raises(ValidationError) as refused:
            create_case(session, cf.actor, intake(**changes))
        assert refused.value.field == field
        assert session.scalar(select(func.count()).select_from(Case)) == before


def test_a_name_alone_is_enough_without_pseudonym(cf: CaseFile):
    ref = new_case(cf, pseudonym="", first_name="Hélène")
    with cf.session() as session:
        assert load_case(session, cf.actor, ref.id).victim.first_name == "Hélène"


# --- status --------------------------------------------------------------------------


def test_closing_requires_a_reason_and_reopening_is_recorded(cf: CaseFile):
    ref = new_case(cf)
    with cf.session() as session, session.begin():
        for blank in ("", "   "):
            with pytest.raises(ValidationError) as refused:
                close_case(session, cf.actor, ref.id, blank)
            assert refused.value.field == "closure_reason"
        close_case(session, cf.actor, ref.id, " Relais pris par le CPAS. ", on=date(2026, 6, 1))
    with cf.session() as session, session.begin():
        detail = load_case(session, cf.actor, ref.id)
        assert detail.status == CaseStatus.CLOSED
        assert detail.closure_reason == "Relais pris par le CPAS."
        assert detail.closed_on == date(2026, 6, 1)
        with pytest.raises(ValidationError):
            close_case(session, cf.actor, ref.id, "encore")
        reopen_case(session, cf.actor, ref.id, "Nouveaux faits signalés.")
    with cf.session() as session:
        detail = load_case(session, cf.actor, ref.id)
        events = case_events(session, cf.actor, ref.id)
    assert detail.status == CaseStatus.OPEN and detail.closed_on is None
    assert [(e.kind, e.reason) for e in events] == [
        ("opened", None),
        ("closed", "Relais pris par le CPAS."),
        ("reopened", "Nouveaux faits signalés."),
    ]
    assert {e.user_name for e in events} == {cf.actor.full_name}


def test_pausing_an_open_case_and_taking_it_up_again(cf: CaseFile):
    ref = new_case(cf)
    with cf.session() as session, session.begin():
        pause_case(session, cf.actor, ref.id, "Injoignable depuis un mois.")
    with cf.session() as session, session.begin():
        assert load_case(session, cf.actor, ref.id).status == CaseStatus.PAUSED
        with pytest.raises(ValidationError):
            pause_case(session, cf.actor, ref.id)
        reopen_case(session, cf.actor, ref.id)
    with cf.session() as session:
        assert load_case(session, cf.actor, ref.id).status == CaseStatus.OPEN
        kinds = [(e.kind, e.reason) for e in case_events(session, cf.actor, ref.id)]
    assert kinds == [
        ("opened", None),
        ("paused", "Injoignable depuis un mois."),
        ("reopened", None),
    ]


# --- people --------------------------------------------------------------------------


CHILD_NISS = make_niss(date(2018, 5, 4), 123)
WRONG_CHECK = CHILD_NISS[:-1] + str((int(CHILD_NISS[-1]) + 1) % 10)


def child(**changes: object) -> PersonInput:
    birth = date(2018, 5, 4)
    data = PersonInput(
        relation="child",
        first_name="Noé",
        last_name="Çelik",
        birth_date=birth,
        gender=Gender.MALE,
        niss=CHILD_NISS,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_a_child_co_victim_with_a_valid_niss_is_added_after_the_victim(cf: CaseFile):
    ref = new_case(cf)
    with cf.session() as session, session.begin():
        add_person(session, cf.actor, ref.id, child())
    with cf.session() as session:
        people = case_people(session, cf.actor, ref.id)
        assert load_case(session, cf.actor, ref.id).people_count == 2
    assert [p.role for p in people] == [PersonRole.VICTIM, PersonRole.CO_VICTIM]
    assert people[1].niss == CHILD_NISS
    assert people[1].first_name == "Noé" and people[1].gender == Gender.MALE


@pytest.mark.parametrize(
    "changes",
    [
        {"niss": WRONG_CHECK},
        {"niss": make_niss(date(2017, 5, 4), 123)},  # another birth date
        {"niss": "1234"},
    ],
)
def test_an_invalid_niss_is_refused(cf: CaseFile, changes: dict):
    ref = new_case(cf)
    with cf.session() as session, session.begin():
        with pytest.raises(ValidationError) as refused:
            add_person(session, cf.actor, ref.id, child(**changes))
        assert refused.value.field == "niss"


def test_the_victim_cannot_be_removed_nor_doubled_but_a_child_can_be_removed(cf: CaseFile):
    ref = new_case(cf)
    with cf.session() as session, session.begin():
        child_id = add_person(session, cf.actor, ref.id, child(niss=""))
        with pytest.raises(ValidationError) as refused:
            add_person(session, cf.actor, ref.id, child(role=PersonRole.VICTIM))
        assert refused.value.field == "role"
    with cf.session() as session, session.begin():
        victim_id = session.scalar(
            select(Person.id).where(Person.case_id == ref.id, Person.role == "victim")
        )
        with pytest.raises(ValidationError):
            remove_person(session, cf.actor, victim_id)
        remove_person(session, cf.actor, child_id)
    with cf.session() as session:
        assert [p.role for p in case_people(session, cf.actor, ref.id)] == [PersonRole.VICTIM]


# --- authors -------------------------------------------------------------------------


def test_authors_are_kept_in_their_own_table_not_among_people(cf: CaseFile):
    ref = new_case(cf)
    with cf.session() as session, session.begin():
        add_author(
            session,
            cf.actor,
            ref.id,
            AuthorInput(
                relation=AuthorRelation.EX_PARTNER,
                first_name="Marc",
                last_name="Renard",
                has_weapons=YesNoUnknown.YES,
                weapons_notes="Fusil de chasse",
                judicial_history="Interdiction de contact en 2024.",
            ),
        )
    with cf.session() as session:
        stored = session.scalars(select(Author).where(Author.case_id == ref.id)).all()
        people = session.scalars(select(Person).where(Person.case_id == ref.id)).all()
        authors = case_authors(session, cf.actor, ref.id)
        detail = load_case(session, cf.actor, ref.id)
    assert [(a.first_name, a.last_name) for a in stored] == [("Marc", "Renard")]
    assert all(p.last_name != "Renard" for p in people) and len(people) == 1
    assert authors[0].relation == AuthorRelation.EX_PARTNER
    assert authors[0].has_weapons == YesNoUnknown.YES
    assert authors[0].recorded_by == cf.actor.user_id
    assert detail.author_count == 1 and detail.people_count == 1
