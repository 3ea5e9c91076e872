"""The main window of an unlocked vault: navigation, pages, lock button, status bar."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.drafts import DraftView
from app.core.permissions import can
from app.i18n import tr
from app.ui.case.drafts import DraftBar
from app.ui.idle import shortcut_text
from app.ui.page_stack import LazyPages
from app.ui.pages import PAGES, Page
from app.ui.pages.settings import SettingsPage
from app.ui.theme import icon
from app.ui.widgets import DemoBadge, fit_to_screen
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from app.ui.case.page import CasePage
    from app.ui.help.window import HelpWindow
    from app.ui.intake.dialog import IntakeDialog


#: how long after the vault's pages are shown the idle pre-build of the case
#: screen starts (its steps then follow at the next turns of the event loop)
PREBUILD_DELAY_MS = 100
#: between two steps: the event loop answers what came meanwhile (a step chained
#: with a zero timer could run right after the previous one, in the same pass)
PREBUILD_STEP_MS = 15


def window_title(workspace: Workspace | None) -> str:
    """ "Balise — <service>" (+ " — DÉMO"); never the name of a person."""
    if workspace is None:
        return tr("Balise")
    title = tr("Balise — {service}").format(service=workspace.session.service_name)
    if workspace.session.is_demo:
        title += tr(" — DÉMO")
    return title


class MainWindow(QMainWindow):
    lock_requested = Signal()
    minimised = Signal()
    close_requested = Signal()
    settings_saved = Signal(object)
    #: the user chose another language in the settings (stored): the code
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.setWindowTitle(window_title(None))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(200)
        self.navigation.setAccessibleName(tr("Navigation"))
        self.stack = QStackedWidget()
        # Each page is built the first time it is shown or asked for (issue #10:
        # building them all froze the window at unlock).
        self.pages: LazyPages = LazyPages(PAGES, self.stack, self._page_built)
        for spec in PAGES:
            item = QListWidgetItem(icon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 40))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_page)
        # The case screen: in the stack, not in the navigation list (built when
        # a case is first opened).
        self._case_page: CasePage | None = None
        #: the steps of the case screen's idle pre-build not done yet
        self._prebuild: list[Callable[[], None]] = []
        self._return_row = 0
        self.drafts_bar = DraftBar()
        self.drafts_bar.resume_requested.connect(self._resume_draft)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.drafts_bar)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.lock_action = QAction(icon("lock"), tr("&Verrouiller"), self)
        self.lock_action.setToolTip(
            tr("Verrouiller le coffre ({shortcut})").format(shortcut=shortcut_text())
        )
        self.lock_action.triggered.connect(self.lock_requested)
        toolbar = QToolBar(tr("Barre d'outils"))
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.lock_action)
        self.new_case_action = QAction(tr("&Nouveau dossier"), self)
        self.new_case_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_case_action.setToolTip(tr("Enregistrer une nouvelle situation (Ctrl+N)"))
        self.new_case_action.triggered.connect(self.new_case)
        toolbar.addAction(self.new_case_action)
        self.hide_names_action = QAction(tr("&Masquer les noms"), self)
        self.hide_names_action.setCheckable(True)
        self.hide_names_action.setShortcut(QKeySequence("Ctrl+H"))
        self.hide_names_action.setToolTip(
            tr(
                "Afficher pseudonymes ou initiales à la place des noms, "
                "pour travailler dans un lieu public (Ctrl+H)"
            )
        )
        self.hide_names_action.toggled.connect(self._hide_names_toggled)
        toolbar.addAction(self.hide_names_action)
        # No menu bar: the guide is a toolbar button, and F1 anywhere in the window.
        self.help_action = QAction(icon("help"), tr("Aide (F1)"), self)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.setToolTip(tr("Ouvrir le guide à la partie de cette page (F1)"))
        self.help_action.triggered.connect(self.show_help)
        toolbar.addAction(self.help_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.demo_badge = DemoBadge()
        self.demo_action = toolbar.addWidget(self.demo_badge)
        self.demo_action.setVisible(False)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        self.user_label = QLabel()
        self.user_label.setContentsMargins(8, 2, 8, 2)
        self.statusBar().addWidget(self.user_label)
        fit_to_screen(self, 1240, 740)

    # -- pages ------------------------------------------------------------------------
    def _page_built(self, _key: str, page: Page) -> None:
        # Every page paints its whole background: on some X11 set-ups (no
        # compositor) a page that leaves parts to its parent showed the previous
        # page's pixels underneath after switching.
        page.setAutoFillBackground(True)
        if isinstance(page, SettingsPage):
            page.settings_saved.connect(self.settings_saved)
            page.language_chosen.connect(self.language_chosen)

    @property
    def case_page(self) -> CasePage:
        """The case screen (built the first time it is needed, or ahead of it in
        idle time: :meth:`prebuild_case_page`)."""
        if self._prebuild:  # asked for before the idle steps were all done
            self._finish_prebuild()
        if self._case_page is None:
            self._build_case_page()
        assert self._case_page is not None
        return self._case_page

    def _build_case_page(self, *, front_tab: bool = True) -> None:
        from app.ui.case.page import CasePage

        page = CasePage(front_tab=front_tab)
        page.back_requested.connect(self.go_back)
        page.setAutoFillBackground(True)
        self.stack.addWidget(page)
        self._case_page = page

    def prebuild_case_page(self) -> None:
        """Build the case screen, empty and hidden, in small steps while the
        window is idle (issue #10: the first opening of a case stalled the window
        ≈ 106 ms building and laying it out). Each step (< 50 ms) runs from the
        event loop, one per turn, also while the worker reads a page (the GUI
        thread only waits then); locking abandons the rest, and opening a case
        does the rest at once (but the drawing off screen, which its showing
        does)."""
        if self._case_page is not None or self._prebuild:
            return
        self._prebuild = [
            lambda: self._build_case_page(front_tab=False),
            lambda: self._built_case_page().section("summary"),
            self._polish_case_page,
        ]
        QTimer.singleShot(PREBUILD_DELAY_MS, self._prebuild_step)

    def _built_case_page(self) -> CasePage:
        assert self._case_page is not None
        return self._case_page

    def _prebuild_step(self) -> None:
        if not self._prebuild:
            return
        if self.workspace is None:  # locked (or closing): the rest when first needed
            self._prebuild.clear()
            return
        if self.workspace.tasks.is_busy:
            # not while the worker reads (the first page's data): the two would
            # share the GIL and each step would hold the window twice as long
            QTimer.singleShot(PREBUILD_STEP_MS, self._prebuild_step)
            return
        self._prebuild.pop(0)()
        if self._prebuild:
            QTimer.singleShot(PREBUILD_STEP_MS, self._prebuild_step)

    def _finish_prebuild(self) -> None:
        steps, self._prebuild = self._prebuild, []
        for step in steps:
            if step != self._polish_case_page:  # the showing lays it out anyway
                step()

    def _polish_case_page(self) -> None:
        """Style, lay out and draw the hidden case screen once: the style sheet's
        rules, the fonts' metrics and the layout are then ready for its first
        showing (nothing reaches the screen)."""
        page = self._built_case_page()
        if self._showing_case():
            return
        page.ensurePolished()
        page.resize(self.stack.size())
        layout = page.layout()
        if layout is not None:
            layout.activate()
        page.grab()

    def _showing_case(self) -> bool:
        return self._case_page is not None and self.stack.currentWidget() is self._case_page

    @property
    def current_key(self) -> str:
        item = self.navigation.currentItem()
        if item is None and self._showing_case():
            item = self.navigation.item(self._return_row)  # the page the case was opened from
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else PAGES[0].key

    def show_page(self, key: str) -> None:
        keys = [spec.key for spec in PAGES]
        row = keys.index(key) if key in keys else 0
        if self.navigation.item(row).isHidden():  # not for this role
            row = 0
        self.navigation.setCurrentRow(row)

    def _pages_for_role(self, workspace: Workspace) -> None:
        """Show in the navigation only the pages the user's role may use (core
        refuses the actions anyway)."""
        for row, spec in enumerate(PAGES):
            allowed = spec.permission is None or can(workspace.session, spec.permission)
            self.navigation.item(row).setHidden(not allowed)

    def _show_page(self, row: int) -> None:
        if row < 0:
            return
        page = self.pages[self.pages.key_at(row)]
        self.stack.setCurrentWidget(page)
        if self.workspace is not None:
            self.workspace.tasks.hold_until_drawn(page)  # drawn before it is read
            page.load(self.workspace)

    # -- navigation to cases -------------------------------------------------------------
    def open_case(self, case_id: uuid.UUID) -> None:
        """Show one case (its own screen, outside the navigation list)."""
        if self.workspace is None:
            return
        if not self._showing_case():
            self._return_row = max(self.navigation.currentRow(), 0)
            # Hiding the page that has the focus (the case table) hands the focus
            # to the navigation list, which then selects its first row: without
            # its signals blocked, that reloaded the dashboard before every case.
            self.navigation.blockSignals(True)
            try:
                self.navigation.setCurrentRow(-1)
                self.stack.setCurrentWidget(self.case_page)
                self.case_page.setFocus(Qt.FocusReason.OtherFocusReason)
                self.navigation.setCurrentRow(-1)
            finally:
                self.navigation.blockSignals(False)
        self.case_page.show_case(self.workspace, case_id)

    def new_case(self) -> None:
        """Start the intake of a new case."""
        self.start_intake()

    def start_intake(self, draft: dict | None = None) -> IntakeDialog | None:
        """Open the intake form (filled with ``draft`` when resuming one)."""
        if self.workspace is None:
            return None
        from app.ui.intake.dialog import IntakeDialog

        dialog = IntakeDialog(self.workspace, self)
        dialog.saved.connect(lambda ref: self.open_case(ref.id))
        if draft is not None:
            dialog.start_from_draft(draft)
        dialog.open()
        dialog.load()
        return dialog

    def go_back(self) -> None:
        """Leave the case screen for the page it was opened from."""
        self.navigation.setCurrentRow(self._return_row)

    def _resume_draft(self, draft: DraftView) -> None:
        if draft.form_key.startswith("intake:"):
            self.start_intake(draft.payload)
        elif draft.form_key.startswith("partner:"):
            self.show_page("partners")
            self.pages["partners"].resume_draft(draft.payload)  # type: ignore[attr-defined]
        elif draft.form_key.startswith(("housing_", "activity", "attendance:", "trainees:")):
            key = "housing" if draft.form_key.startswith("housing_") else "activities"
            self.show_page(key)
            self.pages[key].resume_draft(draft.form_key, draft.payload)  # type: ignore[attr-defined]
        elif draft.case_id is not None:
            self.open_case(draft.case_id)
            self.case_page.resume(draft.form_key, draft.payload)

    # -- help ---------------------------------------------------------------------------
    def current_help_anchor(self) -> str:
        """The guide's section of what is shown: the page, or the case's tab."""
        if self._showing_case():
            return self.case_page.current_help_anchor()
        key = self.current_key
        return next((spec.help_anchor for spec in PAGES if spec.key == key), "")

    def show_help(self) -> HelpWindow:
        """Open the user guide at the section of the current page (F1)."""
        from app.ui.help.window import open_help

        return open_help(self, self.current_help_anchor())

    # -- hide-name mode -------------------------------------------------------------------
    def _hide_names_toggled(self, hidden: bool) -> None:
        if self.workspace is None:
            return
        self.workspace.hide_names = hidden
        current = self.stack.currentWidget()
        if isinstance(current, Page):
            current.names_changed()

    # -- unlocking and locking ----------------------------------------------------------
    def stash_drafts(self) -> None:
        """Before locking: every page and open dialog keeps its unsaved input as a draft."""
        for page in self.pages.built():
            page.stash_draft()
        for widget in self.findChildren(QWidget):
            stash = getattr(widget, "stash_draft", None)
            if widget.isVisible() and isinstance(widget, QDialog) and callable(stash):
                stash()

    def open_workspace(self, workspace: Workspace, page_key: str) -> None:
        """Show the vault's data for ``workspace``, starting at ``page_key``."""
        workspace.hide_names = self.hide_names_action.isChecked()
        workspace.open_case = self.open_case
        workspace.new_case = self.new_case
        self.workspace = workspace
        session = workspace.session
        self.setWindowTitle(window_title(workspace))
        self.demo_action.setVisible(session.is_demo)
        self.user_label.setText(
            tr("Connecté·e : {name} ({login}) — {role}").format(
                name=session.full_name, login=session.login, role=session.role.label
            )
        )
        self._pages_for_role(workspace)
        self.navigation.blockSignals(True)
        self.show_page(page_key)
        self.navigation.blockSignals(False)
        self._show_page(self.navigation.currentRow())
        self.drafts_bar.check(workspace)
        self.prebuild_case_page()

    def clear(self) -> None:
        """Close dialogs and empty every page: nothing read from the vault remains."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        for page in self.pages.built():
            page.clear()
        if self._case_page is not None:
            self._case_page.clear()
        self.drafts_bar.clear()
        self.workspace = None
        self.user_label.clear()
        self.demo_action.setVisible(False)
        self.setWindowTitle(window_title(None))

    # -- window events ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.minimised.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.close_requested.emit()
