"""Starting the graphical application."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.hardening import disable_core_dumps
from app.logging_setup import setup_logging
from app.paths import APP_NAME, default_vault_dir
from app.security.kdf import PRODUCTION, KdfPolicy
from app.ui.controller import AppController
from app.ui.languages import install_language, last_language
from app.ui.messages import install_excepthook
from app.ui.theme import apply_theme

log = logging.getLogger(__name__)

__all__ = ["AppController", "install_translations", "run"]


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install ``language`` (default: the last one used on this laptop): Qt's own
    catalogue (standard buttons: "Annuler"…), Balise's and the default QLocale."""
    return install_language(app, language or last_language())


def run(
    vault_dir: Path | None = None,
    *,
    kdf: KdfPolicy = PRODUCTION,
    argv: list[str] | None = None,
) -> int:
    """Show Balise for ``vault_dir`` (default: the service's vault) until it quits."""
    os.umask(0o077)  # every file written (vault, backups, logs) is private to its user
    disable_core_dumps()
    setup_logging()
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    install_translations(app)
    apply_theme(app)
    install_excepthook()
    from app.ui.smoke import watch_first_window_if_asked  # bundle smoke test only

    watch_first_window_if_asked(app)
    log.info("Balise starting")

    controller = AppController(vault_dir or default_vault_dir(), kdf=kdf, freeze_heap=True)
    controller.start()
    if controller.exit_code is not None:  # refused before the event loop started
        return controller.exit_code
    # Connected only now: QApplication.exit() before exec() would upset later loops.
    controller.finished.connect(app.exit)
    app.aboutToQuit.connect(controller.close)
    code = app.exec()
    controller.close()
    log.info("Balise stopped")
    return code
