"""The periods indicators are computed for: a year, a semester, or custom dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.errors import ValidationError
from app.i18n import tr


class PeriodKind(StrEnum):
    YEAR = "year"
    SEMESTER = "semester"
    CUSTOM = "custom"


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.CUSTOM

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def semester(cls, year: int, half: int) -> Period:
        if half not in (1, 2):
            raise ValidationError(tr("Un semestre est le 1er ou le 2e."), field="semester")
        if half == 1:
            return cls(date(year, 1, 1), date(year, 6, 30), PeriodKind.SEMESTER)
        return cls(date(year, 7, 1), date(year, 12, 31), PeriodKind.SEMESTER)

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        """Custom dates; refused when the end comes before the start."""
        if end < start:
            raise ValidationError(
                tr("La fin de la période ne peut pas précéder son début."), field="end"
            )
        return cls(start, end, PeriodKind.CUSTOM)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period just before, of the same kind (a custom period: as many days)."""
        if self.kind is PeriodKind.YEAR:
            return Period.year(self.start.year - 1)
        if self.kind is PeriodKind.SEMESTER:
            if self.start.month == 1:
                return Period.semester(self.start.year - 1, 2)
            return Period.semester(self.start.year, 1)
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end, PeriodKind.CUSTOM)

    @property
    def first_moment(self) -> datetime:
        """Midnight at the start (local time)."""
        return datetime.combine(self.start, time())

    @property
    def after_moment(self) -> datetime:
        """Midnight after the last day (local time, excluded)."""
        return datetime.combine(self.end + timedelta(days=1), time())

    @property
    def label(self) -> str:
        """« Année 2026 », « 1er semestre 2026 », « du 01/03/2026 au 31/05/2026 »."""
        if self.kind is PeriodKind.YEAR:
            return tr("Année {year}").format(year=self.start.year)
        if self.kind is PeriodKind.SEMESTER:
            if self.start.month == 1:
                return tr("1er semestre {year}").format(year=self.start.year)
            return tr("2e semestre {year}").format(year=self.start.year)
        return tr("du {start} au {end}").format(start=_fmt(self.start), end=_fmt(self.end))

    @property
    def short_label(self) -> str:
        """For a column header: « 2026 », « S1 2026 », « 01/03/2026–31/05/2026 »."""
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        if self.kind is PeriodKind.SEMESTER:
            half = 1 if self.start.month == 1 else 2
            return tr("S{half} {year}").format(half=half, year=self.start.year)
        return f"{_fmt(self.start)}–{_fmt(self.end)}"
