"""The sort expressions of the case list and the expression indexes of revision
0004 must stay textually identical, or SQLite stops using the indexes."""

from __future__ import annotations

import importlib.util

from app.paths import migrations_dir
from app.storage.models import case as case_models


def test_revision_0004_indexes_the_exact_sort_expressions() -> None:
    path = migrations_dir() / "versions" / "0004_list_and_agenda_indexes.py"
    spec = importlib.util.spec_from_file_location("rev0004", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.RISK_RANK_SQL == case_models.RISK_RANK_SQL
    assert module.LAST_CONTACT_KEY_SQL == case_models.LAST_CONTACT_KEY_SQL


def test_sorts_and_agenda_are_served_by_indexes(make_vault) -> None:
    from sqlalchemy import text

    db = make_vault().vault.require_db()
    queries = {
        "ix_cases_risk_rank": (
            f"SELECT id FROM cases ORDER BY {case_models.RISK_RANK_SQL} DESC, id DESC LIMIT 100"
        ),
        "ix_cases_last_contact_key": (
            f"SELECT id FROM cases ORDER BY {case_models.LAST_CONTACT_KEY_SQL}, id LIMIT 100"
        ),
        "ix_followups_status_time": (
            "SELECT id FROM followups WHERE status = 'planned' "
            "AND occurred_at >= '2026-11-23' AND occurred_at < '2026-11-30'"
        ),
    }
    with db.engine.connect() as conn:
        for index, sql in queries.items():
            plan = " ".join(str(row[-1]) for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
            assert index in plan, plan
