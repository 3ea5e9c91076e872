"""The departure plan printed for the person: a discreet aide-mémoire.

It names neither the service nor violence and carries no reference or
letterhead, so that a sheet found at home reads as an ordinary checklist.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.document_content import ReportContent
from app.documents.report import render_report
from app.i18n import tr


def render_departure_plan(content: ReportContent) -> bytes:
    """The discreet plan as PDF bytes (the letterhead, if any, is dropped)."""
    if content.letterhead is not None or content.reference:
        content = replace(content, letterhead=None, reference="", place_date="")
    return render_report(content, pdf_title=tr("Aide-mémoire"))
