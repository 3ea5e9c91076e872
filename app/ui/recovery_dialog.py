"""Forgotten passphrase: the recovery code opens the vault, then a new passphrase is set."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core import auth
from app.i18n import tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.storage.vault import Vault
from app.ui.messages import error_text
from app.ui.passphrase_form import NewPassphraseForm
from app.ui.tasks import TaskRunner
from app.ui.widgets import BusyIndicator, ErrorLabel, label
from app.ui.workspace import Unlocked, read_settings


class RecoveryDialog(QDialog):
    """Step 1: login + recovery code. Step 2: the new passphrase, twice."""

    unlocked = Signal(object)

    def __init__(
        self,
        vault: Vault,
        tasks: TaskRunner,
        *,
        kdf: KdfPolicy = PRODUCTION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.kdf = kdf
        self._session: auth.UserSession | None = None
        self._busy = False
        self.setWindowTitle(tr("Utiliser le code de récupération"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.login = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"))
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        step1 = QWidget()
        form = QFormLayout(step1)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        form.addRow(
            label(
                tr(
                    "Tapez votre identifiant et le code de récupération imprimé lors de la "
                    "création du coffre (les tirets et les espaces ne comptent pas)."
                )
            )
        )
        for text, widget in ((tr("&Identifiant :"), self.login), (tr("&Code :"), self.code)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)

        self.form = NewPassphraseForm()
        step2 = QWidget()
        step2_layout = QVBoxLayout(step2)
        step2_layout.setContentsMargins(0, 0, 0, 0)
        step2_layout.addWidget(
            label(tr("Le code est correct. Choisissez votre nouvelle phrase de passe."), "subtitle")
        )
        step2_layout.addWidget(self.form)

        self.steps = QStackedWidget()
        self.steps.addWidget(step1)
        self.steps.addWidget(step2)
        self.error = ErrorLabel()
        self.busy = BusyIndicator()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Vérifier le code"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(lambda _t: self.error.show_message(None))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.steps)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.steps.setEnabled(not busy)
        self.ok.setEnabled(not busy)
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()

    def _submit(self) -> None:
        if self._busy:
            return
        if self.steps.currentIndex() == 0:
            self._check_code()
        else:
            self._set_new_passphrase()

    def _check_code(self) -> None:
        login, code = self.login.text().strip(), self.code.text()
        if not login or not code.strip():
            self.error.show_message(tr("Tapez votre identifiant et le code de récupération."))
            (self.code if login else self.login).setFocus()
            return
        vault, kdf = self.vault, self.kdf
        self.error.show_message(None)
        self._set_busy(True, tr("Vérification du code…"))
        self.tasks.run(
            lambda: auth.unlock_with_recovery(vault, code, login, kdf=kdf),
            self._code_ok,
            self._failed,
            owner=self,
        )

    def _code_ok(self, session: auth.UserSession) -> None:
        self._set_busy(False)
        self._session = session
        self.code.clear()
        self.steps.setCurrentIndex(1)
        self.ok.setText(tr("&Enregistrer et ouvrir"))
        self.form.passphrase.setFocus()

    def _set_new_passphrase(self) -> None:
        if self.form.problem() or self._session is None:
            return
        vault, kdf, login, new = self.vault, self.kdf, self._session.login, self.form.value()

        def work() -> Unlocked:
            auth.reset_passphrase(vault, login, new, new, kdf=kdf)
            return Unlocked(auth.load_user_session(vault, login), read_settings(vault))

        self._set_busy(True, tr("Enregistrement de la nouvelle phrase de passe…"))
        self.tasks.run(work, self._done, self._failed, owner=self)

    def _done(self, result: Unlocked) -> None:
        self._set_busy(False)
        self._session = None
        self.accept()
        self.unlocked.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error.show_message(error_text(exc))

    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted and self._session is not None:
            # Opened with the code but no new passphrase chosen: close it again.
            self.tasks.wait_for_done()
            self.vault.lock()
            self._session = None
        self.code.clear()
        self.form.clear()
        super().done(result)
