"""Documents made of sections: label/value rows, paragraphs and tick boxes."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from app.core.document_content import ReportContent, Section
from app.documents.layout import (
    GREY,
    LEFT,
    PAGE_WIDTH,
    RIGHT,
    RULE,
    Styles,
    build_pdf,
    para,
    styles,
)
from app.documents.letterhead import LETTERHEAD_BOTTOM, draw_compact_header, draw_letterhead
from app.i18n import tr

WIDTH = PAGE_WIDTH - LEFT - RIGHT
LABEL_WIDTH = 52 * mm
BOX_EMPTY = "\u2610"  # ☐
BOX_TICKED = "\u2611"  # ☑


def _rows(section: Section, st: Styles) -> Table:
    data = [[para(label, st.label), para(value, st.value)] for label, value in section.rows]
    table = Table(data, colWidths=[LABEL_WIDTH, WIDTH - LABEL_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _checklist(section: Section, st: Styles) -> Table:
    data = [
        [para(BOX_TICKED if ticked else BOX_EMPTY, st.label), para(label, st.value)]
        for ticked, label in section.checklist
    ]
    table = Table(data, colWidths=[7 * mm, WIDTH - 7 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def section_flowables(section: Section, st: Styles) -> list:
    heading = para(section.heading, st.heading)
    parts: list = []
    if section.rows:
        parts.append(_rows(section, st))
    for paragraph in section.paragraphs:
        parts.append(Spacer(1, 3))
        parts.append(para(paragraph, st.body))
    if section.checklist:
        parts.append(_checklist(section, st))
    if not parts and section.empty_note:
        parts.append(para(section.empty_note, st.small))
    if not parts:
        return []
    # the heading never stays alone at the bottom of a page
    return [KeepTogether([heading, parts[0]]), *parts[1:]]


def report_story(content: ReportContent) -> list:
    st = styles()
    story: list = []
    if content.letterhead is not None and content.place_date:
        story.append(para(content.place_date, st.right))
    story.append(para(content.title, st.title))
    if content.subtitle:
        story.append(para(content.subtitle, st.small))
    for paragraph in content.intro:
        story.append(para(paragraph, st.body))
    for section in content.sections:
        story.extend(section_flowables(section, st))
    if content.notes:
        story.append(Spacer(1, 8))
        for note in content.notes:
            story.append(para(note, st.small))
    return story


def render_report(content: ReportContent, *, pdf_title: str) -> bytes:
    """A sectioned document as PDF bytes. Without a letterhead it is discreet:
    no service name, no reference, only the page numbers in the footer."""
    head = content.letterhead

    def first(canvas: Canvas, _doc: object) -> None:
        if head is not None:
            draw_letterhead(canvas, head)
            if content.reference:
                canvas.saveState()
                canvas.setFont(styles().small.fontName, 8.5)
                canvas.setFillColor(GREY)
                canvas.drawString(
                    LEFT,
                    canvas._pagesize[1] - LETTERHEAD_BOTTOM - 6 * mm,
                    tr("Notre référence : {ref}").format(ref=content.reference),
                )
                canvas.restoreState()

    def later(canvas: Canvas, _doc: object) -> None:
        if head is not None:
            draw_compact_header(canvas, head.name, content.reference)

    footer = ""
    if head is not None and content.reference:
        footer = tr("Confidentiel — réf. {reference}").format(reference=content.reference)
    return build_pdf(
        report_story(content),
        title=pdf_title,
        first_top=(LETTERHEAD_BOTTOM + 12 * mm) if head is not None else 20 * mm,
        later_top=28 * mm if head is not None else 20 * mm,
        on_first=first,
        on_later=later,
        footer_left=footer,
    )
