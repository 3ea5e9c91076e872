"""Searching several words reads through indexes for every role (issue #10): each
word's walk of the full-text index, the candidates' filters and visibility, one's
own cases, the names of the candidates' people."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.benchmarks import screens
from tests.integration.test_query_plans import ROLES, check, team

__all__ = ["team"]

pytestmark = pytest.mark.clock(datetime(2026, 11, 20, 9))


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    "typed", ["appel plainte", "Quatremarchés plainte", "du pl", "Mueller plainte"]
)
def test_several_words_read_through_indexes(team: object, role: str, typed: str) -> None:
    sent = check(team, role, screens.search(typed))  # type: ignore[arg-type]
    walks = [s for s in sent if "search_index MATCH" in " ".join(s.sql.split())]
    assert len(walks) >= 2  # a person bearing every word; then each word's walk
    check(team, role, screens.search(typed, screens.CaseFilter()))  # type: ignore[arg-type]
