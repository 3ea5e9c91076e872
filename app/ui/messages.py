"""How errors and notices reach the user: French sentences, details in the log.

A :class:`~app.errors.BaliseError` already carries a French sentence saying
what happened and what to do. Anything else is unexpected: the user gets a
generic sentence and the (redacted) details go to the log file.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import BaliseError
from app.i18n import tr

log = logging.getLogger(__name__)

_showing_unexpected = False


def unexpected_message() -> str:
    return tr(
        "Une erreur inattendue s'est produite. Vos données enregistrées sont intactes : "
        "le coffre n'a pas été modifié par cette erreur. Si le problème se répète, "
        "fermez puis rouvrez Balise, et signalez-le à votre coordinateur·rice."
    )


def error_text(exc: BaseException) -> str:
    """The sentence to show for ``exc`` (logs it when it is unexpected)."""
    if isinstance(exc, BaliseError):
        return exc.message
    log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    return unexpected_message()


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def show_error(parent: QWidget | None, message: str, *, blocking: bool = True) -> None:
    """Show a French error sentence. Blocking (``exec``) unless told otherwise."""
    box = _box(parent, QMessageBox.Icon.Warning, tr("Balise"), message)
    if blocking:
        box.exec()
    else:
        box.open()


def show_info(parent: QWidget | None, message: str) -> None:
    """A non-blocking notice (window-modal over ``parent``)."""
    _box(parent, QMessageBox.Icon.Information, tr("Balise"), message).open()


def ask_confirmation(
    parent: QWidget, message: str, confirm_text: str, on_confirm: Callable[[], None]
) -> QMessageBox:
    """A non-blocking yes/no question; ``on_confirm`` runs only on the yes button."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Balise"), message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def finished() -> None:
        if box.clickedButton() is yes:
            on_confirm()

    box.finished.connect(finished)
    box.open()
    return box


def report_unexpected(exc: BaseException) -> None:
    """Log ``exc`` and show the matching sentence, without raising again."""
    _hook(type(exc), exc, exc.__traceback__)


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    global _showing_unexpected
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, BaliseError):
        message = exc.message
        log.warning("Error shown to the user: %s", exc_type.__name__)
    else:
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        message = unexpected_message()
    if _showing_unexpected or QApplication.instance() is None:
        return
    _showing_unexpected = True
    try:
        show_error(QApplication.activeWindow(), message)
    finally:
        _showing_unexpected = False


def install_excepthook() -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to the user."""
    sys.excepthook = _hook
