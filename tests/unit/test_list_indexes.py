"""Revision 0009 indexes exactly what the case list sorts on and filters by:
an expression that differs by a character is not used by SQLite."""

from __future__ import annotations

import importlib.util

from app.paths import migrations_dir
from app.storage.models import case as case_models


def test_revision_0009_copies_the_list_columns_and_sort_expressions() -> None:
    path = migrations_dir() / "versions" / "0009_list_visibility_indexes.py"
    spec = importlib.util.spec_from_file_location("rev0009", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.RISK_RANK_SQL == case_models.RISK_RANK_SQL
    assert module.LAST_CONTACT_KEY_SQL == case_models.LAST_CONTACT_KEY_SQL
    assert ", ".join(case_models.LIST_FILTER_COLUMNS) == module.FILTERED
