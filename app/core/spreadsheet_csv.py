"""CSV that a spreadsheet opens safely (OWASP "CSV injection").

Excel and LibreOffice run a cell that begins with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return as a formula, so a partner's name or an audit
detail such as ``=HYPERLINK("http://…")`` would become a live link or a
command on the coordinator's laptop. Every CSV Balise writes goes through
:class:`SpreadsheetWriter`: each cell is quoted, and a cell that would start
a formula gets a leading single quote, which spreadsheets show as text.

Leading spaces, newlines, no-break spaces and single quotes are looked
through before the first character is checked (``"  =1+1"`` is neutralised
too). :func:`restore_cell` undoes exactly what :func:`neutralise_cell` did,
so a file exported by Balise imports back unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, Protocol

#: first characters that make a spreadsheet evaluate a cell
FORMULA_TRIGGERS = frozenset("=+-@\t\r")
#: characters looked through before the first one is checked
_LOOKED_THROUGH = " '\n\u00a0"


class _TextSink(Protocol):
    def write(self, text: str, /) -> Any: ...


def starts_like_formula(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula."""
    return text.lstrip(_LOOKED_THROUGH)[:1] in FORMULA_TRIGGERS


def neutralise_cell(value: object) -> str:
    """``value`` as CSV cell text, a single quote prepended if it could start a formula.

    ``None`` is an empty cell; other values are written with ``str``.
    """
    text = "" if value is None else str(value)
    return "'" + text if starts_like_formula(text) else text


def restore_cell(text: str) -> str:
    """The value :func:`neutralise_cell` was given (for importing a Balise export)."""
    if text.startswith("'") and starts_like_formula(text[1:]):
        return text[1:]
    return text


class SpreadsheetWriter:
    """A ``csv.writer`` for Belgian spreadsheets: ``;``, CRLF, every cell quoted and neutralised."""

    def __init__(self, handle: _TextSink, delimiter: str = ";") -> None:
        self._writer = csv.writer(
            handle, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL
        )

    def writerow(self, cells: Iterable[object]) -> None:
        """Write one line; each cell is neutralised first."""
        self._writer.writerow([neutralise_cell(c) for c in cells])
