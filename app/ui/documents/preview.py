"""The PDF preview dialog: look, then issue; print or save a copy once issued."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.i18n import tr
from app.ui.documents.pdf_view import PdfView, ask_and_print, ask_and_save
from app.ui.widgets import ErrorLabel, label


class PdfPreviewDialog(QDialog):
    """Shows a PDF kept in memory.

    In preview mode (``issuable``) the only action is "Émettre": printing and
    saving come after, so that everything that leaves the vault is recorded.
    """

    issue_requested = Signal()
    printed = Signal()
    saved = Signal(object)  # Path

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
        self.resize(820, 900)
        self.view.show_pdf(pdf)
        self._set_mode(issuable)

    def _set_mode(self, issuable: bool) -> None:
        self.issuable = issuable
        self.issue_button.setVisible(issuable)
        self.issue_button.setEnabled(issuable)
        for button in (self.print_button, self.save_button):
            button.setEnabled(not issuable)
            button.setToolTip(tr("Émettez d'abord le document.") if issuable else "")
        (self.issue_button if issuable else self.print_button).setDefault(True)

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
        if ask_and_print(self, self.view.document, tr("Imprimer le document")):
            self.printed.emit()

    def save_copy(self) -> None:
        if self.issuable:
            return
        path: Path | None = ask_and_save(self, self.pdf, self.suggested_name)
        if path is not None:
            self.saved.emit(path)

    def done(self, result: int) -> None:
        self.view.clear_pdf()
        self.pdf = b""
        super().done(result)
