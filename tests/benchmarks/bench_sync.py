"""One week of a service's work exchanged between two laptops, on a 100 000-case vault.

Usage (the source vault is copied, never modified):

    mkdir -p /tmp/balise-bench12/a
    cp -a /tmp/balise-bench10/cur/vault/{balise.db,balise.db-wal,keyring.json} \\
        /tmp/balise-bench12/a/
    .venv/bin/python tests/benchmarks/bench_sync.py --work /tmp/balise-bench12

``<work>/a`` is laptop A (the copy); the script makes A's first synchronisation
(its snapshot ``synchro/base.db``), enrols laptop B into ``<work>/b`` (a copy of
the vault and B's own snapshot), adds one week of work on A (``--cases`` new
cases, ``--followups`` follow-ups, through the core services), then times A's
synchronisation (export) and B's (apply), each in its phases: copying the rows
written since the last synchronisation into the snapshot (the session records
the changeset meanwhile), sealing the bundle, applying it. Prints Markdown for
docs/PERFORMANCE.md. Needs about four times the vault's size on disk.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from app import clock  # noqa: E402
from app.core import sync  # noqa: E402
from app.core.auth import load_user_session  # noqa: E402
from app.core.cases import IntakeInput, SafeContact, create_case  # noqa: E402
from app.core.followups import FollowUpInput, add_followup  # noqa: E402
from app.core.transaction import write  # noqa: E402
from app.core.vocabulary import FollowUpKind, YesNoUnknown  # noqa: E402
from app.storage import sync_engine as se  # noqa: E402
from app.storage.models import Case  # noqa: E402
from app.storage.vault import Vault  # noqa: E402
from app.sync import bundle as bn  # noqa: E402
from tests.benchmarks.synthetic_vault import BENCH_KDF, BENCH_LOGIN, BENCH_PASSPHRASE  # noqa: E402

Phases = dict[str, float]


@contextmanager
def phases_of_sync() -> Iterator[Phases]:
    """Time the engine's steps during one ``synchronise`` (wrapping, not changing them)."""
    spent: Phases = defaultdict(float)
    originals: dict[tuple[Any, str], Callable[..., Any]] = {}

    def wrap(owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)
        originals[(owner, name)] = original

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - started

        setattr(owner, name, timed)

    wrap(se, "write_snapshot", "full copies (VACUUM INTO: replica, snapshot)")
    wrap(se, "diff_changeset", "full diffs (a snapshot from before 0012, relays)")
    wrap(se, "copy_written", "rows written since, copied into the snapshot (recorded or not)")
    wrap(se, "strip_local_columns", "leaving out the per-laptop columns")
    wrap(se, "apply_changeset", "applying the changeset")
    wrap(bn, "seal", "sealing the bundle")
    wrap(bn, "open_bundle", "opening the bundle")
    try:
        yield spent
    finally:
        for (owner, name), original in originals.items():
            setattr(owner, name, original)


def timed_sync(vault: Vault, actor: Any, folder: Path) -> tuple[float, Phases, Any]:
    with phases_of_sync() as spent:
        started = time.perf_counter()
        report = sync.synchronise(vault, actor, folder)
        total = time.perf_counter() - started
    return total, dict(spent), report


def open_vault(folder: Path) -> tuple[Vault, Any]:
    vault = Vault.open(folder)
    vault.unlock(BENCH_LOGIN, BENCH_PASSPHRASE, kdf=BENCH_KDF)
    return vault, load_user_session(vault, BENCH_LOGIN)


def a_week_of_work(vault: Vault, actor: Any, cases: int, followups: int, seed: int) -> float:
    rng = random.Random(seed)
    started = time.perf_counter()
    ids = write(vault, lambda tx: list(tx.scalars(select(Case.id).where(Case.status == "open"))))
    for n in range(cases):
        intake = IntakeInput(
            pseudonym=f"Semaine {n}",
            commune_code="62009",
            violence_codes=["psychological"],
            safe_contact=SafeContact(
                phone="0472 12 34 56",
                times="le matin",
                may_leave_message=YesNoUnknown.NO,
                may_write=YesNoUnknown.NO,
                code_word="parapluie",
            ),
            opened_on=clock.today() - timedelta(days=rng.randrange(7)),
        )
        ids.append(write(vault, lambda tx, i=intake: create_case(tx, actor, i)).id)
    recent = ids[-cases:]
    for n in range(followups):
        # half on the week's new cases, half on cases already followed
        case_id = rng.choice(recent if n % 2 else ids)
        data = FollowUpInput(
            occurred_at=clock.now() - timedelta(hours=rng.randrange(1, 24 * 6)),
            kind=rng.choice(list(FollowUpKind)),
            summary=f"Entretien de suivi n° {n} : la personne fait le point sur la semaine.",
            confirmed_before_opening=True,
        )
        write(vault, lambda tx, c=case_id, d=data: add_followup(tx, actor, c, d))
    return time.perf_counter() - started


def relay_to_partial(
    a: Vault, actor_a: Any, p_dir: Path, folder: Path, login: str, seed: int
) -> list[str]:
    """A enrols P carrying one educator's cases, then relays a day's follow-ups on
    them: the relay rewrites P's view and diffs it at each of A's synchronisations."""
    from app.storage.models import CaseWorker, User

    if p_dir.exists():
        shutil.rmtree(p_dir)
    educator = write(a, lambda tx: tx.scalar(select(User.id).where(User.login == login)))
    assigned = select(CaseWorker.case_id).where(CaseWorker.user_id == educator)
    theirs = write(a, lambda tx: list(tx.scalars(assigned)))
    started = time.perf_counter()
    with phases_of_sync() as enrol_spent:
        sync.enrol_laptop(
            a, actor_a, "portable de rue 1", p_dir, scope="assigned", user_ids=[educator]
        )
    enrol = time.perf_counter() - started
    p, actor_p = open_vault(p_dir)
    p_first, _, _ = timed_sync(p, actor_p, folder)
    rng = random.Random(seed)
    for n in range(50):
        data = FollowUpInput(
            occurred_at=clock.now() - timedelta(hours=rng.randrange(1, 24)),
            kind=FollowUpKind.PHONE,
            summary=f"Appel de suivi n° {n} dans la rue.",
            confirmed_before_opening=True,
        )
        case_id = rng.choice(theirs)
        write(a, lambda tx, c=case_id, d=data: add_followup(tx, actor_a, c, d))
    relay_total, relay_spent, _ = timed_sync(a, actor_a, folder)
    got_total, got_spent, got = timed_sync(p, actor_p, folder)
    p_cases = write(p, lambda tx: tx.query(Case).count())
    p.close()
    return [
        "",
        f"Partial laptop P: the {len(theirs)} cases of '{login}' ({p_cases} on P, "
        f"{size(p_dir / 'balise.db')}); 50 follow-ups on them typed on A, "
        f"P received {got.received_changes} changes",
        "",
        "| step | time |",
        "|---|---|",
        *phase_rows("Enrolling P (its cases only)", enrol, enrol_spent),
        f"| P's first synchronisation | {p_first:.1f} s |",
        *phase_rows("A sends the day and relays to P", relay_total, relay_spent),
        *phase_rows("P receives", got_total, got_spent),
    ]


def size(path: Path) -> str:
    n = path.stat().st_size
    return f"{n / 2**20:.0f} MiB" if n >= 2**20 else f"{n / 1024:.0f} KiB ({n} bytes)"


def phase_rows(title: str, total: float, spent: Phases) -> list[str]:
    rows = [f"| **{title}** | **{total:.1f} s** |"]
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        rows.append(f"| {label} | {seconds:.1f} s |")
    rest = total - sum(spent.values())
    rows.append(f"| other (opening, reading the folder, audit entries) | {rest:.1f} s |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=Path("/tmp/balise-bench12"))
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--followups", type=int, default=500)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument(
        "--partial",
        default="agent00",
        help="login of the street educator whose cases a partial laptop P carries "
        "(enrolled by A after the week; A relays to it); '' to leave it out",
    )
    args = parser.parse_args(argv)
    a_dir, b_dir, folder = args.work / "a", args.work / "b", args.work / "dossier"
    if b_dir.exists():
        shutil.rmtree(b_dir)
    if folder.exists():
        shutil.rmtree(folder)
    shutil.rmtree(a_dir / sync.SYNC_FOLDER, ignore_errors=True)
    folder.mkdir()
    out: list[str] = []
    with clock.frozen(datetime(2026, 11, 27, 17, 0)):
        started = time.perf_counter()
        a, actor_a = open_vault(a_dir)
        opened = time.perf_counter() - started
        db_file = a.require_db().path
        n_cases = write(a, lambda tx: tx.query(Case).count())
        out.append(
            f"Vault: {size(db_file)}, {n_cases} cases (opened and migrated in {opened:.0f} s)"
        )

        first_total, first_spent, _ = timed_sync(a, actor_a, folder)
        started = time.perf_counter()
        with phases_of_sync() as enrol_spent:
            sync.enrol_laptop(a, actor_a, "portable de rue 2", b_dir)
        enrol = time.perf_counter() - started
        b, actor_b = open_vault(b_dir)
        b_first, _, _ = timed_sync(b, actor_b, folder)
        a_again, _, _ = timed_sync(a, actor_a, folder)  # takes B's first bundle (audit only)

        work = a_week_of_work(a, actor_a, args.cases, args.followups, args.seed)
        before = set(folder.glob(f"*{bn.SUFFIX}"))
        export_total, export_spent, sent = timed_sync(a, actor_a, folder)
        written = sorted(set(folder.glob(f"*{bn.SUFFIX}")) - before)
        apply_total, apply_spent, received = timed_sync(b, actor_b, folder)
        idle_total, idle_spent, _ = timed_sync(a, actor_a, folder)
        n_b = write(b, lambda tx: tx.query(Case).count())
        b.close()
        partial = (
            relay_to_partial(a, actor_a, args.work / "p", folder, args.partial, args.seed)
            if args.partial
            else []
        )
        a.close()

    out.append(
        f"A week of work on A: {args.cases} new cases, {args.followups} follow-ups "
        f"({work:.0f} s through the services)"
    )
    out.append(
        f"Bundle: {', '.join(size(p) for p in written)} ({sent.sent_changes} changes); "
        f"B applied {received.received_changes} changes, merged {received.merged}, "
        f"clashes {received.conflicts}; B now holds {n_b} cases"
    )
    out.append("")
    out.append("| step | time |")
    out.append("|---|---|")
    out.extend(
        phase_rows("A's first synchronisation (makes its snapshot)", first_total, first_spent)
    )
    out.extend(phase_rows("Enrolling laptop B (replica + B's snapshot)", enrol, enrol_spent))
    out.append(f"| B's first synchronisation | {b_first:.1f} s |")
    out.append(f"| A's synchronisation with nothing new but B's audit entries | {a_again:.1f} s |")
    out.extend(phase_rows("Export: A sends the week", export_total, export_spent))
    out.extend(phase_rows("Apply: B receives the week", apply_total, apply_spent))
    out.extend(phase_rows("A again, nothing new", idle_total, idle_spent))
    out.extend(partial)
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
