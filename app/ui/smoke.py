"""Start-up check for an installed build: show the first screen, then quit.

With ``BALISE_SMOKE_FIRST_WINDOW=1`` in the environment, the application
reports each top-level window it shows on standard output (class name, the
time it was shown, and a message box's text), closes dialogs (a message box
as if answered, the wizard as if cancelled) and quits as soon as a
non-dialog window (the unlock screen, the main window) has been shown.
``scripts/smoke-bundle.sh`` uses it to prove that the bundle starts, and to
time the cold start to the unlock screen.

Harmless by construction: it can only close windows earlier than a person
would; it reads nothing, writes nothing to the vault and opens no dialog.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

ENV_VAR = "BALISE_SMOKE_FIRST_WINDOW"
PREFIX = "balise-smoke:"


class FirstWindowWatcher(QObject):
    """Application-wide event filter doing what the module docstring says."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._seen: set[int] = set()
        self._quitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and id(watched) not in self._seen
        ):
            self._seen.add(id(watched))
            # After the event loop has run once more: the window is laid out and painted.
            QTimer.singleShot(0, lambda w=watched: self._shown(w))
        return False

    def _shown(self, window: QWidget) -> None:
        line = f"{PREFIX} window={type(window).__name__} t={time.time():.3f}"
        if isinstance(window, QMessageBox):
            line += " text=" + " ".join(window.text().split())
        print(line, flush=True)
        if isinstance(window, QDialog):
            window.reject()
        elif not self._quitting:
            self._quitting = True
            print(f"{PREFIX} quitting", flush=True)
            self._app.exit(0)


def watch_first_window_if_asked(app: QApplication) -> FirstWindowWatcher | None:
    """Install the watcher when :data:`ENV_VAR` is ``1``; else do nothing."""
    if os.environ.get(ENV_VAR) != "1":
        return None
    watcher = FirstWindowWatcher(app)
    app.installEventFilter(watcher)
    print(f"{PREFIX} started pid={os.getpid()} frozen={getattr(sys, 'frozen', False)}", flush=True)
    return watcher
