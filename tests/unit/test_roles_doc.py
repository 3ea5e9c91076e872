"""docs/ROLES.md shows the matrix enforced in core, and the screens never read
a case without telling core who is reading."""

from __future__ import annotations

import ast
from pathlib import Path

from app.core.permissions import MATRIX, matrix_markdown

ROOT = Path(__file__).resolve().parents[2]
#: core reads that are checked (and filtered) only when the UI passes ``actor=``
#: (the case-file reads take a required positional actor: a call without one fails)
GUARDED_READS = {
    "list_cases",
    "search_cases",
    "count_search_results",
    "count_high_risk_without_contact",
    "appointments",
    "overdue",
    "high_risk_without_contact",
    "overview_counts",
}


def test_roles_doc_holds_the_matrix_as_enforced() -> None:
    doc = (ROOT / "docs" / "ROLES.md").read_text(encoding="utf-8")
    assert matrix_markdown() in doc, "regenerate the table: python -m app.core.permissions"
    for action in MATRIX:
        assert f"`{action.value}`" in doc


def _calls_without_actor(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    missing = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name in GUARDED_READS and not any(k.arg == "actor" for k in node.keywords):
            missing.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    return missing


def test_every_screen_read_of_cases_names_the_acting_user() -> None:
    missing = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        missing += _calls_without_actor(path)
    assert missing == []
