"""Argon2id parameters: the application never derives or accepts less than MINIMUM."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import BaliseError, WeakKdfParameters
from app.security import kdf
from app.security.kdf import (
    KEY_LENGTH,
    MAX_TUNED_ITERATIONS,
    MAX_TUNED_MEMORY_KIB,
    MINIMUM,
    PRODUCTION,
    TEST_ONLY_WEAK,
    KdfParams,
    KdfPolicy,
    check_params,
    derive_key,
    tune,
)

APP_DIR = Path(__file__).resolve().parents[2] / "app"


def at_least_minimum(params: KdfParams) -> bool:
    return (
        params.name == "argon2id"
        and params.memory_kib >= MINIMUM.memory_kib
        and params.iterations >= MINIMUM.iterations
        and params.lanes >= MINIMUM.lanes
    )


def test_minimum_is_rfc9106_second_recommendation() -> None:
    assert KdfParams(memory_kib=64 * 1024, iterations=3, lanes=4) == MINIMUM


def test_production_policy_is_never_weak() -> None:
    assert KdfPolicy() == PRODUCTION
    assert PRODUCTION.allow_weak is False
    assert KdfPolicy().allow_weak is False


@pytest.mark.parametrize(
    "weaker",
    [
        KdfParams(memory_kib=MINIMUM.memory_kib - 1024, iterations=3, lanes=4),
        KdfParams(memory_kib=8192, iterations=3, lanes=4),
        KdfParams(memory_kib=MINIMUM.memory_kib, iterations=2, lanes=4),
        KdfParams(memory_kib=MINIMUM.memory_kib, iterations=3, lanes=3),
        TEST_ONLY_WEAK,
    ],
    ids=["memory-1MiB", "memory-8MiB", "iterations-2", "lanes-3", "test-only-weak"],
)
def test_check_params_refuses_each_parameter_below_minimum(weaker: KdfParams) -> None:
    with pytest.raises(WeakKdfParameters) as info:
        check_params(weaker)
    assert "minimum" in str(info.value)
    check_params(weaker, allow_weak=True)  # only an explicit opt-in accepts it


@pytest.mark.parametrize(
    "params",
    [MINIMUM, KdfParams(memory_kib=256 * 1024, iterations=4, lanes=4)],
)
def test_check_params_accepts_minimum_and_above(params: KdfParams) -> None:
    check_params(params)


def test_unknown_algorithm_is_refused_even_when_weak_is_allowed() -> None:
    scrypt = KdfParams(memory_kib=MINIMUM.memory_kib, iterations=3, lanes=4, name="scrypt")
    for allow_weak in (False, True):
        with pytest.raises(WeakKdfParameters):
            check_params(scrypt, allow_weak=allow_weak)


@pytest.mark.parametrize(
    "invalid",
    [
        KdfParams(memory_kib=1024, iterations=0, lanes=1),
        KdfParams(memory_kib=1024, iterations=1, lanes=0),
        KdfParams(memory_kib=16, iterations=1, lanes=4),
    ],
)
def test_invalid_parameters_are_refused_even_when_weak_is_allowed(invalid: KdfParams) -> None:
    with pytest.raises(WeakKdfParameters):
        check_params(invalid, allow_weak=True)


def test_policy_without_opt_in_refuses_weak_parameters() -> None:
    with pytest.raises(WeakKdfParameters):
        KdfPolicy(params=TEST_ONLY_WEAK).params_for_new_slot()
    assert KdfPolicy(params=TEST_ONLY_WEAK, allow_weak=True).params_for_new_slot() == (
        TEST_ONLY_WEAK
    )


def test_derive_key_refuses_weak_parameters_without_opt_in() -> None:
    with pytest.raises(WeakKdfParameters):
        derive_key(b"phrase", b"\0" * 16, TEST_ONLY_WEAK)


def test_derived_key_depends_on_secret_and_salt() -> None:
    salt_a, salt_b = b"a" * 16, b"b" * 16
    first = derive_key(b"phrase", salt_a, TEST_ONLY_WEAK, allow_weak=True)
    assert len(first) == KEY_LENGTH
    assert first == derive_key(b"phrase", salt_a, TEST_ONLY_WEAK, allow_weak=True)
    assert first != derive_key(b"phrase", salt_b, TEST_ONLY_WEAK, allow_weak=True)
    assert first != derive_key(b"Phrase", salt_a, TEST_ONLY_WEAK, allow_weak=True)


@settings(max_examples=300, deadline=None)
@given(
    target=st.floats(min_value=-5.0, max_value=30.0, allow_nan=False),
    measured=st.floats(min_value=1e-6, max_value=20.0, allow_nan=False),
)
def test_tune_never_goes_below_minimum_whatever_the_machine(target: float, measured: float) -> None:
    # ``measured``: how long MINIMUM takes on a (simulated) machine, fast or slow.
    with mock.patch.object(kdf, "measure", return_value=measured):
        tuned = tune(target)
        from_policy = KdfPolicy(target_seconds=target).params_for_new_slot()
    for params in (tuned, from_policy):
        assert at_least_minimum(params), params
        assert params.memory_kib <= MAX_TUNED_MEMORY_KIB
        assert params.iterations <= MAX_TUNED_ITERATIONS
        assert params.memory_kib % 1024 == 0
        check_params(params)


@settings(max_examples=5, deadline=None)
@given(target=st.floats(min_value=0.0, max_value=0.05, allow_nan=False))
def test_tune_on_this_machine_with_small_targets_stays_at_or_above_minimum(
    target: float,
) -> None:
    params = tune(target)
    assert at_least_minimum(params), params
    if target <= 0:
        assert params == MINIMUM


def test_params_round_trip_through_json() -> None:
    params = KdfParams(memory_kib=131072, iterations=4, lanes=4)
    assert KdfParams.from_json(params.to_json()) == params


def test_no_application_code_opts_into_weak_parameters() -> None:
    # kdf.py itself calibrates with MINIMUM through allow_weak=True: that is not an opt-in.
    offenders = []
    for path in APP_DIR.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name != "kdf.py" and ("allow_weak=True" in text or "TEST_ONLY_WEAK" in text):
            offenders.append(str(path.relative_to(APP_DIR.parent)))
    assert offenders == []


def test_weak_error_is_a_french_balise_error() -> None:
    with pytest.raises(BaliseError) as info:
        check_params(TEST_ONLY_WEAK)
    assert "coffre n'est pas ouvert" in str(info.value)


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=64 * 1024 * 1024, iterations=3, lanes=4),
        KdfParams(memory_kib=64 * 1024, iterations=10_000, lanes=4),
        KdfParams(memory_kib=64 * 1024, iterations=3, lanes=1000),
    ],
)
def test_absurdly_expensive_parameters_are_refused_before_deriving(params: KdfParams) -> None:
    with pytest.raises(WeakKdfParameters):
        check_params(params)
