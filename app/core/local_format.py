"""Dates and numbers written the way each of Balise's languages writes them.

Core cannot ask Qt's locale (it does not import Qt), and a letter must be
written in its partner's language whatever the screen shows, so the few
conventions Balise prints are kept here, from the Unicode CLDR data of the
Belgian locales (``fr_BE``, ``nl_BE``, ``de_BE``) and of British English:

========  ======================  =============  ===========================
language  long date               short date     number
========  ======================  =============  ===========================
fr        1er décembre 2026       01/12/2026     1 234,5 (no-break space)
nl        1 december 2026         01/12/2026     1.234,5
de        1. Dezember 2026        01.12.2026     1.234,5
en        1 December 2026         01/12/2026     1,234.5
========  ======================  =============  ===========================

Without a language the current one is used (:func:`app.i18n.current_language`:
the letter's inside :func:`app.i18n.writing_in`, else the screen's).
"""

from __future__ import annotations

from datetime import date

from app.i18n import current_language, language_code

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

#: thousands separator and decimal mark
_NUMBERS: dict[str, tuple[str, str]] = {
    "fr": ("\u00a0", ","),
    "nl": (".", ","),
    "de": (".", ","),
    "en": (",", "."),
}


def _language(language: str | None) -> str:
    return language_code(language) if language else current_language()


def long_date(day: date, language: str | None = None) -> str:
    """``1er décembre 2026`` / ``1 december 2026`` / ``1. Dezember 2026`` / ``1 December 2026``."""
    code = _language(language)
    month = MONTHS[code][day.month - 1]
    if code == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    if code == "de":
        return f"{day.day}. {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def place_and_date(place: str, day: date, language: str | None = None) -> str:
    """The date line of a letter: ``Marche-en-Famenne, le 1er décembre 2026``
    (French), ``Eupen, 1. Dezember 2026``…; just the date without a place."""
    code = _language(language)
    written = long_date(day, code)
    place = place.strip()
    if code == "fr":
        return f"{place}, le {written}" if place else f"Le {written}"
    return f"{place}, {written}" if place else written


def short_date(day: date | None, language: str | None = None) -> str:
    """``01/12/2026`` (``01.12.2026`` in German); empty for no date."""
    if day is None:
        return ""
    separator = "." if _language(language) == "de" else "/"
    return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"


def format_number(value: float, decimals: int = 0, language: str | None = None) -> str:
    """``1 234,5`` (French), ``1.234,5`` (Dutch, German), ``1,234.5`` (English)."""
    group, mark = _NUMBERS[_language(language)]
    text = f"{value:,.{decimals}f}" if decimals else f"{round(value):,d}"
    return text.replace(",", "\0").replace(".", mark).replace("\0", group)


def decimal_mark(language: str | None = None) -> str:
    """``,`` (French, Dutch, German) or ``.`` (English)."""
    return _NUMBERS[_language(language)][1]
