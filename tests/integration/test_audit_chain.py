"""The audit trail is append-only and hash-chained (SECURITY.md #14)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from app.core import audit
from app.core.auth import load_user_session
from app.core.setup import CreatedVault
from tests.conftest import LOGIN


@pytest.fixture
def trail(make_vault: Callable[..., CreatedVault]):
    created = make_vault()
    actor = load_user_session(created.vault, LOGIN)
    db = created.vault.require_db()
    with db.session() as s, s.begin():
        for n in range(6):
            audit.record(s, actor, audit.Action.CASE_OPENED, object_id=str(n), detail=f"n={n}")
    with db.session() as s:
        head = audit.current_head(s)
    return db, head


def verify(db, head):
    with db.session() as s:
        return audit.verify(s, head)


def test_untouched_trail_verifies(trail) -> None:
    db, head = trail
    result = verify(db, head)
    assert result.ok and result.entries == 6 and head.seq == 6


@pytest.mark.parametrize(
    ("statement", "first_broken"),
    [
        ("UPDATE audit_log SET detail = 'n=99' WHERE seq = 3", 3),
        ("UPDATE audit_log SET action = 'lock' WHERE seq = 5", 5),
        ("DELETE FROM audit_log WHERE seq = 4", 5),
        ("UPDATE audit_log SET seq = 100 + seq WHERE seq IN (2, 3)", 4),
    ],
    ids=["edited-detail", "edited-action", "deleted", "reordered"],
)
def test_tampering_is_detected_at_the_first_broken_entry(trail, statement, first_broken) -> None:
    db, head = trail
    with db.engine.begin() as conn:
        conn.execute(text(statement))
    result = verify(db, head)
    assert not result.ok
    assert result.first_broken_seq == first_broken


def test_truncating_the_end_is_detected_through_the_head(trail) -> None:
    db, head = trail
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE seq >= 5"))
    result = verify(db, head)
    assert not result.ok and result.problem == "truncated"
