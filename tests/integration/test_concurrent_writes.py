"""Two threads writing at once wait for each other; neither fails.

The daily backup writes its audit entry from its own thread while the worker
thread saves what a person types. A transaction that reads first and writes
later (every audit entry reads the chain's head) used to fail at once with
"database is locked" when another thread had committed meanwhile: write
transactions now take the write lock when they begin (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import func, select

from app.core import audit, audit_view, transaction
from app.core.auth import load_user_session
from app.core.followups import FollowUpInput, add_followup
from app.core.setup import CreatedVault
from app.core.vocabulary import FollowUpKind
from app.storage.models import AuditEntry, FollowUp
from tests.conftest import LOGIN
from tests.integration.case_file_support import case_file_of, new_case

ROUNDS = 60


def test_two_threads_writing_through_the_door_both_succeed(
    make_vault: Callable[..., CreatedVault],
) -> None:
    created = make_vault()
    cf = case_file_of(created)
    case_id = new_case(cf).id
    actor = load_user_session(created.vault, LOGIN)
    vault = created.vault
    failures: list[BaseException] = []
    start = datetime(2026, 3, 3, 9, 0)

    def followups() -> None:
        try:
            for i in range(ROUNDS):
                data = FollowUpInput(start + timedelta(hours=i), FollowUpKind.PHONE, f"Appel {i}.")
                transaction.write(vault, lambda tx, d=data: add_followup(tx, actor, case_id, d))
        except BaseException as exc:
            failures.append(exc)

    def trail() -> None:
        try:
            for _ in range(ROUNDS):
                transaction.write(vault, lambda tx: audit.record(tx, actor, audit.Action.BACKUP))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=followups), threading.Thread(target=trail)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not failures, failures
    with vault.require_db().session() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp)) == ROUNDS
        backups = select(func.count()).where(AuditEntry.action == audit.Action.BACKUP)
        assert s.scalar(backups) == ROUNDS
    assert audit_view.verify_trail(vault, actor).ok  # the chain stayed whole
