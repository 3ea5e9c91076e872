"""Preparing, drawing and recording documents in one place (for the UI, CLI and tests).

Core decides what a document says; this module draws it and, when issuing,
records it in the caller's transaction: the PDF bytes and the register line
are committed together or not at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from app.core.auth import UserSession
from app.core.document_content import LetterContent, ReportContent, remember_signature_function
from app.core.issued import IssuedRef, issue
from app.core.letters import (
    AttestationRequest,
    LetterRequest,
    PreparedDocument,
    prepare_attestation,
    prepare_orientation_letter,
)
from app.core.person_documents import (
    AccessRequest,
    prepare_access_summary,
    prepare_departure_plan,
)
from app.core.templates import DocumentKind
from app.documents.access_summary import render_access_summary
from app.documents.attestation import render_attestation
from app.documents.departure_plan_pdf import render_departure_plan
from app.documents.orientation_letter import render_letter
from app.i18n import writing_in

_RENDERERS: dict[DocumentKind, Callable[..., bytes]] = {
    DocumentKind.ORIENTATION: render_letter,
    DocumentKind.ATTESTATION: render_attestation,
    DocumentKind.DEPARTURE_PLAN: render_departure_plan,
    DocumentKind.ACCESS_SUMMARY: render_access_summary,
}


def render(prepared: PreparedDocument) -> bytes:
    """Draw a prepared document (nothing is recorded), in its language: the fixed
    texts of the page (headings, footer) too are the partner's for a letter."""
    content = prepared.content
    assert isinstance(content, LetterContent | ReportContent)
    with writing_in(prepared.language):
        return _RENDERERS[prepared.kind](content)


def _issue(session: Session, actor: UserSession, prepared: PreparedDocument) -> IssuedRef:
    return issue(session, actor, prepared, lambda _content: render(prepared))


def preview_letter(session: Session, actor: UserSession, request: LetterRequest) -> bytes:
    """The orientation letter as it would be issued (refused without consent or override)."""
    return render(prepare_orientation_letter(session, actor, request))


def issue_letter(session: Session, actor: UserSession, request: LetterRequest) -> IssuedRef:
    """Issue an orientation letter: PDF and register line in the caller's transaction."""
    ref = _issue(session, actor, prepare_orientation_letter(session, actor, request))
    if request.signature_function.strip():
        remember_signature_function(session, actor, request.signature_function)
    return ref


def preview_attestation(session: Session, actor: UserSession, request: AttestationRequest) -> bytes:
    return render(prepare_attestation(session, actor, request))


def issue_attestation(
    session: Session, actor: UserSession, request: AttestationRequest
) -> IssuedRef:
    return _issue(session, actor, prepare_attestation(session, actor, request))


def preview_departure_plan(session: Session, actor: UserSession, case_id: uuid.UUID) -> bytes:
    return render(prepare_departure_plan(session, actor, case_id))


def issue_departure_plan(session: Session, actor: UserSession, case_id: uuid.UUID) -> IssuedRef:
    return _issue(session, actor, prepare_departure_plan(session, actor, case_id))


def preview_access_summary(session: Session, actor: UserSession, request: AccessRequest) -> bytes:
    return render(prepare_access_summary(session, actor, request))


def issue_access_summary(session: Session, actor: UserSession, request: AccessRequest) -> IssuedRef:
    return _issue(session, actor, prepare_access_summary(session, actor, request))
