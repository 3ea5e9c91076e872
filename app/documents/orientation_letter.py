"""The orientation letter (and the attestation, which shares its layout).

First page: the service's letterhead; on the left the reference and the
worker to contact; on the right the addressee, placed for a window envelope
(DL, window on the right); then place and date, the subject in bold, the
body, the information the person agreed to share, and the signature block.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.core.document_content import LetterContent
from app.documents.fonts import REGULAR
from app.documents.layout import (
    GREY,
    LEFT,
    LIGHT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    RULE,
    Styles,
    build_pdf,
    para,
    styles,
    text,
)
from app.documents.letterhead import draw_compact_header, draw_letterhead
from app.i18n import tr

#: the window of a DL envelope (window on the right), measured from the top-left corner
WINDOW_X = 108 * mm
WINDOW_TOP = 52 * mm
WINDOW_WIDTH = 82 * mm
BODY_TOP_LETTER = 100 * mm
BODY_TOP_TITLED = 70 * mm
LATER_TOP = 28 * mm
SIGNATURE_INDENT = WINDOW_X - LEFT


def _draw_first(content: LetterContent, canvas: Canvas) -> None:
    draw_letterhead(canvas, content.letterhead)
    canvas.saveState()
    y = PAGE_HEIGHT - WINDOW_TOP
    rows = [(tr("Notre référence"), content.reference)]
    if not content.title:  # a letter: whom to call back
        if content.signature is not None:
            rows.append((tr("Votre contact"), content.signature.name))
        if content.letterhead.phone:
            rows.append((tr("Téléphone"), content.letterhead.phone))
        if content.letterhead.email:
            rows.append((tr("E-mail"), content.letterhead.email))
    for label, value in rows:
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(LEFT, y, label.upper())
        canvas.setFont(REGULAR, 9.5)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.drawString(LEFT, y - 11, value)
        y -= 25
    if content.addressee:
        st = styles()
        block = Paragraph("<br/>".join(text(line) for line in content.addressee), st.address)
        _w, h = block.wrap(WINDOW_WIDTH, 45 * mm)
        block.drawOn(canvas, WINDOW_X, PAGE_HEIGHT - WINDOW_TOP - h + 10)
    canvas.restoreState()


def _information(content: LetterContent, st: Styles) -> list:
    if not content.information:
        return []
    rows = [[para(label, st.label), para(value, st.value)] for label, value in content.information]
    width = PAGE_WIDTH - LEFT - RIGHT
    table = Table(rows, colWidths=[48 * mm, width - 48 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    heading = para(content.information_title, st.label)
    return [KeepTogether([heading, Spacer(1, 4), table]), Spacer(1, 10)]


def _signature(content: LetterContent, st: Styles) -> list:
    if content.signature is None:
        return []
    lines = [f"<b>{text(content.signature.name)}</b>"]
    if content.signature.function:
        lines.append(text(content.signature.function))
    lines.append(text(content.letterhead.name))
    block = Table(
        [[Paragraph("<br/>".join(lines), st.signature)]],
        colWidths=[PAGE_WIDTH - RIGHT - WINDOW_X],
        hAlign="RIGHT",
    )
    block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    # room above the name for the handwritten signature
    return [Spacer(1, 8 * mm), block]


def letter_story(content: LetterContent) -> list:
    """The flowables of a letter or an attestation."""
    st = styles()
    story: list = []
    if content.title:
        story.append(para(content.title, st.title))
    else:
        story.append(para(content.place_date, st.right))
        if content.subject:
            story.append(
                Paragraph(
                    "<b>{label}</b> {subject}".format(
                        label=text(tr("Objet :")), subject=text(content.subject)
                    ),
                    st.subject,
                )
            )
    info = _information(content, st)
    at = content.information_at
    paragraphs = list(content.paragraphs)
    # the closing formula stays with the signature (never a signature alone on a page)
    last = para(paragraphs.pop(), st.body) if paragraphs and at != len(paragraphs) else None
    for index, paragraph in enumerate(paragraphs):
        if index == at:
            story.extend(info)
        story.append(para(paragraph, st.body))
    if at < 0 or at >= len(paragraphs):
        story.extend(info)
    closing: list = [last] if last is not None else []
    if content.title:
        closing.append(Spacer(1, 4 * mm))
        closing.append(para(content.place_date, st.right))
    closing.extend(_signature(content, st))
    story.append(KeepTogether(closing))
    return story


def render_letter(content: LetterContent, *, pdf_title: str = "") -> bytes:
    """The letter as PDF bytes (in memory)."""

    def first(canvas: Canvas, _doc: object) -> None:
        _draw_first(content, canvas)

    def later(canvas: Canvas, _doc: object) -> None:
        draw_compact_header(canvas, content.letterhead.name, content.reference)

    return build_pdf(
        letter_story(content),
        title=pdf_title or tr("Courrier"),
        first_top=BODY_TOP_TITLED if content.title else BODY_TOP_LETTER,
        later_top=LATER_TOP,
        on_first=first,
        on_later=later,
        footer_left=tr("Confidentiel — réf. {reference}").format(reference=content.reference),
    )
