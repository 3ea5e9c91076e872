"""The case screen: header, safe-contact banner, and the sections as tabs.

It lives in the main window's stack outside the navigation list; "← Retour"
(Alt+←) goes back to the page the user came from. Every read and write goes
through ``workspace.ops``; after a write the whole case is read again (a case
is small) so every section stays consistent.

A section (tab) is built when it is first shown or asked for, and filled with
the case read when it is shown: opening a case fills the header, the banner
and the tab in front only (issue #10: filling the eleven sections held the
window ≈ 50 ms at each opening, building them 120–250 ms at the first).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.case_screen import CaseBundle, load_bundle
from app.core.erasure_register import ErasureKind
from app.core.purge import ErasureOutcome
from app.i18n import tr
from app.ui.case.access import apply_permissions
from app.ui.case.authors import AuthorsSection
from app.ui.case.consents import ConsentSection
from app.ui.case.departure import DepartureSection
from app.ui.case.followups import FollowUpSection
from app.ui.case.forms import FormDialog
from app.ui.case.header import CaseHeader
from app.ui.case.people import PeopleSection
from app.ui.case.protection import ProtectionSection
from app.ui.case.risk import RiskSection
from app.ui.case.safe_contact import SafeContactBanner
from app.ui.case.section import Section
from app.ui.case.steps import StepsSection
from app.ui.case.summary import SummarySection
from app.ui.case.violence import ViolenceSection
from app.ui.documents.register import DocumentSection
from app.ui.help.guide import CASE_TAB_ANCHORS
from app.ui.messages import error_text, show_error
from app.ui.operations import ErrorHandler, Tx
from app.ui.pages.base import Page
from app.ui.widgets import ErrorLabel, scrolling
from app.ui.workspace import Workspace

#: the sections in tab order: the page's attribute and the section's class
SECTIONS: tuple[tuple[str, type[Section]], ...] = (
    ("summary", SummarySection),
    ("people", PeopleSection),
    ("authors", AuthorsSection),
    ("violence", ViolenceSection),
    ("risk", RiskSection),
    ("consents", ConsentSection),
    ("followups", FollowUpSection),
    ("protection", ProtectionSection),  # issue #4: the three pathways
    ("steps", StepsSection),
    ("departure", DepartureSection),
    ("documents", DocumentSection),  # issue #5: letters and documents
)
NAMES = tuple(name for name, _cls in SECTIONS)


def _section_property(name: str) -> property:
    def get(self: CasePage) -> Any:
        return self.section(name)

    return property(get, doc=f"The {name} section (built and filled when asked for).")


class CasePage(Page):
    #: "← Retour" was pressed
    back_requested = Signal()
    #: the guide's section about the case screen (each tab has its own: CASE_TAB_ANCHORS)
    help_anchor = "dossier"

    def __init__(self, parent: QWidget | None = None, *, front_tab: bool = True) -> None:
        """``front_tab``: build the Résumé section now (else when first needed:
        the main window's idle pre-build does it in a step of its own)."""
        super().__init__(parent)
        self.case_id: uuid.UUID | None = None
        self.bundle: CaseBundle | None = None
        self._after_load: list[Callable[[], None]] = []

        self.back_button = QPushButton(tr("← Retour"))
        self.back_button.setToolTip(tr("Revenir à la page précédente (Alt+←)"))
        self.back_button.clicked.connect(self.back_requested)
        self.header = CaseHeader()
        self.banner = SafeContactBanner()
        self.banner.edit_button.clicked.connect(self._edit_victim)
        self.error = ErrorLabel()

        #: the sections built so far, and those showing the case read (the others
        #: are filled when shown)
        self._built: dict[str, Section] = {}
        self._filled: set[str] = set()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # room above the text: an accented capital (É) is not clipped in unselected tabs
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 6px 9px; }")
        # Short titles so that the eleven sections fit a laptop screen; the full
        # name is in each tab's tooltip.
        titles = (
            (tr("Résumé"), tr("Résumé du dossier")),
            (tr("Personnes"), tr("Victime et co-victimes")),
            (tr("Auteurs"), tr("Auteur(s) présumé(s)")),
            (tr("Violence"), tr("Violences rapportées")),
            (tr("Risque"), tr("Évaluation du risque")),
            (tr("Accords"), tr("Consentements (enregistrer, partager)")),
            (tr("Suivis"), tr("Suivis et rendez-vous")),
            (tr("Plainte"), tr("Plainte et protection")),
            (tr("Démarches"), tr("Démarches socio-administratives")),
            (tr("Départ"), tr("Plan de départ")),
            (tr("Documents"), tr("Courriers et documents")),
        )
        for number, (title, full) in enumerate(titles, 1):
            # the section's scroll area comes in when the tab is first shown
            tab = QWidget()
            holder = QVBoxLayout(tab)
            holder.setContentsMargins(0, 0, 0, 0)
            tab.installEventFilter(self)
            self.tabs.addTab(tab, title)
            if number > 10:  # Alt+1 … Alt+9, then Alt+0 for the tenth
                self.tabs.setTabToolTip(number - 1, full)
                continue
            self.tabs.setTabToolTip(number - 1, f"{full} (Alt+{number % 10})")
            shortcut = QShortcut(QKeySequence(f"Alt+{number % 10}"), self)
            shortcut.activated.connect(lambda i=number - 1: self.show_section(i))
        self.tabs.currentChanged.connect(self._tab_shown)
        back = QShortcut(QKeySequence("Alt+Left"), self)
        back.activated.connect(self.back_requested)

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.header, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        if front_tab:
            self.section(NAMES[0])  # the tab in front; the others when first shown
        self.clear()

    summary = _section_property("summary")
    people = _section_property("people")
    authors = _section_property("authors")
    violence = _section_property("violence")
    risk = _section_property("risk")
    consents = _section_property("consents")
    followups = _section_property("followups")
    protection = _section_property("protection")
    steps = _section_property("steps")
    departure = _section_property("departure")
    documents = _section_property("documents")

    @property
    def sections(self) -> list[Section]:
        """Every section in tab order (builds and fills those not yet)."""
        return [self.section(name) for name in NAMES]

    def built_section(self, name: str) -> Section | None:
        """The section ``name`` if it is built, without building it."""
        return self._built.get(name)

    def section_index(self, name: str) -> int:
        return NAMES.index(name)

    def section(self, name: str) -> Section:
        """The section ``name``, built if it is not yet and showing the case read."""
        section = self._built.get(name)
        if section is None:
            if name == "violence":
                section = ViolenceSection(self, self.summary.open_details)
            else:
                section = dict(SECTIONS)[name](self)
            self._built[name] = section
            tab = self.tabs.widget(NAMES.index(name))
            area = scrolling(section)  # a short screen scrolls the tab
            tab.layout().addWidget(area)
            tab.setFocusProxy(area)
            area.show()  # now, not at the next turn of the event loop
        if name not in self._filled and self.bundle is not None:
            self._filled.add(name)
            section.show_bundle(self.bundle, self.hide_names)
            if self.workspace is not None:  # presentation only: core checks
                apply_permissions(self, self.workspace, self.bundle)
        return section

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(NAMES):
            self.section(NAMES[index])

    def current_help_anchor(self) -> str:
        """The guide's section of the tab shown (F1)."""
        index = self.tabs.currentIndex()
        return CASE_TAB_ANCHORS[index] if 0 <= index < len(CASE_TAB_ANCHORS) else self.help_anchor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A tab that hides while it holds the focus (another tab is chosen) would
        # hand the focus to the navigation list, which then opened its first page:
        # the case screen vanished. The tab bar keeps it until the new tab takes it.
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget):
            focus = QApplication.focusWidget()
            if focus is not None and watched.isAncestorOf(focus):
                self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
        return super().eventFilter(watched, event)

    # -- showing a case --------------------------------------------------------------------
    @property
    def hide_names(self) -> bool:
        return bool(self.workspace and self.workspace.hide_names)

    def show_case(self, workspace: Workspace, case_id: uuid.UUID) -> None:
        """Read ``case_id`` in the background and show it (from the Résumé tab)."""
        opening = case_id != self.case_id
        if opening:
            self.clear()
            self.tabs.setCurrentIndex(0)
        self.workspace = workspace
        self.case_id = case_id
        self.setEnabled(True)
        if opening and self.isVisible():
            # the keyboard starts in the case, wherever it was (a form that
            # closed, a list this page replaced, the navigation)
            self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)
        self.reload(trace=opening)

    def load(self, workspace: Workspace) -> None:
        self.workspace = workspace
        if self.case_id is not None:
            self.reload(trace=True)

    def reload(self, *, trace: bool = False) -> None:
        """Read the case again; ``trace`` when it is (re)opened, not after a change."""
        ws, case_id = self.workspace, self.case_id
        if ws is None or case_id is None:
            return
        actor = ws.session

        def read(tx: Tx) -> CaseBundle:
            return load_bundle(tx, actor, case_id, trace=trace)

        # Opening a case is written to the audit trail: then the read is committed.
        run = ws.ops.write if trace else ws.ops.read
        run(self, read, self._loaded, on_error=self._load_failed)

    def _loaded(self, bundle: CaseBundle) -> None:
        if self.workspace is None or bundle.case_id != self.case_id:
            return
        self.bundle = bundle
        self.error.show_message(None)
        self.render()
        waiting, self._after_load = self._after_load, []
        for action in waiting:
            action()

    def _load_failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True  # shown above the tabs

    def render(self, *, every_section: bool = False) -> None:
        """Show the case read: the header, the banner and the tab in front (the
        other tabs when they are shown); ``every_section``: every built one now."""
        bundle = self.bundle
        if bundle is None:
            return
        hide = self.hide_names
        self.header.show_case(bundle, hide)
        victim = bundle.detail.victim
        self.banner.show_rules(victim.safe_contact if victim else None)
        self._filled.clear()
        names = list(self._built) if every_section else []
        index = self.tabs.currentIndex()
        if 0 <= index < len(NAMES):
            names.append(NAMES[index])
        for name in dict.fromkeys(names):
            section = self._built.get(name)
            if section is None:
                section = self.section(name)  # built and filled
            if name not in self._filled:
                self._filled.add(name)
                section.show_bundle(bundle, hide)
        if self.workspace is not None:
            apply_permissions(self, self.workspace, bundle)  # presentation only: core checks

    def _edit_victim(self) -> None:
        victim = self.bundle.detail.victim if self.bundle else None
        if victim is not None:
            self.people.open_person(
                next((p for p in self.people.people if p.id == victim.id), None)
            )

    def show_section(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    def names_changed(self) -> None:
        # no tab, shown or not, keeps the names of the other mode
        self.render(every_section=True)

    def clear(self) -> None:
        """Empty every widget: nothing read from the vault remains."""
        super().clear()
        self.case_id = None
        self.bundle = None
        self._after_load = []
        self.header.clear()
        self.banner.clear()
        self.error.show_message(None)
        for section in self._built.values():
            section.clear()
        self._filled.clear()
        self.setEnabled(False)

    # -- forms and writes (used by the sections) -------------------------------------------
    def open_form(self, dialog: FormDialog, draft: dict[str, Any] | None = None) -> None:
        dialog.saved.connect(lambda _result: self.reload())
        if draft is not None:
            dialog.start_from_draft(draft)
        dialog.open()

    def run_write(
        self,
        job: Callable[[Tx], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run ``job`` in one transaction, then ``on_done(result)`` and read the case
        again. Errors go to ``on_error``, or to a message box."""
        ws = self.workspace
        if ws is None:
            return

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.reload()

        ws.ops.write(self, job, done, on_error=on_error)

    def after_erasure(self, outcome: ErasureOutcome) -> None:
        """After « Effacer définitivement… »: an erased case leaves the screen for the
        page it was opened from; after a co-victim, the case is read again."""
        if outcome.backup_error:
            show_error(
                self.window(),
                tr(
                    "L'effacement est fait, mais la sauvegarde qui devait suivre n'a pas "
                    "pu être faite : {raison}"
                ).format(raison=outcome.backup_error),
                blocking=False,
            )
        if any(e.kind == ErasureKind.CASE for e in outcome.erasures):
            self.clear()
            self.back_requested.emit()
        else:
            self.reload()

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        """Reopen a form kept as a draft (once the case is on screen)."""
        if self.bundle is None or self.bundle.case_id != self.case_id:
            self._after_load.append(lambda: self.resume(form_key, payload))
            return
        kind = form_key.split(":", 1)[0]
        for index, (name, cls) in enumerate(SECTIONS):
            if kind in cls.draft_kinds:
                self.tabs.setCurrentIndex(index)
                self.section(name).resume(form_key, payload)
                return
