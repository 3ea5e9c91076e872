"""Plan de départ: the current plan (or an earlier version) with its checklist
progress, the plan's contacts and destination, and its versions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.case_screen import CaseBundle
from app.core.pathways.checklist import ItemGroup
from app.core.pathways.departure import PlanView, plan_label, start_plan
from app.i18n import tr
from app.ui.case.departure_dialog import PlanDialog
from app.ui.case.format import DASH, fmt_date, fmt_text, fmt_utc
from app.ui.case.forms import ask_yes
from app.ui.case.section import CaseScreen, Section, button_row
from app.ui.operations import Tx
from app.ui.widgets import label


def _fields() -> tuple[tuple[str, str], ...]:
    return (
        ("destination", tr("Destination :")),
        ("transport", tr("Transport :")),
        ("trusted_person", tr("Personne de confiance :")),
        ("code_word", tr("Mot de passe :")),
        ("triggers", tr("Situations déclenchantes :")),
        ("neighbours_told", tr("Voisin·e·s prévenu·e·s :")),
        ("bag_location", tr("Sac d'urgence :")),
        ("notes", tr("Remarques :")),
    )


class DepartureSection(Section):
    draft_kinds = ("plan",)

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.plans: list[PlanView] = []
        self.heading = label("", "subtitle")
        self.archived_note = label("", "muted")
        self.progress = QProgressBar()
        self.progress.setFixedHeight(18)
        self.progress.setAccessibleName(tr("Avancement du plan de départ"))
        self.groups_line = label("", "muted")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Liste"), tr("Note")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAccessibleName(tr("Liste du plan de départ"))
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_plan())
        self.values: dict[str, QLabel] = {}
        facts = QFrame()
        facts.setProperty("role", "card")
        form = QFormLayout(facts)
        for key, text in _fields():
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label(text, "muted", wrap=False), value)
        facts.setMinimumWidth(300)

        self.edit_button = QPushButton(tr("&Remplir le plan…"))
        self.edit_button.clicked.connect(lambda: self.edit_plan())
        self.redo_button = QPushButton(tr("Refaire le plan (&nouvelle version)…"))
        self.redo_button.clicked.connect(self.redo_plan)
        self.version = QComboBox()
        self.version.setAccessibleName(tr("Version du plan affichée"))
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version.setMinimumWidth(260)
        self.version.currentIndexChanged.connect(lambda _i: self._show_selected())
        version_label = label(tr("&Version :"), wrap=False)
        version_label.setBuddy(self.version)

        top = QHBoxLayout()
        top.addLayout(button_row(self.edit_button, self.redo_button))
        top.addWidget(version_label)
        top.addWidget(self.version)
        body = QHBoxLayout()
        body.addWidget(self.tree, 3)
        body.addWidget(facts, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.archived_note)
        layout.addWidget(self.progress)
        layout.addWidget(self.groups_line)
        layout.addLayout(body, 1)
        self.setFocusProxy(self.edit_button)
        self.clear()

    # -- showing ---------------------------------------------------------------------------
    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        self.plans = list(bundle.pathways.plans)
        self.version.blockSignals(True)
        self.version.clear()
        for plan in self.plans:
            self.version.addItem(plan_label(plan), plan.id)
        self.version.setCurrentIndex(0 if self.plans else -1)
        self.version.blockSignals(False)
        self.version.setEnabled(len(self.plans) > 1)
        self.edit_button.setText(
            tr("Modi&fier le plan…") if self.plans else tr("&Remplir le plan…")
        )
        self.redo_button.setEnabled(bool(self.plans))
        self._show_selected()

    def _selected(self) -> PlanView | None:
        index = self.version.currentIndex()
        return self.plans[index] if 0 <= index < len(self.plans) else None

    def _show_selected(self) -> None:
        plan = self._selected()
        self.tree.clear()
        if plan is None:
            self.heading.setText(tr("Aucun plan de départ pour ce dossier."))
            self.archived_note.setText(
                tr(
                    "Préparez-le avec la personne : documents, indispensables, enfants, "
                    "contacts et mot de passe, destination et transport."
                )
            )
            self.archived_note.show()
            for widget in (self.progress, self.groups_line):
                widget.hide()
            for value in self.values.values():
                value.setText(DASH)
            self.edit_button.setEnabled(True)
            return
        when = ""
        if plan.realised_on:
            when = tr(" · départ le {date}").format(date=fmt_date(plan.realised_on))
        elif plan.planned_on:
            when = tr(" · départ prévu le {date}").format(date=fmt_date(plan.planned_on))
        self.heading.setText(
            tr("Version {n} — {status}{when}").format(
                n=plan.version, status=plan.status.label, when=when
            )
        )
        by = tr(", par {name}").format(name=plan.created_by) if plan.created_by else ""
        note = tr("Créée le {date}{by}.").format(date=fmt_utc(plan.created_at)[:10], by=by)
        if not plan.current:
            note = tr("Version archivée (lecture seule). ") + note
        self.archived_note.setText(note)
        self.archived_note.show()
        pr = plan.progress
        self.progress.setRange(0, pr.total)
        self.progress.setValue(pr.done)
        self.progress.setFormat(
            tr("{done} éléments sur {total} ({percent} %)").format(
                done=pr.done, total=pr.total, percent=pr.percent
            )
        )
        self.groups_line.setText(
            " · ".join(f"{g.group.label} {g.done}/{g.total}" for g in pr.groups)
        )
        for widget in (self.progress, self.groups_line):
            widget.show()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in ItemGroup:
            done = sum(1 for i in plan.items if i.group is group and i.checked)
            total = sum(1 for i in plan.items if i.group is group)
            heading = QTreeWidgetItem([f"{group.label} ({done}/{total})"])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(heading)
            for item in (i for i in plan.items if i.group is group):
                mark = "☑" if item.checked else "☐"
                child = QTreeWidgetItem([f"{mark}  {item.label}", item.note or ""])
                heading.addChild(child)
        self.tree.expandAll()
        destination = plan.destination_type.label if plan.destination_type else ""
        if plan.destination_note:
            destination = (
                f"{destination} — {plan.destination_note}"
                if destination
                else (plan.destination_note)
            )
        texts = {
            "destination": destination,
            "transport": plan.transport,
            "trusted_person": plan.trusted_person,
            "code_word": plan.code_word,
            "triggers": plan.triggers,
            "neighbours_told": plan.neighbours_told,
            "bag_location": plan.bag_location,
            "notes": plan.notes,
        }
        for key, value in texts.items():
            self.values[key].setText(fmt_text(value))
        self.edit_button.setEnabled(plan.current)

    def clear(self) -> None:
        self.plans = []
        self.version.clear()
        self.tree.clear()
        self.heading.clear()
        self.archived_note.clear()
        self.groups_line.clear()
        self.progress.reset()
        for value in self.values.values():
            value.clear()
        self.redo_button.setEnabled(False)

    # -- actions ---------------------------------------------------------------------------
    def edit_plan(self, draft: dict | None = None) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        current = bundle.pathways.plan
        dialog = PlanDialog(ws, self.window(), bundle.case_id, bundle.detail.reference, current)
        self.screen.open_form(dialog, draft)

    def redo_plan(self) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None or bundle.pathways.plan is None:
            return
        question = tr(
            "Refaire le plan de départ ? La version actuelle est gardée dans l'historique ; "
            "la nouvelle version part de son contenu, avec le statut « en préparation »."
        )
        if not ask_yes(self.window(), question, tr("&Refaire le plan")):
            return
        actor, case_id = ws.session, bundle.case_id

        def write(session: Tx) -> None:
            start_plan(session, actor, case_id)

        self.screen.run_write(write)

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        bundle = self.screen.bundle
        rest = form_key.partition(":")[2]
        current = bundle.pathways.plan if bundle else None
        if (rest.startswith("new:") and current is None) or (
            current is not None and rest == str(current.id)
        ):
            self.edit_plan(payload)
