"""Risk screening: levels, drivers, the case's current level, history and trend."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.case_view import load_case
from app.core.risk import (
    CRITICAL_FROM,
    HIGH_FROM,
    MEDIUM_FROM,
    Factor,
    ScreeningInput,
    active_factors,
    assess,
    record_screening,
    screening_history,
    trend,
)
from app.core.vocabulary import RiskLevel, YesNoUnknown
from app.errors import ValidationError
from tests.integration.case_file_support import CaseFile, module_case_file, new_case

YES, NO, UNKNOWN = YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.UNKNOWN
#: twenty weight-1 factors: the score is the number of "yes"
ONES = [Factor(f"f{i:02d}", f"facteur {i:02d}", 1, False) for i in range(20)]
STRANGULATION = Factor("strangulation", "Étranglement", 3, True)
WEAPONS = Factor("weapons_access", "Accès à une arme", 3, True)
SEPARATION = Factor("separation", "Séparation récente", 3, False)
INJURY = Factor("current_injury", "Blessures", 2, False)
ISOLATION = Factor("isolation", "Isolement", 1, False)
MIXED = [INJURY, STRANGULATION, ISOLATION, SEPARATION, WEAPONS]


@pytest.fixture(scope="module")
def cf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CaseFile]:
    with module_case_file(tmp_path_factory) as case_file:
        yield case_file


# --- the pure assessment -----------------------------------------------------------------


def test_no_yes_is_low_and_unknowns_are_counted():
    result = assess(MIXED, {INJURY.code: NO, STRANGULATION.code: UNKNOWN})
    assert (result.score, result.level, result.drivers) == (0, RiskLevel.LOW, [])
    assert result.unknown_count == 4  # one "unknown" and three unanswered


def test_one_critical_factor_is_at_least_high_and_two_are_critical():
    assert assess(MIXED, {STRANGULATION.code: YES}).level == RiskLevel.HIGH
    assert assess(MIXED, {STRANGULATION.code: YES, WEAPONS.code: YES}).level == RiskLevel.CRITICAL


@pytest.mark.parametrize(
    ("yes_count", "level"),
    [
        (MEDIUM_FROM - 1, RiskLevel.LOW),
        (MEDIUM_FROM, RiskLevel.MEDIUM),
        (HIGH_FROM - 1, RiskLevel.MEDIUM),
        (HIGH_FROM, RiskLevel.HIGH),
        (CRITICAL_FROM - 1, RiskLevel.HIGH),
        (CRITICAL_FROM, RiskLevel.CRITICAL),
    ],
)
def test_score_thresholds(yes_count: int, level: RiskLevel):
    result = assess(ONES, {f.code: YES for f in ONES[:yes_count]})
    assert (result.score, result.level) == (yes_count, level)


@given(
    st.dictionaries(st.sampled_from([f.code for f in MIXED]), st.sampled_from(list(YesNoUnknown)))
)
def test_a_critical_yes_never_gives_less_than_high(answers: dict[str, YesNoUnknown]):
    result = assess(MIXED, answers)
    criticals = sum(1 for f in MIXED if f.critical and answers.get(f.code) == YES)
    assert result.score == sum(f.weight for f in MIXED if answers.get(f.code) == YES)
    if criticals:
        assert result.level.rank >= RiskLevel.HIGH.rank
    if criticals >= 2:
        assert result.level == RiskLevel.CRITICAL


def test_drivers_are_critical_first_then_heaviest_then_by_label():
    answers = {f.code: YES for f in MIXED}
    drivers = assess(MIXED, answers).drivers
    assert drivers == [WEAPONS, STRANGULATION, SEPARATION, INJURY, ISOLATION]


# --- screenings on a case ----------------------------------------------------------------


def answers_for(cf: CaseFile, *yes_codes: str) -> dict[str, YesNoUnknown]:
    with cf.session() as session:
        factors = active_factors(session)
    return {f.code: (YES if f.code in yes_codes else NO) for f in factors}


def screen(cf: CaseFile, case_id, data: ScreeningInput):
    with cf.session() as session, session.begin():
        return record_screening(session, cf.actor, case_id, data).id


def current_level(cf: CaseFile, case_id) -> RiskLevel | None:
    with cf.session() as session:
        return load_case(session, cf.actor, case_id).risk_level


def test_recording_a_screening_sets_the_cases_level(cf: CaseFile):
    ref = new_case(cf)
    assert current_level(cf, ref.id) is None
    screen(cf, ref.id, ScreeningInput(answers_for(cf, "strangulation")))
    assert current_level(cf, ref.id) == RiskLevel.HIGH
    with cf.session() as session:
        (latest,) = screening_history(session, cf.actor, ref.id)
    assert latest.computed_level == latest.final_level == RiskLevel.HIGH
    assert latest.drivers == [
        "La victime a-t-elle déjà été étranglée, étouffée ou empêchée de respirer ?"
    ]
    assert len(latest.answers) == len(answers_for(cf))


def test_raising_the_level_needs_a_reason_and_keeps_both_levels(cf: CaseFile):
    ref = new_case(cf)
    with pytest.raises(ValidationError) as refused:
        screen(cf, ref.id, ScreeningInput(answers_for(cf), raised_level=RiskLevel.HIGH))
    assert refused.value.field == "raise_reason"
    screen(
        cf,
        ref.id,
        ScreeningInput(
            answers_for(cf),
            raised_level=RiskLevel.HIGH,
            raise_reason="Elle a décrit une tentative d'étranglement hier.",
        ),
    )
    with cf.session() as session:
        (latest,) = screening_history(session, cf.actor, ref.id)
    assert (latest.computed_level, latest.final_level) == (RiskLevel.LOW, RiskLevel.HIGH)
    assert latest.raise_reason == "Elle a décrit une tentative d'étranglement hier."
    assert current_level(cf, ref.id) == RiskLevel.HIGH


def test_lowering_the_computed_level_is_refused(cf: CaseFile):
    ref = new_case(cf)
    with pytest.raises(ValidationError) as refused:
        screen(
            cf,
            ref.id,
            ScreeningInput(
                answers_for(cf, "strangulation", "weapons_access"),
                raised_level=RiskLevel.MEDIUM,
                raise_reason="Elle minimise.",
            ),
        )
    assert refused.value.field == "raised_level"
    with cf.session() as session:
        assert screening_history(session, cf.actor, ref.id) == []
    assert current_level(cf, ref.id) is None


def test_history_is_newest_first_and_the_case_keeps_the_newest_level(cf: CaseFile):
    ref = new_case(cf)
    at = [datetime(2026, 4, 1, 10), datetime(2026, 5, 1, 10), datetime(2026, 6, 1, 10)]
    screen(cf, ref.id, ScreeningInput(answers_for(cf, "isolation"), screened_at=at[1]))
    screen(cf, ref.id, ScreeningInput(answers_for(cf, "strangulation"), screened_at=at[2]))
    # Typed in late, dated earlier: it must not replace the newest level.
    screen(cf, ref.id, ScreeningInput(answers_for(cf), screened_at=at[0]))
    with cf.session() as session:
        history = screening_history(session, cf.actor, ref.id)
    assert [h.screened_at for h in history] == list(reversed(at))
    assert current_level(cf, ref.id) == RiskLevel.HIGH
    assert trend(history) == "up"


def test_trend_up_down_stable(cf: CaseFile):
    ref = new_case(cf)

    def add(day: int, *yes: str) -> str:
        data = ScreeningInput(answers_for(cf, *yes), screened_at=datetime(2026, 7, day, 10))
        screen(cf, ref.id, data)
        with cf.session() as session:
            return trend(screening_history(session, cf.actor, ref.id))

    assert add(1, "separation") == ""  # a single screening has no trend
    assert add(2, "separation", "stalking") == "up"  # same level, higher score
    assert add(3, "separation", "stalking") == "stable"
    assert add(4, "isolation") == "down"
    assert add(5, "strangulation", "weapons_access") == "up"
    assert add(6, "strangulation") == "down"
    assert current_level(cf, ref.id) == RiskLevel.HIGH
