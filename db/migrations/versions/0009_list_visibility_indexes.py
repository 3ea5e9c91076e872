"""Indexes so that what every role sees is part of the query plan (issue #10).

* ``case_workers (user_id, case_id)``: a street educator's cases (and the
  "Moi" filter, the dashboard's "my cases") are read from the index instead of
  scanning every assignment to build a list.
* The list's sort indexes carry the columns its filters and the visibility
  rule test (status, commune, risk, confidential, opening date): the first
  page walks one index in order, without reading a row, and stops after a
  page whatever the filters (the list keeps the planner off the status index
  with ``+cases.status``: a fifth of the cases is open, and reading them all to
  sort them cost 340 ms).
* ``cases (search_key, …)`` with the same columns: search checks each
  matching case's filters and visibility from the index.
* The status indexes of the dashboard's counts and alert carry
  ``confidential`` and ``id``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Must stay identical to app.storage.models.case.RISK_RANK_SQL / LAST_CONTACT_KEY_SQL
# (copied: a revision never imports code that may change after it).
RISK_RANK_SQL = (
    "(CASE risk_level WHEN 'critical' THEN 4 WHEN 'high' THEN 3 "
    "WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END)"
)
LAST_CONTACT_KEY_SQL = "coalesce(last_contact_at, '0000')"
#: what the list's filters and the visibility rule read, after each sort key
FILTERED = "status, commune_code, risk_level, confidential, opened_on"

#: name -> (new columns, columns of revision 0002/0004 for the downgrade)
WIDENED = {
    "ix_cases_opened_id": (
        "opened_on, id, status, commune_code, risk_level, confidential",
        "opened_on, id",
    ),
    "ix_cases_risk_rank": (f"{RISK_RANK_SQL}, id, {FILTERED}", f"{RISK_RANK_SQL}, id"),
    "ix_cases_last_contact_key": (
        f"{LAST_CONTACT_KEY_SQL}, id, {FILTERED}",
        f"{LAST_CONTACT_KEY_SQL}, id",
    ),
    "ix_cases_status_opened": ("status, opened_on, confidential, id", "status, opened_on"),
    "ix_cases_status_risk_contact": (
        "status, risk_level, last_contact_at, confidential, id",
        "status, risk_level, last_contact_at",
    ),
}
ADDED = {
    "ix_case_workers_user": "case_workers (user_id, case_id)",
    "ix_cases_reference_list": f"cases (reference, id, {FILTERED})",
    "ix_cases_search_filter": f"cases (search_key, {FILTERED}, id)",
}


def upgrade() -> None:
    for name, (columns, _old) in WIDENED.items():
        op.execute(f"DROP INDEX {name}")
        op.execute(f"CREATE INDEX {name} ON cases ({columns})")
    for name, target in ADDED.items():
        op.execute(f"CREATE INDEX {name} ON {target}")


def downgrade() -> None:
    for name in ADDED:
        op.execute(f"DROP INDEX {name}")
    for name, (_new, columns) in WIDENED.items():
        op.execute(f"DROP INDEX {name}")
        op.execute(f"CREATE INDEX {name} ON cases ({columns})")
