"""Family-court urgent measures and residence-permit protection files."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from app.core.pathways.protection import (
    CourtInput,
    CourtView,
    PermitInput,
    PermitView,
    record_court_measure,
    record_permit_file,
    update_court_measure,
    update_permit_file,
)
from app.core.pathways.vocabulary import FamilyCourtKind, PermitArticle, PermitDecision
from app.i18n import tr
from app.ui.case.complaint_dialogs import text_box
from app.ui.case.fields import ChoiceCombo, DateField, required_date_edit
from app.ui.case.pathway_fields import CaseForm, DateTimeField, qdate_value, set_qdate
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace


class CourtDialog(CaseForm):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        measure: CourtView | None = None,
    ) -> None:
        title = tr("Tribunal de la famille")
        super().__init__(
            workspace, parent, case_id, reference, "court", title, measure.id if measure else None
        )
        self.measure = measure
        self.kind = ChoiceCombo()
        self.kind.set_choices([(k.value, k.label) for k in FamilyCourtKind])
        self.petition_on = required_date_edit()
        self.hearing_at = DateTimeField("hearing_at")
        self.decision_on = DateField("decision_on")
        self.decision = text_box(tr("Ce que le tribunal a décidé"), 60)
        self.notes = text_box(height=60)
        body = QWidget()
        column = QVBoxLayout(body)
        form = QFormLayout()
        self.add_row(form, tr("&Procédure :"), "kind", self.kind)
        self.add_row(form, tr("&Requête introduite le :"), "petition_on", self.petition_on)
        self.add_row(form, tr("&Audience :"), "hearing_at", self.hearing_at)
        self.add_row(form, tr("Décision &le :"), "decision_on", self.decision_on)
        self.add_row(form, tr("&Décision :"), "decision", self.decision)
        self.add_row(form, tr("Re&marques :"), "notes", self.notes)
        column.addLayout(form)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 620, 460)
        if measure is not None:
            self.kind.set_code(measure.kind.value)
            set_qdate(self.petition_on, measure.petition_on)
            self.hearing_at.set_value(measure.hearing_at)
            self.decision_on.set_value(measure.decision_on)
            self.decision.setPlainText(measure.decision or "")
            self.notes.setPlainText(measure.notes or "")
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {
            "kind": self.kind.code(),
            "petition_on": qdate_value(self.petition_on).isoformat(),
            "hearing_at": self.hearing_at.text(),
            "decision_on": self.decision_on.text(),
            "decision": self.decision.toPlainText(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.kind.set_code(payload.get("kind"))
        set_qdate(self.petition_on, payload.get("petition_on"))
        self.hearing_at.setText(payload.get("hearing_at", ""))
        self.decision_on.setText(payload.get("decision_on", ""))
        self.decision.setPlainText(payload.get("decision", ""))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        data = CourtInput(
            petition_on=qdate_value(self.petition_on),
            kind=FamilyCourtKind(self.kind.code() or FamilyCourtKind.URGENT),
            hearing_at=self.hearing_at.value(),
            decision_on=self.decision_on.value(),
            decision=self.decision.toPlainText(),
            notes=self.notes.toPlainText(),
        )
        actor, case_id = self.workspace.session, self.case_id
        measure_id = self.measure.id if self.measure else None
        assert case_id is not None

        def write(session: Tx) -> Any:
            if measure_id is None:
                return record_court_measure(session, actor, case_id, data)
            update_court_measure(session, actor, measure_id, data)
            return measure_id

        return write


class PermitDialog(CaseForm):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        permit: PermitView | None = None,
    ) -> None:
        title = tr("Protection du droit de séjour")
        super().__init__(
            workspace, parent, case_id, reference, "permit", title, permit.id if permit else None
        )
        self.permit = permit
        self.article = ChoiceCombo()
        self.article.set_choices([(a.value, a.label) for a in PermitArticle])
        self.submitted_on = DateField("submitted_on")
        self.decision = ChoiceCombo()
        self.decision.set_choices([(d.value, d.label) for d in PermitDecision])
        self.decision_on = DateField("decision_on")
        self.notes = text_box(height=60)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            label(
                tr(
                    "Loi du 15 décembre 1980 : le droit de séjour obtenu par regroupement "
                    "familial peut être maintenu pour une victime de violences."
                ),
                "muted",
            )
        )
        form = QFormLayout()
        self.add_row(form, tr("&Base légale :"), "article", self.article)
        self.add_row(form, tr("&Introduit le :"), "submitted_on", self.submitted_on)
        self.add_row(form, tr("&Décision :"), "decision", self.decision)
        self.add_row(form, tr("Décision &le :"), "decision_on", self.decision_on)
        self.add_row(form, tr("&Remarques :"), "notes", self.notes)
        column.addLayout(form)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 620, 380)
        if permit is not None:
            self.article.set_code(permit.article.value)
            self.submitted_on.set_value(permit.submitted_on)
            self.decision.set_code(permit.decision.value)
            self.decision_on.set_value(permit.decision_on)
            self.notes.setPlainText(permit.notes or "")
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {
            "article": self.article.code(),
            "submitted_on": self.submitted_on.text(),
            "decision": self.decision.code(),
            "decision_on": self.decision_on.text(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.article.set_code(payload.get("article"))
        self.submitted_on.setText(payload.get("submitted_on", ""))
        self.decision.set_code(payload.get("decision"))
        self.decision_on.setText(payload.get("decision_on", ""))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        data = PermitInput(
            article=PermitArticle(self.article.code() or PermitArticle.ART_11_2),
            submitted_on=self.submitted_on.value(),
            decision=PermitDecision(self.decision.code() or PermitDecision.PENDING),
            decision_on=self.decision_on.value(),
            notes=self.notes.toPlainText(),
        )
        actor, case_id = self.workspace.session, self.case_id
        permit_id = self.permit.id if self.permit else None
        assert case_id is not None

        def write(session: Tx) -> Any:
            if permit_id is None:
                return record_permit_file(session, actor, case_id, data)
            update_permit_file(session, actor, permit_id, data)
            return permit_id

        return write
