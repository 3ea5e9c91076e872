"""Filling the departure plan: status and dates, destination and contacts, and
the checklist grouped as the worker goes through it with the victim."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from app.core.housing import StayView, case_stays
from app.core.pathways.checklist import ItemGroup, checklist
from app.core.pathways.departure import PlanInput, PlanView, save_plan, start_plan
from app.core.pathways.vocabulary import DestinationType, PlanStatus
from app.core.validation import NeedsConfirmation
from app.i18n import tr
from app.ui.case.complaint_dialogs import text_box
from app.ui.case.fields import CheckList, ChoiceCombo, DateField
from app.ui.case.forms import ask_yes
from app.ui.case.pathway_fields import CaseForm
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen
from app.ui.workspace import Workspace

_TEXTS = (
    "destination_note",
    "transport",
    "trusted_person",
    "code_word",
    "neighbours_told",
    "bag_location",
)


class PlanDialog(CaseForm):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        plan: PlanView | None,
    ) -> None:
        title = tr("Plan de départ")
        if plan is not None:
            title = tr("Plan de départ — version {n}").format(n=plan.version)
        super().__init__(
            workspace, parent, case_id, reference, "plan", title, plan.id if plan else None
        )
        self.plan = plan
        self.confirmed = False
        self.item_notes = {i.code: i.note for i in plan.items if i.note} if plan else {}
        self.status = ChoiceCombo()
        self.status.set_choices([(s.value, s.label) for s in PlanStatus])
        self.planned_on = DateField("planned_on")
        self.realised_on = DateField("realised_on")
        self.destination = ChoiceCombo(tr("— pas encore choisie —"))
        self.destination.set_choices([(d.value, d.label) for d in DestinationType])
        # the emergency apartment: which stay (app.core.housing), read after opening
        self.stay = ChoiceCombo(tr("— aucun séjour choisi —"))
        self.stay.setAccessibleName(tr("Séjour en hébergement d'urgence"))
        self.wanted_stay = plan.housing_stay_id.hex if plan and plan.housing_stay_id else None
        self.lines = {name: QLineEdit() for name in _TEXTS}
        self.lines["destination_note"].setPlaceholderText(tr("sans adresse secrète"))
        self.lines["code_word"].setPlaceholderText(tr("mot convenu pour dire « viens vite »"))
        self.triggers = text_box(tr("ce qui annonce la violence"), 54)
        self.notes = text_box(height=54)
        self.checks: dict[ItemGroup, CheckList] = {}

        body = QWidget()
        column = QVBoxLayout(body)
        form = QFormLayout()
        self.add_row(form, tr("&Statut :"), "status", self.status)
        self.add_row(form, tr("Départ &prévu le :"), "planned_on", self.planned_on)
        self.add_row(form, tr("Départ e&ffectif le :"), "realised_on", self.realised_on)
        self.add_row(form, tr("&Destination :"), "destination_type", self.destination)
        self.stay_label = self.add_row(form, tr("Séjo&ur :"), "housing_stay", self.stay)
        self.add_row(form, tr("Pr&écisions :"), "destination_note", self.lines["destination_note"])
        self.add_row(form, tr("&Transport :"), "transport", self.lines["transport"])
        self.add_row(
            form, tr("Personne de &confiance :"), "trusted_person", self.lines["trusted_person"]
        )
        self.add_row(form, tr("&Mot de passe :"), "code_word", self.lines["code_word"])
        self.add_row(form, tr("S&ituations déclenchantes :"), "triggers", self.triggers)
        self.add_row(
            form, tr("&Voisin·e·s prévenu·e·s :"), "neighbours_told", self.lines["neighbours_told"]
        )
        self.add_row(form, tr("Sac d'&urgence caché :"), "bag_location", self.lines["bag_location"])
        self.add_row(form, tr("&Remarques :"), "notes", self.notes)
        column.addLayout(form)
        items = checklist()
        for group in ItemGroup:
            box = QGroupBox(group.label)
            box_layout = QVBoxLayout(box)
            check = CheckList(columns=2)
            check.setAccessibleName(group.label)
            check.set_choices([(i.code, i.label) for i in items if i.group is group])
            box_layout.addWidget(check)
            self.checks[group] = check
            column.addWidget(box)
            self.add_to_chain(check)
        self.errors.setdefault("checked", self.general_error)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 760, 720)
        if plan is not None:
            self.restore_plan(plan.to_input())
        self.destination.currentIndexChanged.connect(self._destination_changed)
        self._destination_changed()
        self.ready()
        QTimer.singleShot(0, self._read_stays)

    def _destination_changed(self) -> None:
        shown = self.destination.code() == DestinationType.EMERGENCY_APARTMENT.value
        self.stay.setVisible(shown)
        self.stay_label.setVisible(shown)

    def _read_stays(self) -> None:
        actor, case_id = self.workspace.session, self.case_id
        assert case_id is not None
        self.workspace.ops.read(self, lambda tx: case_stays(tx, actor, case_id), self._stays_read)

    def _stays_read(self, stays: list[StayView]) -> None:
        dirty = self.is_dirty()
        self.stay.set_choices([(s.id.hex, s.label) for s in stays])
        self.stay.set_code(self.wanted_stay)
        if not dirty:
            self.mark_clean()

    def restore_plan(self, data: PlanInput) -> None:
        self.status.set_code(PlanStatus(data.status).value)
        self.planned_on.set_value(data.planned_on)
        self.realised_on.set_value(data.realised_on)
        self.destination.set_code(data.destination_type.value if data.destination_type else None)
        for name, edit in self.lines.items():
            edit.setText(getattr(data, name) or "")
        self.triggers.setPlainText(data.triggers)
        self.notes.setPlainText(data.notes)
        for check in self.checks.values():
            check.set_codes(sorted(data.checked))

    def checked(self) -> set[str]:
        return {code for check in self.checks.values() for code in check.codes()}

    def payload(self) -> dict[str, Any]:
        return {
            "status": self.status.code(),
            "planned_on": self.planned_on.text(),
            "realised_on": self.realised_on.text(),
            "destination_type": self.destination.code(),
            "housing_stay": self.stay.code(),
            **{name: edit.text() for name, edit in self.lines.items()},
            "triggers": self.triggers.toPlainText(),
            "notes": self.notes.toPlainText(),
            "checked": sorted(self.checked()),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.status.set_code(payload.get("status"))
        self.planned_on.setText(payload.get("planned_on", ""))
        self.realised_on.setText(payload.get("realised_on", ""))
        self.destination.set_code(payload.get("destination_type"))
        self.wanted_stay = payload.get("housing_stay") or self.wanted_stay
        self.stay.set_code(self.wanted_stay)
        for name, edit in self.lines.items():
            edit.setText(payload.get(name, ""))
        self.triggers.setPlainText(payload.get("triggers", ""))
        self.notes.setPlainText(payload.get("notes", ""))
        for check in self.checks.values():
            check.set_codes(payload.get("checked", []))

    def build_job(self) -> Callable[[Tx], Any]:
        destination = self.destination.code()
        stay = self.stay.code() if destination == DestinationType.EMERGENCY_APARTMENT else None
        data = PlanInput(
            housing_stay_id=uuid.UUID(stay) if stay else None,
            status=PlanStatus(self.status.code() or PlanStatus.PREPARING),
            planned_on=self.planned_on.value(),
            realised_on=self.realised_on.value(),
            destination_type=DestinationType(destination) if destination else None,
            triggers=self.triggers.toPlainText(),
            notes=self.notes.toPlainText(),
            checked=self.checked(),
            item_notes=dict(self.item_notes),
            confirm_missing_documents=self.confirmed,
            **{name: edit.text() for name, edit in self.lines.items()},
        )
        actor, case_id = self.workspace.session, self.case_id
        plan_id = self.plan.id if self.plan else None
        assert case_id is not None

        def write(session: Tx) -> Any:
            if plan_id is None:
                return start_plan(session, actor, case_id, data)
            save_plan(session, actor, plan_id, data)
            return plan_id

        return write

    def handle_failure(self, exc: BaseException) -> bool:
        if not isinstance(exc, NeedsConfirmation):
            return False
        if ask_yes(self, exc.message, tr("Marquer « &prêt »")) and self.isVisible():
            self.confirmed = True
            self.save()
        return True
