"""The service's letterhead (first page) and compact header (following pages)."""

from __future__ import annotations

import io
import logging

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.core.document_content import Letterhead
from app.documents.fonts import BOLD, REGULAR
from app.documents.layout import ACCENT, GREY, LEFT, PAGE_HEIGHT, PAGE_WIDTH, RIGHT, RULE
from app.i18n import tr

log = logging.getLogger(__name__)

#: the letterhead takes the top of the first page down to this line
LETTERHEAD_BOTTOM = 40 * mm
LOGO_BOX = 24 * mm


def _logo(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        return ImageReader(io.BytesIO(data))
    except Exception:  # a damaged logo must not stop a letter
        log.warning("Service logo unreadable; letter printed without it")
        return None


def draw_letterhead(canvas: Canvas, head: Letterhead) -> None:
    """Logo, service name, address and contact lines, and a thin rule."""
    canvas.saveState()
    top = PAGE_HEIGHT - 15 * mm
    x = LEFT
    logo = _logo(head.logo)
    if logo is not None:
        width, height = logo.getSize()
        scale = min(LOGO_BOX / width, LOGO_BOX / height)
        w, h = width * scale, height * scale
        canvas.drawImage(logo, LEFT, top - h, w, h, mask="auto")
        x = LEFT + w + 6 * mm
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 13)
    canvas.drawString(x, top - 11, head.name)
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 9)
    y = top - 25
    for line in head.address_lines:
        canvas.drawString(x, y, line)
        y -= 11.5
    phone = tr("Tél. {phone}").format(phone=head.phone) if head.phone else ""
    contact = "   ".join(p for p in (phone, head.email) if p)
    if contact:
        canvas.drawString(x, y, contact)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(
        LEFT, PAGE_HEIGHT - LETTERHEAD_BOTTOM, PAGE_WIDTH - RIGHT, PAGE_HEIGHT - LETTERHEAD_BOTTOM
    )
    canvas.restoreState()


def draw_compact_header(canvas: Canvas, name: str, reference: str) -> None:
    """Service name and reference at the top of the following pages."""
    canvas.saveState()
    y = PAGE_HEIGHT - 14 * mm
    canvas.setFont(BOLD, 9)
    canvas.setFillColor(ACCENT)
    canvas.drawString(LEFT, y, name)
    if reference:
        canvas.setFont(REGULAR, 8.5)
        canvas.setFillColor(GREY)
        canvas.drawRightString(PAGE_WIDTH - RIGHT, y, reference)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(LEFT, y - 4 * mm, PAGE_WIDTH - RIGHT, y - 4 * mm)
    canvas.restoreState()
