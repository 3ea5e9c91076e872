"""Indicators for the funders (PSSP, PCS): aggregates of a period and the one before.

Only the coordination reads them (``statistics.read``). They are counts and
hours, never a name, and every count from 1 to 4 is suppressed with its
complements (:mod:`app.core.small_cells`); the rule is part of every report.
What a count means is written in :mod:`app.core.indicator_queries`; which tables
are shown, in which order, in :mod:`app.core.indicator_tables`.

Reading the indicators on screen is not traced (no case is read); every
export (PDF, CSV) is, through :func:`trace_export`, before it leaves.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app import clock
from app.core import audit
from app.core.auth import UserSession
from app.core.document_content import Letterhead, service_letterhead
from app.core.funder_objectives import ObjectiveView, _objectives
from app.core.housing_occupancy import Occupancy, counting_rule
from app.core.indicator_periods import Period, PeriodKind
from app.core.indicator_queries import UNKNOWN, Measures, measure
from app.core.indicator_tables import HEADLINE_TABLES, HOURS, HOUSING, SPECS, UNKNOWN_LABEL, Spec
from app.core.permissions import Perm, require
from app.core.small_cells import Cell, Hidden, cell, rule_text, suppress
from app.i18n import tr

__all__ = [
    "IndicatorReport",
    "IndicatorRow",
    "IndicatorTable",
    "ObjectiveSection",
    "Period",
    "PeriodKind",
    "compute_indicators",
    "trace_export",
]


@dataclass(frozen=True)
class IndicatorRow:
    key: str
    label: str
    current: Cell
    previous: Cell

    @property
    def change(self) -> str:
        """The change from the previous period (``+3``, ``−2``, ``=``), or ``""`` when
        either value is hidden."""
        if self.current.value is None or self.previous.value is None:
            return ""
        diff = self.current.value - self.previous.value
        if abs(diff) < 0.05:
            return "="
        text = Cell(abs(diff), hours=self.current.hours).text
        return ("+" if diff > 0 else "\u2212") + text


@dataclass(frozen=True)
class IndicatorTable:
    code: str
    section: str
    title: str
    rows: tuple[IndicatorRow, ...]
    total: IndicatorRow | None = None
    note: str = ""
    #: how a person would rather look at it: "bar", "pie" or "" (a table is enough)
    chart: str = ""


@dataclass(frozen=True)
class ObjectiveSection:
    """A funder's objective and the values of its indicators for the period: the
    tables and rows of the report itself, so suppressed exactly as they are."""

    objective: ObjectiveView
    tables: tuple[IndicatorTable, ...]


@dataclass(frozen=True)
class IndicatorReport:
    """Everything the indicators page, the PDF and the CSV show."""

    service_name: str
    period: Period
    previous: Period
    generated_on: date
    tables: tuple[IndicatorTable, ...]
    rule: str
    letterhead: Letterhead
    #: the service's PSSP/PCS objectives, each with its indicators (in the set order)
    objectives: tuple[ObjectiveSection, ...] = ()

    def table(self, code: str) -> IndicatorTable:
        return next(t for t in self.tables if t.code == code)


# -- building the tables -----------------------------------------------------------------


@dataclass
class _Column:
    """One period's values of one table, with what is hidden."""

    values: list[int]
    hidden: list[Hidden]
    total_hidden: Hidden


def _keys(spec: Spec, labels: dict[str, str], cur: Counter[str], prev: Counter[str]) -> list[str]:
    present = {k for k, v in (cur + prev).items() if v}
    keys = [k for k in labels if spec.keep_zero_rows or k in present]
    keys += sorted(k for k in present if k not in labels and k != UNKNOWN)
    if UNKNOWN in present:
        keys.append(UNKNOWN)
    return keys


def _column(spec: Spec, keys: list[str], values: Counter[str]) -> _Column:
    row = [int(values.get(k, 0)) for k in keys]
    hidden, total_hidden = suppress(row, with_total=spec.with_total)
    return _Column(row, hidden, total_hidden)


def _link_headlines(columns: dict[str, _Column], keys: dict[str, list[str]]) -> None:
    """A table splitting a headline shows the same total: hide them together."""
    for headline in HEADLINE_TABLES:
        head = columns[headline]
        for i, key in enumerate(keys[headline]):
            linked = [s.code for s in SPECS if s.total_of == key]
            hidden = head.hidden[i] is not Hidden.NO or any(
                columns[c].total_hidden is not Hidden.NO for c in linked
            )
            if not hidden:
                continue
            if head.hidden[i] is Hidden.NO:
                head.hidden[i] = Hidden.COMPLEMENT
            for c in linked:
                column = columns[c]
                if column.total_hidden is Hidden.NO:
                    column.total_hidden = Hidden.COMPLEMENT
                # with every cell shown, their sum would give the hidden total back
                shown = [j for j, h in enumerate(column.hidden) if h is Hidden.NO]
                if len(shown) == len(column.hidden):
                    nonzero = [j for j in shown if column.values[j] > 0]
                    if nonzero:
                        pick = min(nonzero, key=lambda j: (column.values[j], j))
                        column.hidden[pick] = Hidden.COMPLEMENT


def _occupancy_table(cur: Measures, prev: Measures) -> IndicatorTable:
    """Months occupied over months available, per unit: a place, not people, so
    nothing is suppressed (the stays and people housed are, above)."""
    names = {**prev.network.unit_names, **cur.network.unit_names}

    def month_cell(occ: Occupancy | None) -> Cell:
        if occ is None or not occ.nights_available:
            return Cell(0.0, hours=True, months_of=0.0)
        return Cell(occ.months_occupied, hours=True, months_of=occ.months_available)

    def together(measures: Measures) -> Occupancy | None:
        parts = list(measures.network.occupancy.values())
        if not parts:
            return None
        return Occupancy(
            nights_occupied=sum(p.nights_occupied for p in parts),
            nights_available=sum(p.nights_available for p in parts),
            period_nights=sum(p.period_nights for p in parts),
            period_months=sum(p.period_months for p in parts),
        )

    rows = tuple(
        IndicatorRow(
            key,
            names[key],
            month_cell(cur.network.occupancy.get(key)),
            month_cell(prev.network.occupancy.get(key)),
        )
        for key in sorted(names, key=lambda k: names[k])
    )
    total = None
    if len(rows) > 1:
        total = IndicatorRow(
            "total",
            tr("Ensemble des logements"),
            month_cell(together(cur)),
            month_cell(together(prev)),
        )
    return IndicatorTable(
        "housing_occupancy",
        tr(HOUSING),
        tr("Occupation des logements d'urgence"),
        rows,
        total,
        tr(
            "Mois occupés sur mois de disponibilité du logement pendant la période "
            "(une période en cours s'arrête à aujourd'hui). "
        )
        + counting_rule(),
        "bar",
    )


def _mirror_hours(counts: _Column, minutes: list[int]) -> _Column:
    hidden = [Hidden.NO if h is Hidden.NO else Hidden.COMPLEMENT for h in counts.hidden]
    total = Hidden.NO if counts.total_hidden is Hidden.NO else Hidden.COMPLEMENT
    return _Column(minutes, hidden, total)


def _cells(column: _Column, *, hours: bool = False) -> tuple[list[Cell], Cell]:
    scale = 60.0 if hours else 1.0
    cells = [
        cell(v / scale, h, hours=hours) for v, h in zip(column.values, column.hidden, strict=True)
    ]
    return cells, cell(sum(column.values) / scale, column.total_hidden, hours=hours)


def _row_label(labels: dict[str, str], key: str) -> str:
    if key == UNKNOWN:
        return tr(UNKNOWN_LABEL)
    return labels.get(key, key)


def _table(
    spec: Spec,
    keys: list[str],
    labels: dict[str, str],
    cur: _Column,
    prev: _Column,
    *,
    hours: bool = False,
) -> IndicatorTable:
    cur_cells, cur_total = _cells(cur, hours=hours)
    prev_cells, prev_total = _cells(prev, hours=hours)
    rows = tuple(
        IndicatorRow(k, _row_label(labels, k), c, p)
        for k, c, p in zip(keys, cur_cells, prev_cells, strict=True)
    )
    total = IndicatorRow("total", tr("Total"), cur_total, prev_total) if spec.with_total else None
    return IndicatorTable(
        spec.code, tr(spec.section), tr(spec.title), rows, total, tr(spec.note), spec.chart
    )


def _build(session: Session, cur: Measures, prev: Measures) -> tuple[IndicatorTable, ...]:
    labels: dict[str, dict[str, str]] = {}
    keys: dict[str, list[str]] = {}
    columns: dict[str, tuple[_Column, _Column]] = {}
    for spec in SPECS:
        labels[spec.code] = spec.labels(session)
        keys[spec.code] = _keys(spec, labels[spec.code], spec.values(cur), spec.values(prev))
        columns[spec.code] = (
            _column(spec, keys[spec.code], spec.values(cur)),
            _column(spec, keys[spec.code], spec.values(prev)),
        )
    for side in (0, 1):
        _link_headlines({code: pair[side] for code, pair in columns.items()}, keys)
    tables: list[IndicatorTable] = []
    for spec in SPECS:
        tables.append(_table(spec, keys[spec.code], labels[spec.code], *columns[spec.code]))
        if spec.code == "followups_by_kind":
            fkeys = keys[spec.code]
            hours = [
                _mirror_hours(
                    columns[spec.code][side], [m.minutes_by_kind.get(k, 0) for k in fkeys]
                )
                for side, m in ((0, cur), (1, prev))
            ]
            tables.append(_table(HOURS, fkeys, labels[spec.code], *hours, hours=True))
        if spec.code == "housing":
            tables.append(_occupancy_table(cur, prev))
    return tuple(tables)


def _indicator(tables: dict[str, IndicatorTable], code: str) -> IndicatorTable | None:
    """The table of catalogue code ``code``, or the one row ``table.row`` as a table."""
    if code in tables:
        return tables[code]
    table_code, _, row_key = code.partition(".")
    table = tables.get(table_code)
    if table is None or not row_key:
        return None
    row = next((r for r in table.rows if r.key == row_key), None)
    if row is None:
        return None
    return IndicatorTable(code, table.section, row.label, (row,), None, table.note, "")


def _objective_sections(
    session: Session, tables: tuple[IndicatorTable, ...]
) -> tuple[ObjectiveSection, ...]:
    by_code = {t.code: t for t in tables}
    sections = []
    for objective in _objectives(session):
        found = (_indicator(by_code, code) for code in objective.indicators)
        sections.append(ObjectiveSection(objective, tuple(t for t in found if t is not None)))
    return tuple(sections)


def compute_indicators(session: Session, actor: UserSession, period: Period) -> IndicatorReport:
    """The indicators of ``period`` compared with the period before, suppressed.

    Coordination only (``statistics.read``). Reads, writes nothing."""
    require(actor, Perm.STATISTICS_READ)
    previous = period.previous()
    tables = _build(session, measure(session, period), measure(session, previous))
    return IndicatorReport(
        service_name=actor.service_name,
        period=period,
        previous=previous,
        generated_on=clock.today(),
        tables=tables,
        rule=rule_text(),
        letterhead=service_letterhead(session),
        objectives=_objective_sections(session, tables),
    )


def trace_export(session: Session, actor: UserSession, period: Period, fmt: str) -> None:
    """Trace an export of the indicators (``fmt``: "pdf" or "csv") before it leaves.

    Checked like reading them; the caller commits."""
    require(actor, Perm.STATISTICS_READ)
    audit.record(
        session,
        actor,
        audit.Action.EXPORT,
        object_type="indicators",
        detail=f"{fmt};{period.start.isoformat()};{period.end.isoformat()}",
    )
