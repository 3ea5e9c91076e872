"""Dates and numbers are written the way the chosen language writes them (issue 14)."""

from __future__ import annotations

from datetime import date

import pytest

from app import i18n
from app.core import local_format
from app.core.small_cells import format_months, format_number

DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("language", "long", "line", "short", "number"),
    [
        ("fr", "1er décembre 2026", "Eupen, le 1er décembre 2026", "01/12/2026", "1\u00a0234,5"),
        ("nl", "1 december 2026", "Eupen, 1 december 2026", "01/12/2026", "1.234,5"),
        ("de", "1. Dezember 2026", "Eupen, 1. Dezember 2026", "01.12.2026", "1.234,5"),
        ("en", "1 December 2026", "Eupen, 1 December 2026", "01/12/2026", "1,234.5"),
    ],
)
def test_a_date_and_a_number_in_each_language(
    language: str, long: str, line: str, short: str, number: str
) -> None:
    assert local_format.long_date(DAY, language) == long
    assert local_format.place_and_date("Eupen", DAY, language) == line
    assert local_format.short_date(DAY, language) == short
    assert local_format.format_number(1234.5, 1, language) == number
    # the same through the current language, as the screens and letters call them
    with i18n.writing_in(language):
        assert local_format.long_date(DAY) == long
        assert format_number(1234.5, hours=True) == number


def test_the_first_of_the_month_and_a_place_less_date_line() -> None:
    assert local_format.long_date(date(2026, 3, 22), "fr") == "22 mars 2026"
    assert local_format.place_and_date("", DAY, "fr") == "Le 1er décembre 2026"
    assert local_format.place_and_date("  ", DAY, "de") == "1. Dezember 2026"


def test_without_a_language_the_screen_language_is_used() -> None:
    assert i18n.current_language() == "fr"
    assert local_format.long_date(DAY) == "1er décembre 2026"
    assert format_number(12345) == "12\u00a0345"
    with i18n.writing_in("en"):
        assert format_months(7.49) == "7.5"
    assert format_months(7.49) == "7,5"
    assert local_format.short_date(None) == ""
