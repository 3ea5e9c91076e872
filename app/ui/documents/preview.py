"""The PDF preview dialog: look, then issue; print or save a copy once issued.

Printing and saving a copy go in three steps: choose (the printer, the file),
trace (the audit entry, written by the screen's :data:`Tracer`), and only when
the trace is written, send the bytes. A trace that fails sends nothing and
says why in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.core import audit
from app.errors import BaliseError
from app.i18n import tr
from app.ui.documents.pdf_view import (
    NotAPrinter,
    PdfView,
    ask_copy_path,
    choose_printer,
    print_document,
    write_copy,
)
from app.ui.messages import error_text
from app.ui.widgets import ErrorLabel, fit_to_screen, label

#: tracer(action, go, failed): write the audit entry for ``action``
#: (``audit.Action.DOCUMENT_PRINTED`` / ``DOCUMENT_SAVED``), then call ``go()``;
#: or call ``failed(error)`` if it could not be written — never both, never neither
Tracer = Callable[[str, Callable[[], None], Callable[[BaseException], None]], None]


class PdfPreviewDialog(QDialog):
    """Shows a PDF kept in memory.

    In preview mode (``issuable``) the only action is "Émettre": printing and
    saving come after, so that everything that leaves the vault is recorded.
    With a ``tracer`` (:meth:`set_tracer`), each print or copy is traced before
    it happens; without one (a template preview on sample data), it is not.
    """

    issue_requested = Signal()
    printed = Signal()  # after the pages were sent
    saved = Signal(object)  # Path, after the copy was written

    def __init__(
        self,
        pdf: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        issuable: bool = False,
        note: str = "",
        suggested_name: str = "document.pdf",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)  # a kind of document, never a person's name
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.tracer: Tracer | None = None
        self._tracing = False
        self.view = PdfView()
        self.note = label(note, "muted")
        self.note.setVisible(bool(note))
        self.error = ErrorLabel()
        self.issue_button = QPushButton(tr("É&mettre le document"))
        self.issue_button.setToolTip(
            tr("Enregistre le document dans le dossier ; il pourra ensuite être imprimé.")
        )
        self.issue_button.clicked.connect(self._issue)
        self.print_button = QPushButton(tr("&Imprimer…"))
        self.print_button.clicked.connect(self.print_now)
        self.save_button = QPushButton(tr("Enregistrer une &copie…"))
        self.save_button.clicked.connect(self.save_copy)
        self.close_button = QPushButton(tr("&Fermer"))
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_now)

        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        fit_to_screen(self, 820, 900)
        self.view.show_pdf(pdf)
        self._set_mode(issuable)

    def set_tracer(self, tracer: Tracer | None) -> None:
        """Trace every print and copy with ``tracer`` before the bytes leave."""
        self.tracer = tracer

    def _set_mode(self, issuable: bool) -> None:
        self.issuable = issuable
        self.issue_button.setVisible(issuable)
        self.issue_button.setEnabled(issuable)
        self._enable_output()
        (self.issue_button if issuable else self.print_button).setDefault(True)

    def _enable_output(self) -> None:
        for button in (self.print_button, self.save_button):
            button.setEnabled(not self.issuable and not self._tracing)
            button.setToolTip(tr("Émettez d'abord le document.") if self.issuable else "")

    def set_issued(self, pdf: bytes, note: str = "") -> None:
        """The document was recorded: show the issued PDF, allow print and save."""
        self.pdf = pdf
        self.view.show_pdf(pdf)
        self.error.show_message(None)
        if note:
            self.note.setText(note)
            self.note.show()
        self._set_mode(False)
        self.print_button.setFocus()

    def show_error(self, message: str) -> None:
        self.issue_button.setEnabled(self.issuable)
        self.error.show_message(message)

    def _issue(self) -> None:
        self.issue_button.setEnabled(False)
        self.issue_requested.emit()

    def print_now(self) -> None:
        if self.issuable or not self.print_button.isEnabled():
            return
        self.error.show_message(None)
        try:
            printer = choose_printer(self, tr("Imprimer le document"))
        except NotAPrinter as exc:
            self.error.show_message(exc.message)
            return
        if printer is None:
            return

        def send() -> None:
            if print_document(self.view.document, printer) > 0:
                self.printed.emit()
            else:
                self.error.show_message(
                    tr("L'impression n'a pas pu commencer. Vérifiez l'imprimante et réessayez.")
                )

        self._traced(audit.Action.DOCUMENT_PRINTED, send)

    def save_copy(self) -> None:
        if self.issuable or not self.save_button.isEnabled():
            return
        self.error.show_message(None)
        path: Path | None = ask_copy_path(self, self.suggested_name)
        if path is None:
            return
        pdf = self.pdf

        def send() -> None:
            try:
                write_copy(path, pdf)
            except BaliseError as exc:
                self.error.show_message(exc.message)
                return
            self.saved.emit(path)

        self._traced(audit.Action.DOCUMENT_SAVED, send)

    def _traced(self, action: str, send: Callable[[], None]) -> None:
        """``send()`` once ``action`` is traced; nothing at all if the trace fails."""
        if self.tracer is None:
            send()
            return
        self._tracing = True
        self._enable_output()

        def go() -> None:
            self._tracing = False
            self._enable_output()
            if self.pdf:  # closed meanwhile: nothing leaves
                send()

        def failed(exc: BaseException) -> None:
            self._tracing = False
            self._enable_output()
            what = (
                tr("Le document n'a pas été imprimé")
                if action == audit.Action.DOCUMENT_PRINTED
                else tr("Aucune copie n'a été enregistrée")
            )
            self.error.show_message(
                tr(
                    "{what} : son passage hors du coffre n'a pas pu être noté au journal. {why}"
                ).format(what=what, why=error_text(exc))
            )

        self.tracer(action, go, failed)

    def done(self, result: int) -> None:
        self.view.clear_pdf()
        self.pdf = b""
        super().done(result)
