"""Preview → issue → print or save, the same way for every document of a case.

``preview`` and ``issue`` run through the operations helper; the issued PDF
replaces the preview in the same dialog. Printing and saving a copy are traced
in the audit trail *before* the bytes leave: the dialog sends them only once
the entry is committed, and sends nothing when it cannot be written.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from app.core.auth import UserSession
from app.core.issued import IssuedRef, trace_output
from app.i18n import tr
from app.ui.documents.preview import PdfPreviewDialog, Tracer
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.workspace import Workspace

Preview = Callable[[Tx, UserSession], bytes]
Issue = Callable[[Tx, UserSession], IssuedRef]


def output_tracer(
    workspace: Workspace, dialog: PdfPreviewDialog, document: Callable[[], uuid.UUID | None]
) -> Tracer:
    """A :data:`Tracer` that commits the print or copy of ``document()`` first."""

    def trace(action: str, go: Callable[[], None], failed: Callable[[BaseException], None]) -> None:
        document_id, actor = document(), workspace.session
        if document_id is None:  # not issued: nothing may leave
            failed(RuntimeError("output of a document that was not issued"))
            return

        def refused(exc: BaseException) -> bool:
            failed(exc)
            return True  # shown in the dialog, with what did not happen

        workspace.ops.write(
            dialog,
            lambda tx: trace_output(tx, actor, document_id, action),
            lambda _none: go(),
            on_error=refused,
        )

    return trace


def show_issued(
    parent, workspace: Workspace, document_id: uuid.UUID, pdf: bytes, title: str, name: str
) -> PdfPreviewDialog:
    """An issued document (from the register): print and save, traced first."""
    dialog = PdfPreviewDialog(pdf, title, parent, suggested_name=name)
    dialog.set_tracer(output_tracer(workspace, dialog, lambda: document_id))
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
    actor = workspace.session

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
        dialog.set_tracer(output_tracer(workspace, dialog, lambda: state.get("id")))

        def issued(ref: IssuedRef) -> None:
            state["id"] = ref.id
            dialog.set_issued(
                ref.pdf,
                tr("Document émis et enregistré dans le dossier. Vous pouvez l'imprimer."),
            )
            on_issued(ref.id)

        def not_issued(exc: BaseException) -> bool:
            dialog.show_error(error_text(exc))
            return True

        dialog.issue_requested.connect(
            lambda: workspace.ops.write(
                dialog, lambda tx: issue(tx, actor), issued, on_error=not_issued
            )
        )
        dialog.open()

    def refused(exc: BaseException) -> bool:
        if on_refused is None:
            return False  # the helper shows it over the window
        on_refused(exc)
        return True

    workspace.ops.read(parent, lambda tx: preview(tx, actor), shown, on_error=refused)


def suggested_file(kind: str, reference: str) -> str:
    """A file name without any personal data: ``orientation-2026-0042-03.pdf``."""
    return f"{kind}-{reference.replace('/', '-')}.pdf"
