"""Builds a synthetic case file for the benchmarks (DESIGN.md performance budget).

N cases (default 100 000) with their victim, children, violence types, author,
consents and risk screenings, and M follow-ups (default 1 000 000) with French
text, emergency housing and collective activities (one set per 20 000 cases),
written through the application's real schema (Alembic revisions, FTS5 and
last-contact triggers included). The same seed gives the same rows.

    .venv/bin/python tests/benchmarks/synthetic_vault.py --out /tmp/balise-bench
    .venv/bin/python tests/benchmarks/synthetic_vault.py --cases 2000 --followups 20000 \\
        --out /tmp/balise-bench-small --target both

``--target sqlcipher`` makes a vault folder ``<out>/vault`` (create_service_vault,
Argon2id at the MINIMUM parameters); ``--target plain`` makes ``<out>/plain.db``,
an unencrypted SQLite file with the same schema, for comparison only.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app.core.risk import Factor  # noqa: E402
from app.core.setup import CoordinatorInfo, ServiceInfo, create_service_vault  # noqa: E402
from app.security.kdf import MINIMUM, KdfPolicy  # noqa: E402
from app.storage.migrations import upgrade_to  # noqa: E402
from app.storage.models import ServiceProfile, User  # noqa: E402
from app.storage.reference import load_reference_data  # noqa: E402
from tests.benchmarks.plain_db import DRIVERS, PlainDatabase  # noqa: E402
from tests.benchmarks.synthetic_data import (  # noqa: E402
    TABLE_ORDER,
    Catalogues,
    Generator,
    Tables,
    check_formats,
    insert_sql,
)

BENCH_LOGIN = "coordination"
BENCH_PASSPHRASE = "cheval correct agrafe batterie"
BENCH_KDF = KdfPolicy(params=MINIMUM)
SERVICE = ServiceInfo(
    name="Service de prévention — banc d'essai",
    address="Place Joseph Thiry 1",
    postcode="4920",
    commune_code="62009",
    phone="+32 4 384 40 17",
    email="prevention@example.be",
)
COORDINATOR = CoordinatorInfo(full_name="Coordination Banc", login=BENCH_LOGIN)
#: a fixed "today" so that two builds with the same seed are identical
TODAY = date(2026, 11, 20)
#: build-only page cache (the app keeps SQLite's default); commits every chunk
BUILD_CACHE_KIB = 512 * 1024


def vault_folder(out: Path) -> Path:
    return out / "vault"


def plain_path(out: Path, driver: str = DRIVERS[0]) -> Path:
    return out / ("plain.db" if driver == "sqlite3" else f"plain-{driver}.db")


def read_catalogues(conn: Any) -> Catalogues:
    def column(sql: str) -> list[str]:
        return [r[0] for r in conn.execute(sql).fetchall()]

    communes = column("SELECT nis_code FROM communes WHERE province = 'Liège' ORDER BY nis_code")
    factors = [
        Factor(code, label, weight, bool(critical))
        for code, label, weight, critical in conn.execute(
            "SELECT code, label, weight, critical FROM risk_factors ORDER BY position"
        ).fetchall()
    ]
    coordinator = conn.execute("SELECT id FROM users WHERE login = ?", (BENCH_LOGIN,)).fetchone()
    return Catalogues(
        communes=communes,
        violence=column("SELECT code FROM violence_types ORDER BY code"),
        sources=column("SELECT code FROM referral_sources ORDER BY code"),
        sectors=column("SELECT code FROM partner_sectors ORDER BY code"),
        factors=factors,
        coordinator_id=coordinator[0],
    )


def fill(conn: Any, seed: int, n_cases: int, n_followups: int, log: Callable[[str], None]) -> None:
    """Insert the synthetic rows through one raw connection, a commit per chunk."""
    check_formats()
    conn.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    started = time.perf_counter()
    gen = Generator(seed, n_cases, TODAY, read_catalogues(conn))
    tables = Tables()
    gen.staff(tables)
    gen.cases(tables)
    log(f"  generated {n_cases} cases in {time.perf_counter() - started:.1f} s")
    for table in TABLE_ORDER:
        if table == "followups":
            continue
        rows = tables.rows.get(table, [])
        t0 = time.perf_counter()
        for start in range(0, len(rows), 100_000):
            conn.execute("BEGIN")
            conn.executemany(insert_sql(table), rows[start : start + 100_000])
            conn.execute("COMMIT")
        log(f"  {table}: {len(rows)} rows in {time.perf_counter() - t0:.1f} s")
    tables.rows.clear()
    t0 = time.perf_counter()
    done = 0
    for chunk in gen.followups(n_followups):
        conn.execute("BEGIN")
        conn.executemany(insert_sql("followups"), chunk)
        conn.execute("COMMIT")
        done += len(chunk)
        log(f"  followups: {done} rows, {time.perf_counter() - t0:.1f} s")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def fill_network(db: Any, seed: int, n_cases: int, log: Callable[[str], None]) -> None:
    """Emergency housing and collective activities (issue 13), as the demo makes
    them: one set of units and activities per 20 000 cases (an antenna)."""
    import random

    from app.demo.network import populate_demo_network

    started = time.perf_counter()
    scale = max(1, n_cases // 20_000)
    with db.session() as session, session.begin():
        workers = list(session.scalars(select(User).order_by(User.login)))
        populate_demo_network(session, random.Random(seed), TODAY, workers, scale=scale)
    log(f"  housing and activities (x{scale}) in {time.perf_counter() - started:.1f} s")


def build_sqlcipher(out: Path, seed: int, n_cases: int, n_followups: int) -> float:
    """Create ``<out>/vault`` and fill it; returns the build time in seconds."""
    started = time.perf_counter()
    created = create_service_vault(
        vault_folder(out), SERVICE, COORDINATOR, BENCH_PASSPHRASE, kdf=BENCH_KDF
    )
    try:
        conn = created.vault.require_db().raw_connection()
        try:
            fill(conn, seed, n_cases, n_followups, print)
        finally:
            conn.close()
        fill_network(created.vault.require_db(), seed, n_cases, print)
    finally:
        created.vault.close()
    return time.perf_counter() - started


def build_plain(
    out: Path, seed: int, n_cases: int, n_followups: int, driver: str = DRIVERS[0]
) -> float:
    """Create ``<out>/plain.db`` with the same schema and rows (benchmark only)."""
    started = time.perf_counter()
    path = plain_path(out, driver)
    if path.exists():
        raise SystemExit(f"{path} exists already")
    out.mkdir(parents=True, exist_ok=True)
    db = PlainDatabase(path, driver)
    try:
        upgrade_to(db)  # type: ignore[arg-type]
        with db.session() as session, session.begin():
            load_reference_data(session)
            session.add(
                ServiceProfile(
                    vault_id="plain",
                    name=SERVICE.name,
                    address=SERVICE.address,
                    postcode=SERVICE.postcode,
                    commune_code=SERVICE.commune_code,
                    phone=SERVICE.phone,
                    email=SERVICE.email,
                )
            )
            session.add(
                User(login=BENCH_LOGIN, full_name=COORDINATOR.full_name, role="coordinator")
            )
        with db.session() as session:
            assert session.scalar(select(User.id).where(User.login == BENCH_LOGIN))
        conn = db.raw_connection()
        try:
            fill(conn, seed, n_cases, n_followups, print)
        finally:
            conn.close()
        fill_network(db, seed, n_cases, print)
    finally:
        db.close()
    return time.perf_counter() - started


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to create")
    parser.add_argument("--cases", type=int, default=100_000, help="number of cases (100 000)")
    parser.add_argument(
        "--followups", type=int, default=1_000_000, help="number of follow-ups (1 000 000)"
    )
    parser.add_argument("--seed", type=int, default=20261122, help="random seed")
    parser.add_argument(
        "--target", choices=("sqlcipher", "plain", "both"), default="both", help="what to build"
    )
    parser.add_argument(
        "--plain-driver",
        choices=DRIVERS,
        default=DRIVERS[0],
        help="module for the plain file: sqlcipher3 without a key (default: the same SQLite) "
        "or the standard sqlite3",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    targets = ("sqlcipher", "plain") if args.target == "both" else (args.target,)
    for target in targets:
        print(f"building {target}: {args.cases} cases, {args.followups} follow-ups")
        if target == "sqlcipher":
            seconds = build_sqlcipher(args.out, args.seed, args.cases, args.followups)
        else:
            seconds = build_plain(
                args.out, args.seed, args.cases, args.followups, args.plain_driver
            )
        print(f"built {target} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
