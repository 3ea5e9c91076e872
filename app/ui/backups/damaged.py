"""« Restaurer cette sauvegarde… » on the unlock screen, when the vault cannot be opened.

The vault is damaged, so its own key slots may not help: the key comes from
the backup's keyring, opened with a coordinator's login and the passphrase
valid at the backup's date (:func:`app.core.restore.restore_when_damaged`, the
same path as ``balise restore``). The damaged files are moved aside, never
deleted; later erasures are applied again; the restored vault is left locked
and the unlock screen says what date it goes back to.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.backups import when_text
from app.core.restore import RestoreOutcome, restore_when_damaged
from app.i18n import tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.storage.backups import BackupInfo
from app.storage.vault import Vault
from app.ui.messages import error_text
from app.ui.tasks import TaskRunner
from app.ui.widgets import BusyIndicator, ErrorLabel, PassphraseField, fit_to_screen, label


def restored_message(outcome: RestoreOutcome) -> str:
    """What the unlock screen says after the restore: the date the vault goes back
    to, the erasures applied again, where the damaged vault is."""
    if outcome.reapplied:
        erasures = tr(
            "{n} effacement(s) fait(s) après cette date ont été appliqués à nouveau : "
            "rien de ce qui avait été effacé n'est revenu."
        ).format(n=outcome.reapplied)
    else:
        erasures = tr(
            "Le registre des effacements a été relu : aucun effacement n'avait été fait "
            "après cette date."
        )
    return tr(
        "Le coffre a été restauré : il revient à la sauvegarde du {quand}, et ce qui "
        "avait été enregistré après n'y est plus. {effacements} Le coffre endommagé a "
        "été mis de côté dans « {chemin} » (rien n'a été supprimé). Déverrouillez avec "
        "la phrase de passe valable à la date de la sauvegarde."
    ).format(
        quand=when_text(outcome.backup.taken_at),
        effacements=erasures,
        chemin=str(outcome.set_aside),
    )


class RestoreDamagedDialog(QDialog):
    """Asks a coordinator's login and passphrase of the backup's date, then restores."""

    #: the :class:`~app.core.restore.RestoreOutcome`; the vault is locked again
    restored = Signal(object)

    def __init__(
        self,
        vault: Vault,
        tasks: TaskRunner,
        backup: BackupInfo,
        *,
        kdf: KdfPolicy = PRODUCTION,
        login: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.tasks = tasks
        self.backup = backup
        self.kdf = kdf
        self._busy = False
        self.setWindowTitle(tr("Restaurer une sauvegarde"))
        self.setModal(True)
        when = when_text(backup.taken_at)

        self.login = QLineEdit(login)
        self.login.setAccessibleName(tr("Identifiant"))
        self.passphrase = PassphraseField()
        self.passphrase.setAccessibleName(tr("Phrase de passe à la date de la sauvegarde"))
        login_label = QLabel(tr("&Identifiant :"))
        login_label.setBuddy(self.login)
        pass_label = QLabel(tr("&Phrase de passe :"))
        pass_label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.addRow(login_label, self.login)
        form.addRow(pass_label, self.passphrase)

        self.busy = BusyIndicator()
        self.error = ErrorLabel()
        self.restore_button = QPushButton(tr("&Restaurer"))
        self.restore_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Annuler"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.login.returnPressed.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        title = tr("Restaurer la sauvegarde du {quand}").format(quand=when)
        layout.addWidget(label(title, "title"))
        layout.addWidget(
            label(
                tr(
                    "Cette sauvegarde vérifiée va remplacer le coffre endommagé : ce qui a "
                    "été enregistré après le {quand} sera perdu. Le coffre endommagé n'est "
                    "pas supprimé : il est mis de côté dans le dossier du coffre. Les "
                    "effacements faits après cette date seront appliqués à nouveau."
                ).format(quand=when)
            )
        )
        layout.addWidget(
            label(
                tr(
                    "Identifiez-vous avec un compte de coordination et la phrase de passe "
                    "valable à la date de la sauvegarde (celle d'avant un éventuel "
                    "changement)."
                ),
                "muted",
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 600, 330)
        (self.passphrase if login else self.login).setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.login, self.passphrase, self.restore_button, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(tr("Restauration et vérification en cours…"))
        else:
            self.busy.stop()

    def submit(self) -> None:
        if self._busy:
            return
        login, passphrase = self.login.text().strip(), self.passphrase.text()
        if not login:
            self.error.show_message(tr("Tapez votre identifiant."))
            self.login.setFocus()
            return
        if not passphrase:
            self.error.show_message(tr("Tapez la phrase de passe valable à cette date."))
            self.passphrase.setFocus()
            return
        vault, path, kdf = self.vault, self.backup.path, self.kdf

        def work() -> RestoreOutcome:
            return restore_when_damaged(vault, path, login, passphrase, kdf=kdf)

        self.error.show_message(None)
        self._set_busy(True)
        self.tasks.run(work, self._done, self._failed, owner=self)

    def _done(self, outcome: RestoreOutcome) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.accept()
        self.restored.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.error.show_message(error_text(exc))
        self.passphrase.setFocus()

    def reject(self) -> None:
        if not self._busy:  # a restore runs to its end
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
