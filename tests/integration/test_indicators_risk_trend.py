"""Risk trend from the first to the latest screening, on the known vault
(tests/integration/indicators_support.py): in 2026 nine cases had their first
screening, A1 was raised from low to critical a month later, the eight others
were screened once; in 2025 P3 was screened once (its 2026 screening comes
after the end of 2025)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from app.core.indicator_queries import Measures, _risk, risk_trend
from app.core.indicators import IndicatorReport, Period, compute_indicators
from tests.integration.case_file_support import CaseFile, module_case_file
from tests.integration.indicators_support import NOW, KnownVault, build_known_vault

pytestmark = pytest.mark.clock(NOW)


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


@pytest.fixture(scope="module")
def known(cf: CaseFile) -> KnownVault:
    return build_known_vault(cf)


def _measured(cf: CaseFile, period: Period) -> Measures:
    m = Measures()
    with cf.session() as s:
        _risk(s, period, m)
    return m


def test_trend_of_the_cases_first_screened_in_the_period(cf: CaseFile, known: KnownVault) -> None:
    m = _measured(cf, Period.year(2026))
    assert m.risk_trend == {"raised": 1, "single": 8}
    assert sum(m.risk_trend.values()) == sum(m.first_risk.values()) == 9
    assert _measured(cf, Period.year(2025)).risk_trend == {"single": 1}


def test_a_screening_after_the_period_does_not_count(cf: CaseFile, known: KnownVault) -> None:
    # A1 first screened on 1/6/2026, raised on 1/7/2026: within June it is "single"
    june = Period.custom(datetime(2026, 6, 1).date(), datetime(2026, 6, 30).date())
    assert _measured(cf, june).risk_trend == {"single": 9}


def test_the_trend_table_is_suppressed_like_the_others(cf: CaseFile, known: KnownVault) -> None:
    with cf.session() as s:
        report: IndicatorReport = compute_indicators(s, cf.actor, Period.year(2026))
    table = report.table("risk_trend")
    assert [r.key for r in table.rows] == ["raised", "same", "lowered", "single"]
    assert table.rows[0].current.text == "< 5"  # A1 alone
    assert table.total is not None and table.total.current.text == "9"
    # the total is shown, so the 8 beside the hidden 1 is hidden too
    assert table.rows[3].current.text != "8"


def test_trend_codes() -> None:
    a, b = datetime(2026, 1, 1), datetime(2026, 2, 1)
    assert risk_trend((a, 0), (a, 0), 1) == "single"
    assert risk_trend((a, 0), (b, 2), 2) == "raised"
    assert risk_trend((a, 2), (b, 2), 3) == "same"
    assert risk_trend((a, 3), (b, 1), 2) == "lowered"
