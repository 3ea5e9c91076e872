"""The base of every case form: dirty tracking, keyboard, errors next to fields, drafts.

A :class:`FormDialog` knows what its fields hold (:meth:`payload`, plain JSON
values) and how to fill them again (:meth:`restore`). From that it derives:

- "dirty": the payload differs from the one the form opened with;
- leaving with unsaved changes asks Enregistrer / Ne pas enregistrer / Annuler;
- :meth:`stash_draft` (called before the vault locks) keeps the payload as a
  draft inside the vault; saving or discarding the form deletes that draft;
- Enter moves to the next field, Ctrl+Enter saves, Escape leaves;
- a :class:`~app.errors.ValidationError` is shown next to the field it names.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.drafts import delete_draft, save_draft
from app.errors import ValidationError
from app.i18n import tr
from app.ui.help.window import add_help_key
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import ErrorLabel, with_error
from app.ui.workspace import Workspace

log = logging.getLogger(__name__)


class Leave(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_leave(parent: QWidget, question: str) -> Leave:
    """Enregistrer / Ne pas enregistrer / Annuler (blocking, French buttons)."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Balise"), question, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(tr("Ce que vous avez tapé n'est pas encore enregistré."))
    save = box.addButton(tr("&Enregistrer"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Ne pas enregistrer"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is save:
        return Leave.SAVE
    if clicked is discard:
        return Leave.DISCARD
    return Leave.CANCEL


def ask_yes(parent: QWidget, message: str, confirm: str) -> bool:
    """A blocking question with a confirm button and Annuler."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Balise"), message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    answer = box.clickedButton() is yes
    box.deleteLater()
    return answer


def mnemonic_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class FormDialog(QDialog):
    """Base class; subclasses build fields, then call :meth:`finish_layout`."""

    #: emitted after a successful save with what the save job returned
    saved = Signal(object)
    #: question asked when leaving with unsaved changes
    leave_question = ""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        *,
        form_key: str,
        title: str,
        case_id: uuid.UUID | None = None,
        draft_title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)  # never a name: form titles are generic
        self.workspace = workspace
        self.form_key = form_key
        self.case_id = case_id
        self.draft_title = draft_title or title
        self.errors: dict[str, ErrorLabel] = {}
        self.general_error = ErrorLabel()
        self._baseline: dict[str, Any] | None = None
        self._pending_draft: dict[str, Any] | None = None
        self._from_draft = False
        self._busy = False
        self._tab_chain: list[QWidget] = []
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(tr("&Enregistrer"))
        self.save_button.setToolTip(tr("Enregistrer (Ctrl+Entrée)"))
        self.cancel_button = QPushButton(tr("Annuler"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
        self.save_button.setEnabled(False)  # until ready()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)
        add_help_key(self)  # F1: the guide, at the part of the tab or page the form is for

    # -- building ---------------------------------------------------------------------
    def field(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with an error line under it for ValidationError(field=name)."""
        error = self.errors.setdefault(name, ErrorLabel())
        self._tab_chain.append(widget)
        return with_error(widget, error)

    def add_row(self, form: QFormLayout, text: str, name: str, widget: QWidget) -> QLabel:
        """A labelled row (``text`` carries the & mnemonic) with its error line."""
        label = mnemonic_label(text, widget)
        form.addRow(label, self.field(name, widget))
        return label

    def add_to_chain(self, *widgets: QWidget) -> None:
        self._tab_chain.extend(widgets)

    def finish_layout(self, body: QWidget) -> None:
        """Put ``body`` above the error line and buttons; fix the tab order.

        The body scrolls when the screen is too short for it (a 1366 x 768
        laptop): the error line and the buttons always stay visible."""
        layout = QVBoxLayout(self)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(body)
        layout.addWidget(area, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        chain = [*self._tab_chain, self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self._tab_chain:
            self._tab_chain[0].setFocus()

    # -- what subclasses provide ---------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        """The fields' content as plain JSON values."""
        raise NotImplementedError

    def restore(self, payload: dict[str, Any]) -> None:
        """Fill the fields from :meth:`payload`'s output."""
        raise NotImplementedError

    def build_job(self) -> Callable[[Tx], Any]:
        """Read the fields (GUI thread) and return the write to run in one transaction.

        May raise ValidationError for what can be checked without the vault."""
        raise NotImplementedError

    # -- state ----------------------------------------------------------------------------
    def mark_clean(self) -> None:
        """The current content is the reference for "unsaved changes"."""
        self._baseline = self.payload()

    def ready(self) -> None:
        """The fields hold their starting values (catalogues loaded): track changes
        from here, and fill in a draft waiting to be restored."""
        self.mark_clean()
        self.save_button.setEnabled(True)
        for edit in self.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # long values show their beginning
        if self._pending_draft is not None:
            payload, self._pending_draft = self._pending_draft, None
            self.restore(payload)

    def start_from_draft(self, payload: dict[str, Any]) -> None:
        """Fill the form with a kept draft (it stays "unsaved" until saved)."""
        self._from_draft = True
        if self._baseline is None:
            self._pending_draft = payload
        else:
            self.restore(payload)

    def is_dirty(self) -> bool:
        if self._baseline is None:
            return False
        return self.payload() != self._baseline

    # -- saving ---------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.show_message(None)
        self.general_error.show_message(None)

    def show_error(self, exc: BaseException) -> None:
        field = getattr(exc, "field", None)
        target = self.errors.get(field) if field else None
        if target is not None:
            target.show_message(error_text(exc))
            parent = target.parentWidget()
            if parent is not None:
                parent.setFocus()
        else:
            self.general_error.show_message(error_text(exc))

    def save(self) -> None:
        if self._busy or not self.isVisible():
            return
        self.clear_errors()
        try:
            job = self.build_job()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.run_save(job)

    def run_save(self, job: Callable[[Tx], Any]) -> None:
        ws = self.workspace
        actor, key = ws.session, self.form_key

        def write(tx: Tx) -> Any:
            result = job(tx)
            delete_draft(tx, actor, key)
            return result

        self._set_busy(True)
        ws.ops.write(self, write, self._saved, on_error=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)

    def _saved(self, result: Any) -> None:
        self._set_busy(False)
        self.mark_clean()
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        if not self.handle_failure(exc):
            self.show_error(exc)
        return True  # shown in the form, which stays open with what was typed

    def handle_failure(self, exc: BaseException) -> bool:
        """Hook for errors that need a question (e.g. NeedsConfirmation)."""
        return False

    # -- leaving ------------------------------------------------------------------------
    def reject(self) -> None:
        if self._busy:
            return
        if self.is_dirty():
            choice = ask_leave(self, self.leave_question or tr("Abandonner cette saisie ?"))
            if not self.isVisible():  # locked meanwhile: the draft was kept
                return
            if choice is Leave.CANCEL:
                return
            if choice is Leave.SAVE:
                self.save()
                return
        if self._from_draft or self.is_dirty():
            self._forget_draft()
        super().reject()

    def _forget_draft(self) -> None:
        ws = self.workspace
        actor, key = ws.session, self.form_key
        # The owner is the main window: this dialog is closing, but a draft that
        # could not be deleted must still be reported.
        ws.ops.write(self.parentWidget() or self, lambda tx: delete_draft(tx, actor, key))

    def done(self, result: int) -> None:
        """Close, and empty the fields at once (the dialog is deleted a moment later):
        after a lock nothing typed may remain in a widget."""
        super().done(result)
        self._baseline = None
        for edit in self.findChildren(QLineEdit):
            edit.clear()
        for text in self.findChildren(QPlainTextEdit):
            text.clear()

    def stash_draft(self) -> None:
        """Before locking (vault still open): keep unsaved input in the vault."""
        if not self.is_dirty():
            return
        ws = self.workspace
        ws.ops.write_now(
            lambda tx: save_draft(
                tx,
                ws.session,
                self.form_key,
                self.payload(),
                case_id=self.case_id,
                title=self.draft_title,
            )
        )

    # -- keyboard -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.save()
                return
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)
