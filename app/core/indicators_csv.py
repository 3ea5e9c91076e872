"""The indicators as a CSV that Excel opens in Belgium (UTF-8 with BOM, ``;``).

One line per category: section, indicator, category, the period, the period
before, the change. The funder's objectives come first: their heading
(« PSSP — OS 1.2 : … ») stands in the section column of their indicators' lines.
Hidden cells read "< 5" or "masqué", as on screen; the suppression rule is the
first and the last line of the file.
"""

from __future__ import annotations

import io

from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.indicators import (
    IndicatorReport,
    IndicatorTable,
    Period,
    compute_indicators,
    trace_export,
)
from app.core.spreadsheet_csv import SpreadsheetWriter
from app.i18n import tr


def _change(text: str) -> str:
    # a leading "+" would be neutralised as a formula ("'+8"): arrows read better
    if text.startswith("+"):
        return "\u25b2 " + text[1:]
    if text.startswith("\u2212"):
        return "\u25bc " + text[1:]
    return text


def _table_rows(writer: SpreadsheetWriter, section: str, table: IndicatorTable) -> None:
    rows = (*table.rows, *((table.total,) if table.total else ()))
    for row in rows:
        writer.writerow(
            [
                section,
                table.title,
                row.label,
                row.current.text,
                row.previous.text,
                _change(row.change),
            ]
        )


def indicators_csv(report: IndicatorReport) -> bytes:
    """``report`` as CSV bytes (nothing is traced: see :func:`export_indicators_csv`)."""
    out = io.StringIO()
    writer = SpreadsheetWriter(out)
    writer.writerow([report.rule])
    writer.writerow(
        [
            tr("Service"),
            report.service_name,
            tr("Période"),
            report.period.label,
            tr("Comparée à"),
            report.previous.label,
        ]
    )
    writer.writerow(
        [
            tr("Rubrique"),
            tr("Indicateur"),
            tr("Catégorie"),
            report.period.short_label,
            report.previous.short_label,
            tr("Évolution"),
        ]
    )
    # the funder's objectives first, each with its indicators (the report's own cells)
    for section in report.objectives:
        heading = section.objective.heading
        if not section.tables:
            writer.writerow([heading, tr("Aucun indicateur attaché"), "", "", "", ""])
        for table in section.tables:
            _table_rows(writer, heading, table)
    for table in report.tables:
        _table_rows(writer, table.section, table)
    writer.writerow([report.rule])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_indicators_csv(session: Session, actor: UserSession, period: Period) -> bytes:
    """The indicators of ``period`` as CSV, traced as an export (the caller commits)."""
    report = compute_indicators(session, actor, period)
    trace_export(session, actor, period, "csv")
    return indicators_csv(report)
