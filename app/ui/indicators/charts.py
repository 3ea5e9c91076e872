"""QtCharts bars for one indicator table: the period and the one before.

A hidden cell ("< 5", "masqué") is not drawn: a chart never shows what the
table hides. Tables with fewer than two values to compare get no chart.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from app.core.indicators import IndicatorReport, IndicatorTable

CURRENT_COLOUR = QColor("#24576f")
PREVIOUS_COLOUR = QColor("#9fb7c4")


def drawable_rows(table: IndicatorTable) -> list:
    """The rows with something visible to draw, in table order."""
    return [r for r in table.rows if (r.current.value or 0) > 0 or (r.previous.value or 0) > 0]


def chart_view(table: IndicatorTable, report: IndicatorReport) -> QChartView | None:
    """A horizontal bar chart of ``table``, or None when a chart would not help."""
    rows = drawable_rows(table)
    if not table.chart or len(rows) < 2:
        return None
    ordered = list(reversed(rows))  # Qt draws the first category at the bottom
    previous = QBarSet(report.previous.short_label)
    previous.setColor(PREVIOUS_COLOUR)
    current = QBarSet(report.period.short_label)
    current.setColor(CURRENT_COLOUR)
    for r in ordered:
        previous.append(r.previous.value or 0)
        current.append(r.current.value or 0)
    series = QHorizontalBarSeries()
    series.append(previous)
    series.append(current)
    chart = QChart()
    chart.addSeries(series)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.setMargins(QMargins(4, 4, 4, 4))
    categories = QBarCategoryAxis()
    categories.append([r.label[:40] for r in ordered])
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = QValueAxis()
    values.setMin(0)
    top = max(max(r.current.value or 0, r.previous.value or 0) for r in rows)
    values.setMax(max(1.0, top * 1.1))
    values.setLabelFormat("%.0f")
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(90 + 34 * len(rows))
    view.setAccessibleName(table.title)
    return view
