"""The application's screens and their order: wizard or unlock, main window, lock."""

from __future__ import annotations

import gc
import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from app import paths
from app.core import auth
from app.core.auth import UserSession
from app.core.settings import VaultSettings
from app.core.unkept_drafts import (
    note_unkept_drafts,
    take_unkept_drafts_notice,
    unkept_drafts_message,
)
from app.errors import BaliseError
from app.security.kdf import PRODUCTION, KdfPolicy
from app.storage.engine import folder_missing_message
from app.storage.vault import Vault, vault_exists
from app.ui import messages
from app.ui.backups.auto import DailyBackup, backup_before_exit
from app.ui.clipboard import CopyGuard, clear_secret, protect_copies
from app.ui.idle import IdleWatcher
from app.ui.languages import install_language, installed_language, remember_language
from app.ui.tasks import TaskRunner
from app.ui.unlock import UnlockWindow
from app.ui.workspace import Unlocked, Workspace

if TYPE_CHECKING:
    from app.ui.first_passphrase import FirstPassphraseDialog
    from app.ui.main_window import MainWindow
    from app.ui.wizard import SetupResult, SetupWizard

# The main window (and its pages), the wizard and the first-passphrase dialog are
# imported when they are first shown: the unlock screen must not wait for them
# (issue #10: cold start to the unlock screen).

log = logging.getLogger(__name__)

#: how long after the unlock screen is shown the main window's modules are imported
PRELOAD_DELAY_MS = 300
#: how often the GUI thread looks whether the preload is done
PRELOAD_POLL_MS = 10
#: between two steps of building or opening the main window: the event loop
#: answers what came meanwhile (each step < 50 ms of the GUI thread, issue #10)
WINDOW_STEP_MS = 5


def _import_main_window() -> None:
    """Import what the main window shows first (off the GUI thread: only module
    definitions run, no widget is made). A failure is met again, and shown,
    when the window is built."""
    try:
        import alembic.command  # noqa: F401  (the unlock's schema check)

        import app.core.accounts
        import app.ui.case.page
        import app.ui.cases.page
        import app.ui.main_window  # noqa: F401
        from app.ui.pages import PAGES
        from app.ui.theme import prerender_icons

        # its icons are drawn here too (on images: ≈ 30 ms of the GUI thread else)
        prerender_icons([spec.icon for spec in PAGES] + ["lock", "help"])
        _resolve_qt_types()
    except Exception:
        log.warning("main window modules not preloaded", exc_info=True)


def _resolve_qt_types() -> None:
    """Have PySide create the Python types (and their enums) of Qt's modules
    here, off the GUI thread. It creates them when first used; and the first
    event of a C++ object through a Python event filter made it create most of
    them at once on the GUI thread (≈ 50–100 ms, issue #10)."""
    from PySide6 import QtCore, QtGui, QtWidgets

    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            getattr(module, name, None)


class AppController(QObject):
    """Owns the vault and the top-level windows for one vault folder.

    ``start()`` shows the first-run wizard when ``vault_dir`` holds no vault,
    else opens it (instance lock) and shows the unlock screen. ``finished``
    carries the exit code when the application should quit; :meth:`close`
    releases everything (also called by ``finished``).
    """

    finished = Signal(int)

    def __init__(
        self,
        vault_dir: Path,
        *,
        kdf: KdfPolicy = PRODUCTION,
        idle_timeout_ms: int | None = None,
        freeze_heap: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.kdf = kdf
        self._idle_override = idle_timeout_ms
        self.tasks = TaskRunner(self)
        self.idle = IdleWatcher(idle_timeout_ms or VaultSettings().auto_lock_minutes * 60_000, self)
        self.idle.lock_requested.connect(self.lock)
        self.backups = DailyBackup(self)
        self.vault: Vault | None = None
        self.workspace: Workspace | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_window: UnlockWindow | None = None
        self.main_window: MainWindow | None = None
        #: the main window built while the unlock screen waits (no data in it), not
        #: yet shown: it becomes ``main_window`` at the unlock
        self._prepared: MainWindow | None = None
        self.first_passphrase: FirstPassphraseDialog | None = None
        self.copy_guard: CopyGuard | None = None
        self.exit_code: int | None = None
        self._last_login = ""
        self._last_page = ""  # the page shown at the last lock ("": the first)
        self._warming: threading.Thread | None = None
        #: the garbage collector is off while the preload imports (re-enabled,
        #: after the freeze, once it is done)
        self._gc_paused = False
        #: the prepared window's home page is built and laid out (hidden, empty)
        self._prepared_warm = False
        #: an unlock whose window is being built in steps (not shown yet)
        self._opening: Unlocked | None = None
        #: gc.freeze() once before the first unlock (the application; not in the
        #: tests' shared process, whose earlier tests' garbage would be kept)
        self._freeze_heap = freeze_heap
        self._frozen = False
        self._closed = False
        #: accounts whose drafts could not be kept at a lock (also marked on disk)
        self._unkept_drafts: set[uuid.UUID] = set()

    # -- start ------------------------------------------------------------------------
    def start(self) -> None:
        if not vault_exists(self.vault_dir):
            if self._medium_missing():
                messages.show_error(None, folder_missing_message(self.vault_dir.parent))
                self.quit(2)
                return
            self._show_wizard()
            return
        try:
            self.vault = Vault.open(self.vault_dir)
        except BaliseError as exc:
            log.warning("Vault not opened: %s", type(exc).__name__)
            messages.show_error(None, exc.message)
            self.quit(1)
            return
        self._show_unlock()

    def _medium_missing(self) -> bool:
        """A vault asked for on a drive that is not there (a USB stick left at the
        office): say so rather than offer to create a new, empty vault. The default
        folder may not exist yet on a first start."""
        if self.vault_dir.resolve() == paths.default_vault_dir().resolve():
            return False
        return not self.vault_dir.parent.is_dir()

    def _show_wizard(self) -> None:
        from app.ui.wizard import SetupWizard

        self.wizard = SetupWizard(self.vault_dir, self.tasks, kdf=self.kdf)
        self.wizard.completed.connect(self._wizard_completed)
        self.wizard.rejected.connect(lambda: self.quit(0))
        self.wizard.language_chosen.connect(self._wizard_language)
        self.wizard.show()

    def _wizard_language(self, language: str) -> None:
        """A language chosen on the wizard's first page (nothing typed yet): the
        wizard is shown again in it."""
        wizard = self.wizard
        if wizard is None or wizard.currentPage() is not wizard.welcome_page:
            return
        app = QCoreApplication.instance()
        assert app is not None
        install_language(app, language)
        remember_language(language)
        self.wizard = None
        wizard.rejected.disconnect()
        wizard.hide()
        wizard.deleteLater()
        self._show_wizard()

    def _wizard_completed(self, result: SetupResult) -> None:
        self.vault = result.created.vault
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        self._open(result.session, result.settings)

    def _unlock_window(self) -> UnlockWindow:
        if self.unlock_window is None:
            assert self.vault is not None
            self.unlock_window = UnlockWindow(self.vault, self.tasks, kdf=self.kdf)
            self.unlock_window.unlocked.connect(self._unlocked)
            self.unlock_window.before_attempt = self._before_attempt
            self.unlock_window.closed.connect(lambda: self.quit(0))
        return self.unlock_window

    def _show_unlock(self, login: str = "") -> None:
        window = self._unlock_window()
        window.prepare(login)
        window.show()
        window.raise_()
        window.activateWindow()
        if self.main_window is None and self._warming is None:
            # While the person types the passphrase, a thread imports the main
            # window's modules, so that opening it after the unlock does not stall
            # the window (not the worker: it stays free for the unlock itself).
            # It starts once the screen is painted: its imports would hold the
            # GIL while the screen is laid out (issue #10, cold start).
            self._warming = threading.Thread(
                target=_import_main_window, name="balise-preload", daemon=True
            )
            QTimer.singleShot(PRELOAD_DELAY_MS, self._start_warming)

    def _start_warming(self) -> None:
        """Start the preload (once); then build the main window, hidden, when it is done."""
        if self._warming is None or self._closed:
            return
        self._start_preload()
        self._after_preload(self._prepare_main_window)

    def _start_preload(self) -> None:
        """Start the preload thread if it is not yet. With ``freeze_heap``, the
        garbage collector is off meanwhile: its full passes over the growing heap
        held the GIL 50–180 ms each while the modules were imported (issue #10)."""
        if self._warming is None or self._warming.ident is not None:
            return
        if self._freeze_heap and gc.isenabled():
            gc.disable()
            self._gc_paused = True
        self._warming.start()

    def _after_preload(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the preload thread is done, without waiting on the GUI
        thread (a join held the window while the imports ran)."""
        if self._closed:
            return
        if self._warming is not None and self._warming.is_alive():
            QTimer.singleShot(PRELOAD_POLL_MS, lambda: self._after_preload(then))
            return
        self._preload_done()
        then()

    def _preload_done(self) -> None:
        """The modules are loaded: the heap is frozen (if no unlock was tried yet)
        and the garbage collector is on again."""
        if self._gc_paused:
            self._gc_paused = False
            self._freeze_long_lived()
            gc.enable()

    def _before_attempt(self, attempt: Callable[[], None]) -> None:
        """An unlock asked for before the preload is done (within about a second
        of the unlock screen): the attempt waits for it, the unlock screen busy,
        so that the heap is frozen before anything of a passphrase or a vault is
        in it and nothing imports while the window opens (issue #10)."""
        if self._warming is not None and (self._warming.ident is None or self._warming.is_alive()):
            self._start_preload()
            self._after_preload(attempt)
            return
        attempt()

    def _prepare_main_window(self) -> None:
        """While the person types the passphrase: the main window is built, hidden
        and empty (issue #10: building it at the unlock stalled the window 84–145
        ms), in two steps of ≈ 10–35 ms on the GUI thread: the window, then its
        home page, laid out and drawn off screen."""
        if self._closed or self.main_window is not None or self._prepared is not None:
            return
        if self.unlock_window is None or not self.unlock_window.isVisible():
            return
        self._prepared = self._build_main_window()
        self._freeze_long_lived()
        QTimer.singleShot(WINDOW_STEP_MS, self._warm_prepared_if_waiting)

    def _warm_prepared_if_waiting(self) -> None:
        window = self.unlock_window
        if self._opening is None and window is not None and window.isVisible():
            self._warm_prepared()

    def _warm_prepared(self) -> None:
        """Build the prepared window's home page and lay the window out, hidden
        and empty: its first showing then only draws it."""
        window = self._prepared
        if window is None or self._prepared_warm or self._closed:
            return
        from app.ui.pages import PAGES

        self._prepared_warm = True
        window.pages[PAGES[0].key]  # the page shown at a first unlock
        window.ensurePolished()
        layout = window.layout()
        if layout is not None:
            layout.activate()

    def _freeze_long_lived(self) -> None:
        """Leave the objects made so far (modules, classes, the prepared window:
        ≈ all of the heap before a vault is read) out of the garbage collector's
        full passes. A full pass holds the GIL for as long as it walks the heap
        (≈ 90 ms here once the database layer and the pages are loaded), from
        whichever thread allocates: the worker reading a case stalled the window
        that long (issue #10). Done once, before any unlock was tried: no vault
        data and no passphrase (a failed attempt's traceback) can be among the
        objects frozen, which are never collected again."""
        if not self._freeze_heap or self._frozen:
            return
        if self.unlock_window is None or self.unlock_window.submitted:
            return
        if self.vault is None or self.vault.is_unlocked:
            return
        self._frozen = True
        gc.freeze()

    # -- unlocked ---------------------------------------------------------------------
    def _unlocked(self, result: Unlocked) -> None:
        if result.must_choose_passphrase:
            self._ask_first_passphrase(result)
            return
        self._open_in_steps(result)

    def _open_in_steps(self, result: Unlocked) -> None:
        """Show the main window for ``result``: at once when it is prepared (the
        person typed the passphrase meanwhile); else built in steps, one per turn
        of the event loop (each < 50 ms of the GUI thread), the unlock screen
        busy meanwhile: nothing is shown, nor can be clicked, half built."""
        if self.main_window is not None or (self._prepared is not None and self._prepared_warm):
            self._open(result.session, result.settings)
            return
        self._opening = result
        if self.unlock_window is not None:
            self.unlock_window.show_busy()
        if self._warming is not None and self._warming.ident is None:
            self._start_preload()  # (unlocked before the preload even started)
        self._after_preload(self._open_step)

    def _open_step(self) -> None:
        """One step of :meth:`_open_in_steps`: what is missing first, else the
        opening itself."""
        result = self._opening
        if result is None:
            return  # locked or closed meanwhile
        if not self._still_unlocked():
            self._opening = None
            return
        self._use_language(result.session.language)  # before the window is built
        if self.main_window is None and self._prepared is None:
            self._prepared = self._build_main_window()
        elif self.main_window is None and not self._prepared_warm:
            self._warm_prepared()
        else:
            self._opening = None
            self._open(result.session, result.settings)
            return
        QTimer.singleShot(WINDOW_STEP_MS, self._open_step)

    def _still_unlocked(self) -> bool:
        return (
            not self._closed
            and self.vault is not None
            and self.vault.is_unlocked
            and self.workspace is None
        )

    def _ask_first_passphrase(self, result: Unlocked) -> None:
        """Opened with a one-time code: a passphrase is chosen before anything is shown."""
        assert self.vault is not None
        from app.ui.first_passphrase import FirstPassphraseDialog

        dialog = FirstPassphraseDialog(
            self.vault,
            result.session,
            self.tasks,
            kdf=self.kdf,
            timeout_ms=self._idle_timeout_ms(result.settings),
            parent=self.unlock_window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.first_passphrase = dialog

        def finished(code: int) -> None:
            self.first_passphrase = None
            if self._closed:
                return
            if code == FirstPassphraseDialog.DialogCode.Accepted:
                self._open_in_steps(result)
            elif self.vault is not None:
                auth.lock(self.vault, result.session)
                self._show_unlock(result.session.login)

        dialog.finished.connect(finished)
        dialog.open()

    def _main_window(self) -> MainWindow:
        if self.main_window is None:
            window, self._prepared = self._prepared, None
            self._prepared_warm = False
            if window is None:
                if self._warming is not None and self._warming.ident is not None:
                    self._warming.join()  # done long before: the unlock took a second
                # (not started yet: an unlock quicker than the delay imports them here)
                window = self._build_main_window()
            self.copy_guard = protect_copies(window)
            self.main_window = window
        return self.main_window

    def _build_main_window(self) -> MainWindow:
        from app.ui.main_window import MainWindow

        window = MainWindow()
        window.lock_requested.connect(self.lock)
        window.minimised.connect(self._minimised)
        window.close_requested.connect(lambda: self.quit(0))
        window.settings_saved.connect(self._settings_saved)
        window.language_chosen.connect(self.change_language)
        return window

    def _discard_prepared(self) -> None:
        window, self._prepared = self._prepared, None
        self._prepared_warm = False
        if window is not None:
            window.deleteLater()

    def _open(self, session: UserSession, settings: VaultSettings) -> None:
        assert self.vault is not None
        from app.ui.pages import PAGES

        same_user = session.login == self._last_login and self._last_page
        page = self._last_page if same_user else PAGES[0].key
        self._use_language(session.language)  # before the main window is built
        self.workspace = Workspace(self.vault, session, settings, self.tasks, self.kdf)
        vault = self.vault
        self.workspace.pause_backups = self.backups.stop  # issue 12: nothing else during a sync
        self.workspace.resume_backups = lambda: self.backups.schedule(vault, session)
        window = self._main_window()
        window.open_workspace(self.workspace, page)
        if self.unlock_window is not None:
            self.unlock_window.hide()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        self._settings_saved(settings)
        self.idle.start()
        self.backups.schedule(self.vault, session)  # today's backup, in the background
        log.info("Vault unlocked")
        if self._take_unkept_drafts(session):
            messages.show_info(window, unkept_drafts_message())

    # -- language -----------------------------------------------------------------------
    def _use_language(self, language: str) -> None:
        """Install ``language`` for the screen and note it as this laptop's last one.

        Windows built in another language are let go (they are built again, in
        the new one, when next shown): the main window of a previous user, the
        unlock screen."""
        remember_language(language)
        if language == installed_language():
            return
        app = QCoreApplication.instance()
        assert app is not None
        install_language(app, language)
        self._discard_prepared()  # built in the other language
        self._discard_main_window()
        if self.unlock_window is not None:
            window, self.unlock_window = self.unlock_window, None
            window.hide()
            window.deleteLater()

    def _discard_main_window(self) -> None:
        window, self.main_window = self.main_window, None
        if window is None:
            return
        if self.copy_guard is not None:
            self.copy_guard.dispose()
            self.copy_guard = None
        window.clear()
        window.hide()
        window.deleteLater()

    def change_language(self, language: str) -> None:
        """The user chose another language in the settings (already stored in the
        vault): show everything in it now. Unsaved typing is kept as drafts, as at
        a lock, and offered back by the new window; the same page is shown."""
        workspace, window = self.workspace, self.main_window
        if workspace is None or window is None or self._closed:
            return
        if language == installed_language():
            return
        page = window.current_key
        self.tasks.wait_for_done()
        self.tasks.forget_pending()  # nothing comes back to the old window's pages
        try:
            window.stash_drafts()
        except Exception:
            log.exception("Could not keep every draft before changing the language")
            self._note_unkept_drafts(workspace.session)
        workspace.session = replace(workspace.session, language=language)
        self._use_language(language)
        new = self._main_window()
        new.open_workspace(workspace, page)
        new.show()
        new.raise_()
        new.activateWindow()
        log.info("Language changed")

    def _idle_timeout_ms(self, settings: VaultSettings) -> int:
        if self._idle_override is not None:
            return self._idle_override
        return settings.auto_lock_minutes * 60_000

    def _settings_saved(self, settings: VaultSettings) -> None:
        self.idle.set_timeout_ms(self._idle_timeout_ms(settings))

    def _minimised(self) -> None:
        if self.workspace is not None and self.workspace.settings.lock_on_minimise:
            # After the window-state change has been processed.
            QTimer.singleShot(0, lambda: self.lock("minimise"))

    # -- locking ------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.workspace is None

    def lock(self, reason: str = "button") -> None:
        """Empty every page, hide the window, lock the vault, show the unlock screen."""
        if self._closed:
            return
        if self.workspace is None:
            self._abandon_opening(reason)
            return
        self.idle.stop()
        self.backups.stop()  # a running copy stops between two steps
        self.tasks.wait_for_done()
        self.tasks.forget_pending()
        self._last_login = self.workspace.session.login
        user = self.workspace.session
        window = self.main_window
        if window is not None:
            # Unsaved typing is kept inside the vault and offered back after unlocking.
            try:
                window.stash_drafts()
            except Exception:
                log.exception("Could not keep every draft before locking")
                self._note_unkept_drafts(user)
            self._last_page = window.current_key
            window.clear()
            window.hide()
        self.workspace = None
        clear_secret()
        if self.vault is not None:
            auth.lock(self.vault, user)
        log.info("Vault locked (%s)", reason)
        self._show_unlock(self._last_login)

    def _abandon_opening(self, reason: str) -> None:
        """Locked while the main window was being built for an unlock (not shown
        yet): the steps left are dropped, the vault is locked, the unlock screen
        is shown again. The window built so far stays hidden and empty (the
        prepared window of the next unlock)."""
        result, self._opening = self._opening, None
        if result is None:
            return
        user = result.session
        self._last_login = user.login
        if self.vault is not None:
            auth.lock(self.vault, user)
        log.info("Vault locked (%s)", reason)
        self._show_unlock(self._last_login)

    def _note_unkept_drafts(self, user: UserSession) -> None:
        """A draft was lost at lock: say so at the next unlock (this process or the next)."""
        self._unkept_drafts.add(user.user_id)
        if self.vault is None or not note_unkept_drafts(self.vault.paths.root, user.user_id):
            log.warning("The lost draft could only be remembered until Balise closes")

    def _take_unkept_drafts(self, user: UserSession) -> bool:
        in_memory = user.user_id in self._unkept_drafts
        self._unkept_drafts.discard(user.user_id)
        on_disk = self.vault is not None and take_unkept_drafts_notice(
            self.vault.paths.root, user.user_id
        )
        return in_memory or on_disk

    # -- end ----------------------------------------------------------------------------
    def quit(self, code: int = 0) -> None:
        """Release everything and tell the application to exit with ``code``."""
        if self.exit_code is not None:
            return
        self.exit_code = code
        self.close()
        self.finished.emit(code)

    def close(self) -> None:
        """Lock and close the vault, close every window, wait for the worker."""
        if self._closed:
            return
        self._closed = True
        user = self.workspace.session if self.workspace is not None else None
        if user is None and self._opening is not None:  # closed while it opened
            user = self._opening.session
        self._opening = None
        if self._gc_paused:  # (closed before the preload was done)
            self._gc_paused = False
            gc.enable()
        self.idle.dispose()
        self.tasks.wait_for_done()
        self.tasks.forget_pending()
        clear_secret()
        if self.first_passphrase is not None:
            self.first_passphrase.hide()
            self.first_passphrase.deleteLater()
            self.first_passphrase = None
        if self.copy_guard is not None:
            self.copy_guard.dispose()
            self.copy_guard = None
        self._discard_prepared()
        if self.main_window is not None:
            if user is not None:
                try:  # closing in the middle of typing keeps a draft, as locking does
                    self.main_window.stash_drafts()
                except Exception:
                    log.exception("Could not keep every draft before closing")
                    self._note_unkept_drafts(user)
            self.main_window.clear()
            self.main_window.hide()
            self.main_window.deleteLater()
            self.main_window = None
        if self.wizard is not None:
            result = self.wizard.result_data
            if result is not None and self.vault is None:
                self.vault = result.created.vault
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None
        if self.unlock_window is not None:
            self.unlock_window.hide()
            self.unlock_window.deleteLater()
            self.unlock_window = None
        self.workspace = None
        if self.vault is not None:
            if user is not None:
                self.backups.stop()
                backup_before_exit(self.vault, user)  # if none was made today
                auth.lock(self.vault, user)
            self.vault.close()
        log.info("Vault closed")
