"""The unlock screen: login, passphrase, and the way in with the recovery code."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import auth
from app.errors import KeyringDamaged, VaultDamaged, WrongPassphrase
from app.i18n import tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.storage.backups import BackupInfo
from app.storage.vault import Vault
from app.ui.backups.damaged import RestoreDamagedDialog, restored_message
from app.ui.help.guide import UNLOCK_ANCHOR
from app.ui.help.window import HelpWindow, open_help
from app.ui.messages import error_text
from app.ui.recovery_dialog import RecoveryDialog
from app.ui.tasks import TaskRunner
from app.ui.theme import icon
from app.ui.widgets import (
    BusyIndicator,
    DemoBadge,
    ErrorLabel,
    PassphraseField,
    fit_to_screen,
    label,
)
from app.ui.workspace import Unlocked, read_settings

if TYPE_CHECKING:
    from app.core.restore import RestoreOutcome

# The services behind the unlock (accounts, backups, restore…) and SQLAlchemy
# under them are imported when the person unlocks: not before the screen is
# shown (issue #10, cold start; a test checks what is imported by then).


def wait_text(seconds: int) -> str:
    return tr("Réessayez dans {n} s").format(n=seconds)


class UnlockWindow(QWidget):
    """Emits :attr:`unlocked` once the vault is open; :attr:`closed` when dismissed."""

    unlocked = Signal(object)
    closed = Signal()

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
        self._wait_until = 0.0
        self._busy = False
        #: an unlock was tried from this screen (the controller's gc.freeze()
        #: is done only before: nothing of a passphrase may be frozen)
        self.submitted = False
        #: called with the attempt, which it starts when it is ready (the
        #: controller: once the main window's modules are loaded and the heap is
        #: frozen, issue #10); None: the attempt starts at once
        self.before_attempt: Callable[[Callable[[], None]], None] | None = None
        #: the backup offered after damage (None: nothing offered)
        self._offer: BackupInfo | None = None
        self.setWindowTitle(
            tr("Balise — coffre chiffré") + (tr(" — DÉMO") if vault.is_demo else "")
        )

        logo = QLabel()
        logo.setPixmap(icon("shield").pixmap(QSize(56, 56)))
        title = label(tr("Balise — coffre chiffré"), "title", wrap=False)
        self.demo_badge = DemoBadge()
        self.demo_badge.setVisible(vault.is_demo)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(logo)
        header.addWidget(title)
        header.addWidget(self.demo_badge)
        header.addStretch(1)
        self.help_button = QPushButton(icon("help"), tr("Aide (F1)"))
        self.help_button.setFlat(True)
        self.help_button.setAutoDefault(False)
        self.help_button.setToolTip(
            tr("Comment se déverrouiller, et que faire en cas d'oubli (F1)")
        )
        header.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)

        self.login = QLineEdit()
        self.login.setAccessibleName(tr("Identifiant"))
        self.passphrase = PassphraseField()
        self.passphrase.setAccessibleName(tr("Phrase de passe"))
        self.error = ErrorLabel()
        self.wait_label = label("", "muted")
        self.wait_label.hide()
        #: what a restore did, shown above the form on the restored vault
        self.notice = label("")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        self.restore_button = QPushButton(tr("Restaurer cette &sauvegarde…"))
        self.restore_button.setToolTip(
            tr("Remplacer le coffre endommagé par la sauvegarde vérifiée la plus récente")
        )
        self.restore_button.hide()
        self.busy = BusyIndicator()
        self.unlock_button = QPushButton(tr("&Déverrouiller"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAutoDefault(True)
        self.forgot_button = QPushButton(
            tr("J'ai &oublié ma phrase de passe — utiliser le code de récupération")
        )
        self.forgot_button.setFlat(True)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setStyleSheet("text-decoration: underline; text-align: left;")

        login_label = QLabel(tr("&Identifiant :"))
        login_label.setBuddy(self.login)
        pass_label = QLabel(tr("&Phrase de passe :"))
        pass_label.setBuddy(self.passphrase)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.addRow(login_label, self.login)
        form.addRow(pass_label, self.passphrase)
        form.addRow("", self.error)
        form.addRow("", self.wait_label)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(14)
        inner.addLayout(header)
        inner.addWidget(
            label(tr("Les données sont chiffrées. Identifiez-vous pour les ouvrir."), "muted")
        )
        inner.addWidget(self.notice)
        inner.addLayout(form)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)
        inner.addWidget(self.forgot_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addWidget(card)
        outer.addStretch(2)
        self.setTabOrder(self.login, self.passphrase.edit)
        self.setTabOrder(self.passphrase.edit, self.passphrase.toggle)
        self.setTabOrder(self.passphrase.toggle, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.forgot_button)
        self.setTabOrder(self.forgot_button, self.help_button)
        help_key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        help_key.activated.connect(self.show_help)
        self.help_button.clicked.connect(self.show_help)

        self.countdown = QTimer(self)
        self.countdown.setInterval(250)
        self.countdown.timeout.connect(self._tick)
        self.unlock_button.clicked.connect(self.submit)
        self.login.returnPressed.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.forgot_button.clicked.connect(self._open_recovery)
        self.restore_button.clicked.connect(self._open_restore)
        self.login.textChanged.connect(lambda _t: self.error.show_message(None))
        fit_to_screen(self, 620, 520)

    # -- state --------------------------------------------------------------------
    def prepare(self, login: str = "") -> None:
        """Reset the form for a new unlock (``login`` pre-filled after a lock)."""
        if not login and self.vault.is_demo:
            from app.core.setup import DEMO_LOGIN

            login = DEMO_LOGIN  # the demo's coordinator, printed by ``balise demo``
        self.login.setText(login)
        self.passphrase.clear()
        self.error.show_message(None)
        self.notice.clear()
        self.notice.hide()
        self._show_offer(None)
        self._set_busy(False)
        self._start_wait(auth.UnlockThrottle(self.vault.paths.root).seconds_to_wait())
        (self.passphrase if login else self.login).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.passphrase if self.login.text() else self.login).setFocus()

    def show_help(self) -> HelpWindow:
        """Open the user guide at the part about unlocking (F1)."""
        return open_help(self, UNLOCK_ANCHOR)

    def show_busy(self) -> None:
        """Unlocked, the main window still being built: the screen stays busy (its
        fields and buttons off) until the window replaces it (or :meth:`prepare`)."""
        self._set_busy(True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.forgot_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self._update_button()
        if busy:
            self.busy.start(tr("Déverrouillage…"))
        else:
            self.busy.stop()

    def _update_button(self) -> None:
        waiting = self._wait_until > time.monotonic()
        self.unlock_button.setEnabled(not self._busy and not waiting)

    def _start_wait(self, seconds: float) -> None:
        if seconds <= 0:
            self._wait_until = 0.0
            self.wait_label.hide()
            self._update_button()
            return
        self._wait_until = time.monotonic() + seconds
        self._tick()
        self.countdown.start()

    def _tick(self) -> None:
        remaining = self._wait_until - time.monotonic()
        if remaining <= 0:
            self.countdown.stop()
            self._wait_until = 0.0
            self.wait_label.hide()
            self._update_button()
            if not self._busy:
                self.passphrase.setFocus()
            return
        self.wait_label.setText(wait_text(math.ceil(remaining)))
        self.wait_label.show()
        self._update_button()

    # -- unlocking ----------------------------------------------------------------
    def submit(self) -> None:
        if self._busy or not self.unlock_button.isEnabled():
            return
        if not self.login.text().strip():
            self.error.show_message(tr("Tapez votre identifiant."))
            self.login.setFocus()
            return
        if not self.passphrase.text():
            self.error.show_message(tr("Tapez votre phrase de passe."))
            self.passphrase.setFocus()
            return
        self.error.show_message(None)
        self._set_busy(True)  # the fields stay as typed until the attempt reads them
        if self.before_attempt is not None:
            self.before_attempt(self._attempt)
        else:
            self._attempt()

    def _attempt(self) -> None:
        """Read the login and the passphrase and hand the unlock to the worker."""
        if not self._busy or self.isHidden():
            return  # the screen was reset or closed meanwhile
        login, passphrase = self.login.text().strip(), self.passphrase.text()
        vault, kdf = self.vault, self.kdf

        def work() -> Unlocked:
            # imported here, on the worker: the first time, it loads the database
            # layer (≈ 0.4 s), which held the window when imported by the click
            from app.core import accounts

            session = auth.unlock(vault, login, passphrase, kdf=kdf)
            try:
                must_choose = accounts.must_choose_passphrase(vault, session.login)
                return Unlocked(session, read_settings(vault), must_choose)
            except BaseException:
                vault.lock()
                raise

        self.submitted = True
        self.tasks.run(work, self._done, self._failed, owner=self)

    def _done(self, result: Unlocked) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.unlocked.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from app.core.backups import damage_offer, newest_verified_backup

        self._set_busy(False)
        self.passphrase.clear()
        if isinstance(exc, auth.MustWait):
            self.error.show_message(None)
            self._start_wait(exc.seconds)
        elif isinstance(exc, VaultDamaged | KeyringDamaged):
            # Damaged pages or keyring: offer the newest verified backup, with its date.
            root = self.vault.paths.root
            offer = damage_offer(root, keyring=isinstance(exc, KeyringDamaged))
            self.error.show_message(f"{error_text(exc)}\n{offer}")
            self._show_offer(newest_verified_backup(root))
        else:
            self.error.show_message(error_text(exc))
            if isinstance(exc, WrongPassphrase):
                self._start_wait(auth.UnlockThrottle(self.vault.paths.root).seconds_to_wait())
        self.passphrase.setFocus()

    # -- restoring a damaged vault --------------------------------------------------
    def _show_offer(self, backup: BackupInfo | None) -> None:
        self._offer = backup
        self.restore_button.setVisible(backup is not None)

    def _open_restore(self) -> None:
        if self._offer is None or self._busy:
            return
        dialog = RestoreDamagedDialog(
            self.vault,
            self.tasks,
            self._offer,
            kdf=self.kdf,
            login=self.login.text().strip(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.open()

    def _restored(self, outcome: RestoreOutcome) -> None:
        """The restored vault is locked: the same screen opens it, saying what changed."""
        self.prepare(self.login.text().strip())
        self.notice.setText(restored_message(outcome))
        self.notice.show()

    def _open_recovery(self) -> None:
        dialog = RecoveryDialog(self.vault, self.tasks, kdf=self.kdf, parent=self)
        dialog.login.setText(self.login.text())
        dialog.unlocked.connect(self.unlocked)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
        self.closed.emit()
