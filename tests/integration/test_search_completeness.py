"""Search finds every case, however many rows mention the same words (issue #10).

One real vault holds 96 cases opened over sixteen years, whose people bear
names with letters unicode61 does not fold (ł, ı, œ, ß, ø, đ, þ…), and
3 600 newer follow-ups — written through the ORM in one transaction — that
name the same people. Every case must be reachable by paging, by full name
and by surname alone, typed with and without special letters, within each
filter the list offers and for each role; the count must say how many.
Before revision 0006 search looked only at the 2 000 newest matching index
rows: a case named 2 000 times in newer follow-ups could no longer be found
even by its victim's exact name.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from app.core.auth import UserSession
from app.core.case_list import CaseFilter
from app.core.case_search import count_search_results, search_cases
from app.core.search_text import search_words
from app.core.vocabulary import CaseStatus, RiskLevel, Role
from app.storage.models import Case, CaseWorker, FollowUp, Person, User
from tests.integration.case_file_support import (
    AYWAILLE,
    ESNEUX,
    SPRIMONT,
    CaseFile,
    case_file_of,
    module_case_file,
)

#: (first name, surname) as recorded, and as a person types them on a Belgian keyboard
NAMES = [
    (("Małgorzata", "Wróbel"), ("Malgorzata", "Wrobel")),
    (("Ayşe", "Yılmaz"), ("Ayse", "Yilmaz")),
    (("Élise", "Crèvecœur"), ("Elise", "Crevecoeur")),
    (("Jürgen", "Weiß"), ("Jurgen", "Weiss")),
    (("Bjørn", "Søgaard"), ("Bjorn", "Sogaard")),
    (("Đorđe", "Đurić"), ("Dorde", "Duric")),
    (("Þórdís", "Ægisdóttir"), ("Thordis", "Aegisdottir")),
    (("Ioana", "Ștefănescu"), ("Ioana", "Stefanescu")),
    (("Dritë", "Krasniqi"), ("Drite", "Krasniqi")),
    (("Jiří", "Dvořák"), ("Jiri", "Dvorak")),
    (("İpek", "Öztürk"), ("Ipek", "Ozturk")),
    (("Ngozi", "Nwaɔkɔ"), ("Ngozi", "Nwaoko")),
]
CASES_PER_NAME = 8
NEWER_ROWS = 3_600
STATUSES = ["open", "paused", "closed"]
COMMUNES = [AYWAILLE, ESNEUX, SPRIMONT]
RISKS = [None, "low", "medium", "high", "critical"]


@dataclass
class Spec:
    id: uuid.UUID
    opened_on: date
    status: str
    commune: str
    risk: str | None
    workers: set[uuid.UUID]
    confidential: bool
    names: list[tuple[str, str]]
    #: the texts of the case's follow-ups
    texts: list[str] = field(default_factory=list)


@dataclass
class World:
    cf: CaseFile
    specs: dict[uuid.UUID, Spec]
    users: dict[str, UserSession]


def _user(cf: CaseFile, login: str, role: Role) -> UserSession:
    with cf.session() as session, session.begin():
        user = User(login=login, full_name=login.title(), role=role.value)
        session.add(user)
        session.flush()
        return UserSession(user.id, login, login.title(), role, "Service", False)


def _case(spec: Spec, reference: str) -> Case:
    case = Case(
        id=spec.id,
        reference=reference,
        status=spec.status,
        opened_on=spec.opened_on,
        commune_code=spec.commune,
        risk_level=spec.risk,
        confidential=spec.confidential,
    )
    for k, (first, last) in enumerate(spec.names):
        case.people.append(
            Person(
                role="victim" if k == 0 else "co_victim",
                relation=None if k == 0 else "child",
                first_name=first,
                last_name=last,
            )
        )
    return case


def build(cf: CaseFile) -> World:
    rng = random.Random(20261124)
    users = {
        "coordinator": cf.actor,
        "social_worker": _user(cf, "s.worker", Role.SOCIAL_WORKER),
        "other_worker": _user(cf, "o.worker", Role.SOCIAL_WORKER),
        "street_educator": _user(cf, "s.educator", Role.STREET_EDUCATOR),
    }
    staff = [u.user_id for u in users.values()]
    specs: dict[uuid.UUID, Spec] = {}
    with cf.session() as session, session.begin():
        # Oldest first (search ranks the most recently recorded case first); the
        # n-th case of every name two years after its (n-1)-th, so that each
        # filter keeps some cases of every name and leaves others out.
        for i in range(CASES_PER_NAME * len(NAMES)):
            n, k = divmod(i, len(NAMES))
            (first, last), _typed = NAMES[k]
            spec = Spec(
                id=uuid.uuid4(),
                opened_on=date(2010, 1, 4) + timedelta(days=i * 60),
                status=STATUSES[n % 3],
                commune=COMMUNES[(n + k) % 3],
                risk=RISKS[(n + 2 * k) % 5],
                workers=set(rng.sample(staff, rng.choice([1, 2]))),
                confidential=i % 7 == 0,
                names=[(first if n % 2 == 0 else rng.choice(["Anna", "Lucas"]), last)],
                texts=[f"Premier entretien, dossier {i}."],
            )
            if n == 3:  # a child bears the name, the victim another one
                spec.names = [("Sarah", "Lambert"), (first, last)]
            case = _case(spec, f"{spec.opened_on.year}-{i + 1:04d}")
            case.followups.append(
                FollowUp(
                    occurred_at=datetime.combine(spec.opened_on, datetime.min.time()),
                    kind="interview",
                    summary=spec.texts[0],
                    status="done",
                )
            )
            session.add(case)
            session.flush()
            for worker in spec.workers:
                session.add(CaseWorker(case_id=spec.id, user_id=worker))
            specs[spec.id] = spec
        # Newer cases whose follow-ups keep naming the same people (a neighbour,
        # a namesake, a note copied from one file to another): 3 600 rows.
        noise = []
        for j in range(12):
            spec = Spec(
                id=uuid.uuid4(),
                opened_on=date(2026, 6, 1) + timedelta(days=j),
                status="open",
                commune=AYWAILLE,
                risk=None,
                workers={cf.actor.user_id},
                confidential=False,
                names=[("Nadia", f"Voisine{j}")],
            )
            session.add(_case(spec, f"2026-{9000 + j}"))
            session.flush()
            session.add(CaseWorker(case_id=spec.id, user_id=cf.actor.user_id))
            specs[spec.id] = spec
            noise.append(spec)
        for r in range(NEWER_ROWS):
            (first, last), _typed = NAMES[r % len(NAMES)]
            spec = noise[(r // len(NAMES)) % len(noise)]
            summary = f"Appel : {first} {last} a de nouveau été vue par la voisine."
            if summary not in spec.texts:
                spec.texts.append(summary)
            session.add(
                FollowUp(
                    case_id=spec.id,
                    occurred_at=datetime(2026, 6, 20, 9) + timedelta(minutes=r),
                    kind="phone",
                    summary=summary,
                    status="done",
                )
            )
    return World(cf, specs, users)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with module_case_file(tmp_path_factory) as cf:
        yield build(cf)


# -- what the test expects, computed from what it put in --------------------------------


def visible(world: World, role: str, spec: Spec) -> bool:
    actor = world.users[role]
    if role == "street_educator":
        return actor.user_id in spec.workers
    if role in ("social_worker", "other_worker"):
        return not spec.confidential or actor.user_id in spec.workers
    return True


def has(text: str, words: str) -> bool:
    """``text`` holds every word of ``words`` as the start of one of its words."""
    tokens = search_words(text)
    return all(any(t.startswith(w) for t in tokens) for w in search_words(words))


def expected(
    world: World, words: str, keep: Callable[[Spec], bool] = lambda s: True
) -> tuple[set[uuid.UUID], set[uuid.UUID]]:
    """The cases found by a name of their people (one person bears every word),
    and the others holding every word, each in a name or a follow-up."""
    kept = [s for s in world.specs.values() if keep(s)]
    named = {s.id for s in kept if any(has(f"{f} {n}", words) for f, n in s.names)}
    noted = {
        s.id for s in kept if has(" ".join([*s.texts, *(f"{f} {n}" for f, n in s.names)]), words)
    }
    return named, noted - named


def every_page(
    world: World,
    typed: str,
    flt: CaseFilter | None = None,
    role: str = "coordinator",
    limit: int = 7,
) -> list[uuid.UUID]:
    """Every case found, page after page (small pages: many round trips)."""
    found: list[uuid.UUID] = []
    after = None
    with world.cf.session() as session:
        for _ in range(500):
            page = search_cases(
                session, typed, flt, actor=world.users[role], after=after, limit=limit
            )
            found += [r.id for r in page.rows]
            if page.next_cursor is None:
                assert len(found) == len(set(found)), "a case appears twice"
                return found
            assert len(page.rows) == limit
            after = page.next_cursor
    raise AssertionError("paging does not end")


def count(world: World, typed: str, flt: CaseFilter | None = None, role="coordinator") -> int:
    with world.cf.session() as session:
        return count_search_results(session, typed, flt, actor=world.users[role])


def assert_ranked(found: list[uuid.UUID], named: set, noted: set) -> None:
    """Cases found by a name first, then those found in a follow-up."""
    assert set(found[: len(named)]) == named
    assert set(found[len(named) :]) == noted


# -- the tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("index", range(len(NAMES)), ids=[n[1][1] for n in NAMES])
@pytest.mark.parametrize("how", ["as recorded", "typed plain", "surname", "surname plain"])
def test_every_case_of_a_name_is_reached_by_paging(world: World, index: int, how: str) -> None:
    (first, last), (plain_first, plain_last) = NAMES[index]
    typed = {
        "as recorded": f"{first} {last}",
        "typed plain": f"{plain_first} {plain_last}",
        "surname": last,
        "surname plain": plain_last.upper(),
    }[how]
    named, noted = expected(world, f"{first} {last}" if "surname" not in how else last)
    assert len(named) >= (CASES_PER_NAME // 2 if "surname" not in how else CASES_PER_NAME)
    assert noted  # the newer cases that only mention her
    found = every_page(world, typed)
    assert_ranked(found, named, noted)
    assert count(world, typed) == len(found)


def test_names_first_then_most_recent_first(world: World) -> None:
    found = every_page(world, "Yilmaz", limit=5)
    named, noted = expected(world, "Yılmaz")
    assert len(named) == CASES_PER_NAME and noted
    assert_ranked(found, named, noted)
    for part in (found[: len(named)], found[len(named) :]):
        opened = [world.specs[i].opened_on for i in part]
        assert opened == sorted(opened, reverse=True)


FILTERS: dict[str, tuple[Callable[[], CaseFilter], Callable[[Spec], bool]]] = {
    "open and paused (the default)": (
        lambda: CaseFilter(statuses={CaseStatus.OPEN, CaseStatus.PAUSED}),
        lambda s: s.status in ("open", "paused"),
    ),
    "closed": (lambda: CaseFilter(statuses={CaseStatus.CLOSED}), lambda s: s.status == "closed"),
    "commune": (lambda: CaseFilter(commune_code=ESNEUX), lambda s: s.commune == ESNEUX),
    "high and critical": (
        lambda: CaseFilter(risk_levels={RiskLevel.HIGH, RiskLevel.CRITICAL}),
        lambda s: s.risk in ("high", "critical"),
    ),
    "opened up to 2015": (
        lambda: CaseFilter(opened_to=date(2015, 12, 31)),
        lambda s: s.opened_on <= date(2015, 12, 31),
    ),
    "opened 2016 to 2019, paused": (
        lambda: CaseFilter(
            statuses={CaseStatus.PAUSED},
            opened_from=date(2016, 1, 1),
            opened_to=date(2019, 12, 31),
        ),
        lambda s: s.status == "paused" and date(2016, 1, 1) <= s.opened_on <= date(2019, 12, 31),
    ),
}


@pytest.mark.parametrize("name", list(FILTERS))
@pytest.mark.parametrize("typed", ["Malgorzata Wrobel", "Wróbel", "crevecoeur", "Weiß"])
def test_each_filter_applies_inside_the_search(world: World, name: str, typed: str) -> None:
    make, keep = FILTERS[name]
    named, noted = expected(world, typed, keep)
    everything = set().union(*expected(world, typed))
    assert set() < named | noted < everything  # the filter keeps some and leaves some out
    found = every_page(world, typed, make())
    assert_ranked(found, named, noted)
    assert count(world, typed, make()) == len(found)


@pytest.mark.parametrize("role", ["coordinator", "social_worker", "street_educator"])
@pytest.mark.parametrize("filtered", [False, True], ids=["every case", "open and paused"])
def test_the_count_is_exact_up_to_its_cap_and_says_more_above(
    world: World, role: str, filtered: bool
) -> None:
    """A word in most cases ("dossier" is in every first interview): the count
    stops above the cap (cap + 1 means "more than cap"), and is exact at or below it."""
    flt = CaseFilter(statuses={CaseStatus.OPEN, CaseStatus.PAUSED}) if filtered else None
    found = every_page(world, "dossier", flt, role=role, limit=50)
    named, noted = expected(
        world,
        "dossier",
        lambda s: visible(world, role, s) and (not filtered or s.status in ("open", "paused")),
    )
    assert set(found) == named | noted and len(found) > 10
    with world.cf.session() as session:
        actor = world.users[role]
        for cap in (1, 10, len(found) - 1, len(found), len(found) + 1, 1_000):
            counted = count_search_results(session, "dossier", flt, actor=actor, cap=cap)
            assert counted == (len(found) if len(found) <= cap else cap + 1), cap
        # references too: "2012-" is the cases opened in 2012
        year = [s for s in world.specs.values() if s.opened_on.year == 2012]
        keep = (lambda s: s.status != "closed") if filtered else (lambda s: True)
        shown = [s for s in year if visible(world, role, s) and keep(s)]
        assert len(shown) >= 2
        for cap in (1, len(shown)):
            counted = count_search_results(session, "2012-", flt, actor=actor, cap=cap)
            assert counted == min(len(shown), cap + 1)


def test_the_worker_filter_applies_inside_the_search(world: World) -> None:
    worker = world.users["other_worker"].user_id
    flt = CaseFilter(worker_id=worker)
    named, noted = expected(world, "Dvorak", lambda s: worker in s.workers)
    assert named
    assert_ranked(every_page(world, "Dvořák", flt), named, noted)
    assert count(world, "dvorak", flt) == len(named | noted)


@pytest.mark.parametrize("role", ["social_worker", "other_worker", "street_educator"])
def test_each_role_finds_every_case_it_may_see_and_no_other(world: World, role: str) -> None:
    assert any(not visible(world, role, s) for s in world.specs.values())
    for (_first, last), _typed in NAMES:
        named, noted = expected(world, last, lambda s: visible(world, role, s))
        found = every_page(world, last, role=role)
        assert_ranked(found, named, noted)
        assert count(world, last, role=role) == len(found)


def test_a_common_word_reaches_the_oldest_case(world: World) -> None:
    found = every_page(world, "entretien", limit=25)
    named, noted = expected(world, "entretien")
    assert not named and set(found) == noted  # every case opened with a first interview
    assert found[-1] == min(world.specs.values(), key=lambda s: s.opened_on).id
    assert count(world, "entretien") == len(noted)


@pytest.mark.parametrize("newer", [1_999, 2_000, 2_500])
def test_the_full_name_finds_her_however_many_newer_rows_name_her(
    tmp_path_factory: pytest.TempPathFactory, newer: int
) -> None:
    """The bug of the 2 000 newest rows: found with 1 999, lost with 2 000."""
    with module_case_file(tmp_path_factory) as cf:
        her = uuid.uuid4()
        with cf.session() as session, session.begin():
            old = Case(id=her, reference="2012-0001", status="closed", opened_on=date(2012, 3, 5))
            old.people.append(Person(role="victim", first_name="Małgorzata", last_name="Wróbel"))
            session.add(old)
            session.flush()
            newer_case = Case(reference="2026-0001", status="open", opened_on=date(2026, 5, 4))
            newer_case.people.append(Person(role="victim", first_name="Ewa", last_name="Nowak"))
            for r in range(newer):
                newer_case.followups.append(
                    FollowUp(
                        occurred_at=datetime(2026, 5, 4, 9) + timedelta(minutes=r),
                        kind="phone",
                        summary="Appel de Małgorzata Wróbel au sujet de sa voisine.",
                        status="done",
                    )
                )
            session.add(newer_case)
        actor = case_file_of(cf.created).actor
        with cf.session() as session:
            for typed in ("Małgorzata Wróbel", "Malgorzata Wrobel", "wrob"):
                page = search_cases(session, typed, actor=actor, limit=1)
                assert [r.id for r in page.rows] == [her], typed  # a name first
                assert count_search_results(session, typed, actor=actor) == 2
            closed = CaseFilter(statuses={CaseStatus.CLOSED})
            page = search_cases(session, "Malgorzata Wrobel", closed, actor=actor)
            assert [r.id for r in page.rows] == [her] and page.next_cursor is None


def test_a_corrected_name_is_found_by_the_new_name_only(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with module_case_file(tmp_path_factory) as cf:
        with cf.session() as session, session.begin():
            case = Case(reference="2026-0001", status="open", opened_on=date(2026, 2, 2))
            person = Person(role="victim", first_name="Anna", last_name="Kowal")
            case.people.append(person)
            note = FollowUp(
                occurred_at=datetime(2026, 2, 2, 9), kind="phone", summary="Appel du CPAS."
            )
            case.followups.append(note)
            session.add(case)
        with cf.session() as session, session.begin():
            session.get(Person, person.id).first_name = "Łucja"  # type: ignore[union-attr]
            session.get(Person, person.id).last_name = "Nowakowska"  # type: ignore[union-attr]
            session.delete(session.get(FollowUp, note.id))
        actor = cf.actor
        with cf.session() as session:
            assert [r.id for r in search_cases(session, "lucja nowakowska", actor=actor).rows] == [
                case.id
            ]
            assert search_cases(session, "cpas", actor=actor).rows == []
            assert search_cases(session, "anna", actor=actor).rows == []
            rows = session.execute(text("SELECT count(*) FROM search_index")).scalar()
            assert rows == 1  # the name; the note went with its row


#: German names as recorded, and as typed without umlauts (or with them)
GERMAN = [
    ("Jürgen", "Müller", ["Mueller", "Müller", "muller", "jürgen mueller", "juergen müller"]),
    ("Katrin", "Mueller", ["Mueller", "Müller", "MUELLER"]),
    ("Lotte", "Göthe", ["Goethe", "Göthe", "gothe"]),
    ("Paul", "Goethe", ["Goethe", "Göthe"]),
    ("Heike", "Schäfer", ["Schaefer", "Schäfer", "schafer"]),
    ("Élise", "Crèvecœur", ["Crevecoeur", "Crèvecœur", "crevecœur"]),
]


def test_umlauts_typed_as_ue_oe_ae_find_the_name_and_back(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Mueller" finds Müller (indexed "muller"), "Müller" finds Mueller, and a
    word whose ae/oe/ue is not an umlaut still finds itself (Crèvecœur)."""
    with module_case_file(tmp_path_factory) as cf:
        ids = {}
        with cf.session() as session, session.begin():
            for n, (first, last, _typed) in enumerate(GERMAN):
                case = Case(
                    reference=f"2020-{n + 1:04d}", status="open", opened_on=date(2020, 1, 6)
                )
                case.people.append(Person(role="victim", first_name=first, last_name=last))
                case.followups.append(
                    FollowUp(
                        occurred_at=datetime(2020, 1, 6, 9),
                        kind="phone",
                        summary="Premier appel, rue de la Gare.",
                    )
                )
                session.add(case)
                session.flush()
                ids[last] = case.id
        with cf.session() as session:
            for _first, last, typed_forms in GERMAN:
                for typed in typed_forms:
                    found = {r.id for r in search_cases(session, typed, actor=cf.actor).rows}
                    assert ids[last] in found, (typed, last)
            goethe = {r.id for r in search_cases(session, "Goethe", actor=cf.actor).rows}
            assert goethe == {ids["Göthe"], ids["Goethe"]}
            assert count_search_results(session, "Mueller", actor=cf.actor) == 2
            jurgen = search_cases(session, "juergen mueller", actor=cf.actor).rows
            assert [r.id for r in jurgen] == [ids["Müller"]]
            # "rue" is not read as "ru…": only the follow-ups holding "rue"
            assert count_search_results(session, "rue", actor=cf.actor) == len(GERMAN)


#: (reference, opened, status, confidential, people, follow-ups, the educator's)
SPLIT_CASES = [
    ("2018-0001", date(2018, 3, 1), "open", False, [("Marie", "Dupont")], ["Appel."], False),
    ("2019-0001", date(2019, 3, 1), "open", False, [("Anne", "Dupont")],
     ["Dépôt de plainte au commissariat."], True),
    ("2020-0001", date(2020, 3, 1), "open", False, [("Zoé", "Lenoir")], ["Plainte déposée."],
     True),
    ("2021-0001", date(2021, 3, 1), "closed", False, [("Paul", "Dupont")], ["Plainte retirée."],
     True),
    ("2022-0001", date(2022, 3, 1), "paused", False, [("Luc", "Martin")],
     ["Mme Dupont, voisine, a porté plainte.", "Suivi CPAS."], False),
    ("2023-0001", date(2023, 3, 1), "open", True, [("Eva", "Dupont")], ["Plainte."], False),
    ("2024-0001", date(2024, 3, 1), "open", False, [("Léa", "Dupont"), ("Tom", "Plaintel")],
     ["Appel de Marie."], True),
]  # fmt: skip


def test_words_split_between_a_name_and_a_follow_up_find_the_case(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "Dupont plainte": the case of a Dupont whose follow-up mentions the complaint
    is found though no one index row holds both words, within the filters and
    the role's visibility, newest first, every one reached by paging."""
    with module_case_file(tmp_path_factory) as cf:
        educator = _user(cf, "e.split", Role.STREET_EDUCATOR)
        worker = _user(cf, "w.split", Role.SOCIAL_WORKER)
        ref = {}
        with cf.session() as session, session.begin():
            for reference, opened, status, secret, people, notes, mine in SPLIT_CASES:
                case = Case(
                    reference=reference, status=status, opened_on=opened, confidential=secret
                )
                for k, (first, last) in enumerate(people):
                    role = "victim" if k == 0 else "co_victim"
                    case.people.append(Person(role=role, first_name=first, last_name=last))
                for n, note in enumerate(notes):
                    case.followups.append(
                        FollowUp(occurred_at=datetime(opened.year, 3, 2 + n, 9), kind="phone",
                                 summary=note)
                    )  # fmt: skip
                session.add(case)
                session.flush()
                if mine:
                    session.add(CaseWorker(case_id=case.id, user_id=educator.user_id))
                ref[case.id] = reference

        def refs(typed: str, actor: UserSession, flt: CaseFilter | None = None) -> list[str]:
            found, after = [], None
            with cf.session() as session:
                while True:  # pages of one: every case is reached by paging
                    page = search_cases(session, typed, flt, actor=actor, after=after, limit=1)
                    found += [ref[r.id] for r in page.rows]
                    if page.next_cursor is None:
                        total = count_search_results(session, typed, flt, actor=actor)
                        assert total == len(found), typed
                        return found
                    after = page.next_cursor

        # Each word of the case somewhere: a person, a follow-up (the newest first);
        # 2024's Léa Dupont and Tom Plaintel: two people bear the words, no one both.
        split = ["2024-0001", "2023-0001", "2022-0001", "2021-0001", "2019-0001"]
        assert refs("Dupont plainte", cf.actor) == split
        assert refs("plainte dupont", cf.actor) == split
        assert refs("Dupont plainte", worker) == [r for r in split if r != "2023-0001"]
        assert refs("Dupont plainte", educator) == ["2024-0001", "2021-0001", "2019-0001"]
        active = CaseFilter(statuses={CaseStatus.OPEN, CaseStatus.PAUSED})
        assert refs("Dupont plainte", cf.actor, active) == [
            "2024-0001", "2023-0001", "2022-0001", "2019-0001"
        ]  # fmt: skip
        assert refs("Dupont plainte", educator, active) == ["2024-0001", "2019-0001"]
        # a person bearing every word comes first, then the newest of the others
        assert refs("Paul Dupont", cf.actor) == ["2021-0001"]
        assert refs("Dupont Marie", cf.actor) == ["2018-0001", "2024-0001"]  # named, older
        assert refs("Dupont cpas", cf.actor) == ["2022-0001"]
        assert refs("Lenoir dupont", cf.actor) == []
