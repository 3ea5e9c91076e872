"""Auto-lock: idle timer, the Ctrl+L shortcut everywhere, and session events.

An application-wide event filter sees every key and mouse event, in every
window and dialog: each one restarts the idle timer, and Ctrl+L asks for a
lock even while a modal dialog is open. Screen lock and suspend are reported
best effort: Qt's application state (Suspended/Hidden, on platforms that
report it) and, on Linux desktops, the freedesktop/GNOME screensaver D-Bus
signal. "Inactive" is ignored: on a desktop it only means that another
application has the focus.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

from app.system import screen_lock_signal

log = logging.getLogger(__name__)

LOCK_SHORTCUT = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}

_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)


def shortcut_text() -> str:
    return LOCK_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)


class IdleWatcher(QObject):
    """Emits :attr:`lock_requested` after ``timeout_ms`` without input, on Ctrl+L,
    or when the session is locked or suspended. Active between start() and stop()."""

    lock_requested = Signal(str)  # the reason: "idle", "shortcut", "session"

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(lambda: self._request("idle"))
        self._active = False
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
        self._listen_for_screensaver()

    @property
    def is_active(self) -> bool:
        return self._active

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._active:
            self._timer.start()

    def start(self) -> None:
        # The filter is installed only while active: a Python filter on every
        # event of the unlock screen did nothing there, and its first events of
        # C++ objects made PySide create most of Qt's Python types at once on the
        # GUI thread (≈ 50 ms at the first unlock's click, issue #10).
        app = QCoreApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False
        self._timer.stop()

    def dispose(self) -> None:
        self.stop()

    def _request(self, reason: str) -> None:
        if self._active:
            log.info("Lock requested (%s)", reason)
            self.lock_requested.emit(reason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._active or event.type() not in _ACTIVITY:
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == LOCK_SHORTCUT
        ):
            self._request("shortcut")
            return True
        self._timer.start()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state in (
            Qt.ApplicationState.ApplicationSuspended,
            Qt.ApplicationState.ApplicationHidden,
        ):
            self._request("session")

    def _listen_for_screensaver(self) -> None:
        if screen_lock_signal() != "dbus":  # Windows: see docs/WINDOWS.md
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # not on every platform
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for interface, path in _SCREENSAVERS:
            try:
                bus.connect(
                    "", path, interface, "ActiveChanged", self, SLOT("screensaver_changed(bool)")
                )
            except (RuntimeError, TypeError):  # best effort only
                log.info("Screensaver signal unavailable: %s", interface)

    @Slot(bool)
    def screensaver_changed(self, active: bool) -> None:
        if active:
            self._request("session")
