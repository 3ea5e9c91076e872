"""Indicators benchmark: a year of indicators (cases, pathways, referrals,
housing occupancy, activities, trainings) on the SQLCipher vault and on the
plain SQLite copy built by ``synthetic_vault.py`` (issue 13: < 500 ms at
100 000 cases).

    .venv/bin/python tests/benchmarks/synthetic_vault.py --out /tmp/balise-bench
    .venv/bin/python tests/benchmarks/bench_indicators.py --out /tmp/balise-bench

Prints a Markdown table: median and p95 of ``compute_indicators`` (the year
and the year before, suppression included) and of its parts, per file, with
the SQLCipher/plain ratio.
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


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def run(target: Target, runs: int) -> dict[str, list[float]]:
    year = Period.year(TODAY.year)
    operations: dict[str, Callable[[Any], Any]] = {
        "compute_indicators (year + year before)": lambda s: compute_indicators(
            s, target.actor, year
        ),
        "  one year, every count (measure)": lambda s: measure(s, year),
        "  one year, housing and activities only": lambda s: measure_network(s, year, TODAY),
    }
    times: dict[str, list[float]] = {name: [] for name in operations}
    with target.db.session() as session:
        compute_indicators(session, target.actor, year)  # warm the page cache once
        for _ in range(runs):
            for name, op in operations.items():
                times[name].append(timed(lambda op=op: op(session)))
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
    results: dict[str, dict[str, list[float]]] = {}
    described = ""
    with clock.frozen(TODAY):
        openers = (
            lambda: open_sqlcipher(args.out),
            lambda: open_plain(args.out, args.plain_driver),
        )
        for opener in openers:
            target = opener()
            try:
                described = described or sizes(target)
                results[target.name] = run(target, args.runs)
            finally:
                target.close()
    names = list(results)
    print(f"{described}; {args.runs} runs; {platform.python_version()}, {platform.machine()}")
    print()
    print("| operation | " + " | ".join(f"{n} median / p95" for n in names) + " | ratio |")
    print("|---|" + "---|" * (len(names) + 1))
    first = next(iter(results.values()))
    for op in first:
        cells = [
            f"{statistics.median(results[n][op]):.0f} / {p95(results[n][op]):.0f} ms" for n in names
        ]
        ratio = statistics.median(results[names[0]][op]) / max(
            statistics.median(results[names[-1]][op]), 0.001
        )
        print(f"| {op} | " + " | ".join(cells) + f" | {ratio:.1f}× |")
    headline = statistics.median(first["compute_indicators (year + year before)"])
    verdict = "within" if headline < LIMIT_MS else "OVER"
    print()
    print(f"budget: < {LIMIT_MS:.0f} ms for a year of indicators — {verdict} ({headline:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
