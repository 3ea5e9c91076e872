"""Preview → issue → print or save, the same way for every document of a case.

``preview`` and ``issue`` run on the worker thread; the issued PDF replaces the
preview in the same dialog. Printing and saving are traced in the audit trail.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from app.core import audit
from app.core.auth import UserSession
from app.core.issued import IssuedRef, trace_output
from app.i18n import tr
from app.ui.documents.preview import PdfPreviewDialog
from app.ui.messages import error_text, show_error
from app.ui.operations import Tx
from app.ui.workspace import Workspace

Preview = Callable[[Tx, UserSession], bytes]
Issue = Callable[[Tx, UserSession], IssuedRef]


def trace(workspace: Workspace, document_id: uuid.UUID, action: str) -> None:
    vault, actor = workspace.vault, workspace.session

    def write() -> None:
        with vault.require_db().session() as s, s.begin():
            trace_output(s, actor, document_id, action)

    workspace.tasks.run(write, None, lambda _exc: None)


def show_issued(
    parent, workspace: Workspace, document_id: uuid.UUID, pdf: bytes, title: str, name: str
) -> PdfPreviewDialog:
    """An issued document (from the register): print and save, traced."""
    dialog = PdfPreviewDialog(pdf, title, parent, suggested_name=name)
    dialog.printed.connect(lambda: trace(workspace, document_id, audit.Action.DOCUMENT_PRINTED))
    dialog.saved.connect(lambda _p: trace(workspace, document_id, audit.Action.DOCUMENT_SAVED))
    dialog.open()
    return dialog


def preview_then_issue(
    parent,
    workspace: Workspace,
    *,
    title: str,
    name: str,
    preview: Preview,
    issue: Issue,
    on_issued: Callable[[uuid.UUID], None],
    on_refused: Callable[[BaseException], None] | None = None,
    note: str = "",
) -> None:
    """Build the preview in the background, show it, issue when asked."""
    vault, actor = workspace.vault, workspace.session

    def build() -> bytes:
        with vault.require_db().session() as s:
            return preview(s, actor)

    def shown(pdf: bytes) -> None:
        dialog = PdfPreviewDialog(
            pdf,
            title,
            parent.window(),
            issuable=True,
            note=note or tr("Aperçu : relisez avant d'émettre. Rien n'est encore enregistré."),
            suggested_name=name,
        )
        state: dict[str, uuid.UUID] = {}

        def issue_now() -> None:
            def write() -> IssuedRef:
                with vault.require_db().session() as s, s.begin():
                    return issue(s, actor)

            def issued(ref: IssuedRef) -> None:
                state["id"] = ref.id
                dialog.set_issued(
                    ref.pdf,
                    tr("Document émis et enregistré dans le dossier. Vous pouvez l'imprimer."),
                )
                on_issued(ref.id)

            workspace.tasks.run(
                write, issued, lambda exc: dialog.show_error(error_text(exc)), owner=dialog
            )

        dialog.issue_requested.connect(issue_now)
        dialog.printed.connect(
            lambda: state.get("id") and trace(workspace, state["id"], audit.Action.DOCUMENT_PRINTED)
        )
        dialog.saved.connect(
            lambda _p: (
                state.get("id") and trace(workspace, state["id"], audit.Action.DOCUMENT_SAVED)
            )
        )
        dialog.open()

    def refused(exc: BaseException) -> None:
        if on_refused is not None:
            on_refused(exc)
        else:
            show_error(parent.window(), error_text(exc))

    workspace.tasks.run(build, shown, refused, owner=parent)


def suggested_file(kind: str, reference: str) -> str:
    """A file name without any personal data: ``orientation-2026-0042-03.pdf``."""
    return f"{kind}-{reference.replace('/', '-')}.pdf"
