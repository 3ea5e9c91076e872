"""Showing a recovery code once: large, selectable, printable, never saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.ui.widgets import fit_to_screen, label


def print_recovery_code(parent: QWidget, code: str, service_name: str) -> None:
    """Ask for a printer and print the code sheet (a PDF built in memory, never stored)."""
    # Imported here: reportlab and QtPdf are only needed when someone prints.
    from app.documents.recovery_sheet import render_recovery_sheet
    from app.ui.documents.pdf_view import PdfView, ask_and_print

    view = PdfView()  # holds the PDF in memory for the printer, never shown
    try:
        view.show_pdf(render_recovery_sheet(code, service_name))
        ask_and_print(parent, view.document, tr("Imprimer le code de récupération"))
    finally:
        view.clear_pdf()
        view.deleteLater()


class RecoveryCodeView(QWidget):
    """The code, the advice, a print button and the "I wrote it down" checkbox."""

    confirmed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._code = ""
        self.service_name = ""
        intro = label(
            tr(
                "Voici le code de récupération du coffre. Il permet d'ouvrir le coffre "
                "si une phrase de passe est oubliée. Il ne sera plus jamais affiché."
            )
        )
        self.code_label = label("", "code", wrap=False)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.code_label.setAccessibleName(tr("Code de récupération"))
        advice = label(
            tr(
                "Imprimez-le ou recopiez-le à la main, puis rangez-le en lieu sûr, "
                "à part de l'ordinateur portable (par exemple dans une armoire fermée "
                "du service). Ne l'enregistrez pas dans un fichier ni dans un courriel."
            )
        )
        self.print_button = QPushButton(tr("&Imprimer…"))
        self.print_button.clicked.connect(self._print)
        self.confirm = QCheckBox(tr("J'ai &noté le code de récupération en lieu sûr"))
        self.confirm.toggled.connect(self.confirmed_changed)

        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(advice)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.confirm)
        layout.addStretch(1)

    @property
    def code(self) -> str:
        return self._code

    def show_code(self, code: str, service_name: str) -> None:
        self._code = code
        self.service_name = service_name
        self.code_label.setText(code)
        self.confirm.setChecked(False)

    def clear(self) -> None:
        self._code = ""
        self.code_label.clear()
        self.confirm.setChecked(False)

    def _print(self) -> None:
        if self._code:
            print_recovery_code(self, self._code, self.service_name)


class RecoveryCodeDialog(QDialog):
    """Shows a renewed recovery code once; closes only after the checkbox."""

    def __init__(self, code: str, service_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Nouveau code de récupération"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.view = RecoveryCodeView()
        self.view.show_code(code, service_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Terminer"))
        self.buttons.accepted.connect(self.accept)
        self.view.confirmed_changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(label(tr("L'ancien code de récupération ne fonctionne plus."), "subtitle"))
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 420)
        self._update(False)

    def _update(self, confirmed: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(confirmed)

    def reject(self) -> None:
        # Escape or the close button must not lose a code shown only once.
        if self.view.confirm.isChecked():
            super().reject()

    def done(self, result: int) -> None:
        self.view.clear()
        super().done(result)
