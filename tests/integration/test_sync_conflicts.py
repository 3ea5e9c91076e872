"""Resolving a synchronisation clash converges every laptop (issue 12)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from app.core import sync, sync_conflicts
from app.core.transaction import read, write
from app.errors import BaliseError
from app.storage.models import Case
from app.storage.models.sync import SyncConflict
from tests.integration.test_sync import team  # noqa: F401  (fixture)

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))


def _laptop_id(laptop: Any) -> Any:
    return read(laptop.vault, lambda tx: sync.ensure_registered(tx).laptop_id)


def _clash(a: Any, b: Any, folder: Any) -> None:
    a.set_situation("vue par A")
    b.set_situation("vue par B")
    a.sync(folder)
    b.sync(folder)
    a.sync(folder)
    b.sync(folder)


def _case_id(laptop: Any) -> Any:
    return read(
        laptop.vault, lambda tx: tx.scalar(select(Case.id).where(Case.reference == "2026-0001"))
    )


def _waiting(laptop: Any) -> list[sync_conflicts.WaitingConflict]:
    return read(laptop.vault, lambda tx: sync_conflicts.waiting_conflicts(tx, laptop.actor))


@pytest.mark.parametrize("resolver", ["a", "b"])
@pytest.mark.parametrize("kept", ["a", "b"])
def test_the_value_kept_reaches_every_laptop(team: Any, resolver: str, kept: str) -> None:  # noqa: F811
    a, b, c, folder = team
    laptops = {"a": a, "b": b}
    _clash(a, b, folder)
    case_id = _case_id(a)
    assert read(a.vault, lambda tx: sync_conflicts.waiting_count(tx, a.actor, case_id)) == 1
    who = laptops[resolver]
    [waiting] = _waiting(who)
    assert {waiting.first.value, waiting.second.value} == {"vue par A", "vue par B"}
    assert {waiting.first.laptop_name, waiting.second.laptop_name} == {
        "portable de rue 2",
        read(a.vault, _name),
    }
    write(
        who.vault,
        lambda tx: sync_conflicts.resolve_conflict(
            tx, who.actor, waiting.id, _laptop_id(laptops[kept])
        ),
    )
    expected = f"vue par {kept.upper()}"
    assert who.situation() == expected
    assert _waiting(who) == []
    for laptop in (a, b, c, a, b, c):
        laptop.sync(folder)
    for laptop in (a, b, c):
        assert laptop.situation() == expected
        assert (
            read(
                laptop.vault,
                lambda tx, who=laptop.actor: sync_conflicts.waiting_count(tx, who, case_id),
            )
            == 0
        )
        assert _waiting(laptop) == []
        rows = read(laptop.vault, lambda tx: list(tx.scalars(select(SyncConflict))))
        # a resolution that arrived before the clash (and the clash never came) stays
        # as a hidden bookkeeping row; every clash about the case is resolved
        assert all(r.resolved_at is not None for r in rows if r.table_name == "cases")


def _name(tx: Any) -> str:
    from app.storage.models.sync import SyncLaptop

    local = sync.ensure_registered(tx)
    return tx.get(SyncLaptop, local.laptop_id).name


def test_a_conflict_is_resolved_once_and_only_with_one_of_its_values(team: Any) -> None:  # noqa: F811
    a, b, _c, folder = team
    _clash(a, b, folder)
    [waiting] = _waiting(a)
    with pytest.raises(BaliseError):
        write(
            a.vault,
            lambda tx: sync_conflicts.resolve_conflict(tx, a.actor, waiting.id, waiting.id),
        )
    write(
        a.vault,
        lambda tx: sync_conflicts.resolve_conflict(
            tx, a.actor, waiting.id, waiting.first.laptop_id
        ),
    )
    with pytest.raises(BaliseError):
        write(
            a.vault,
            lambda tx: sync_conflicts.resolve_conflict(
                tx, a.actor, waiting.id, waiting.second.laptop_id
            ),
        )


def test_only_the_coordinator_and_the_case_workers_may_decide(team: Any) -> None:  # noqa: F811
    from app.core.auth import load_user_session
    from app.core.permissions import PermissionDenied
    from app.storage.models.case import CaseWorker
    from tests.integration.case_file_support import add_worker
    from tests.integration.test_sync import case_file_of_laptop

    a, b, _c, folder = team
    _clash(a, b, folder)
    user_id = add_worker(case_file_of_laptop(a), "s.renard", "Sophie Renard")
    worker = load_user_session(a.vault, "s.renard")
    [waiting] = _waiting(a)
    assert read(a.vault, lambda tx: sync_conflicts.waiting_conflicts(tx, worker)) == []
    with pytest.raises(PermissionDenied):
        write(
            a.vault,
            lambda tx: sync_conflicts.resolve_conflict(
                tx, worker, waiting.id, waiting.first.laptop_id
            ),
        )
    case_id = _case_id(a)
    write(a.vault, lambda tx: tx.add(CaseWorker(case_id=case_id, user_id=user_id)))
    assert len(read(a.vault, lambda tx: sync_conflicts.waiting_conflicts(tx, worker))) == 1
    write(
        a.vault,
        lambda tx: sync_conflicts.resolve_conflict(tx, worker, waiting.id, waiting.first.laptop_id),
    )
    assert _waiting(a) == []
