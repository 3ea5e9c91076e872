"""Three laptops converge, whatever order their bundles arrive in (issue 12, hypothesis).

Each example copies a team made once per module (laptop A with three cases and
their follow-ups, B and C enrolled from it), then runs a random programme:
new cases, new follow-ups, edits of fields of shared records, deletions of
follow-ups, and synchronisations that see only part of the folder (a shared
folder still copying), with copies of bundles under other names (a bundle
applied twice). The programme follows the rule a team follows without
knowing it: a laptop edits a field only once it has received the latest edit
of that field (otherwise it is a clash). At the end every laptop
synchronises with the whole folder until nothing moves, and:

- without clashes, every replicated table holds the same rows on the three
  laptops, and each field holds its last edit (nothing lost);
- with same-field clashes injected (two laptops edit one field before either
  has seen the other's edit), every clash waits on every laptop with both
  values, each writer still holds its own value; once the clashes are
  resolved (on any laptop, either side), the three laptops converge.
"""

from __future__ import annotations

import itertools
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app import clock
from app.core import sync, sync_conflicts
from app.core.auth import UserSession, load_user_session
from app.core.followups import FollowUpInput, add_followup
from app.core.setup import create_service_vault
from app.core.transaction import read, write
from app.core.vocabulary import FollowUpKind
from app.storage import sync_engine as se
from app.storage.models import Case, FollowUp, Person
from app.storage.models.sync import SyncLocal, SyncReceived
from app.storage.vault import Vault
from app.sync import bundle as bn
from tests.conftest import COORDINATOR, LOGIN, PASSPHRASE, SERVICE, TEST_KDF
from tests.integration.case_file_support import case_file_of, new_case

START = datetime(2026, 3, 10, 10, 0)
NAMES = ("a", "b", "c")
MODELS = {"cases": Case, "people": Person, "followups": FollowUp}
#: fields of shared records a programme edits: (table, column, kind of value)
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "cases": (("situation", "text"), ("first_incident_on", "date"), ("closure_reason", "text")),
    "people": (("safe_times", "text"), ("languages", "text"), ("city", "text")),
    "followups": (
        ("summary", "text"),
        ("place", "text"),
        ("next_step", "text"),
        ("duration_minutes", "int"),
    ),
}
#: columns that differ between laptops by design (numbered locally, or clash bookkeeping)
LOCAL_COLUMNS = {
    "cases": {"search_key"},
    "sync_conflicts": {
        "detected_at",
        "remote_written_at",
        "first_laptop_id",
        "second_laptop_id",
        "chosen_laptop_id",
    },
}

settings.register_profile(
    "sync-convergence",
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass(frozen=True)
class Template:
    root: Path
    cases: tuple[uuid.UUID, ...]
    people: tuple[uuid.UUID, ...]
    followups: tuple[uuid.UUID, ...]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    root = tmp_path_factory.mktemp("equipe")
    with clock.frozen(START):
        created = create_service_vault(root / "a", SERVICE, COORDINATOR, PASSPHRASE, kdf=TEST_KDF)
        cf = case_file_of(created)
        cases = [new_case(cf, pseudonym=f"Colibri {n}").id for n in range(3)]
        followups = []
        for case_id in cases:
            for n in range(2):
                data = FollowUpInput(
                    occurred_at=START - timedelta(days=1 + n),
                    kind=FollowUpKind.INTERVIEW,
                    summary=f"entretien {n}",
                )
                followups.append(
                    write(
                        created.vault,
                        lambda tx, c=case_id, d=data: add_followup(tx, cf.actor, c, d),
                    )
                )
        people = read(created.vault, lambda tx: list(tx.scalars(select(Person.id))))
        sync.enrol_laptop(created.vault, cf.actor, "portable de rue 2", root / "b")
        sync.enrol_laptop(created.vault, cf.actor, "portable social", root / "c")
        created.vault.close()
    return Template(root, tuple(cases), tuple(people), tuple(followups))


@dataclass
class Laptop:
    name: str
    vault: Vault
    actor: UserSession

    def last_seq(self) -> int:
        return read(self.vault, lambda tx: tx.get(SyncLocal, 1).last_seq)

    def received(self) -> dict[uuid.UUID, int]:
        return read(
            self.vault,
            lambda tx: {r.laptop_id: r.last_seq for r in tx.scalars(select(SyncReceived))},
        )

    def laptop_id(self) -> uuid.UUID:
        return read(self.vault, lambda tx: tx.get(SyncLocal, 1).laptop_id)


@dataclass
class FieldState:
    """The latest edit of one field: who made it, in which of its bundles it travels."""

    writer: str | None = None
    seq: int = 0
    value: Any = None


@dataclass
class Team:
    """Three laptops, the shared folder (``folder``) and what the programme expects."""

    laptops: dict[str, Laptop]
    folder: Path
    work: Path
    ids: dict[str, uuid.UUID] = field(default_factory=dict)
    fields: dict[tuple[str, uuid.UUID, str], FieldState] = field(default_factory=dict)
    #: records created during the programme: who created them, in which of its bundles
    records: dict[tuple[str, uuid.UUID], tuple[str, int]] = field(default_factory=dict)
    deleted: set[tuple[str, uuid.UUID]] = field(default_factory=set)
    counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    views: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    reports: list[sync.SyncReport] = field(default_factory=list)
    #: fields kept for injected clashes (the random edits leave them alone)
    frozen: Any = None  # the test's clock
    reserved: set[tuple[str, uuid.UUID, str]] = field(default_factory=set)
    #: clashes that happened: field -> {laptop: its value}
    clashes: dict[tuple[str, uuid.UUID, str], dict[str, Any]] = field(default_factory=dict)

    # -- what a laptop has seen --------------------------------------------------------
    def has_seen(self, who: str, writer: str | None, seq: int) -> bool:
        if writer is None or writer == who:
            return True
        return self.laptops[who].received().get(self.ids[writer], 0) >= seq

    def editable(self, who: str, key: tuple[str, uuid.UUID, str]) -> bool:
        table, record, _column = key
        if (table, record) in self.deleted:
            return False
        state = self.fields.get(key, FieldState())
        creator, created_in = self.records.get((table, record), (None, 0))
        if not self.has_seen(who, creator, created_in):
            return False  # the record has not reached this laptop yet
        return self.has_seen(who, state.writer, state.seq)

    # -- edits -------------------------------------------------------------------------
    def value(self, kind: str, who: str) -> Any:
        n = next(self.counter)
        if kind == "date":
            return date(2025, 1, 1) + timedelta(days=n)
        if kind == "int":
            return n
        return f"{kind} {who} {n}"

    def set_field(self, who: str, key: tuple[str, uuid.UUID, str], value: Any) -> None:
        table, record, column = key
        laptop = self.laptops[who]

        def change(tx: Any) -> None:
            setattr(tx.get(MODELS[table], record), column, value)

        write(laptop.vault, change)
        self.fields[key] = FieldState(who, laptop.last_seq() + 1, value)

    def _created(self, who: str, table: str, record: uuid.UUID) -> None:
        seq = self.laptops[who].last_seq() + 1
        self.records[(table, record)] = (who, seq)
        for column, _kind in FIELDS[table]:
            value = read(
                self.laptops[who].vault,
                lambda tx, c=column: getattr(tx.get(MODELS[table], record), c),
            )
            self.fields[(table, record, column)] = FieldState(who, seq, value)

    def new_case(self, who: str) -> None:
        from tests.integration.test_sync import case_file_of_laptop

        laptop = self.laptops[who]
        ref = new_case(case_file_of_laptop(laptop), pseudonym=f"Mésange {next(self.counter)}")
        self._created(who, "cases", ref.id)
        person = read(
            laptop.vault,
            lambda tx: tx.scalar(select(Person.id).where(Person.case_id == ref.id)),
        )
        self._created(who, "people", person)

    def new_followup(self, who: str, case_id: uuid.UUID) -> None:
        laptop = self.laptops[who]
        data = FollowUpInput(
            occurred_at=clock.now() - timedelta(minutes=5),
            kind=FollowUpKind.PHONE,
            summary=f"appel {next(self.counter)}",
        )
        followup = write(laptop.vault, lambda tx: add_followup(tx, laptop.actor, case_id, data))
        self._created(who, "followups", followup)

    def delete_followup(self, who: str, followup: uuid.UUID) -> None:
        laptop = self.laptops[who]
        write(laptop.vault, lambda tx: tx.delete(tx.get(FollowUp, followup)))
        self.deleted.add(("followups", followup))

    # -- the folder --------------------------------------------------------------------
    def bundles(self) -> list[Path]:
        return sorted(self.folder.glob(f"*{bn.SUFFIX}"))

    def sync(self, who: str, visible: list[Path] | None = None) -> sync.SyncReport:
        """``who`` synchronises, seeing only ``visible`` of the folder's bundles."""
        if visible is None:
            report = sync.synchronise(self.laptops[who].vault, self.laptops[who].actor, self.folder)
        else:
            view = self.work / f"vue-{next(self.views)}"
            view.mkdir()
            for path in visible:
                shutil.copy2(path, view / path.name)
            report = sync.synchronise(self.laptops[who].vault, self.laptops[who].actor, view)
            for path in view.glob(f"*{bn.SUFFIX}"):
                if not (self.folder / path.name).exists():
                    shutil.copy2(path, self.folder / path.name)
            shutil.rmtree(view)
        self.reports.append(report)
        return report

    def settle(self) -> list[sync.SyncReport]:
        """Synchronise everyone with the whole folder until nothing moves; the last round."""
        for _ in range(2):
            for who in NAMES:
                self.sync(who)
        last = [self.sync(who) for who in NAMES]
        return last


@pytest.fixture
def make_team(template: Template, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    opened: list[Team] = []

    def factory() -> Team:
        work = tmp_path_factory.mktemp("exemple")
        laptops = {}
        for name in NAMES:
            shutil.copytree(template.root / name, work / name)
            vault = Vault.open(work / name)
            vault.unlock(LOGIN, PASSPHRASE, kdf=TEST_KDF)
            laptops[name] = Laptop(name, vault, load_user_session(vault, LOGIN))
        folder = work / "dossier-partage"
        folder.mkdir()
        team = Team(laptops, folder, work)
        team.ids = {name: laptop.laptop_id() for name, laptop in laptops.items()}
        opened.append(team)
        return team

    yield factory
    for team in opened:
        for laptop in team.laptops.values():
            laptop.vault.close()
        shutil.rmtree(team.work, ignore_errors=True)


# -- what is compared ------------------------------------------------------------------


def dump(laptop: Laptop) -> dict[str, list[tuple[Any, ...]]]:
    """Every replicated table's rows, sorted, without the columns local by design."""

    def rows(tx: Any) -> dict[str, list[tuple[Any, ...]]]:
        conn = tx.connection()
        result = {}
        for table in se.REPLICATED_TABLES:
            columns = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')]
            if not columns:
                continue
            kept = [c for c in columns if c not in LOCAL_COLUMNS.get(table, set())]
            where = " WHERE table_name != 'sync_conflicts'" if table == "sync_conflicts" else ""
            selected = ", ".join(f'"{c}"' for c in kept)
            result[table] = sorted(
                (
                    tuple(r)
                    for r in conn.exec_driver_sql(f'SELECT {selected} FROM "{table}"{where}')
                ),
                key=repr,
            )
        return result

    return read(laptop.vault, rows)


def current(laptop: Laptop, key: tuple[str, uuid.UUID, str]) -> Any:
    table, record, column = key
    return read(laptop.vault, lambda tx: getattr(tx.get(MODELS[table], record), column))


def _as_stored(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


# -- the programme ---------------------------------------------------------------------

STEPS = st.sampled_from(["case", "followup", "edit", "edit", "delete", "build on", "build on"])


@dataclass
class PlannedClash:
    """Two laptops edit one field, the second before it has seen the first's edit."""

    key: tuple[str, uuid.UUID, str]
    first: str
    second: str
    at: tuple[int, int]  # the steps before which each edit is made
    first_seq: int = 0
    values: dict[str, Any] = field(default_factory=dict)


def shared_records(template: Template) -> list[tuple[str, uuid.UUID]]:
    return (
        [("cases", r) for r in template.cases]
        + [("people", r) for r in template.people]
        + [("followups", r) for r in template.followups]
    )


def plan_clashes(data: Any, team: Team, template: Template, steps: int) -> list[PlannedClash]:
    texts = [
        (table, record, column)
        for table, record in shared_records(template)
        for column, kind in FIELDS[table]
        if kind == "text"
    ]
    keys = data.draw(st.lists(st.sampled_from(texts), min_size=1, max_size=3, unique=True))
    planned = []
    for key in keys:
        first, second = data.draw(st.permutations(NAMES))[:2]
        at = sorted(data.draw(st.tuples(st.integers(0, steps), st.integers(0, steps))))
        planned.append(PlannedClash(key, first, second, (at[0], at[1])))
        team.reserved.add(key)
    return planned


def make_clash_edits(team: Team, planned: list[PlannedClash], step: int) -> None:
    for clash in planned:
        if clash.at[0] == step:
            value = team.value("text", clash.first)
            team.set_field(clash.first, clash.key, value)
            clash.first_seq = team.fields[clash.key].seq
            clash.values[clash.first] = value
        if clash.at[1] == step:
            if team.has_seen(clash.second, clash.first, clash.first_seq):
                # the second laptop already had the first edit: an ordinary later edit
                team.reserved.discard(clash.key)
                team.set_field(clash.second, clash.key, team.value("text", clash.second))
                continue
            value = team.value("text", clash.second)
            team.set_field(clash.second, clash.key, value)
            clash.values[clash.second] = value
            team.clashes[clash.key] = dict(clash.values)


def run_programme(
    data: Any, team: Team, template: Template, steps: int, planned: list[PlannedClash]
) -> None:
    shared = shared_records(template)
    for step in range(steps + 1):
        team.frozen.advance(minutes=data.draw(st.integers(1, 90), label="minutes"))
        make_clash_edits(team, planned, step)
        if step == steps:
            break
        who = data.draw(st.sampled_from(NAMES), label="laptop")
        if data.draw(st.booleans(), label="sync"):
            sync_step(data, team, who)
            continue
        kind = data.draw(STEPS, label="step")
        # the newest records first: what just came from another laptop is what a
        # laptop builds on (a follow-up on a case it just received)
        records = list(reversed(team.records)) + shared
        if kind == "build on":
            # another laptop types a case and synchronises; this one takes the folder
            # in and writes a follow-up on that case (its bundle builds on the other's)
            other = data.draw(st.sampled_from([n for n in NAMES if n != who]), label="other")
            team.new_case(other)
            team.sync(other)
            team.sync(who)
            event("a follow-up on a case another laptop created")
            [case_id, *_] = [
                record
                for (table, record), (creator, _) in reversed(team.records.items())
                if table == "cases" and creator == other
            ]
            team.new_followup(who, case_id)
            kind = "edit"
        if kind == "case":
            team.new_case(who)
        elif kind == "followup":
            cases = read(
                team.laptops[who].vault,
                lambda tx: list(tx.scalars(select(Case.id).order_by(Case.created_at.desc()))),
            )
            case_id = data.draw(st.sampled_from(cases), label="case")
            if team.records.get(("cases", case_id), (who, 0))[0] != who:
                event("a follow-up on a case another laptop created")
            team.new_followup(who, case_id)
        if kind == "edit":
            candidates = [
                (table, record, column, value_kind)
                for table, record in records
                for column, value_kind in FIELDS[table]
                if (table, record, column) not in team.reserved
                and team.editable(who, (table, record, column))
            ]
            # first the fields another laptop edited last (this one has seen the edit)
            candidates.sort(
                key=lambda c: team.fields.get(c[:3], FieldState()).writer in (None, who)
            )
            if candidates:
                table, record, column, value_kind = data.draw(
                    st.sampled_from(candidates), label="field"
                )
                if team.fields.get((table, record, column), FieldState()).writer not in (None, who):
                    event("an edit of a field another laptop edited last")
                team.set_field(who, (table, record, column), team.value(value_kind, who))
        elif kind == "delete":
            candidates = [
                record
                for table, record in records
                if table == "followups"
                and all(
                    (table, record, c) not in team.reserved
                    and team.editable(who, (table, record, c))
                    for c, _ in FIELDS[table]
                )
            ]
            if candidates:
                team.delete_followup(who, data.draw(st.sampled_from(candidates), label="deleted"))


def sync_step(data: Any, team: Team, who: str) -> None:
    bundles = team.bundles()
    if bundles and data.draw(st.booleans(), label="copy a bundle"):
        original = data.draw(st.sampled_from(bundles), label="copied")
        shutil.copy2(original, team.folder / f"copie-{next(team.views)}-{original.name}")
    bundles = team.bundles()
    visible = None
    if bundles and data.draw(st.booleans(), label="part of the folder"):
        visible = data.draw(st.lists(st.sampled_from(bundles), unique=True), label="visible")
    team.sync(who, visible)


def check_fields(team: Team, laptop: Laptop) -> None:
    """Each field holds its last edit; deleted follow-ups are gone."""
    for key, state in team.fields.items():
        table, record, _ = key
        if (table, record) in team.deleted or key in team.clashes:
            continue
        assert _as_stored(current(laptop, key)) == _as_stored(state.value), (laptop.name, key)
    for _table, record in team.deleted:
        assert read(laptop.vault, lambda tx, r=record: tx.get(FollowUp, r)) is None


def assert_still(last_round: list[sync.SyncReport]) -> None:
    """After settling: no change goes out or comes in, no bundle is refused or missing."""
    for report in last_round:
        assert report.sent_changes == 0 and report.received_changes == 0, report
        assert report.problems == [], report.problems


def assert_converged(team: Team) -> None:
    a, b, c = (dump(team.laptops[name]) for name in NAMES)
    for table in a:
        assert a[table] == b[table] == c[table], table


def waiting(laptop: Laptop) -> list[sync_conflicts.WaitingConflict]:
    return read(laptop.vault, lambda tx: sync_conflicts.waiting_conflicts(tx, laptop.actor))


# -- the properties --------------------------------------------------------------------


@settings(settings.get_profile("sync-convergence"))
@given(data=st.data())
def test_three_laptops_converge_when_nobody_edits_the_same_field(
    make_team: Any, template: Template, data: Any
) -> None:
    team = make_team()
    steps = data.draw(st.integers(6, 18), label="steps")
    with clock.frozen(START + timedelta(days=1)) as frozen:
        team.frozen = frozen
        run_programme(data, team, template, steps, [])
        assert_still(team.settle())
    for laptop in team.laptops.values():
        assert waiting(laptop) == []
        check_fields(team, laptop)
    assert_converged(team)
    assert all(rows == [] for rows in [dump(team.laptops["a"])["sync_conflicts"]])


@settings(settings.get_profile("sync-convergence"), max_examples=10)
@given(data=st.data())
def test_every_clash_waits_with_both_values_then_the_resolution_converges(
    make_team: Any, template: Template, data: Any
) -> None:
    team = make_team()
    steps = data.draw(st.integers(4, 12), label="steps")
    with clock.frozen(START + timedelta(days=1)) as frozen:
        team.frozen = frozen
        planned = plan_clashes(data, team, template, steps)
        run_programme(data, team, template, steps, planned)
        assert_still(team.settle())
        expected = {
            (key[0], key[1].hex, key[2]): frozenset(values.values())
            for key, values in team.clashes.items()
        }
        for laptop in team.laptops.values():
            found = {
                (w.table, _row_id(laptop, w), w.column): frozenset((w.first.value, w.second.value))
                for w in waiting(laptop)
            }
            assert found == expected, laptop.name
            for key, values in team.clashes.items():
                here = current(laptop, key)
                assert here in values.values(), (laptop.name, key)  # nothing overwritten
                if laptop.name in values:
                    assert here == values[laptop.name], (laptop.name, key)
            check_fields(team, laptop)
        kept: dict[tuple[str, uuid.UUID, str], Any] = {}
        for key, values in team.clashes.items():
            resolver = team.laptops[data.draw(st.sampled_from(NAMES), label="resolver")]
            value = data.draw(st.sampled_from(sorted(values.values())), label="kept")
            [conflict] = [
                w
                for w in waiting(resolver)
                if (w.table, _row_id(resolver, w), w.column) == (key[0], key[1].hex, key[2])
            ]
            side = conflict.first if conflict.first.value == value else conflict.second
            write(
                resolver.vault,
                lambda tx, r=resolver, w=conflict, s=side: sync_conflicts.resolve_conflict(
                    tx, r.actor, w.id, s.laptop_id
                ),
            )
            kept[key] = value
        assert_still(team.settle())
    for laptop in team.laptops.values():
        assert waiting(laptop) == []
        check_fields(team, laptop)
        for key, value in kept.items():
            assert current(laptop, key) == value, (laptop.name, key)
    assert_converged(team)


def _row_id(laptop: Laptop, conflict: sync_conflicts.WaitingConflict) -> str:
    import json

    row = read(
        laptop.vault,
        lambda tx: tx.get(sync_conflicts.SyncConflict, conflict.id).row_key,
    )
    return uuid.UUID(str(json.loads(row)[0])).hex
