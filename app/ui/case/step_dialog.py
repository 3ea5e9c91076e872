"""Adding or changing one socio-administrative step of a case."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.core.catalogues import StaffMember
from app.core.pathways.steps import (
    CaseStepView,
    PartnerChoice,
    StepInput,
    StepType,
    add_case_step,
    update_case_step,
)
from app.core.pathways.vocabulary import StepStatus
from app.errors import ValidationError
from app.i18n import tr
from app.ui.case.complaint_dialogs import text_box
from app.ui.case.fields import ChoiceCombo, DateField
from app.ui.case.pathway_fields import CaseForm
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace


class StepDialog(CaseForm):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        step: CaseStepView | None,
        catalogue: list[StepType],
        staff: list[StaffMember],
        partners: list[PartnerChoice],
        present: set[str] | None = None,
    ) -> None:
        title = tr("Modifier la démarche") if step else tr("Ajouter une démarche")
        super().__init__(
            workspace, parent, case_id, reference, "step", title, step.id if step else None
        )
        self.step = step
        self.kind = ChoiceCombo(tr("— choisir une démarche —"))
        present = present or set()
        if step is None:
            self.kind.set_choices([(t.code, t.label) for t in catalogue if t.code not in present])
        else:
            self.kind.set_choices([(step.code, step.label)])
            self.kind.set_code(step.code)
            self.kind.setEnabled(False)
        self.status = ChoiceCombo()
        self.status.set_choices([(s.value, s.label) for s in StepStatus])
        self.due_on = DateField("due_on")
        self.responsible = ChoiceCombo(tr("— personne —"))
        self.responsible.set_choices([(str(m.id), m.full_name) for m in staff])
        self.partner = ChoiceCombo(tr("— aucun —"))
        self.partner.set_choices([(str(p.id), p.name) for p in partners])
        self.notes = text_box(height=70)
        self.change_note = QLineEdit()
        self.change_note.setPlaceholderText(tr("noté avec le changement de statut"))

        body = QWidget()
        column = QVBoxLayout(body)
        form = QFormLayout()
        self.add_row(form, tr("&Démarche :"), "step", self.kind)
        self.add_row(form, tr("&Statut :"), "status", self.status)
        self.add_row(form, tr("É&chéance :"), "due_on", self.due_on)
        self.add_row(form, tr("&Responsable :"), "responsible", self.responsible)
        self.add_row(form, tr("&Partenaire :"), "partner", self.partner)
        self.add_row(form, tr("Re&marques :"), "notes", self.notes)
        if step is not None:
            self.add_row(form, tr("C&ommentaire du changement :"), "note", self.change_note)
        column.addLayout(form)
        if not partners:
            column.addWidget(
                label(tr("Le répertoire des partenaires est vide pour l'instant."), "muted")
            )
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 620, 440)
        if step is not None:
            self.status.set_code(step.status.value)
            self.due_on.set_value(step.due_on)
            self.responsible.set_code(str(step.responsible_id) if step.responsible_id else None)
            self.partner.set_code(str(step.partner_id) if step.partner_id else None)
            self.notes.setPlainText(step.notes or "")
        else:
            self.responsible.set_code(str(workspace.session.user_id))
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {
            "step": self.kind.code(),
            "status": self.status.code(),
            "due_on": self.due_on.text(),
            "responsible": self.responsible.code(),
            "partner": self.partner.code(),
            "notes": self.notes.toPlainText(),
            "note": self.change_note.text(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        if self.step is None:
            self.kind.set_code(payload.get("step"))
        self.status.set_code(payload.get("status"))
        self.due_on.setText(payload.get("due_on", ""))
        self.responsible.set_code(payload.get("responsible"))
        self.partner.set_code(payload.get("partner"))
        self.notes.setPlainText(payload.get("notes", ""))
        self.change_note.setText(payload.get("note", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        code = self.kind.code()
        if not code:
            raise ValidationError(tr("Choisissez une démarche du catalogue."), field="step")
        responsible, partner = self.responsible.code(), self.partner.code()
        data = StepInput(
            step_code=code,
            status=StepStatus(self.status.code() or StepStatus.TODO),
            due_on=self.due_on.value(),
            responsible_id=uuid.UUID(responsible) if responsible else None,
            partner_id=uuid.UUID(partner) if partner else None,
            notes=self.notes.toPlainText(),
        )
        note, actor, case_id = self.change_note.text(), self.workspace.session, self.case_id
        step_id = self.step.id if self.step else None
        assert case_id is not None

        def write(session: Tx) -> Any:
            if step_id is None:
                return add_case_step(session, actor, case_id, data)
            update_case_step(session, actor, step_id, data, note)
            return step_id

        return write
