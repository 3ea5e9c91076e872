"""After opening with a one-time code: the user chooses their own passphrase
before anything else. Cancelling locks the vault again."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from app.core import accounts
from app.core.auth import UserSession
from app.i18n import tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.storage.vault import Vault
from app.ui.messages import error_text
from app.ui.passphrase_form import NewPassphraseForm
from app.ui.tasks import TaskRunner
from app.ui.widgets import BusyIndicator, label


class FirstPassphraseDialog(QDialog):
    """Mandatory: accepted once the new passphrase replaced the one-time code."""

    def __init__(
        self,
        vault: Vault,
        session: UserSession,
        tasks: TaskRunner,
        *,
        kdf: KdfPolicy = PRODUCTION,
        timeout_ms: int = 5 * 60_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.session = session
        self.tasks = tasks
        self.kdf = kdf
        self._busy = False
        self.setWindowTitle(tr("Choisir ma phrase de passe"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.form = NewPassphraseForm()
        self.busy = BusyIndicator()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Enregistrer et ouvrir"))
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("Annuler et &verrouiller")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(label(tr("Bienvenue, {name}").format(name=session.full_name), "subtitle"))
        layout.addWidget(
            label(
                tr(
                    "Vous avez ouvert Balise avec un code à usage unique. Choisissez maintenant "
                    "votre propre phrase de passe : le code cessera de fonctionner. Ne la "
                    "communiquez à personne, pas même à la coordination."
                )
            )
        )
        layout.addWidget(self.form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)
        # Left open without a passphrase chosen: the vault locks like any idle screen.
        self.timeout = QTimer(self)
        self.timeout.setSingleShot(True)
        self.timeout.setInterval(max(1, timeout_ms))
        self.timeout.timeout.connect(self._expired)
        self.timeout.start()
        self.form.passphrase.setFocus()

    def submit(self) -> None:
        if self._busy or self.form.problem():
            return
        vault, kdf, login, new = self.vault, self.kdf, self.session.login, self.form.value()
        self._set_busy(True)
        self.tasks.run(
            lambda: accounts.choose_passphrase(vault, login, new, new, kdf=kdf),
            self._done,
            self._failed,
            owner=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.form.set_enabled(not busy)
        self.ok.setEnabled(not busy)
        if busy:
            self.busy.start(tr("Enregistrement de votre phrase de passe…"))
        else:
            self.busy.stop()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.form.error.show_message(error_text(exc))

    def _expired(self) -> None:
        if not self._busy:
            self.reject()

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def done(self, result: int) -> None:
        self.timeout.stop()
        self.form.clear()
        super().done(result)
