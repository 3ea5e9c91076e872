"""Dates written out in French for letters ("le 22 novembre 2026"), without the OS locale."""

from __future__ import annotations

from datetime import date

MONTHS = (
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
)


def long_date(day: date) -> str:
    """``22 novembre 2026``; the first of the month is written ``1er``."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def place_and_date(place: str, day: date) -> str:
    """``Marche-en-Famenne, le 22 novembre 2026`` (just ``Le …`` without a place)."""
    place = place.strip()
    if not place:
        return f"Le {long_date(day)}"
    return f"{place}, le {long_date(day)}"


def short_date(day: date | None) -> str:
    """``22/11/2026`` (empty for no date)."""
    return day.strftime("%d/%m/%Y") if day else ""
