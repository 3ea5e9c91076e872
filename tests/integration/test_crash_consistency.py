"""SECURITY.md #7: a writer killed with SIGKILL at random moments, many times,
leaves a vault whose integrity checks pass and whose transactions are all-or-nothing.

The same machinery runs 1000+ kills in ``tests/benchmarks/stress_crash.py``.
"""

from __future__ import annotations

import os
import random
from collections.abc import Callable

from sqlalchemy import text

from app.core import auth
from app.core.setup import CreatedVault
from app.storage.backup import integrity_problems
from app.storage.vault import Vault
from tests.conftest import LOGIN, PASSPHRASE, TEST_KDF
from tests.helpers.crash import kill_repeatedly, read_state, write_one_batch
from tests.helpers.records import add_case

KILLS = 100
BATCH_SIZE = 7
MAX_DELAY_SECONDS = 0.02


def test_one_batch_commits_rows_and_counter_together(
    make_vault: Callable[..., CreatedVault],
) -> None:
    vault = make_vault().vault
    db = vault.require_db()
    case_id = add_case(db)
    assert [write_one_batch(db, case_id, BATCH_SIZE) for _ in range(3)] == [1, 2, 3]
    key = db.key_copy()
    vault.close()
    state = read_state(vault.paths.db, key)
    assert state.batch_sizes == {1: BATCH_SIZE, 2: BATCH_SIZE, 3: BATCH_SIZE}
    assert state.counter == 3
    assert state.violations(BATCH_SIZE) == []


def test_check_detects_a_partial_batch_and_a_lagging_counter(
    make_vault: Callable[..., CreatedVault],
) -> None:
    # Control: the check below would see a non-atomic writer.
    vault = make_vault().vault
    db = vault.require_db()
    case_id = add_case(db)
    write_one_batch(db, case_id, BATCH_SIZE)
    write_one_batch(db, case_id, BATCH_SIZE)
    with db.session() as session, session.begin():
        session.execute(
            text(
                "UPDATE followups SET place = 'lot-3' WHERE id IN "
                "(SELECT id FROM followups WHERE place = 'lot-2' LIMIT 2)"
            )
        )
    key = db.key_copy()
    vault.close()
    found = read_state(vault.paths.db, key).violations(BATCH_SIZE)
    assert any("partial batches" in v for v in found)
    assert any("counter 2 != 3" in v for v in found)


def test_writer_killed_at_random_moments_leaves_only_whole_transactions(
    make_vault: Callable[..., CreatedVault],
) -> None:
    seed = int(os.environ.get("BALISE_CRASH_SEED", random.randrange(2**32)))
    vault = make_vault().vault
    db = vault.require_db()
    case_id = add_case(db)
    key = db.key_copy()
    folder = vault.paths.root
    vault.close()  # no SQLite connection may cross a fork

    report = kill_repeatedly(
        folder / "balise.db",
        key,
        case_id,
        kills=KILLS,
        batch_size=BATCH_SIZE,
        max_delay=MAX_DELAY_SECONDS,
        rng=random.Random(seed),
    )

    assert report.violations == [], f"seed {seed}: {report.violations}"
    assert report.kills == KILLS
    # Most kills must have hit a writer busy committing, not one still starting.
    assert report.advanced >= KILLS // 3, f"seed {seed}: {report.summary()}"

    # The application still opens the vault normally afterwards.
    with Vault.open(folder) as reopened:
        auth.unlock(reopened, LOGIN, PASSPHRASE, kdf=TEST_KDF)
        conn = reopened.require_db().raw_connection()
        try:
            assert integrity_problems(conn) == []
        finally:
            conn.close()
