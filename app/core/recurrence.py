"""Dates of a recurring activity: « le premier mercredi du mois », « chaque mardi ».

Weekdays are numbered as Python does (0 = Monday … 6 = Sunday); ``nth`` is 1
to 4 for the first to the fourth such weekday of the month, or -1 for the last.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from app.core.vocabulary import LabelledEnum
from app.errors import ValidationError
from app.i18n import N_, tr

#: a recurring activity never makes more dates than this at once
MAX_OCCURRENCES = 400

WEEKDAYS = (
    N_("lundi"),
    N_("mardi"),
    N_("mercredi"),
    N_("jeudi"),
    N_("vendredi"),
    N_("samedi"),
    N_("dimanche"),
)
NTH = {
    1: N_("premier"),
    2: N_("deuxième"),
    3: N_("troisième"),
    4: N_("quatrième"),
    -1: N_("dernier"),
}


class Recurrence(LabelledEnum):
    NONE = "none", N_("Une seule date")
    WEEKLY = "weekly", N_("Chaque semaine (ou toutes les n semaines)")
    MONTHLY_NTH = "monthly_nth", N_("Un jour fixe du mois (ex. le premier mercredi)")


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` of a month (``nth`` = -1: the last one)."""
    days = [
        date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, d).weekday() == weekday
    ]
    return days[-1] if nth == -1 else days[nth - 1]


def _check(recurrence: Recurrence, starts_on: date, ends_on: date | None, weekday, nth, every):
    if ends_on is not None and ends_on < starts_on:
        raise ValidationError(tr("La fin ne peut pas précéder le début."), field="ends_on")
    if recurrence is Recurrence.NONE:
        return
    if ends_on is None:
        raise ValidationError(
            tr("Une activité récurrente a une date de fin (par ex. la fin de l'année scolaire)."),
            field="ends_on",
        )
    if weekday is None or not 0 <= weekday <= 6:
        raise ValidationError(tr("Choisissez le jour de la semaine."), field="weekday")
    if recurrence is Recurrence.MONTHLY_NTH and nth not in NTH:
        raise ValidationError(tr("Choisissez le premier, deuxième… ou dernier."), field="nth")
    if recurrence is Recurrence.WEEKLY and not 1 <= (every or 1) <= 8:
        raise ValidationError(tr("Toutes les 1 à 8 semaines."), field="interval_weeks")


def occurrence_dates(
    recurrence: Recurrence,
    starts_on: date,
    ends_on: date | None = None,
    *,
    weekday: int | None = None,
    nth: int | None = None,
    interval_weeks: int | None = None,
) -> list[date]:
    """Every date of the activity from ``starts_on`` to ``ends_on`` (both included).

    Raises ValidationError for a rule that is incomplete or makes too many dates."""
    recurrence = Recurrence(recurrence)
    _check(recurrence, starts_on, ends_on, weekday, nth, interval_weeks)
    if recurrence is Recurrence.NONE:
        return [starts_on]
    assert ends_on is not None and weekday is not None
    found: list[date] = []
    if recurrence is Recurrence.WEEKLY:
        day = starts_on + timedelta(days=(weekday - starts_on.weekday()) % 7)
        step = timedelta(weeks=interval_weeks or 1)
        while day <= ends_on:
            found.append(day)
            day += step
            if len(found) > MAX_OCCURRENCES:
                break
    else:
        assert nth is not None
        year, month = starts_on.year, starts_on.month
        while date(year, month, 1) <= ends_on:
            day = nth_weekday(year, month, weekday, nth)
            if starts_on <= day <= ends_on:
                found.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            if len(found) > MAX_OCCURRENCES:
                break
    if len(found) > MAX_OCCURRENCES:
        raise ValidationError(
            tr("Plus de {n} séances : raccourcissez la période.").format(n=MAX_OCCURRENCES),
            field="ends_on",
        )
    if not found:
        raise ValidationError(
            tr("Aucune date ne tombe dans cette période : vérifiez le jour et les dates."),
            field="ends_on",
        )
    return found


def describe(
    recurrence: Recurrence,
    weekday: int | None = None,
    nth: int | None = None,
    interval_weeks: int | None = None,
) -> str:
    """The rule as a service says it: « le premier mercredi du mois », « chaque mardi »,
    « un mardi sur deux », « une seule date »."""
    recurrence = Recurrence(recurrence)
    if recurrence is Recurrence.NONE or weekday is None:
        return tr("une seule date")
    name = tr(WEEKDAYS[weekday])
    if recurrence is Recurrence.WEEKLY:
        every = interval_weeks or 1
        if every == 1:
            return tr("chaque {day}").format(day=name)
        if every == 2:
            return tr("un {day} sur deux").format(day=name)
        return tr("un {day} toutes les {n} semaines").format(day=name, n=every)
    return tr("le {nth} {day} du mois").format(nth=tr(NTH.get(nth or 1, NTH[1])), day=name)
