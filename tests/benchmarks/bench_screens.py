"""What the screens ask, for each role, at 100 000 cases (issue #10).

Runs the reads of ``tests/benchmarks/screens.py`` — the case list with its
default filter "Ouverts et en pause" and a sample of every filter combination
it offers, search (first page and count) with the default filter, the
dashboard as one read, the agenda, opening a case as the case page does (the
permission checks and the audit entry, committed), saving a follow-up — for a
coordinator, a social worker and a street educator, on the SQLCipher vault
and on the same rows in a plain SQLite file opened with the vault's pragmas
and page cache (``plain_db.py``), runs interleaved.

    .venv/bin/python tests/benchmarks/synthetic_vault.py --out /tmp/balise-bench
    .venv/bin/python tests/benchmarks/bench_screens.py --out /tmp/balise-bench --runs 20

Prints Markdown: p50 and p95 per operation and role, the SQLCipher/plain ratio
of the medians, and the budget. ``--explain`` adds the query plans.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select, text  # noqa: E402

from app import clock  # noqa: E402
from app.core.auth import UserSession  # noqa: E402
from app.core.case_list import CaseFilter, list_cases  # noqa: E402
from app.core.followups import FollowUpInput, add_followup  # noqa: E402
from app.core.vocabulary import FollowUpKind, Role  # noqa: E402
from app.storage.models import Case, CaseWorker, User  # noqa: E402
from tests.benchmarks import screens  # noqa: E402
from tests.benchmarks.bench_case_file import Target, open_plain, open_sqlcipher  # noqa: E402
from tests.benchmarks.plain_db import DRIVERS  # noqa: E402
from tests.benchmarks.synthetic_vault import BENCH_LOGIN, TODAY  # noqa: E402

NOW = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
ROLES = (Role.COORDINATOR, Role.SOCIAL_WORKER, Role.STREET_EDUCATOR)
#: names (one with a letter unicode61 does not fold, typed without it), common
#: words, a name and a word of a follow-up, one and two typed letters, a reference
SEARCHES = (
    "Dupont",
    "Helene",
    "Malgorzata",
    "Yilmaz",
    "plainte",
    "logement cpas",
    "hébergement urgence",
    "Dupont plainte",
    "d",
    "du",
    "2024-01",
)
LIST_BUDGET = ("< 100 ms p95", 100.0, "p95")
SEARCH_BUDGET = ("< 50 ms median", 50.0, "p50")
SAVE_BUDGET = ("< 10 ms median", 10.0, "p50")


@dataclass
class Result:
    name: str
    budget: tuple[str, float, str] | None = None
    times: dict[str, list[float]] = field(default_factory=dict)

    def p50(self, target: str) -> float:
        return statistics.median(self.times[target])

    def p95(self, target: str) -> float:
        values = sorted(self.times[target])
        return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def actor_of(target: Target, role: Role) -> UserSession:
    """The first account of ``role`` (the same login on both files: same seed)."""
    with target.db.session() as session:
        if role is Role.COORDINATOR:
            user = session.scalar(select(User).where(User.login == BENCH_LOGIN))
        else:
            user = session.scalar(
                select(User).where(User.role == role.value).order_by(User.login).limit(1)
            )
        assert user is not None, role
        return UserSession(user.id, user.login, user.full_name, Role(user.role), "", False)


def visible_sample(target: Target, actor: UserSession, count: int, seed: int) -> list[uuid.UUID]:
    """Cases the role may open, picked by reference (the same on both files)."""
    with target.db.session() as session:
        query = select(Case.reference).where(Case.confidential.is_(False))
        if actor.role is Role.STREET_EDUCATOR:
            query = query.join(CaseWorker, CaseWorker.case_id == Case.id).where(
                CaseWorker.user_id == actor.user_id
            )
        refs = sorted(session.scalars(query))
        chosen = random.Random(seed).sample(refs, count)
        return [session.scalar(select(Case.id).where(Case.reference == r)) for r in chosen]


def deep_cursor(target: Target, actor: UserSession, flt: CaseFilter, pages: int) -> Any:
    cursor = None
    with target.db.session() as session:
        for _ in range(pages):
            page = list_cases(session, flt, actor=actor, after=cursor, limit=screens.LIST_PAGE)
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    return cursor


def run_read(target: Target, actor: UserSession, read: screens.Read) -> Callable[[], None]:
    """One screen read in its own session and transaction, committed (an opened
    case leaves its audit entry), as ``workspace.ops`` runs it."""

    def run() -> None:
        with target.db.session() as session, session.begin():
            read(session, actor)

    return run


def saving(target: Target, actor: UserSession, case_id: uuid.UUID) -> Callable[[], None]:
    def run() -> None:
        with target.db.session() as session, session.begin():
            add_followup(
                session,
                actor,
                case_id,
                FollowUpInput(
                    occurred_at=NOW - timedelta(hours=1),
                    kind=FollowUpKind.PHONE,
                    summary="Appel de suivi : situation stable, prochain contact la semaine "
                    "prochaine.",
                ),
            )

    return run


def operations(
    target: Target, role: Role, runs: int, seed: int, combos: int
) -> dict[str, tuple[tuple[str, float, str] | None, list[Callable[[], None]]]]:
    """Each operation as its budget and one closure per timed run."""
    actor = actor_of(target, role)
    cases = visible_sample(target, actor, runs, seed)
    other = actor_of(target, Role.SOCIAL_WORKER if role is not Role.SOCIAL_WORKER else role)
    every = list(
        screens.filter_combinations("62063", actor.user_id, other.user_id, TODAY, full=True)
    )
    sample = random.Random(seed).sample(every, min(combos, len(every)))
    cursor = deep_cursor(target, actor, screens.DEFAULT_FILTER, 50)
    ops: dict[str, tuple[tuple[str, float, str] | None, list[Callable[[], None]]]] = {
        "Case list, first page (default filter)": (
            LIST_BUDGET,
            [run_read(target, actor, screens.case_list(screens.DEFAULT_FILTER))] * runs,
        ),
        "Case list, page 51 (default filter)": (
            LIST_BUDGET,
            [run_read(target, actor, screens.case_list(screens.DEFAULT_FILTER, cursor))] * runs,
        ),
        f"Case list, {len(sample)} filter combinations (one run each)": (
            LIST_BUDGET,
            [run_read(target, actor, screens.case_list(c.flt)) for c in sample],
        ),
    }
    for query in SEARCHES:
        ops[f"Search “{query}”, first page"] = (
            SEARCH_BUDGET,
            [run_read(target, actor, screens.search_first_page(query))] * runs,
        )
    for query in SEARCHES:
        ops[f"Search “{query}”, count"] = (
            None,
            [run_read(target, actor, screens.search_count(query))] * runs,
        )
    dashboard = run_read(target, actor, screens.dashboard())
    ops["Dashboard (one read)"] = (LIST_BUDGET, [dashboard] * runs)
    ops["Agenda, my week"] = (
        LIST_BUDGET,
        [run_read(target, actor, screens.agenda_week(TODAY, whole_service=False))] * runs,
    )
    ops["Agenda, the service's week"] = (
        LIST_BUDGET,
        [run_read(target, actor, screens.agenda_week(TODAY, whole_service=True))] * runs,
    )
    ops["Opening a case (checks, audit entry, commit)"] = (
        LIST_BUDGET,
        [run_read(target, actor, screens.open_case(c)) for c in cases],
    )
    ops["Drafts bar"] = (LIST_BUDGET, [run_read(target, actor, screens.drafts())] * runs)
    ops["Saving a follow-up (+ commit)"] = (SAVE_BUDGET, [saving(target, actor, c) for c in cases])
    return ops


#: what a run is timed with: the wall clock, or (``--clock cpu``) the CPU time of
#: this process — on a machine shared with other jobs the wall clock also counts
#: the time the process waits for a core; the CPU time is what the reads cost
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}
_clock = CLOCKS["wall"]


def timed(fn: Callable[[], None]) -> float:
    start = _clock()
    fn()
    return (_clock() - start) * 1000


def measure(targets: list[Target], role: Role, runs: int, seed: int, combos: int) -> list[Result]:
    per_target = {t.name: operations(t, role, runs, seed, combos) for t in targets}
    results = []
    for name, (budget, _calls) in per_target[targets[0].name].items():
        result = Result(name, budget, {t.name: [] for t in targets})
        for target in targets:  # warm-up: one run, not timed
            per_target[target.name][name][1][0]()
        count = len(per_target[targets[0].name][name][1])
        for i in range(count):
            order = targets if i % 2 == 0 else list(reversed(targets))
            for target in order:
                result.times[target.name].append(timed(per_target[target.name][name][1][i]))
        results.append(result)
        print(f"  {role.value}: {name} done", file=sys.stderr, flush=True)
    return results


def verdict(result: Result, target: str) -> str:
    if result.budget is None:
        return ""
    label, limit, which = result.budget
    value = result.p95(target) if which == "p95" else result.p50(target)
    return f"{label} {'✅' if value < limit else '❌'}"


def report(by_role: dict[Role, list[Result]], targets: list[Target], runs: int) -> None:
    enc, plain = targets[0].name, targets[-1].name
    versions = []
    for target in targets:
        with target.db.engine.connect() as conn:
            versions.append(conn.exec_driver_sql("SELECT sqlite_version()").scalar())
    print(f"# Screens at 100 000 cases — {time.strftime('%Y-%m-%d %H:%M')}\n")
    print(
        f"Python {platform.python_version()}, SQLCipher {targets[0].db.cipher_version()} on "
        f"SQLite {versions[0]}; {plain} on SQLite {versions[-1]}; both with the vault's "
        f"pragmas and page cache; {runs} interleaved runs per operation; "
        f"{'CPU time of the process' if _clock is time.process_time else 'wall clock'}.\n"
    )
    for role, results in by_role.items():
        print(f"## {role.label} ({role.value})\n")
        print(
            f"| what the screen asks | {enc} p50 | {enc} p95 | plain p50 | plain p95 "
            "| ratio (p50) | budget |"
        )
        print("|---|---:|---:|---:|---:|---:|---|")
        for r in results:
            ratio = r.p50(enc) / r.p50(plain) if r.p50(plain) else float("nan")
            flag = " ⚠" if ratio > 1.3 else ""
            print(
                f"| {r.name} | {r.p50(enc):.1f} | {r.p95(enc):.1f} | {r.p50(plain):.1f} "
                f"| {r.p95(plain):.1f} | {ratio:.2f}{flag} | {verdict(r, enc)} |"
            )
        firsts = [r for r in results if r.name.endswith("first page") and "Search" in r.name]
        if firsts:
            medians = [r.p50(enc) for r in firsts]
            print(
                f"\nSearch, first page, median of the {len(firsts)} queries' medians: "
                f"{statistics.median(medians):.1f} ms (SQLCipher), "
                f"{statistics.median([r.p50(plain) for r in firsts]):.1f} ms (plain).\n"
            )


def explain(targets: list[Target]) -> None:
    target = targets[0]
    for role in ROLES:
        actor = actor_of(target, role)
        print(f"## Plans — {role.value}\n")
        for name, read in (
            ("list, default filter", screens.case_list(screens.DEFAULT_FILTER)),
            ("search plainte", screens.search("plainte")),
            ("dashboard", screens.dashboard()),
        ):
            print(f"### {name}\n\n```")
            for statement in screens.statements_of(target.db, actor, read):
                print(" ".join(statement.sql.split())[:200])
                print("\n".join(f"    {line}" for line in statement.plan))
            print("```\n")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder built by synthetic_vault")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per operation (20)")
    parser.add_argument("--combos", type=int, default=200, help="filter combinations timed")
    parser.add_argument("--seed", type=int, default=11, help="which cases are opened")
    parser.add_argument("--plain-driver", choices=DRIVERS, default=DRIVERS[0])
    parser.add_argument("--roles", default=",".join(r.value for r in ROLES))
    parser.add_argument("--explain", action="store_true", help="print the query plans")
    parser.add_argument(
        "--clock", choices=list(CLOCKS), default="wall", help="time runs by wall or CPU time"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    global _clock
    _clock = CLOCKS[args.clock]
    targets = [open_sqlcipher(args.out), open_plain(args.out, args.plain_driver)]
    try:
        for target in targets:
            with target.db.engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM cases"))
        with clock.frozen(NOW):
            by_role = {
                Role(r): measure(targets, Role(r), args.runs, args.seed, args.combos)
                for r in args.roles.split(",")
            }
            report(by_role, targets, args.runs)
            if args.explain:
                explain(targets)
    finally:
        for target in targets:
            target.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
