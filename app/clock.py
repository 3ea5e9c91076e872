"""The one clock of Balise.

Every service that stamps or compares a time asks this module, never
``date.today()`` or ``datetime.now()`` directly, so a test can set the time
(:func:`frozen`) and the whole application agrees on what "today" is. The
suite is also run with the system clock moved 400 days ahead
(``scripts/test-future.sh``): nothing here caches a date, so that run sees
the moved clock everywhere.

Times are naive local wall-clock times, as the people using Balise read them
(appointments, follow-ups, deadlines); :func:`utcnow` gives the naive UTC
stamp kept on every row (``created_at`` / ``updated_at``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta


def _system_now() -> datetime:
    return datetime.now()


_source: Callable[[], datetime] = _system_now


def now() -> datetime:
    """The current local time (naive), to the microsecond."""
    return _source()


def now_minute() -> datetime:
    """The current local time to the minute, as forms propose it."""
    return now().replace(second=0, microsecond=0)


def now_second() -> datetime:
    """The current local time to the second, as stamps are stored."""
    return now().replace(microsecond=0)


def today() -> date:
    """The current local date."""
    return now().date()


def utcnow() -> datetime:
    """The current UTC time (naive), for row stamps."""
    return now().astimezone(UTC).replace(tzinfo=None)


def set_source(source: Callable[[], datetime] | None) -> None:
    """Replace the clock (``None`` puts the system clock back)."""
    global _source
    _source = source or _system_now


@contextmanager
def frozen(at: datetime | date) -> Iterator[FrozenClock]:
    """Within the block, the clock reads ``at`` (a date means 10:00 that day).

    The yielded :class:`FrozenClock` can be moved forward with ``advance``.
    """
    clock = FrozenClock(at)
    previous = _source
    set_source(clock)
    try:
        yield clock
    finally:
        set_source(previous)


class FrozenClock:
    """A clock that stands still until told to move (for tests)."""

    def __init__(self, at: datetime | date) -> None:
        if not isinstance(at, datetime):
            at = datetime(at.year, at.month, at.day, 10, 0)
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        """Move the clock forward by ``timedelta(**delta)``."""
        self.at += timedelta(**delta)

    def set(self, at: datetime | date) -> None:
        """Put the clock at ``at``."""
        self.at = at if isinstance(at, datetime) else datetime(at.year, at.month, at.day, 10, 0)
