"""Counting nights in emergency housing, and saying it the way services do.

The rule, stated on every screen and report that shows a count: **a night
counts when someone sleeps there** — the entry day counts, the exit day does
not, so an entry and an exit on the same day make no night. A stay without an
exit date counts up to tonight (never beyond today: a forgotten exit must not
fill the future), and such a stay past its planned end is flagged, because it
is what inflates bed-night counts.

Occupancy of a unit over a period: nights with at least one person housed,
over the nights the unit was available (from its ``available_from`` to its
``available_to``, both included, and never after tonight: in a period still
running, the nights to come are neither occupied nor available yet).
Converted into months of the period it reads « 7,5 mois sur 12 »; on
20 November, the year so far is « … sur 10,7 »."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.core.small_cells import format_months
from app.i18n import tr

ONE_DAY = timedelta(days=1)


def counting_rule() -> str:
    """The counting rule in French, for every screen and report showing nights."""
    return tr(
        "Une nuit compte quand quelqu'un dort sur place : le jour d'entrée compte, le jour "
        "de sortie non (une entrée et une sortie le même jour ne font aucune nuit). Un séjour "
        "sans date de sortie compte jusqu'à ce soir, jamais au-delà."
    )


@dataclass(frozen=True)
class Nights:
    """The nights ``first`` to ``last`` (both slept), or none when ``last < first``."""

    first: date
    last: date

    @property
    def count(self) -> int:
        return max(0, (self.last - self.first).days + 1)

    def clip(self, start: date, end: date) -> Nights:
        return Nights(max(self.first, start), min(self.last, end))


def stay_nights(entry_on: date, exit_on: date | None, today: date) -> Nights:
    """The nights of a stay: from the entry day to the eve of the exit (open: tonight)."""
    last = exit_on - ONE_DAY if exit_on is not None else max(today, entry_on - ONE_DAY)
    return Nights(entry_on, last)


def union_count(spans: Iterable[Nights]) -> int:
    """How many distinct nights the spans cover (overlapping stays count once)."""
    total = 0
    current: Nights | None = None
    for span in sorted((s for s in spans if s.count), key=lambda s: s.first):
        if current is not None and span.first <= current.last + ONE_DAY:
            if span.last > current.last:
                current = Nights(current.first, span.last)
            continue
        if current is not None:
            total += current.count
        current = span
    if current is not None:
        total += current.count
    return total


def months_between(start: date, end: date) -> float:
    """Calendar months from ``start`` to ``end`` (both included): whole months count
    1, a part of a month its share of that month's days (a year is 12, H1 is 6)."""
    months = 0.0
    day = start
    while day <= end:
        length = calendar.monthrange(day.year, day.month)[1]
        month_end = date(day.year, day.month, length)
        last = min(month_end, end)
        months += ((last - day).days + 1) / length
        day = last + ONE_DAY
    return months


def months_text(value: float) -> str:
    """One decimal, a comma, no « ,0 »: 7.49 → « 7,5 », 12.0 → « 12 »."""
    return format_months(value)


@dataclass(frozen=True)
class Occupancy:
    """Nights of one unit (or of several together) over one period."""

    nights_occupied: int
    nights_available: int
    period_nights: int
    period_months: float
    person_nights: int = 0
    place_nights: int = 0  # capacity x nights available

    @property
    def rate(self) -> float | None:
        """Nights occupied over nights available (None when the unit was not available)."""
        return self.nights_occupied / self.nights_available if self.nights_available else None

    def _months(self, nights: int) -> float:
        return nights / self.period_nights * self.period_months if self.period_nights else 0.0

    @property
    def months_occupied(self) -> float:
        return self._months(self.nights_occupied)

    @property
    def months_available(self) -> float:
        return self._months(self.nights_available)

    @property
    def text(self) -> str:
        """« 7,5 mois sur 12 » (« non disponible » when the unit was not available)."""
        if not self.nights_available:
            return tr("non disponible")
        return tr("{occupied} mois sur {available}").format(
            occupied=months_text(self.months_occupied),
            available=months_text(self.months_available),
        )

    @property
    def nights_text(self) -> str:
        """« 228 nuits sur 365 (62 %) »."""
        if not self.nights_available:
            return tr("non disponible")
        return tr("{occupied} nuits sur {available} ({rate} %)").format(
            occupied=self.nights_occupied,
            available=self.nights_available,
            rate=round(100 * (self.rate or 0)),
        )


def availability(available_from: date, available_to: date | None, start: date, end: date) -> Nights:
    """The nights of ``start``–``end`` on which the unit could house someone."""
    return Nights(available_from, available_to or end).clip(start, end)


@dataclass(frozen=True)
class StaySpan:
    """What occupancy needs to know of one stay."""

    entry_on: date
    exit_on: date | None
    people: int


def occupancy(
    available_from: date,
    available_to: date | None,
    capacity: int,
    stays: Iterable[StaySpan],
    start: date,
    end: date,
    today: date,
) -> Occupancy:
    """Occupancy of one unit over ``start``–``end`` (see the module's rule).

    Nights outside the unit's availability are not counted, nor nights after
    today: a period still running is measured up to tonight."""
    window = availability(available_from, available_to, start, min(end, today))
    spans: list[Nights] = []
    person_nights = 0
    for stay in stays:
        nights = stay_nights(stay.entry_on, stay.exit_on, today)
        if window.count:
            inside = nights.clip(window.first, window.last)
            spans.append(inside)
            person_nights += inside.count * stay.people
    period_nights = (end - start).days + 1
    return Occupancy(
        nights_occupied=union_count(spans),
        nights_available=window.count,
        period_nights=period_nights,
        period_months=months_between(start, end),
        person_nights=person_nights,
        place_nights=window.count * max(capacity, 0),
    )


def overdue(exit_on: date | None, planned_exit_on: date | None, today: date) -> bool:
    """A stay still open after its planned end: its exit was probably not noted."""
    return exit_on is None and planned_exit_on is not None and planned_exit_on < today
