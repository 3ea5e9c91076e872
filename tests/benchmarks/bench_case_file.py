"""Case-file benchmark: the same core functions on the SQLCipher vault and on a
plain SQLite copy built by ``synthetic_vault.py`` (DESIGN.md performance budget).

    .venv/bin/python tests/benchmarks/synthetic_vault.py --out /tmp/balise-bench
    .venv/bin/python tests/benchmarks/bench_case_file.py --out /tmp/balise-bench

Prints a Markdown report: median and p95 per operation, the SQLCipher/plain
ratio and the budget. ``--explain`` adds the query plan of every statement
the measured operations issue. Saving follow-ups writes to both files.
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

from sqlalchemy import event, select, text  # noqa: E402

from app.core.agenda import appointments, high_risk_without_contact, overdue  # noqa: E402
from app.core.auth import UserSession, load_user_session  # noqa: E402
from app.core.case_list import CaseFilter, CaseSort, list_cases  # noqa: E402
from app.core.case_search import search_cases  # noqa: E402
from app.core.case_view import load_case  # noqa: E402
from app.core.consent import consent_register  # noqa: E402
from app.core.followups import FollowUpInput, add_followup, case_timeline  # noqa: E402
from app.core.people import case_people  # noqa: E402
from app.core.risk import screening_history  # noqa: E402
from app.core.vocabulary import FollowUpKind, Role  # noqa: E402
from app.storage.migrations import upgrade_to  # noqa: E402
from app.storage.models import Case, User  # noqa: E402
from app.storage.vault import Vault  # noqa: E402
from tests.benchmarks.plain_db import DRIVERS, PlainDatabase  # noqa: E402
from tests.benchmarks.synthetic_vault import (  # noqa: E402
    BENCH_KDF,
    BENCH_LOGIN,
    BENCH_PASSPHRASE,
    TODAY,
    plain_path,
    vault_folder,
)

SEARCHES = ("plainte", "Helene", "celik", "logement cpas", "Dupont", "hébergement urgence")
NOW = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)


@dataclass
class Result:
    name: str
    budget: str = ""
    limit_ms: float | None = None  # budget on the median
    times: dict[str, list[float]] = field(default_factory=dict)

    def median(self, target: str) -> float:
        return statistics.median(self.times[target])

    def p95(self, target: str) -> float:
        values = sorted(self.times[target])
        return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


@dataclass
class Target:
    name: str
    db: Any
    actor: UserSession
    close: Callable[[], None]
    statements: list[tuple[str, Any]] = field(default_factory=list)
    capture: bool = False


def open_sqlcipher(out: Path) -> Target:
    vault = Vault.open(vault_folder(out))
    db = vault.unlock(BENCH_LOGIN, BENCH_PASSPHRASE, kdf=BENCH_KDF)
    return Target("SQLCipher", db, load_user_session(vault, BENCH_LOGIN), vault.close)


def open_plain(out: Path, driver: str) -> Target:
    db = PlainDatabase(plain_path(out, driver), driver)
    upgrade_to(db)  # type: ignore[arg-type]  # as Vault.unlock does (without the backup)
    with db.session() as session:
        user = session.scalar(select(User).where(User.login == BENCH_LOGIN))
        actor = UserSession(user.id, user.login, user.full_name, Role(user.role), "", False)
    return Target(f"plain ({driver})", db, actor, db.close)


def set_cache(target: Target, mib: int) -> None:
    """Experiment: a larger SQLite page cache on every new connection (the app
    keeps SQLite's default of about 2 MiB). Decrypted pages stay in this cache."""

    def apply(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA cache_size = -{mib * 1024}")

    event.listen(target.db.engine, "connect", apply)
    target.db.engine.dispose()


def watch(target: Target) -> None:
    def record(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if target.capture:
            target.statements.append((statement, params))

    event.listen(target.db.engine, "before_cursor_execute", record)


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def sample_cases(target: Target, count: int, seed: int) -> list[uuid.UUID]:
    """The same cases on both targets: picked by reference, deterministically."""
    with target.db.session() as session:
        refs = session.scalars(select(Case.reference).order_by(Case.reference)).all()
        chosen = random.Random(seed).sample(list(refs), count)
        return [session.scalar(select(Case.id).where(Case.reference == r)) for r in chosen]


def open_case(session: Any, actor: UserSession, case_id: uuid.UUID) -> None:
    load_case(session, actor, case_id, trace=False)
    case_timeline(session, actor, case_id)
    case_people(session, actor, case_id)
    screening_history(session, actor, case_id)
    consent_register(session, actor, case_id)


def deep_cursor(target: Target, pages: int) -> Any:
    with target.db.session() as session:
        cursor = None
        for _ in range(pages):
            cursor = list_cases(session, CaseFilter(), actor=target.actor, after=cursor).next_cursor
        return cursor


def operations(target: Target, runs: int, seed: int) -> dict[str, list[Callable[[], None]]]:
    """Each operation as ``runs`` closures, each one a fresh session."""
    db = target.db
    cases = sample_cases(target, runs, seed)
    cursor = deep_cursor(target, 50)

    def in_session(fn: Callable[[Any], Any]) -> Callable[[], None]:
        def run() -> None:
            with db.session() as session:
                fn(session)

        return run

    def new_connection_first_page() -> None:
        db.engine.dispose()
        with db.session() as session:
            list_cases(session, CaseFilter(), actor=target.actor)

    def save(case_id: uuid.UUID) -> Callable[[], None]:
        def run() -> None:
            with db.session() as session, session.begin():
                add_followup(
                    session,
                    target.actor,
                    case_id,
                    FollowUpInput(
                        occurred_at=NOW - timedelta(hours=1),
                        kind=FollowUpKind.PHONE,
                        summary="Appel de suivi : elle va mieux, rendez-vous au CPAS jeudi.",
                        confirmed_before_opening=True,
                    ),
                    now=NOW,
                )

        return run

    def sort_page(sort: CaseSort) -> Callable[[], None]:
        return in_session(lambda s: list_cases(s, CaseFilter(sort=sort), actor=target.actor))

    ops: dict[str, list[Callable[[], None]]] = {
        "first_page": [in_session(lambda s: list_cases(s, CaseFilter(), actor=target.actor))]
        * runs,
        "first_page_new_connection": [new_connection_first_page] * runs,
        "deep_page": [
            in_session(lambda s: list_cases(s, CaseFilter(), actor=target.actor, after=cursor))
        ]
        * runs,
        "open_case": [in_session(lambda s, c=c: open_case(s, target.actor, c)) for c in cases],
        "save_followup": [save(c) for c in cases],
        "first_page_risk": [sort_page(CaseSort.RISK)] * runs,
        "first_page_last_contact": [sort_page(CaseSort.LAST_CONTACT)] * runs,
        "first_page_reference": [sort_page(CaseSort.REFERENCE)] * runs,
        "search_reference": [in_session(lambda s: search_cases(s, "2024-01", actor=target.actor))]
        * runs,
        "agenda_week": [
            in_session(
                lambda s: appointments(
                    s, TODAY, 7, actor=target.actor, user_id=target.actor.user_id
                )
            )
        ]
        * runs,
        "overdue": [in_session(lambda s: overdue(s, actor=target.actor, user_id=None))] * runs,
        "high_risk_alert": [
            in_session(
                lambda s: high_risk_without_contact(s, actor=target.actor, user_id=None, limit=None)
            )
        ]
        * runs,
    }
    for query in SEARCHES:
        ops[f"search:{query}"] = [
            in_session(lambda s, q=query: search_cases(s, q, actor=target.actor))
        ] * runs
    return ops


LABELS = {
    "first_page": ("Case list, first page (new session)", "< 100 ms", 100.0),
    "first_page_new_connection": ("Case list, first page (new connection)", "< 100 ms", 100.0),
    "deep_page": ("Case list, page 51 (keyset)", "", None),
    "search_all": ("Full-text search, median of all queries", "< 50 ms median", 50.0),
    "open_case": ("Opening a case (5 reads)", "", None),
    "save_followup": ("Saving a follow-up (+ commit)", "< 10 ms", 10.0),
    "first_page_risk": ("First page sorted by risk", "", None),
    "first_page_last_contact": ("First page sorted by last contact", "", None),
    "first_page_reference": ("First page sorted by reference", "", None),
    "search_reference": ("Search by reference (\u201c2024-01\u201d)", "", None),
    "agenda_week": ("Agenda, one week (one worker)", "", None),
    "overdue": ("Dashboard: overdue appointments (all)", "", None),
    "high_risk_alert": ("Dashboard: high risk without contact (all)", "", None),
}


def measure(
    targets: list[Target], runs: int, seed: int, explain: bool, only: set[str] | None = None
) -> list[Result]:
    results: dict[str, Result] = {}
    plans: dict[str, list[str]] = {}
    ops = [operations(target, runs, seed) for target in targets]
    for name in ops[0]:
        if only and name not in only and not (name.startswith("search:") and "search" in only):
            continue
        label, budget, limit = LABELS.get(name, (f"Search \u201c{name[7:]}\u201d", "", None))
        result = results.setdefault(name, Result(label, budget, limit))
        for target, target_ops in zip(targets, ops, strict=True):
            target_ops[name][0]()  # warm-up, not counted
            result.times[target.name] = []
        # Interleaved, alternating who goes first: load from other processes on
        # the machine then weighs on both targets alike.
        for i in range(runs):
            pairs = list(zip(targets, ops, strict=True))
            for target, target_ops in pairs if i % 2 == 0 else reversed(pairs):
                result.times[target.name].append(timed(target_ops[name][i]))
        if explain:
            plans[name] = explain_plans(targets[0], ops[0][name][0])
    searches = [results[k] for k in results if k.startswith("search:")]
    head = [
        results[k] for k in ("first_page", "first_page_new_connection", "deep_page") if k in results
    ]
    ordered = head
    if searches:
        combined = Result(*LABELS["search_all"])
        for target in targets:
            combined.times[target.name] = [t for r in searches for t in r.times[target.name]]
        ordered += [combined, *searches]
    ordered += [r for r in results.values() if r not in head and r not in searches]
    if explain:
        print_plans(plans)
    return ordered


def explain_plans(target: Target, call: Callable[[], None]) -> list[str]:
    target.statements.clear()
    target.capture = True
    try:
        call()
    finally:
        target.capture = False
    lines = []
    with target.db.engine.connect() as conn:
        raw = conn.connection.driver_connection
        for statement, params in target.statements:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            lines.append(" ".join(statement.split())[:300])
            plan = raw.execute("EXPLAIN QUERY PLAN " + statement, params or ()).fetchall()
            lines += [f"    {row[-1]}" for row in plan]
    return lines


def print_plans(plans: dict[str, list[str]]) -> None:
    print("## Query plans (SQLCipher)\n")
    for name, lines in plans.items():
        print(f"### {name}\n\n```")
        print("\n".join(lines))
        print("```\n")


def report(results: list[Result], targets: list[Target], runs: int, out: Path) -> None:
    enc, plain = targets[0].name, targets[-1].name
    with targets[0].db.engine.connect() as conn:
        cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        sqlite_version = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
        counts = {
            t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
            for t in ("cases", "people", "followups", "risk_answers", "search_index")
        }
    with targets[-1].db.engine.connect() as conn:
        plain_version = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
    print("## Case file benchmark\n")
    print(f"- run: {datetime.now():%Y-%m-%d %H:%M}, Python {platform.python_version()}")
    print(f"- SQLCipher {cipher} (SQLite {sqlite_version}); {plain}: SQLite {plain_version}")
    print(f"- rows: {', '.join(f'{k} {v:,}' for k, v in counts.items())}".replace(",", "\u202f"))
    size = sum(p.stat().st_size for p in vault_folder(out).glob("balise.db*"))
    print(f"- vault file: {size / 2**20:.0f} MiB; {runs} timed runs per operation (ms)\n")
    print(
        f"| operation | {enc} median | {enc} p95 | {plain} median | {plain} p95 | ratio | budget |"
    )
    print("|---|---:|---:|---:|---:|---:|---|")
    for r in results:
        ratio = r.median(enc) / r.median(plain) if r.median(plain) else float("nan")
        verdict = ""
        if r.limit_ms is not None:
            verdict = f"{r.budget} {'✅' if r.median(enc) < r.limit_ms else '❌'}"
        flag = "" if ratio <= 1.3 else " ⚠"
        print(
            f"| {r.name} | {r.median(enc):.2f} | {r.p95(enc):.2f} | {r.median(plain):.2f} "
            f"| {r.p95(plain):.2f} | {ratio:.2f}{flag} | {verdict} |"
        )
    print("\nratio = SQLCipher median / plain median (budget ≤ 1.3; ⚠ above).")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder built by synthetic_vault")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per operation (20)")
    parser.add_argument("--seed", type=int, default=7, help="which cases are opened")
    parser.add_argument("--plain-driver", choices=DRIVERS, default=DRIVERS[0])
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN QUERY PLAN")
    parser.add_argument(
        "--cache-mib", type=int, default=None, help="experiment: page cache per connection (MiB)"
    )
    parser.add_argument(
        "--only", default=None, help="comma-separated operation names (default: all)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    targets = [open_sqlcipher(args.out), open_plain(args.out, args.plain_driver)]
    try:
        for target in targets:
            if args.cache_mib:
                set_cache(target, args.cache_mib)
            watch(target)
            with target.db.engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM cases"))
        only = set(args.only.split(",")) if args.only else None
        results = measure(targets, args.runs, args.seed, args.explain, only)
        report(results, targets, args.runs, args.out)
    finally:
        for target in targets:
            target.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
