"""The summary of the person's data for her right of access (GDPR art. 15)."""

from __future__ import annotations

from app.core.document_content import ReportContent
from app.documents.report import render_report
from app.i18n import tr


def render_access_summary(content: ReportContent) -> bytes:
    """The access summary as PDF bytes, on the service's letterhead."""
    return render_report(content, pdf_title=tr("Résumé"))
