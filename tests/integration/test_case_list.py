"""The case list: keyset paging through every sort, filters, full-text search
and hide-name, over ~250 cases in a real vault."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import pytest

from app.core.agenda import appointments
from app.core.case_list import CaseFilter, CaseSort, list_cases
from app.core.case_search import count_search_results, search_cases
from app.core.case_view import load_case
from app.core.display import display_name
from app.core.vocabulary import CaseStatus, RiskLevel
from app.storage.models import Case, CaseWorker, FollowUp, Person
from tests.integration.case_file_support import (
    AYWAILLE,
    ESNEUX,
    SPRIMONT,
    CaseFile,
    add_worker,
    module_case_file,
)

N_CASES = 250
FIRST = ["Marie", "Julie", "Sarah", "Nadia", "Laura", "Fatima", "Anne", "Emma", "Ines", "Lina"]
LAST = ["Lambert", "Martin", "Peeters", "Janssens", "Renard", "Collard", "Thiry", "Bodart"]
RANK = {None: 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


@dataclass
class Spec:
    """What the test put in, to compute the expected answers independently."""

    id: uuid.UUID
    reference: str
    opened_on: date
    status: str
    commune: str
    risk: str | None
    workers: set[uuid.UUID]
    first: str
    last: str
    pseudonym: str | None = None
    hide_name: bool = False
    contacts: list[datetime] = field(default_factory=list)

    @property
    def last_contact(self) -> datetime | None:
        return max(self.contacts, default=None)

    @property
    def full_name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class Fixture:
    cf: CaseFile
    specs: dict[uuid.UUID, Spec]
    workers: list[uuid.UUID]

    def by_name(self, first: str) -> Spec:
        return next(s for s in self.specs.values() if s.first == first)


def build(cf: CaseFile) -> Fixture:
    rng = random.Random(20260302)
    workers = [cf.actor.user_id, add_worker(cf, "a.lambert", "Anne Lambert")]
    workers.append(add_worker(cf, "k.benali", "Karim Benali"))
    days = [date(2024, 1, 8) + timedelta(days=rng.randrange(0, 1000)) for _ in range(70)]
    openings = sorted(rng.choice(days) for _ in range(N_CASES))  # many ties on purpose
    moments = [datetime(2026, 1, 5, 9) + timedelta(hours=7 * i) for i in range(40)]
    special = {
        0: ("Hélène", "Vandenbroucke", None, False),
        1: ("Ayşe", "Çelik", None, False),
        2: ("Zoé", "Marchal", None, True),
        3: ("Joëlle", "Discrète", "Hirondelle", True),
        4: ("Chloé", "Masquée", "Mésange", False),
    }
    counters: dict[int, int] = {}
    specs: dict[uuid.UUID, Spec] = {}
    with cf.session() as session, session.begin():
        for i, opened_on in enumerate(openings):
            counters[opened_on.year] = counters.get(opened_on.year, 0) + 1
            first, last, pseudo, hide = special.get(
                (i * 37) % N_CASES, (rng.choice(FIRST), rng.choice(LAST), None, False)
            )
            spec = Spec(
                id=uuid.uuid4(),
                reference=f"{opened_on.year}-{counters[opened_on.year]:04d}",
                opened_on=opened_on,
                status=rng.choice(["open", "open", "paused", "closed"]),
                commune=rng.choice([AYWAILLE, ESNEUX, SPRIMONT]),
                risk=rng.choice([None, "low", "medium", "high", "critical"]),
                workers=set(rng.sample(workers, rng.choice([1, 1, 2]))),
                first=first,
                last=last,
                pseudonym=pseudo,
                hide_name=hide,
            )
            case = Case(
                id=spec.id,
                reference=spec.reference,
                status=spec.status,
                opened_on=opened_on,
                commune_code=spec.commune,
                risk_level=spec.risk,
            )
            case.people.append(
                Person(
                    role="victim",
                    first_name=first,
                    last_name=last,
                    pseudonym=pseudo,
                    hide_name=hide,
                )
            )
            for _ in range(rng.choice([0, 1, 1, 2, 3])):
                at = rng.choice(moments)  # ties in last contact too
                spec.contacts.append(at)
                case.followups.append(
                    FollowUp(occurred_at=at, kind="phone", summary="Appel de suivi.", status="done")
                )
            session.add(case)
            session.flush()
            session.add_all(CaseWorker(case_id=case.id, user_id=w) for w in spec.workers)
            specs[spec.id] = spec
        target = next(s for s in specs.values() if s.first == "Hélène")
        session.add(
            FollowUp(
                case_id=target.id,
                occurred_at=datetime.combine(target.opened_on, time(10)),
                kind="home_visit",
                summary="Les enfants jouaient sur le trampoline du jardin.",
                status="done",
            )
        )
        target.contacts.append(datetime.combine(target.opened_on, time(10)))
    return Fixture(cf, specs, workers)


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fixture]:
    with module_case_file(tmp_path_factory) as case_file:
        yield build(case_file)


def expected_order(specs: list[Spec], sort: CaseSort) -> list[uuid.UUID]:
    """The order each sort promises, computed in Python (ties broken by id)."""
    if sort == CaseSort.NEWEST:
        ordered = sorted(specs, key=lambda s: (s.opened_on, s.id.hex), reverse=True)
    elif sort == CaseSort.OLDEST:
        ordered = sorted(specs, key=lambda s: (s.opened_on, s.id.hex))
    elif sort in (CaseSort.REFERENCE, CaseSort.REFERENCE_DESC):
        ordered = sorted(
            specs,
            key=lambda s: (s.reference, s.id.hex),
            reverse=sort == CaseSort.REFERENCE_DESC,
        )
    elif sort in (CaseSort.RISK, CaseSort.RISK_LOWEST):
        ordered = sorted(
            specs, key=lambda s: (RANK[s.risk], s.id.hex), reverse=sort == CaseSort.RISK
        )
    else:
        never = datetime.min

        def key(s: Spec) -> tuple:
            return (s.last_contact or never, s.id.hex)

        ordered = sorted(specs, key=key, reverse=sort == CaseSort.LAST_CONTACT_RECENT)
    return [s.id for s in ordered]


def all_rows(cf: CaseFile, flt: CaseFilter, **kw) -> list:
    with cf.session() as session:
        return list_cases(session, flt, actor=cf.actor, limit=10_000, **kw).rows


@pytest.mark.parametrize("sort", list(CaseSort))
def test_paging_visits_every_case_once_in_the_sorts_order(fx: Fixture, sort: CaseSort):
    seen: list[uuid.UUID] = []
    cursor = None
    with fx.cf.session() as session:
        while True:
            page = list_cases(
                session, CaseFilter(sort=sort), actor=fx.cf.actor, after=cursor, limit=17
            )
            assert len(page.rows) <= 17
            seen += [row.id for row in page.rows]
            cursor = page.next_cursor
            if cursor is None:
                break
    assert len(seen) == len(set(seen)) == N_CASES
    assert seen == expected_order(list(fx.specs.values()), sort)
    assert seen == [r.id for r in all_rows(fx.cf, CaseFilter(sort=sort))]


def test_paging_within_a_filter(fx: Fixture):
    flt = CaseFilter(statuses={CaseStatus.OPEN}, sort=CaseSort.RISK)
    seen, cursor = [], None
    with fx.cf.session() as session:
        while True:
            page = list_cases(session, flt, actor=fx.cf.actor, after=cursor, limit=9)
            seen += [row.id for row in page.rows]
            if (cursor := page.next_cursor) is None:
                break
    expected = [s for s in fx.specs.values() if s.status == "open"]
    assert seen == expected_order(expected, CaseSort.RISK)


@pytest.mark.parametrize(
    ("name", "flt", "keep"),
    [
        ("open", CaseFilter(statuses={CaseStatus.OPEN}), lambda s: s.status == "open"),
        (
            "open or paused",
            CaseFilter(statuses={CaseStatus.OPEN, CaseStatus.PAUSED}),
            lambda s: s.status in ("open", "paused"),
        ),
        ("commune", CaseFilter(commune_code=ESNEUX), lambda s: s.commune == ESNEUX),
        (
            "risk",
            CaseFilter(risk_levels={RiskLevel.HIGH, RiskLevel.CRITICAL}),
            lambda s: s.risk in ("high", "critical"),
        ),
        (
            "opening period",
            CaseFilter(opened_from=date(2025, 1, 1), opened_to=date(2025, 6, 30)),
            lambda s: date(2025, 1, 1) <= s.opened_on <= date(2025, 6, 30),
        ),
        (
            "combined",
            CaseFilter(
                statuses={CaseStatus.CLOSED}, commune_code=AYWAILLE, opened_from=date(2025, 1, 1)
            ),
            lambda s: (
                s.status == "closed" and s.commune == AYWAILLE and s.opened_on >= date(2025, 1, 1)
            ),
        ),
    ],
)
def test_each_filter_returns_exactly_the_matching_cases(fx: Fixture, name: str, flt, keep):
    expected = {s.id for s in fx.specs.values() if keep(s)}
    assert 0 < len(expected) < N_CASES, name
    assert {r.id for r in all_rows(fx.cf, flt)} == expected


def test_worker_filter_returns_the_workers_cases(fx: Fixture):
    for worker in fx.workers:
        expected = {s.id for s in fx.specs.values() if worker in s.workers}
        assert {r.id for r in all_rows(fx.cf, CaseFilter(worker_id=worker))} == expected


def found(fx: Fixture, text: str, **kw) -> list[uuid.UUID]:
    with fx.cf.session() as session:
        return [r.id for r in search_cases(session, text, actor=fx.cf.actor, **kw).rows]


def test_search_folds_accents_and_matches_prefixes(fx: Fixture):
    helene, ayse = fx.by_name("Hélène").id, fx.by_name("Ayşe").id
    assert helene in found(fx, "Helene")
    assert helene in found(fx, "HÉLÈNE vandenbr")
    assert helene in found(fx, "hél")
    assert ayse in found(fx, "celik")
    assert ayse in found(fx, "Çelik Ayse")
    assert found(fx, "Helene Çelik") == []  # every word must match
    assert found(fx, "   ") == []


def test_search_finds_follow_up_words_and_respects_filters(fx: Fixture):
    helene = fx.by_name("Hélène")
    assert found(fx, "trampoline") == [helene.id]
    other = {CaseStatus(s) for s in ("open", "paused", "closed")} - {CaseStatus(helene.status)}
    assert found(fx, "trampoline", flt=CaseFilter(statuses=other)) == []


@pytest.mark.parametrize("typed", ["2026-00", "2026-001", "2025-"])
def test_search_by_reference_prefix(fx: Fixture, typed: str):
    expected = sorted(s.reference for s in fx.specs.values() if s.reference.startswith(typed))
    rows, after = [], None
    with fx.cf.session() as session:
        while True:  # reference results come in pages too
            page = search_cases(session, typed, actor=fx.cf.actor, after=after)
            rows += page.rows
            if page.next_cursor is None:
                break
            after = page.next_cursor
        total = count_search_results(session, typed, actor=fx.cf.actor)
    assert expected and [r.reference for r in rows] == expected
    assert total == len(expected)


def test_hide_names_mode_shows_pseudonym_or_initials_never_the_full_name(fx: Fixture):
    rows = all_rows(fx.cf, CaseFilter(), hide_names=True)
    assert len(rows) == N_CASES
    for row in rows:
        spec = fx.specs[row.id]
        assert row.person != spec.full_name and spec.first not in row.person
        assert row.person == (
            spec.pseudonym or display_name(spec.first, spec.last, None, hide_names=True)
        )
    shown = {fx.specs[r.id].first: r.person for r in rows}
    assert shown["Hélène"] == "H. V." and shown["Chloé"] == "Mésange"
    with fx.cf.session() as session:
        assert all(
            r.person == "H. V."
            for r in search_cases(session, "Helene", actor=fx.cf.actor, hide_names=True).rows
        )


def test_a_person_who_hides_her_name_is_never_shown_by_it(fx: Fixture):
    zoe, joelle = fx.by_name("Zoé"), fx.by_name("Joëlle")
    rows = {r.id: r.person for r in all_rows(fx.cf, CaseFilter(), hide_names=False)}
    assert rows[zoe.id] == "Z. M." and rows[joelle.id] == "Hirondelle"
    assert rows[fx.by_name("Chloé").id] == "Chloé Masquée"  # a pseudonym alone hides nothing
    with fx.cf.session() as session:
        searched = {
            r.id: r.person for r in search_cases(session, "Marchal", actor=fx.cf.actor).rows
        }
        title = load_case(session, fx.cf.actor, zoe.id).title(hide_names=False)
    assert searched == {zoe.id: "Z. M."}
    assert "Marchal" not in title and "Zoé" not in title
    with fx.cf.session() as session, session.begin():
        session.add(
            FollowUp(
                case_id=joelle.id,
                occurred_at=datetime(2030, 1, 7, 10),
                kind="interview",
                status="planned",
            )
        )
    with fx.cf.session() as session:
        items = appointments(session, date(2030, 1, 7), 1, actor=fx.cf.actor, user_id=None)
    assert [i.person for i in items] == ["Hirondelle"]
