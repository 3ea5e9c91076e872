"""Small-cell suppression for aggregate indicators.

A count from 1 to 4 could point at a person ("the one case from Trooz aged
over 60"), so it is never published: it reads "< 5". Hiding it is not enough
when the table also shows its total — the total minus the visible cells would
give the hidden one back — so *complementary* cells are hidden too, until the
hidden cells can no longer be worked out:

* at least two cells are hidden;
* their sum (which the total reveals) is not at the smallest or largest value
  that the hidden cells could take: with ``k`` cells "< 5" (each 1–4) and
  ``m`` complementary cells (each 5 or more), a sum of ``k + 5m`` means every
  cell is at its minimum, and with ``m = 0`` a sum of ``4k`` means every cell
  is 4 — both would give every cell back.

The smallest visible non-zero cell is hidden first (the least information
lost). When no cell is left to hide, the total itself is hidden. Zeros are
shown: an empty category identifies nobody.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.core import local_format
from app.i18n import tr

#: the largest count that is never shown
SMALL_MAX = 4
#: the smallest value a complementary cell can have (one above SMALL_MAX)
_COMPLEMENT_MIN = SMALL_MAX + 1


class Hidden(StrEnum):
    NO = ""
    SMALL = "small"  # 1 to 4
    COMPLEMENT = "complement"  # hidden so that a total does not reveal a small cell


@dataclass(frozen=True)
class Cell:
    """One published value: ``value`` is None whenever it is hidden."""

    value: float | None
    hidden: Hidden = Hidden.NO
    hours: bool = False  # a number of hours (one decimal) rather than a count
    #: months out of this many (occupancy: « 7,5 mois sur 12 »; 0: not available)
    months_of: float | None = None

    @property
    def text(self) -> str:
        """As printed: ``12``, ``3,5``, ``7,5 mois sur 12``, ``< 5`` or ``masqué``."""
        if self.hidden is Hidden.SMALL:
            return tr("< 5")
        if self.hidden is Hidden.COMPLEMENT or self.value is None:
            return tr("masqué")
        if self.months_of is not None:
            if not self.months_of:
                return tr("non disponible")
            return tr("{occupied} mois sur {available}").format(
                occupied=format_months(self.value), available=format_months(self.months_of)
            )
        return format_number(self.value, hours=self.hours)


def format_number(value: float, *, hours: bool = False) -> str:
    """In the current language (French: a space between thousands, a decimal
    comma); hours with one decimal."""
    return local_format.format_number(value, 1 if hours else 0)


def format_months(value: float) -> str:
    """Months with one decimal and no « ,0 »: 7.49 → « 7,5 », 12.0 → « 12 »."""
    text = f"{round(value, 1):.1f}"
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", local_format.decimal_mark())


def rule_text() -> str:
    """The suppression rule, stated on every output."""
    return tr(
        "Règle de confidentialité : les effectifs de 1 à 4 sont affichés « < 5 ». "
        "Pour qu'un total ne permette pas de les retrouver, d'autres cases sont alors "
        "masquées (« masqué ») et, si nécessaire, le total lui-même. "
        "Aucun nom ni aucune donnée individuelle ne figure dans ces indicateurs."
    )


def _small(value: float) -> bool:
    return 1 <= value <= SMALL_MAX


def _revealing(values: Sequence[float], hidden: list[Hidden]) -> bool:
    """Would the total give the hidden cells back?"""
    indices = [i for i, h in enumerate(hidden) if h is not Hidden.NO]
    if not indices:
        return False
    if len(indices) < 2:
        return True
    small = sum(1 for i in indices if hidden[i] is Hidden.SMALL)
    complements = len(indices) - small
    total = sum(values[i] for i in indices)
    if total <= small + _COMPLEMENT_MIN * complements:
        return True
    return complements == 0 and total >= SMALL_MAX * small


def suppress(values: Sequence[int], *, with_total: bool) -> tuple[list[Hidden], Hidden]:
    """Which cells of one column to hide, and whether to hide its total.

    ``values`` are the counts of the column's categories (a partition of the
    total when ``with_total``). Without a total only counts of 1 to 4 are hidden.
    """
    hidden = [Hidden.SMALL if _small(v) else Hidden.NO for v in values]
    if not with_total:
        return hidden, Hidden.NO
    total = sum(values)
    if _small(total):
        return hidden, Hidden.SMALL
    while _revealing(values, hidden):
        candidates = [i for i, h in enumerate(hidden) if h is Hidden.NO and values[i] > 0]
        if not candidates:
            return hidden, Hidden.COMPLEMENT
        pick = min(candidates, key=lambda i: (values[i], i))
        hidden[pick] = Hidden.COMPLEMENT
    return hidden, Hidden.NO


def cell(value: float, hidden: Hidden, *, hours: bool = False) -> Cell:
    """A published cell: the value is dropped when hidden."""
    return Cell(None if hidden is not Hidden.NO else value, hidden, hours)
