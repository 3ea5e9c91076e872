"""Bundles apply in the order they were written across laptops (issue 12).

A laptop's bundle says which bundles of the other laptops its writer had
applied; a third laptop applies those first, so a follow-up written on a case
received from another laptop never arrives before the case (found by the
property test in test_sync_convergence.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import select

from app.core.followups import FollowUpInput, add_followup
from app.core.transaction import read, write
from app.core.vocabulary import FollowUpKind
from app.storage.models import Case, FollowUp
from app.storage.models.sync import SyncLocal
from app.sync import bundle as bn
from tests.integration.case_file_support import new_case
from tests.integration.test_sync import team  # noqa: F401  (fixture)

pytestmark = pytest.mark.clock(datetime(2026, 3, 10, 10, 0))


def _laptop_hex(laptop: Any) -> str:
    return read(laptop.vault, lambda tx: tx.get(SyncLocal, 1).laptop_id.hex)


def _follow_up_on_a_received_case(
    team: Any,  # noqa: F811
    writer_first: bool,
) -> tuple[Any, Any, Any]:
    """Y types a case, X receives it and writes a follow-up on it; returns (x, y, case)."""
    from tests.integration.test_sync import case_file_of_laptop

    a, b, _c, folder = team
    x, y = sorted([a, b], key=_laptop_hex, reverse=not writer_first)
    ref = new_case(case_file_of_laptop(y))
    y.sync(folder)
    x.sync(folder)
    data = FollowUpInput(
        occurred_at=datetime(2026, 3, 10, 9, 0), kind=FollowUpKind.PHONE, summary="appel"
    )
    write(x.vault, lambda tx: add_followup(tx, x.actor, ref.id, data))
    x.sync(folder)
    return x, y, ref.id


@pytest.mark.parametrize("writer_first", [True, False])
def test_a_follow_up_on_a_received_case_reaches_a_third_laptop_after_its_case(
    team: Any,  # noqa: F811
    writer_first: bool,
) -> None:
    # Before: when the follow-up's laptop sorted first, the third laptop applied its
    # bundle before the case's and put both in review as clashes (the follow-up lost).
    _x, _y, case_id = _follow_up_on_a_received_case(team, writer_first)
    c, folder = team[2], team[3]
    report = c.sync(folder)
    assert report.conflicts == 0 and report.problems == []
    assert read(
        c.vault, lambda tx: tx.scalar(select(FollowUp.id).where(FollowUp.case_id == case_id))
    )


def test_a_bundle_waits_for_the_bundle_it_builds_on(team: Any) -> None:  # noqa: F811
    _x, y, case_id = _follow_up_on_a_received_case(team, writer_first=True)
    c, folder = team[2], team[3]
    y_bundles = [p for p in folder.glob(f"*{bn.SUFFIX}") if _laptop_hex(y)[:8] in p.name]
    aside = folder.parent / "ailleurs"
    aside.mkdir()
    for path in y_bundles:
        path.rename(aside / path.name)
    report = c.sync(folder)
    assert report.conflicts == 0
    assert any("attendent le paquet n° 1 du portable" in p.message for p in report.problems), (
        report.problems
    )
    assert read(c.vault, lambda tx: tx.get(Case, case_id)) is None
    assert (
        read(c.vault, lambda tx: tx.scalar(select(FollowUp.id).where(FollowUp.case_id == case_id)))
        is None
    )
    for path in y_bundles:
        (aside / path.name).rename(path)
    report = c.sync(folder)
    assert report.conflicts == 0 and report.problems == []
    assert read(
        c.vault, lambda tx: tx.scalar(select(FollowUp.id).where(FollowUp.case_id == case_id))
    )
