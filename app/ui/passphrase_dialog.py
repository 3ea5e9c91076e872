"""Changing one's own passphrase (the old one is required)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.core import auth
from app.errors import WrongPassphrase
from app.i18n import tr
from app.ui.messages import error_text, show_info
from app.ui.passphrase_form import NewPassphraseForm
from app.ui.widgets import BusyIndicator, ErrorLabel, PassphraseField, label
from app.ui.workspace import Workspace


class ChangePassphraseDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("Changer ma phrase de passe"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.current = PassphraseField()
        self.current.setAccessibleName(tr("Phrase de passe actuelle"))
        self.current_error = ErrorLabel()
        self.form = NewPassphraseForm()
        self.busy = BusyIndicator()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("C&hanger"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.current.textChanged.connect(lambda _t: self.current_error.show_message(None))

        current_label = QLabel(tr("Phrase de passe &actuelle :"))
        current_label.setBuddy(self.current)
        top = QFormLayout()
        top.addRow(current_label, self.current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(label(tr("Changer ma phrase de passe"), "subtitle"))
        layout.addLayout(top)
        layout.addWidget(self.current_error)
        layout.addWidget(label(tr("Nouvelle phrase de passe"), "subtitle"))
        layout.addWidget(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def _submit(self) -> None:
        if not self.current.text():
            self.current_error.show_message(tr("Tapez votre phrase de passe actuelle."))
            self.current.setFocus()
            return
        if self.form.problem():
            return
        ws = self.workspace
        login, old, new = ws.session.login, self.current.text(), self.form.value()
        self._set_busy(True)
        ws.tasks.run(
            lambda: auth.change_passphrase(ws.vault, login, old, new, new, kdf=ws.kdf),
            self._done,
            self._failed,
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self.current.setEnabled(not busy)
        self.form.set_enabled(not busy)
        self.ok.setEnabled(not busy)
        if busy:
            self.busy.start(tr("Enregistrement de la nouvelle phrase de passe…"))
        else:
            self.busy.stop()

    def _done(self, _result: object) -> None:
        parent = self.parentWidget()
        self.accept()
        show_info(parent, tr("Votre phrase de passe a été changée."))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.current.clear()
            self.current_error.show_message(
                tr("La phrase de passe actuelle n'est pas la bonne. Réessayez.")
            )
            self.current.setFocus()
        else:
            self.form.error.show_message(error_text(exc))

    def reject(self) -> None:
        if not self.workspace.tasks.is_busy:
            super().reject()

    def done(self, result: int) -> None:
        self.current.clear()
        self.form.clear()
        super().done(result)
