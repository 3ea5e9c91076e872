"""Strings translated through a variable (``tr(spec.title)``, ``tr(label)``) are
marked where they are declared, with ``N_("…")`` or ``tr("…")``: the catalogue
tool (lupdate) only collects literals, so an unmarked constant would stay French
on every screen and in every report whatever the language chosen."""

from __future__ import annotations

import ast
from pathlib import Path

from app.cli_io import _ARGPARSE_FR
from app.core.funder_objectives import Programme, indicator_catalogue
from app.core.indicator_tables import HEADLINE_ROWS, HOURS, SPECS, UNKNOWN_LABEL
from app.frozen import UNEXPECTED
from app.ui.activities.dialogs import _GENDERS
from app.ui.case.author_dialog import SENSITIVE
from app.ui.indicators.page import KINDS

APP = Path(__file__).resolve().parents[2] / "app"


def marked_literals() -> set[str]:
    """Every literal passed to ``tr`` or ``N_`` in the application's code."""
    found: set[str] = set()
    for path in APP.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in ("tr", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_string_translated_through_a_variable_is_marked() -> None:
    marked = marked_literals()
    sources = [UNKNOWN_LABEL, SENSITIVE, UNEXPECTED]
    for spec in (*SPECS, HOURS):
        sources += [spec.section, spec.title] + ([spec.note] if spec.note else [])
    sources += [label for rows in HEADLINE_ROWS.values() for _, label in rows]
    sources += [text for _, text in KINDS]
    sources += [heading for _, heading in _GENDERS]
    sources += list(_ARGPARSE_FR.values())
    sources += [p._label_source for p in Programme]
    missing = sorted({s for s in sources if s not in marked})
    assert missing == [], "mark these with N_(…) where they are declared"


def test_the_catalogue_of_indicators_is_all_marked() -> None:
    marked = marked_literals()
    for indicator in indicator_catalogue():
        assert indicator.label in marked, indicator.code
        assert indicator.section in marked, indicator.code
