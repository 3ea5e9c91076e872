"""Shared page layout: styles, "1/2" page numbers, neutral metadata, build to bytes."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Paragraph

from app.documents.fonts import BOLD, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm
RIGHT = 20 * mm
ACCENT = colors.HexColor("#24576f")
GREY = colors.HexColor("#5a6570")
LIGHT = colors.HexColor("#eef3f6")
RULE = colors.HexColor("#c9d5dc")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_left: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    subject: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    right: ParagraphStyle
    signature: ParagraphStyle
    address: ParagraphStyle


def styles() -> Styles:
    """The paragraph styles of every document (fonts registered first)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.8)
    return Styles(
        body=ParagraphStyle("body_j", parent=base, alignment=TA_JUSTIFY, spaceAfter=8),
        body_left=ParagraphStyle("body_l", parent=base, alignment=TA_LEFT, spaceAfter=4),
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        label=ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=9.5, leading=12.5),
        value=ParagraphStyle("value", parent=base, fontSize=9.5, leading=12.5),
        subject=ParagraphStyle("subject", parent=base, fontName=BOLD, spaceBefore=4, spaceAfter=12),
        title=ParagraphStyle(
            "title",
            parent=base,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            alignment=TA_CENTER,
            spaceAfter=14,
        ),
        heading=ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        right=ParagraphStyle("right", parent=base, alignment=TA_RIGHT, spaceAfter=10),
        signature=ParagraphStyle("signature", parent=base, leading=14),
        address=ParagraphStyle("address", parent=base, fontSize=11, leading=14.5),
    )


def text(value: str) -> str:
    """Escape text for a Paragraph and keep its line breaks."""
    return escape(value).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


class NumberedCanvas(Canvas):
    """A canvas that writes "page/total" in the footer once the total is known."""

    footer_left = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setFont(REGULAR, 8)
        self.setFillColor(GREY)
        y = 12 * mm
        if self.footer_left:
            self.drawString(LEFT, y, self.footer_left)
        self.drawRightString(PAGE_WIDTH - RIGHT, y, f"{self._pageNumber}/{total}")
        self.restoreState()


def _canvas_class(footer_left: str) -> type[NumberedCanvas]:
    return type("FooterCanvas", (NumberedCanvas,), {"footer_left": footer_left})


PageDrawer = Callable[[Canvas, BaseDocTemplate], None]


def build_pdf(
    story: list,
    *,
    title: str,
    first_top: float,
    later_top: float,
    on_first: PageDrawer | None = None,
    on_later: PageDrawer | None = None,
    footer_left: str = "",
) -> bytes:
    """Lay ``story`` out on A4 and return the PDF bytes.

    ``first_top``/``later_top`` are where the text starts below the top edge on
    the first and following pages (the letterhead and address take room on the
    first). Metadata are neutral: a generic title, no author, no subject, no
    names — a PDF's properties must not tell whom it is about.
    """
    register_fonts()
    buffer = io.BytesIO()
    bottom = 22 * mm
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=later_top,
        bottomMargin=bottom,
        title=title,
        author="",
        subject="",
        creator="",
        producer="",
        keywords="",
    )
    width = PAGE_WIDTH - LEFT - RIGHT

    def frame(top: float, frame_id: str) -> Frame:
        return Frame(
            LEFT,
            bottom,
            width,
            PAGE_HEIGHT - top - bottom,
            id=frame_id,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def noop(_canvas: Canvas, _doc: BaseDocTemplate) -> None:
        return None

    doc.addPageTemplates(
        [
            PageTemplate("first", [frame(first_top, "f1")], onPage=on_first or noop),
            PageTemplate("later", [frame(later_top, "f2")], onPage=on_later or noop),
        ]
    )
    # After the first page, the "later" template applies.
    doc.build([NextPageTemplate("later"), *story], canvasmaker=_canvas_class(footer_left))
    return buffer.getvalue()
