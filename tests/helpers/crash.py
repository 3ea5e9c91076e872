"""A writer process killed with SIGKILL at random moments, and the checks after each kill.

The writer commits, in ONE transaction each, a batch of ``batch_size``
follow-ups tagged ``lot-<n>`` (in ``place``) and the ``crash_counter`` setting
set to ``n``. After a kill, a sound vault passes SQLite's and SQLCipher's
integrity checks, holds every batch whole or not at all, and its counter
equals the number of complete batches.

The writer is a forked child (see ``forking``); every check opens and closes
its own connection, so none crosses the next fork.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from app.security.keys import SecretKey
from app.storage.backup import integrity_problems
from app.storage.engine import Database, connect_raw
from app.storage.models import FollowUp, Setting
from tests.helpers.forking import fork_child

COUNTER_KEY = "crash_counter"
BATCH_PREFIX = "lot-"


def write_one_batch(db: Database, case_id: uuid.UUID, batch_size: int) -> int:
    """Commit batch ``n`` (follow-ups + counter) in one transaction; return ``n``."""
    with db.session() as session, session.begin():
        counter = session.get(Setting, COUNTER_KEY)
        number = int(counter.value) + 1 if counter is not None else 1
        for i in range(batch_size):
            session.add(
                FollowUp(
                    case_id=case_id,
                    occurred_at=datetime(2026, 1, 1, 9, 0),
                    kind="phone",
                    place=f"{BATCH_PREFIX}{number}",
                    summary=f"Appel {i} du lot {number} — Hélène Çelik",
                    status="done",
                )
            )
        if counter is None:
            session.add(Setting(key=COUNTER_KEY, value=str(number)))
        else:
            counter.value = str(number)
    return number


def _write_forever(
    db_path: Path, key: SecretKey, case_id: uuid.UUID, batch_size: int
) -> Callable[[Callable[[], None]], NoReturn]:
    def work(ready: Callable[[], None]) -> NoReturn:
        db = Database(db_path, key)
        db.cipher_version()  # first connection: keyed, WAL recovered
        ready()
        while True:
            write_one_batch(db, case_id, batch_size)
            ready()  # one more signal per commit

    return work


@dataclass(frozen=True)
class VaultState:
    """What a check found after a kill."""

    integrity: list[str]
    batch_sizes: dict[int, int]
    counter: int

    def violations(self, batch_size: int) -> list[str]:
        found = [f"integrity: {p}" for p in self.integrity]
        partial = {n: c for n, c in self.batch_sizes.items() if c != batch_size}
        if partial:
            found.append(f"partial batches (number: rows): {partial}")
        if self.counter != len(self.batch_sizes):
            found.append(f"counter {self.counter} != {len(self.batch_sizes)} complete batches")
        if set(self.batch_sizes) != set(range(1, self.counter + 1)):
            found.append(f"batch numbers are not 1..{self.counter}")
        return found


def read_state(db_path: Path, key: SecretKey) -> VaultState:
    """Reopen the vault with the application's keyed connection and inspect it."""
    conn = connect_raw(db_path, key)
    try:
        problems = integrity_problems(conn)
        rows = conn.execute(
            "SELECT place, count(*) FROM followups WHERE place LIKE ? GROUP BY place",
            (f"{BATCH_PREFIX}%",),
        ).fetchall()
        counter_row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (COUNTER_KEY,)
        ).fetchone()
    finally:
        conn.close()
    sizes = {int(place.removeprefix(BATCH_PREFIX)): count for place, count in rows}
    return VaultState(problems, sizes, int(counter_row[0]) if counter_row else 0)


@dataclass
class KillReport:
    """Summary of a series of kills."""

    kills: int = 0
    advanced: int = 0  # kills after which more batches were committed than before
    batches: int = 0
    violations: list[str] = field(default_factory=list)

    def summary(self) -> str:
        verdict = "OK" if not self.violations else f"{len(self.violations)} VIOLATION(S)"
        return (
            f"{verdict}: {self.kills} kills, {self.batches} complete batches, "
            f"{self.advanced} kills after progress"
        )


def kill_repeatedly(
    db_path: Path,
    key: SecretKey,
    case_id: uuid.UUID,
    *,
    kills: int,
    batch_size: int,
    max_delay: float,
    rng: random.Random,
    early_fraction: float = 0.1,
    stop_on_violation: bool = True,
) -> KillReport:
    """Fork a writer, SIGKILL it at a random moment, check the vault; ``kills`` times.

    Most kills land a random delay (up to ``max_delay``) after the writer
    reported its first connection and then 0 to 3 commits, so they fall
    anywhere in a transaction or a checkpoint; ``early_fraction`` of them land
    at a random moment of its start (while it opens the vault, recovers the WAL).
    """
    report = KillReport()
    before = read_state(db_path, key).counter
    for index in range(kills):
        writer = fork_child(_write_forever(db_path, key, case_id, batch_size))
        if rng.random() >= early_fraction:
            signals = 1 + rng.randint(0, 3)  # ready, then that many commits
            if not all(writer.wait_ready() for _ in range(signals)):
                report.violations.append(f"kill {index}: writer stopped signalling")
        time.sleep(rng.uniform(0.0, max_delay))
        report.kills += 1
        if not writer.kill():
            report.violations.append(f"kill {index}: writer ended by itself")
        state = read_state(db_path, key)
        report.violations += [f"kill {index}: {v}" for v in state.violations(batch_size)]
        report.advanced += state.counter > before
        before = state.counter
        report.batches = state.counter
        if report.violations and stop_on_violation:
            break
    return report
