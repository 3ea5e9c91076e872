"""The attestation that the person is followed by the service (handed to her)."""

from __future__ import annotations

from app.core.document_content import LetterContent
from app.documents.orientation_letter import render_letter
from app.i18n import tr


def render_attestation(content: LetterContent) -> bytes:
    """The attestation as PDF bytes: letterhead, centred title, text, place, signature."""
    return render_letter(content, pdf_title=tr("Attestation"))
