"""Indicators benchmark: a year of indicators (cases, pathways, referrals,
housing occupancy, activities, trainings) on the SQLCipher vault and on the
plain SQLite copy built by ``synthetic_vault.py`` (issue 13: < 500 ms at
100 000 cases).

    .venv/bin/python tests/benchmarks/synthetic_vault.py --out /tmp/balise-bench
    .venv/bin/python tests/benchmarks/bench_indicators.py --out /tmp/balise-bench

Prints a Markdown table: median and p95 of ``compute_indicators`` (the year
and the year before, suppression included) and of its parts, per file, with
the SQLCipher/plain ratio; the two files take turns, and the median CPU time
of the process is shown beside the wall clock (on a shared machine the wall
clock also counts the time spent waiting for a core).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from app import clock  # noqa: E402
from app.core.indicator_network import measure_network  # noqa: E402
from app.core.indicator_queries import measure  # noqa: E402
from app.core.indicators import Period, compute_indicators  # noqa: E402
from app.storage.models import ActivityOccurrence, Case, HousingStay  # noqa: E402
from tests.benchmarks.bench_case_file import Target, open_plain, open_sqlcipher  # noqa: E402
from tests.benchmarks.synthetic_vault import TODAY  # noqa: E402

LIMIT_MS = 500.0


def timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of ``fn()`` (the CPU time of this process
    leaves out the time spent waiting for a core on a shared machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


OPERATIONS = (
    "compute_indicators (year + year before)",
    "  one year, every count (measure)",
    "  one year, housing and activities only",
)


def run(targets: list[Target], runs: int) -> dict[str, dict[str, list[tuple[float, float]]]]:
    """Every operation ``runs`` times on each target, the targets taking turns (so a
    change of the machine's load falls on both files alike)."""
    year = Period.year(TODAY.year)

    def operations(target: Target) -> dict[str, Callable[[Any], Any]]:
        return dict(
            zip(
                OPERATIONS,
                (
                    lambda s: compute_indicators(s, target.actor, year),
                    lambda s: measure(s, year),
                    lambda s: measure_network(s, year, TODAY),
                ),
                strict=True,
            )
        )

    times = {t.name: {name: [] for name in OPERATIONS} for t in targets}
    sessions = [t.db.session() for t in targets]
    try:
        for target, session in zip(targets, sessions, strict=True):
            compute_indicators(session, target.actor, year)  # warm the page cache once
        for _ in range(runs):
            for target, session in zip(targets, sessions, strict=True):
                for name, op in operations(target).items():
                    times[target.name][name].append(timed(lambda op=op, s=session: op(s)))
    finally:
        for session in sessions:
            session.close()
    return times


def sizes(target: Target) -> str:
    with target.db.session() as s:
        cases = s.scalar(select(func.count()).select_from(Case))
        stays = s.scalar(select(func.count()).select_from(HousingStay))
        sessions = s.scalar(select(func.count()).select_from(ActivityOccurrence))
    return f"{cases} cases, {stays} stays, {sessions} activity sessions"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder of synthetic_vault.py")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--plain-driver", default="sqlcipher3", help="as synthetic_vault.py")
    args = parser.parse_args(argv)
    with clock.frozen(TODAY):
        targets = [open_sqlcipher(args.out), open_plain(args.out, args.plain_driver)]
        try:
            described = sizes(targets[0])
            results = run(targets, args.runs)
        finally:
            for target in targets:
                target.close()
    names = list(results)
    print(f"{described}; {args.runs} runs; {platform.python_version()}, {platform.machine()}")
    print()
    print(
        "| operation | "
        + " | ".join(f"{n} median / p95 (CPU median)" for n in names)
        + " | ratio (CPU) |"
    )
    print("|---|" + "---|" * (len(names) + 1))

    def median(name: str, op: str, which: int) -> float:
        return statistics.median(t[which] for t in results[name][op])

    for op in OPERATIONS:
        cells = [
            f"{median(n, op, 0):.0f} / {p95([t[0] for t in results[n][op]]):.0f} ms "
            f"({median(n, op, 1):.0f})"
            for n in names
        ]
        ratio = median(names[0], op, 0) / max(median(names[-1], op, 0), 0.001)
        cpu_ratio = median(names[0], op, 1) / max(median(names[-1], op, 1), 0.001)
        print(f"| {op} | " + " | ".join(cells) + f" | {ratio:.1f}× ({cpu_ratio:.1f}×) |")
    headline = median(names[0], OPERATIONS[0], 0)
    verdict = "within" if headline < LIMIT_MS else "OVER"
    print()
    print(f"budget: < {LIMIT_MS:.0f} ms for a year of indicators — {verdict} ({headline:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
