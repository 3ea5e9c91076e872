"""Validators for Belgian identifiers and everyday fields (hypothesis)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.core.validation import (
    NeedsConfirmation,
    check_birth_date,
    check_followup_time,
    check_niss,
    check_phone,
    check_postcode,
    format_niss,
    format_phone,
    make_niss,
    niss_check_digits,
    niss_is_valid,
    normalize_phone,
)
from app.errors import ValidationError

TODAY = date(2026, 11, 20)

pytestmark = pytest.mark.clock(TODAY)
# stdnum only tries the 2000s check digits for years already reached: births up
# to 2019 are valid whatever the day the suite runs.
births = st.dates(min_value=date(1900, 1, 1), max_value=date(2019, 12, 31))
serials = st.integers(min_value=1, max_value=998)


# --- NISS ------------------------------------------------------------------------------


@given(births, serials)
@example(date(2000, 1, 1), 1)
@example(date(1999, 12, 31), 998)
def test_every_made_niss_is_valid_and_accepted_with_its_birth_date(birth: date, serial: int):
    niss = make_niss(birth, serial)
    assert len(niss) == 11 and niss.isdigit()
    assert niss_is_valid(niss)
    assert check_niss(niss, birth) == niss
    assert check_niss(format_niss(niss), birth) == niss  # the printed form is accepted too


@given(births, serials, st.integers(0, 10), st.integers(1, 9))
def test_mod97_catches_every_single_digit_error(
    birth: date, serial: int, position: int, shift: int
):
    niss = make_niss(birth, serial)
    wrong_digit = str((int(niss[position]) + shift) % 10)
    typo = niss[:position] + wrong_digit + niss[position + 1 :]
    # The check digits of the right century never match a number with one wrong digit...
    assert niss_check_digits(typo[:9], birth.year >= 2000) != int(typo[9:])
    # ...and with the birth date known, check_niss refuses the typo.
    with pytest.raises(ValidationError) as refused:
        check_niss(typo, birth)
    assert refused.value.field == "niss"


def test_births_from_2000_use_the_2_prefix():
    # Same first nine digits, different century: different check digits.
    assert make_niss(date(2001, 5, 4), 12)[9:] != make_niss(date(1901, 5, 4), 12)[9:]
    assert check_niss(make_niss(date(2001, 5, 4), 12), date(2001, 5, 4))


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(1919, 12, 31)), serials)
def test_with_the_birth_date_known_only_its_centurys_check_digits_are_accepted(
    birth_1900s: date, serial: int
):
    # Same date digits a century apart: the check digits tell 1918 from 2018.
    birth_2000s = birth_1900s.replace(year=birth_1900s.year + 100)
    for right, wrong in ((birth_1900s, birth_2000s), (birth_2000s, birth_1900s)):
        niss = make_niss(wrong, serial)
        with pytest.raises(ValidationError) as refused:
            check_niss(niss, right)
        assert refused.value.field == "niss"
        assert check_niss(niss) == niss  # without a birth date either century is possible


@pytest.mark.parametrize("value", ["8507300332", "850730033281", "abc", "850730033x28"])
def test_niss_of_the_wrong_length_or_with_letters_is_refused(value: str):
    with pytest.raises(ValidationError) as refused:
        check_niss(value)
    assert refused.value.field == "niss"


def test_niss_not_matching_the_birth_date_is_refused():
    niss = make_niss(date(1985, 7, 30), 33)
    with pytest.raises(ValidationError):
        check_niss(niss, date(1985, 7, 31))


def test_empty_niss_is_none():
    assert check_niss("") is None
    assert check_niss("  ") is None


def test_bis_numbers_are_accepted_and_checked_against_the_birth_date():
    # A bis number adds 20 (sex unknown) or 40 (sex known) to the month.
    for shift in (20, 40):
        first = f"85{7 + shift:02d}30033"
        bis_number = f"{first}{niss_check_digits(first, False):02d}"
        assert check_niss(bis_number) == bis_number
        assert check_niss(bis_number, date(1985, 7, 30)) == bis_number
        with pytest.raises(ValidationError):
            check_niss(bis_number, date(1985, 8, 30))


def test_a_niss_with_an_unknown_birth_day_is_checked_on_the_known_parts():
    first = "850700033"  # born in July 1985, day not known when the number was issued
    number = first + f"{niss_check_digits(first, False):02d}"
    assert check_niss(number, date(1985, 7, 12)) == number
    with pytest.raises(ValidationError):
        check_niss(number, date(1986, 7, 12))


@pytest.mark.parametrize(
    "value",
    [
        "8507300332\u0668",  # an Arabic-Indic eight
        "\uff18\uff15\uff10\uff17\uff13\uff10\uff10\uff13\uff13\uff12\uff18",  # full-width
        "85.07.30-033.2\u0668",
    ],
)
def test_niss_digits_must_be_ascii(value: str):
    assert not niss_is_valid(value)
    with pytest.raises(ValidationError) as refused:
        check_niss(value)
    assert refused.value.field == "niss"


# --- phones --------------------------------------------------------------------------

mobiles = st.from_regex(r"4[5-9][0-9]{7}", fullmatch=True)
# Zones of the Belgian numbering plan (phonenumbers knows which exist).
landlines = st.from_regex(
    r"(1[0-69]|2[2-8]|3[2-8]|4[23]|5[0-9]|6[013-57-9]|71|8[1-79]|9[0234])[0-9]{6}",
    fullmatch=True,
)
separators = st.sampled_from(["", " ", ".", "/", "-", "  "])
prefixes = st.sampled_from(["0", "+32", "+32 ", "0032", "0032 ", "+ 32 "])


@st.composite
def spelled(draw: st.DrawFn, national: str) -> str:
    """One way a person might type a Belgian national number."""
    text = draw(prefixes)
    for index, digit in enumerate(national):
        text += digit
        if index < len(national) - 1:
            text += draw(separators)
    return text


@given(st.one_of(mobiles, landlines).flatmap(lambda n: st.tuples(st.just(n), spelled(n))))
def test_belgian_numbers_in_any_spelling_normalise_to_plus32(case: tuple[str, str]):
    national, typed = case
    normalized = normalize_phone(typed)
    assert normalized == "+32" + national
    assert check_phone(typed) == normalized
    # What the screen shows can be typed back in.
    assert normalize_phone(format_phone(normalized)) == normalized


@pytest.mark.parametrize(
    "typed", ["0472 12 34 56", "0472/12.34.56", "+32 472 12 34 56", "0032472123456"]
)
def test_the_usual_spellings_of_a_mobile_are_one_number(typed: str):
    assert check_phone(typed) == "+32472123456"
    assert format_phone("+32472123456") == "0472 12 34 56"


def test_liege_landline_is_shown_with_its_one_digit_zone():
    assert check_phone("04 384 40 17") == "+3243844017"
    assert format_phone("+3243844017") == "04 384 40 17"


def test_foreign_numbers_are_kept_international():
    assert check_phone("+33 6 12 34 56 78") == "+33612345678"
    assert check_phone("0033 6 12 34 56 78") == "+33612345678"
    assert format_phone("+33612345678") == "+33 6 12 34 56 78"
    assert check_phone(format_phone("+33612345678")) == "+33612345678"


def test_the_plus32_0_spelling_and_free_numbers_are_understood():
    assert check_phone("+32 (0)472 12 34 56") == "+32472123456"
    assert check_phone("0800 30 030") == "+3280030030"
    assert format_phone("+3280030030") == "0800 30 030"


@pytest.mark.parametrize(
    "typed",
    [
        "\uff10\uff14\uff17\uff12 12 34 56",  # full-width 0472
        "047\uff12 12 34 56",
        "0472 12 34 5\u0666",  # an Arabic-Indic six
        "+32 47\u0662 12 34 56",
        "0800-FLOWERS",
    ],
)
def test_phone_digits_must_be_ascii(typed: str):
    with pytest.raises(ValidationError):
        check_phone(typed)


@pytest.mark.parametrize(
    "typed",
    ["472 12 34 56", "0472 12 34", "12", "téléphone", "+32 12", "+33 6 12", "0478123456789"],
)
def test_numbers_that_cannot_be_a_phone_are_refused(typed: str):
    with pytest.raises(ValidationError) as refused:
        check_phone(typed, field="safe_phone")
    assert refused.value.field == "safe_phone"


def test_empty_phone_is_none():
    assert check_phone("   ") is None


# --- postcodes -----------------------------------------------------------------------


@given(st.integers(1000, 9999))
def test_postcodes_1000_to_9999_are_accepted(code: int):
    assert check_postcode(str(code)) == str(code)
    assert check_postcode(f" {code} ") == str(code)


@given(
    st.one_of(
        st.integers(0, 999).map(str),
        st.integers(0, 999).map(lambda n: f"{n:04d}"),
        st.integers(10_000, 10**8).map(str),
        st.text(alphabet="abcdéB- .", min_size=1, max_size=6).filter(lambda t: t.strip()),
    )
)
def test_other_postcodes_are_refused(text: str):
    with pytest.raises(ValidationError) as refused:
        check_postcode(text)
    assert refused.value.field == "postcode"


@pytest.mark.parametrize("text", ["4\u0669\u0662\u0660", "\uff14\uff19\uff12\uff10", "492\u0660"])
def test_postcode_digits_must_be_ascii(text: str):
    with pytest.raises(ValidationError):
        check_postcode(text)


# --- dates ---------------------------------------------------------------------------


@given(st.integers(1, 365 * 50))
def test_birth_dates_in_the_future_are_refused(days: int):
    with pytest.raises(ValidationError) as refused:
        check_birth_date(TODAY + timedelta(days=days))
    assert refused.value.field == "birth_date"


@given(st.dates(min_value=date(TODAY.year - 120, 1, 1), max_value=TODAY))
def test_birth_dates_up_to_today_are_accepted(day: date):
    assert check_birth_date(day) == day


def test_absurdly_old_birth_date_is_refused():
    with pytest.raises(ValidationError):
        check_birth_date(date(1880, 1, 1))


def test_followup_before_case_opening_needs_confirmation():
    opened = date(2026, 3, 2)
    with pytest.raises(NeedsConfirmation) as asked:
        check_followup_time(datetime(2026, 3, 1, 10, 0), opened)
    assert asked.value.field == "occurred_at"
    assert "02/03/2026" in str(asked.value)
    when = datetime(2026, 3, 1, 10, 0)
    assert check_followup_time(when, opened, confirmed=True) == when
    assert check_followup_time(datetime(2026, 3, 2, 8, 0), opened) == datetime(2026, 3, 2, 8, 0)
