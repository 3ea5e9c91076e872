"""The case list: filters, sorting and keyset pagination.

Pages are fetched with keyset pagination (``WHERE (sort, id) < (last sort,
last id)``) so that page 2 000 costs what page 1 costs. Searching the list is
``app.core.case_search``, which shares the filters and the rows defined here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    func,
    literal,
    literal_column,
    select,
    tuple_,
)
from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.display import display_name
from app.core.permissions import Perm, assigned_cases, require, visible_cases
from app.core.vocabulary import CaseStatus, RiskLevel
from app.storage.models import Case, CaseWorker, Commune, Person, User
from app.storage.models.case import LAST_CONTACT_KEY_SQL, RISK_RANK_SQL

PAGE_SIZE = 100


class CaseSort(StrEnum):
    NEWEST = "newest"  # opened_on descending
    OLDEST = "oldest"
    REFERENCE = "reference"
    REFERENCE_DESC = "reference_desc"
    RISK = "risk"  # highest first
    RISK_LOWEST = "risk_lowest"
    LAST_CONTACT = "last_contact"  # longest without contact first
    LAST_CONTACT_RECENT = "last_contact_recent"


@dataclass
class CaseFilter:
    statuses: set[CaseStatus] = field(default_factory=set)  # empty: all
    commune_code: str | None = None
    worker_id: uuid.UUID | None = None
    risk_levels: set[RiskLevel] = field(default_factory=set)
    opened_from: date | None = None
    opened_to: date | None = None
    sort: CaseSort = CaseSort.NEWEST


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    reference: str
    person: str
    commune: str | None
    status: CaseStatus
    risk_level: RiskLevel | None
    opened_on: date
    last_contact_at: datetime | None
    workers: str
    confidential: bool
    cursor: tuple[Any, ...]


@dataclass(frozen=True)
class CasePage:
    rows: list[CaseRow]
    next_cursor: tuple[Any, ...] | None


_RISK_RANK = {level.value: level.rank + 1 for level in RiskLevel}


def _sort_columns(sort: CaseSort) -> tuple[Any, bool]:
    """The (expression, descending) pair that orders the list."""
    if sort == CaseSort.OLDEST:
        return Case.opened_on, False
    if sort in (CaseSort.REFERENCE, CaseSort.REFERENCE_DESC):
        return Case.reference, sort == CaseSort.REFERENCE_DESC
    if sort in (CaseSort.RISK, CaseSort.RISK_LOWEST):
        # The same text as the expression index ix_cases_risk_rank, so it serves the sort
        # (an index serves both directions).
        return literal_column(RISK_RANK_SQL, Integer), sort == CaseSort.RISK
    if sort in (CaseSort.LAST_CONTACT, CaseSort.LAST_CONTACT_RECENT):
        # Compared as text: "0000" sorts never-contacted cases first. Typed as a
        # string so that reading "0000" back does not go through the datetime parser.
        return literal_column(LAST_CONTACT_KEY_SQL, String), sort == CaseSort.LAST_CONTACT_RECENT
    return Case.opened_on, True


def _apply_filter(query: Any, flt: CaseFilter) -> Any:
    if flt.statuses:
        query = query.where(_unindexed(Case.status).in_([s.value for s in flt.statuses]))
    if flt.commune_code:
        query = query.where(Case.commune_code == flt.commune_code)
    if flt.worker_id:
        query = query.where(assigned_cases(flt.worker_id))
    if flt.risk_levels:
        query = query.where(_unindexed(Case.risk_level).in_([r.value for r in flt.risk_levels]))
    if flt.opened_from:
        query = query.where(Case.opened_on >= flt.opened_from)
    if flt.opened_to:
        query = query.where(Case.opened_on <= flt.opened_to)
    return query


def _unindexed(column_: Any) -> Any:
    """``+cases.column``: SQLite's documented way to keep a term from choosing an
    index. The list walks its sort index (which carries the filter columns) and
    stops after a page; an index on a status shared by a fifth of the cases
    would read them all and sort them."""
    return literal_column(f"+{column_.table.name}.{column_.name}", column_.type)


def _row_query(sort_expr: Any) -> Any:
    workers = (
        select(func.group_concat(User.full_name, ", "))
        .join(CaseWorker, CaseWorker.user_id == User.id)
        .where(CaseWorker.case_id == Case.id)
        .scalar_subquery()
    )
    return (
        select(
            Case.id,
            Case.reference,
            Case.status,
            Case.risk_level,
            Case.opened_on,
            Case.last_contact_at,
            Case.confidential,
            Commune.name,
            Person.first_name,
            Person.last_name,
            Person.pseudonym,
            Person.hide_name,
            workers,
            sort_expr.label("sort_key"),
        )
        .outerjoin(Commune, Commune.nis_code == Case.commune_code)
        .outerjoin(Person, and_(Person.case_id == Case.id, Person.role == "victim"))
    )


def _to_rows(result: Any, hide_names: bool) -> list[CaseRow]:
    rows = []
    for r in result:
        rows.append(
            CaseRow(
                id=r.id,
                reference=r.reference,
                person=display_name(
                    r.first_name,
                    r.last_name,
                    r.pseudonym,
                    hide_names=hide_names,
                    person_hides_name=bool(r.hide_name),
                ),
                commune=r.name,
                status=CaseStatus(r.status),
                risk_level=RiskLevel(r.risk_level) if r.risk_level else None,
                opened_on=r.opened_on,
                last_contact_at=r.last_contact_at,
                workers=r[12] or "",
                confidential=bool(r.confidential),
                cursor=(r.sort_key, r.id),
            )
        )
    return rows


def list_cases(
    session: Session,
    flt: CaseFilter,
    *,
    actor: UserSession,
    after: tuple[Any, ...] | None = None,
    limit: int = PAGE_SIZE,
    hide_names: bool = False,
) -> CasePage:
    """One page of the cases ``actor`` may see; pass ``page.next_cursor`` as
    ``after`` for the next. Invisible cases are filtered in SQL, so pages stay full."""
    require(actor, Perm.CASE_LIST)
    sort_expr, descending = _sort_columns(flt.sort)
    # The page's cases first, from the sort index alone (it carries the filter
    # columns, revision 0009); then names, commune and workers of those only.
    query = _apply_filter(select(Case.id), flt).where(visible_cases(actor, lead=True))
    if after is not None:
        key = tuple_(sort_expr, Case.id)
        bound = tuple_(literal(after[0]), literal(after[1], Case.id.type))
        query = query.where(key < bound if descending else key > bound)
    if descending:
        query = query.order_by(sort_expr.desc(), Case.id.desc())
    else:
        query = query.order_by(sort_expr.asc(), Case.id.asc())
    ids = list(session.scalars(query.limit(limit + 1)))
    shown = ids[:limit]
    rows = _to_rows(session.execute(_row_query(sort_expr).where(Case.id.in_(shown))), hide_names)
    by_id = {row.id: row for row in rows}
    page = [by_id[case_id] for case_id in shown]
    return CasePage(page, page[-1].cursor if len(ids) > limit else None)
