"""Dates written out for letters ("le 22 novembre 2026"), without the OS locale.

Kept for its callers; the dates follow the current language (the screen's, or
the letter's inside :func:`app.i18n.writing_in`): see :mod:`app.core.local_format`.
"""

from __future__ import annotations

from app.core.local_format import MONTHS as _MONTHS
from app.core.local_format import long_date, place_and_date, short_date

MONTHS = _MONTHS["fr"]

__all__ = ["MONTHS", "long_date", "place_and_date", "short_date"]
