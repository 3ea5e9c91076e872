"""Copying from a case: marked secret for clipboard managers, cleared after 30 s.

Text copied from Balise's windows carries the formats clipboard managers honour
to keep it out of their history — ``x-kde-passwordManagerHint: secret`` (KDE
Klipper and others on Linux), ``org.nspasteboard.ConcealedType`` (macOS
managers), ``ExcludeClipboardContentFromMonitorProcessing`` and
``CanIncludeInClipboardHistory = 0`` (Windows). It is removed from the
clipboard after 30 seconds if the clipboard still holds it, and when the vault
locks or Balise closes.

:func:`protect_copies` routes Ctrl+C in text fields and selectable labels of a
window (and of its dialogs) through :func:`copy_secret`; copies made another
way (a context menu) are marked right after, when the clipboard reports them.
"""

from __future__ import annotations

import contextlib
import logging

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

log = logging.getLogger(__name__)

CLEAR_AFTER_MS = 30_000
KDE_HINT = "x-kde-passwordManagerHint"
MAC_CONCEALED = "application/x-nspasteboard-concealed-type"
_WIN = 'application/x-qt-windows-mime;value="{}"'
WINDOWS_EXCLUDE = _WIN.format("ExcludeClipboardContentFromMonitorProcessing")
WINDOWS_NO_HISTORY = _WIN.format("CanIncludeInClipboardHistory")
WINDOWS_NO_CLOUD = _WIN.format("CanUploadToCloudClipboard")


def secret_mime(text: str) -> QMimeData:
    """``text`` as clipboard data marked secret for every platform's managers."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData(KDE_HINT, QByteArray(b"secret"))
    mime.setData(MAC_CONCEALED, QByteArray(b"1"))
    mime.setData(WINDOWS_EXCLUDE, QByteArray(b"\x00\x00\x00\x00"))
    mime.setData(WINDOWS_NO_HISTORY, QByteArray(b"\x00\x00\x00\x00"))
    mime.setData(WINDOWS_NO_CLOUD, QByteArray(b"\x00\x00\x00\x00"))
    return mime


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(KDE_HINT)


class SecretClipboard(QObject):
    """Puts marked text on the clipboard and takes it away again."""

    def __init__(self, clipboard: QClipboard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clipboard = clipboard
        self._text: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CLEAR_AFTER_MS)
        self.timer.timeout.connect(self.clear)

    @property
    def holds_ours(self) -> bool:
        """The clipboard still holds the text we put there."""
        return self._text is not None and self.clipboard.text() == self._text

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, marked secret; cleared after 30 s."""
        if not text:
            return
        self._text = text
        self.clipboard.setMimeData(secret_mime(text))
        self.timer.start()

    def clear(self) -> None:
        """Empty the clipboard if it still holds our text (never someone else's)."""
        self.timer.stop()
        if self.holds_ours:
            self.clipboard.clear()
            log.info("Clipboard cleared")
        self._text = None


_instance: SecretClipboard | None = None


def secret_clipboard() -> SecretClipboard:
    """The application's secret clipboard (created on first use)."""
    global _instance
    app = QApplication.instance()
    if _instance is None or _instance.parent() is not app:
        _instance = SecretClipboard(QGuiApplication.clipboard(), app)
    return _instance


def copy_secret(text: str) -> None:
    secret_clipboard().copy(text)


def clear_secret() -> None:
    """At lock and exit: take our text off the clipboard."""
    if _instance is not None and QApplication.instance() is not None:
        _instance.clear()


def _selected_text(widget: QObject) -> str | None:
    if isinstance(widget, QLineEdit):
        if widget.echoMode() != QLineEdit.EchoMode.Normal:
            return ""  # never copy a passphrase field
        return widget.selectedText() if widget.hasSelectedText() else None
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        cursor = widget.textCursor()
        return cursor.selectedText().replace("\u2029", "\n") if cursor.hasSelection() else None
    if isinstance(widget, QLabel):
        return widget.selectedText() or None
    return None


class CopyGuard(QObject):
    """Routes copies made inside ``zone`` (a window and its dialogs) through the
    secret clipboard."""

    def __init__(self, zone: QWidget) -> None:
        super().__init__(zone)
        self.zone = zone
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def inside(self, widget: QObject | None) -> bool:
        while isinstance(widget, QWidget):
            if widget is self.zone:
                return True
            widget = widget.parentWidget()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
            and self.inside(watched)
        ):
            text = _selected_text(watched)
            if text is not None:
                copy_secret(text)
                return True
        return False

    def _changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if QApplication.activeWindow() is None:
            return  # a copy made in another application
        if is_marked(clipboard.mimeData()) or not self.inside(QApplication.focusWidget()):
            return
        text = clipboard.text()
        if text:
            copy_secret(text)  # copied through a menu: mark it and start the delay

    def dispose(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
            with contextlib.suppress(RuntimeError, TypeError):
                QGuiApplication.clipboard().dataChanged.disconnect(self._changed)


def protect_copies(zone: QWidget) -> CopyGuard:
    """Mark and time out every copy made in ``zone`` (the main window)."""
    return CopyGuard(zone)
