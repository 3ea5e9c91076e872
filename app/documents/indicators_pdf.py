"""The indicators report for the funder (PSSP, PCS): letterhead, tables, charts.

The service's PSSP/PCS objectives come first, each with the indicators the
coordination attached to it. Each table shows the period, the period before and
the change; a bar chart
follows the tables a person would rather look at. Hidden cells are not
drawn: a chart never shows what the table hides. The suppression rule opens
the report, closes it and is repeated in every page's footer.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.indicators import (
    IndicatorReport,
    IndicatorTable,
    Period,
    compute_indicators,
    trace_export,
)
from app.documents.fonts import BOLD, REGULAR
from app.documents.layout import (
    ACCENT,
    GREY,
    LEFT,
    LIGHT,
    PAGE_WIDTH,
    RIGHT,
    RULE,
    build_pdf,
    para,
    styles,
)
from app.documents.letterhead import LETTERHEAD_BOTTOM, draw_compact_header, draw_letterhead
from app.i18n import tr

WIDTH = PAGE_WIDTH - LEFT - RIGHT
PREVIOUS_COLOUR = colors.HexColor("#9fb7c4")
_NUMBER_WIDTH = 26 * mm
#: a column of occupancy (« 15,5 mois sur 24 », bold in the total row)
_MONTHS_WIDTH = 36 * mm


def _table(t: IndicatorTable, report: IndicatorReport) -> Table:
    st = styles()
    header = [
        para(t.title, st.label),
        para(report.period.short_label, st.label),
        para(report.previous.short_label, st.label),
        para(tr("Évolution"), st.label),
    ]
    data = [header]
    rows = list(t.rows) + ([t.total] if t.total else [])
    for row in rows:
        data.append([para(row.label, st.value), row.current.text, row.previous.text, row.change])
    months = any(r.current.months_of is not None for r in rows)
    value_width = _MONTHS_WIDTH if months else _NUMBER_WIDTH
    label_width = WIDTH - 2 * value_width - _NUMBER_WIDTH
    widths = [label_width, value_width, value_width, _NUMBER_WIDTH]
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    style = [
        ("FONT", (0, 1), (-1, -1), REGULAR, 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if t.total:
        style.append(("FONT", (0, len(data) - 1), (-1, len(data) - 1), BOLD, 9))
    table.setStyle(TableStyle(style))
    return table


def _chart(t: IndicatorTable, report: IndicatorReport) -> Drawing | None:
    """Bars for the period and the one before; a hidden value is left out (0)."""
    rows = [r for r in t.rows if (r.current.value or 0) > 0 or (r.previous.value or 0) > 0]
    if not t.chart or len(rows) < 2:
        return None
    height = 18 + 13 * len(rows)
    drawing = Drawing(WIDTH, height + 28)
    chart = HorizontalBarChart()
    chart.x, chart.y = 62 * mm, 12
    chart.width, chart.height = WIDTH - 70 * mm, height
    # the first series is drawn at the bottom: put the period on top of each pair
    chart.data = [
        [r.previous.value or 0 for r in reversed(rows)],
        [r.current.value or 0 for r in reversed(rows)],
    ]
    chart.bars[0].fillColor = PREVIOUS_COLOUR
    chart.bars[1].fillColor = ACCENT
    chart.bars.strokeColor = None
    chart.categoryAxis.categoryNames = [r.label[:38] for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.forceZero = True
    drawing.add(chart)
    legend = f"■ {report.period.short_label}    "
    drawing.add(
        String(62 * mm, height + 18, legend, fontName=REGULAR, fontSize=7.5, fillColor=ACCENT)
    )
    drawing.add(
        String(
            62 * mm + 30 * mm,
            height + 18,
            f"■ {report.previous.short_label}   " + tr("(valeurs masquées non dessinées)"),
            fontName=REGULAR,
            fontSize=7.5,
            fillColor=GREY,
        )
    )
    return drawing


def _objectives(report: IndicatorReport) -> list:
    """A section per funder's objective, with its indicators' tables (the same cells
    as further on, so suppressed alike), before the detail of every indicator."""
    st = styles()
    story: list = [para(tr("Objectifs du financeur"), st.heading)]
    for section in report.objectives:
        objective = section.objective
        block: list = [para(objective.heading, st.label)]
        if objective.description:
            block.append(para(objective.description, st.small))
        if not section.tables:
            block.append(para(tr("Aucun indicateur attaché à cet objectif."), st.small))
        story.append(KeepTogether(block))
        for t in section.tables:
            story.append(KeepTogether([_table(t, report), Spacer(1, 3)]))
        story.append(Spacer(1, 6))
    return story


def _story(report: IndicatorReport) -> list:
    st = styles()
    story: list = [
        para(tr("Indicateurs d'activité"), st.title),
        para(
            tr("{period}, comparée à : {previous}").format(
                period=report.period.label, previous=report.previous.label
            ),
            st.body_left,
        ),
        para(tr("Établi le {day}.").format(day=report.generated_on.strftime("%d/%m/%Y")), st.small),
        Spacer(1, 4),
        para(report.rule, st.small),
    ]
    if report.objectives:
        story += _objectives(report)
    section = None
    for t in report.tables:
        block: list = []
        if t.section != section:
            section = t.section
            block.append(para(section, st.heading))
        block.append(_table(t, report))
        if t.note:
            block.append(para(t.note, st.small))
        chart = _chart(t, report)
        story.append(KeepTogether(block))
        if chart is not None:
            story.append(chart)
        story.append(Spacer(1, 6))
    story.append(para(report.rule, st.small))
    return story


def render_indicators(report: IndicatorReport) -> bytes:
    """The report as PDF bytes on the service's letterhead (nothing is traced)."""
    head = report.letterhead

    def first(canvas: Canvas, _doc: object) -> None:
        draw_letterhead(canvas, head)

    def later(canvas: Canvas, _doc: object) -> None:
        draw_compact_header(canvas, head.name, report.period.label)

    return build_pdf(
        _story(report),
        title=tr("Indicateurs d'activité"),
        first_top=LETTERHEAD_BOTTOM + 10 * mm,
        later_top=28 * mm,
        on_first=first,
        on_later=later,
        footer_left=tr("Agrégats sans nom ; effectifs de 1 à 4 affichés « < 5 »."),
    )


def export_indicators_pdf(session: Session, actor: UserSession, period: Period) -> bytes:
    """The indicators of ``period`` as a PDF, traced as an export (the caller commits)."""
    report = compute_indicators(session, actor, period)
    trace_export(session, actor, period, "pdf")
    return render_indicators(report)
