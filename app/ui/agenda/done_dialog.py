"""The small dialog asking what happened when an appointment is marked done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.drafts import load_draft, save_draft
from app.i18n import tr
from app.ui.agenda.entries import Entry
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import ErrorLabel, fit_to_screen, label
from app.ui.workspace import Workspace


def draft_key(entry: Entry) -> str:
    return f"followup:done:{entry.followup_id}"


class DoneDialog(QDialog):
    """Asks a short summary; :attr:`summary_given` carries it to be saved.

    The dialog stays open, with the text, until the page reports the save
    (:meth:`saved` or :meth:`save_failed`): a refused write loses nothing typed.
    """

    summary_given = Signal(str)

    def __init__(self, workspace: Workspace, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.entry = entry
        self._saving = False
        self.setWindowTitle(tr("Rendez-vous réalisé"))
        self.setModal(True)
        when = entry.at.strftime("%d/%m/%Y %H:%M") if entry.at else ""
        self.what = label(
            tr("{kind} du {when} — dossier {reference}").format(
                kind=entry.subtitle, when=when, reference=entry.reference
            ),
            "muted",
        )
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(tr("Ce qui a été fait ou dit, en quelques mots."))
        self.summary.setMinimumHeight(100)
        caption = QLabel(tr("&Résumé :"))
        caption.setBuddy(self.summary)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            tr("&Enregistrer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(caption)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 460, 260)
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)

    def start(self) -> None:
        """Show the dialog, offering back a draft left when the vault locked."""
        actor, key = self.workspace.session, draft_key(self.entry)

        def read(tx: Tx) -> str:
            draft = load_draft(tx, actor, key)
            return str(draft.payload.get("summary", "")) if draft else ""

        self.workspace.ops.read(self, read, self._draft_arrived, on_error=self._draft_failed)
        self.open()

    def _draft_arrived(self, text: str) -> None:
        if text and not self.summary.toPlainText().strip():
            self.summary.setPlainText(text)

    def _draft_failed(self, exc: BaseException) -> bool:
        # The summary can still be typed: say that the kept one could not be read.
        self.error.show_message(
            tr("Le brouillon gardé n'a pas pu être relu : {reason}").format(reason=error_text(exc))
        )
        return True

    def _accept(self) -> None:
        text = self.summary.toPlainText().strip()
        if not text:
            self.error.show_message(tr("Résumez ce qui s'est passé."))
            self.summary.setFocus()
            return
        self.error.show_message(None)
        self._saving = True
        self.save_button.setEnabled(False)
        self.summary_given.emit(text)

    def saved(self) -> None:
        """The summary was written: close."""
        self._saving = False
        self.accept()

    def save_failed(self, message: str) -> None:
        """The write was refused: say why, keep the text for another try."""
        self._saving = False
        self.save_button.setEnabled(True)
        self.error.show_message(message)

    def reject(self) -> None:
        if not self._saving:  # Escape during the save would drop its outcome
            super().reject()

    def stash_draft(self) -> None:
        """Before locking: keep the summary typed so far inside the vault."""
        text = self.summary.toPlainText().strip()
        if not text or not self.workspace.vault.is_unlocked:
            return
        actor, key, case_id = self.workspace.session, draft_key(self.entry), self.entry.case_id
        payload, title = {"summary": text}, tr("Résumé d'un rendez-vous")
        self.workspace.ops.write_now(
            lambda tx: save_draft(tx, actor, key, payload, case_id=case_id, title=title)
        )

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Rejected:
            self.summary.clear()  # nothing typed stays in memory after a lock
        super().done(result)
