"""Démarches: the socio-administrative steps of the case, their progress, and
standard sets applied in one go (« départ du domicile », « plainte », « étranger »)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.core.case_screen import CaseBundle
from app.core.pathways.steps import (
    CaseStepView,
    apply_standard_set,
    remove_case_step,
    set_step_status,
)
from app.core.pathways.vocabulary import StandardSet, StepStatus
from app.i18n import tr
from app.ui.case.format import DASH, fmt_date, fmt_utc, short
from app.ui.case.forms import ask_yes
from app.ui.case.pathway_fields import paint_rows
from app.ui.case.section import (
    CaseScreen,
    Section,
    button_row,
    fill_table,
    make_table,
    selected_id,
)
from app.ui.case.step_dialog import StepDialog
from app.ui.operations import Tx
from app.ui.widgets import label


class StepsSection(Section):
    draft_kinds = ("step",)

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.steps: list[CaseStepView] = []
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setFixedHeight(18)
        self.progress.setAccessibleName(tr("Avancement des démarches"))
        self.counts = label("", "muted")
        self.note = label("", "muted")
        self.note.hide()
        self.table = make_table(
            [
                tr("Démarche"),
                tr("Statut"),
                tr("Échéance"),
                tr("Responsable"),
                tr("Partenaire"),
                tr("Remarques"),
            ],
            stretch=5,
        )
        self.table.setAccessibleName(tr("Démarches du dossier"))
        self.table.setWordWrap(False)  # the detail line under the table gives the full notes
        self.table.setToolTip(tr("Espace : marquer la démarche faite (ou à refaire)"))
        self.table.installEventFilter(self)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "muted")

        self.add_button = QPushButton(tr("&Ajouter une démarche…"))
        self.add_button.clicked.connect(lambda: self.open_step())
        self.set_button = QPushButton(tr("Appliquer un &ensemble"))
        sets_menu = QMenu(self.set_button)
        for standard in StandardSet:
            action = sets_menu.addAction(standard.label)
            action.triggered.connect(lambda _=False, s=standard: self.apply_set(s))
        self.set_button.setMenu(sets_menu)
        self.done_button = QPushButton(tr("Marquer &fait"))
        self.done_button.clicked.connect(lambda: self.set_status(StepStatus.DONE))
        self.status_button = QPushButton(tr("&Statut"))
        status_menu = QMenu(self.status_button)
        for status in StepStatus:
            action = status_menu.addAction(status.label)
            action.triggered.connect(lambda _=False, s=status: self.set_status(s))
        self.status_button.setMenu(status_menu)
        self.edit_button = QPushButton(tr("Mo&difier…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(tr("Retirer du dossier"))
        self.remove_button.clicked.connect(self.remove_selected)

        progress_row = QWidget()
        row = QVBoxLayout(progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress)
        row.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.addWidget(progress_row)
        layout.addLayout(
            button_row(
                self.add_button,
                self.set_button,
                self.done_button,
                self.status_button,
                self.edit_button,
                self.remove_button,
            )
        )
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self.setFocusProxy(self.table)
        self._selection_changed()

    # -- showing ---------------------------------------------------------------------------
    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        selected = selected_id(self.table)
        self.steps = list(bundle.pathways.steps)
        progress = bundle.pathways.step_progress
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.progress.setFormat(
            tr("{done} sur {total} faites").format(done=progress.done, total=progress.total)
            if progress.total
            else tr("Aucune démarche")
        )
        parts = []
        if progress.overdue:
            parts.append(tr("{n} en retard").format(n=progress.overdue))
        if progress.blocked:
            parts.append(tr("{n} bloquée(s)").format(n=progress.blocked))
        skipped = sum(1 for s in self.steps if s.status is StepStatus.NOT_APPLICABLE)
        if skipped:
            parts.append(tr("{n} sans objet").format(n=skipped))
        self.counts.setText(" · ".join(parts))
        self.counts.setVisible(bool(parts))
        rows = [
            [
                s.label + (tr(" (retirée du catalogue)") if s.retired else ""),
                s.status.label,
                fmt_date(s.due_on),
                s.responsible or DASH,
                s.partner or DASH,
                short(s.notes, 80) or DASH,
            ]
            for s in self.steps
        ]
        fill_table(self.table, rows, [s.id for s in self.steps], select=False)
        paint_rows(self.table, [s.overdue for s in self.steps])
        ids = [s.id for s in self.steps]
        if ids:
            self.table.selectRow(ids.index(selected) if selected in ids else 0)
        self._selection_changed()

    def clear(self) -> None:
        self.steps = []
        self.table.setRowCount(0)
        self.progress.reset()
        self.progress.setFormat("")
        for widget in (self.counts, self.detail, self.note):
            widget.clear()
        self.note.hide()
        self._selection_changed()

    def _selected(self) -> CaseStepView | None:
        chosen = selected_id(self.table)
        return next((s for s in self.steps if s.id == chosen), None)

    def _selection_changed(self) -> None:
        step = self._selected()
        for widget in (self.done_button, self.status_button, self.edit_button, self.remove_button):
            widget.setEnabled(step is not None)
        if step is None:
            self.detail.setText(
                tr(
                    "Aucune démarche. Ajoutez-en une, ou appliquez un ensemble type "
                    "(par exemple « Départ du domicile »)."
                )
                if not self.steps
                else ""
            )
            return
        history = " → ".join(
            tr("{status} le {date}").format(status=c.status.label, date=fmt_utc(c.at))
            + (tr(" par {name}").format(name=c.by) if c.by else "")
            + (f" ({c.note})" if c.note else "")
            for c in step.changes
        )
        lines = [tr("Historique : {history}").format(history=history)]
        if step.overdue:
            lines.insert(0, tr("Échéance dépassée : mettez la démarche à jour."))
        if step.notes:
            lines.append(tr("Remarques : {text}").format(text=step.notes))
        self.detail.setText("\n".join(lines))

    # -- actions ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            step = self._selected()
            if step is not None:
                done = step.status is StepStatus.DONE
                self.set_status(StepStatus.TODO if done else StepStatus.DONE)
                return True
        return super().eventFilter(watched, event)

    def open_step(self, step: CaseStepView | None = None, draft: dict | None = None) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = StepDialog(
            ws,
            self.window(),
            bundle.case_id,
            bundle.detail.reference,
            step,
            bundle.pathways.catalogue,
            bundle.catalogues.staff,
            bundle.pathways.partners,
            {s.code for s in self.steps},
        )
        self.screen.open_form(dialog, draft)

    def edit_selected(self) -> None:
        step = self._selected()
        if step is not None:
            self.open_step(step)

    def set_status(self, status: StepStatus) -> None:
        step, ws = self._selected(), self.screen.workspace
        if step is None or ws is None or step.status is status:
            return
        actor, step_id = ws.session, step.id

        def write(session: Tx) -> None:
            set_step_status(session, actor, step_id, status)

        self.screen.run_write(write)

    def apply_set(self, standard: StandardSet) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        actor, case_id = ws.session, bundle.case_id

        def write(tx: Tx) -> list[str]:
            return apply_standard_set(tx, actor, case_id, standard)

        def done(added: list[str]) -> None:
            if added:
                text = tr("{n} démarche(s) ajoutée(s) : ensemble « {name} ».").format(
                    n=len(added), name=standard.label
                )
            else:
                text = tr("Le dossier contient déjà toutes les démarches de l'ensemble « {name} ».")
                text = text.format(name=standard.label)
            self.note.setText(text)
            self.note.show()

        self.screen.run_write(write, done)

    def remove_selected(self) -> None:
        step, ws = self._selected(), self.screen.workspace
        if step is None or ws is None:
            return
        question = tr("Retirer « {label} » de ce dossier, avec son historique ?").format(
            label=step.label
        )
        if not ask_yes(self.window(), question, tr("&Retirer")):
            return
        actor, step_id = ws.session, step.id

        def write(session: Tx) -> None:
            remove_case_step(session, actor, step_id)

        self.screen.run_write(write)

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        rest = form_key.partition(":")[2]
        if rest.startswith("new:"):
            self.open_step(None, payload)
            return
        wanted = uuid.UUID(rest)
        step = next((s for s in self.steps if s.id == wanted), None)
        if step is not None:
            self.open_step(step, payload)
