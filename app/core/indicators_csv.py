"""The indicators as a CSV that Excel opens in Belgium (UTF-8 with BOM, ``;``).

One line per category: section, indicator, category, the period, the period
before, the change. Hidden cells read "< 5" or "masqué", as on screen; the
suppression rule is the first and the last line of the file.
"""

from __future__ import annotations

import io

from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.indicators import IndicatorReport, Period, compute_indicators, trace_export
from app.core.spreadsheet_csv import SpreadsheetWriter
from app.i18n import tr


def _change(text: str) -> str:
    # a leading "+" would be neutralised as a formula ("'+8"): arrows read better
    if text.startswith("+"):
        return "\u25b2 " + text[1:]
    if text.startswith("\u2212"):
        return "\u25bc " + text[1:]
    return text


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
    for table in report.tables:
        rows = (*table.rows, *((table.total,) if table.total else ()))
        for row in rows:
            writer.writerow(
                [
                    table.section,
                    table.title,
                    row.label,
                    row.current.text,
                    row.previous.text,
                    _change(row.change),
                ]
            )
    writer.writerow([report.rule])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_indicators_csv(session: Session, actor: UserSession, period: Period) -> bytes:
    """The indicators of ``period`` as CSV, traced as an export (the caller commits)."""
    report = compute_indicators(session, actor, period)
    trace_export(session, actor, period, "csv")
    return indicators_csv(report)
