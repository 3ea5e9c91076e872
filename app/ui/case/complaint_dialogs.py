"""Recording a complaint and changing its status (with the date it changed)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.pathways.complaints import (
    ComplaintInput,
    ComplaintView,
    add_complaint,
    set_complaint_status,
    update_complaint,
)
from app.core.pathways.vocabulary import ComplaintStatus
from app.i18n import tr
from app.ui.case.fields import ChoiceCombo, DateField, required_date_edit
from app.ui.case.forms import FormDialog
from app.ui.case.pathway_fields import qdate_value, set_qdate
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace


def text_box(placeholder: str = "", height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    return box


class ComplaintDialog(FormDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        complaint: ComplaintView | None = None,
    ) -> None:
        title = tr("Modifier la plainte") if complaint else tr("Nouvelle plainte")
        super().__init__(
            workspace,
            parent,
            form_key=f"complaint:{complaint.id}" if complaint else f"complaint:new:{case_id}",
            title=title,
            case_id=case_id,
            draft_title=f"{title} — {reference}",
        )
        self.complaint = complaint
        self.filed_on = required_date_edit()
        self.zone = QLineEdit()
        self.zone.setPlaceholderText(tr("ex. Zone Secova"))
        self.station = QLineEdit()
        self.station.setPlaceholderText(tr("ex. Commissariat d'Aywaille"))
        self.pv = QLineEdit()
        self.pv.setPlaceholderText(tr("ex. LI.55.L1.012345/26"))
        self.accompanied = QCheckBox(tr("&Accompagnée"))
        self.accompanied_by = QLineEdit()
        self.accompanied_by.setPlaceholderText(tr("par qui (ex. l'éducatrice de rue)"))
        self.certificate = QCheckBox(tr("&Certificat médical"))
        self.certificate_on = DateField("certificate_on")
        self.evidence = text_box(tr("Photos, messages, témoins…"))
        self.notes = text_box()

        body = QWidget()
        column = QVBoxLayout(body)
        form = QFormLayout()
        self.add_row(form, tr("&Déposée le :"), "filed_on", self.filed_on)
        self.add_row(form, tr("&Zone de police :"), "police_zone", self.zone)
        self.add_row(form, tr("Co&mmissariat :"), "station", self.station)
        self.add_row(form, tr("N° de &PV :"), "pv_number", self.pv)
        form.addRow("", self.accompanied)
        self.add_to_chain(self.accompanied)
        self.add_row(form, tr("Par &qui :"), "accompanied_by", self.accompanied_by)
        form.addRow("", self.certificate)
        self.add_to_chain(self.certificate)
        self.add_row(form, tr("Da&te du certificat :"), "certificate_on", self.certificate_on)
        self.add_row(form, tr("Pre&uves recueillies :"), "evidence", self.evidence)
        self.add_row(form, tr("&Remarques :"), "notes", self.notes)
        column.addLayout(form)
        if complaint is None:
            column.addWidget(
                label(tr("La plainte est enregistrée avec le statut « déposée »."), "muted")
            )
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 620, 600)
        self.accompanied.toggled.connect(self._toggled)
        self.certificate.toggled.connect(self._toggled)
        if complaint is not None:
            set_qdate(self.filed_on, complaint.filed_on)
            self.zone.setText(complaint.police_zone or "")
            self.station.setText(complaint.station or "")
            self.pv.setText(complaint.pv_number or "")
            self.accompanied.setChecked(complaint.accompanied)
            self.accompanied_by.setText(complaint.accompanied_by or "")
            self.certificate.setChecked(complaint.medical_certificate)
            self.certificate_on.set_value(complaint.certificate_on)
            self.evidence.setPlainText(complaint.evidence or "")
            self.notes.setPlainText(complaint.notes or "")
        self._toggled()
        self.ready()

    def _toggled(self) -> None:
        self.accompanied_by.setEnabled(self.accompanied.isChecked())
        self.certificate_on.setEnabled(self.certificate.isChecked())

    def payload(self) -> dict[str, Any]:
        return {
            "filed_on": qdate_value(self.filed_on).isoformat(),
            "zone": self.zone.text(),
            "station": self.station.text(),
            "pv": self.pv.text(),
            "accompanied": self.accompanied.isChecked(),
            "accompanied_by": self.accompanied_by.text(),
            "certificate": self.certificate.isChecked(),
            "certificate_on": self.certificate_on.text(),
            "evidence": self.evidence.toPlainText(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        set_qdate(self.filed_on, payload.get("filed_on"))
        self.zone.setText(payload.get("zone", ""))
        self.station.setText(payload.get("station", ""))
        self.pv.setText(payload.get("pv", ""))
        self.accompanied.setChecked(bool(payload.get("accompanied")))
        self.accompanied_by.setText(payload.get("accompanied_by", ""))
        self.certificate.setChecked(bool(payload.get("certificate")))
        self.certificate_on.setText(payload.get("certificate_on", ""))
        self.evidence.setPlainText(payload.get("evidence", ""))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        data = ComplaintInput(
            filed_on=qdate_value(self.filed_on),
            police_zone=self.zone.text(),
            station=self.station.text(),
            pv_number=self.pv.text(),
            accompanied=self.accompanied.isChecked(),
            accompanied_by=self.accompanied_by.text() if self.accompanied.isChecked() else "",
            medical_certificate=self.certificate.isChecked(),
            certificate_on=self.certificate_on.value() if self.certificate.isChecked() else None,
            evidence=self.evidence.toPlainText(),
            notes=self.notes.toPlainText(),
        )
        actor, case_id = self.workspace.session, self.case_id
        complaint_id = self.complaint.id if self.complaint else None
        assert case_id is not None

        def write(session: Tx) -> Any:
            if complaint_id is None:
                return add_complaint(session, actor, case_id, data)
            update_complaint(session, actor, complaint_id, data)
            return complaint_id

        return write


class ComplaintStatusDialog(FormDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        complaint: ComplaintView,
    ) -> None:
        title = tr("Changer le statut de la plainte")
        super().__init__(
            workspace,
            parent,
            form_key=f"complaint_status:{complaint.id}",
            title=title,
            case_id=case_id,
            draft_title=f"{title} — {reference}",
        )
        self.complaint = complaint
        self.status = ChoiceCombo()
        self.status.set_choices(
            [(s.value, s.label) for s in ComplaintStatus if s is not complaint.status]
        )
        self.changed_on = required_date_edit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("ex. avis du parquet reçu par courrier"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            label(
                tr("Statut actuel : {status} depuis le {date}.").format(
                    status=complaint.status.label, date=complaint.status_on.strftime("%d/%m/%Y")
                ),
                "muted",
            )
        )
        form = QFormLayout()
        self.add_row(form, tr("&Nouveau statut :"), "status", self.status)
        self.add_row(form, tr("&Depuis le :"), "changed_on", self.changed_on)
        self.add_row(form, tr("&Remarque :"), "note", self.note)
        column.addLayout(form)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 560, 260)
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {
            "status": self.status.code(),
            "changed_on": qdate_value(self.changed_on).isoformat(),
            "note": self.note.text(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.status.set_code(payload.get("status"))
        set_qdate(self.changed_on, payload.get("changed_on"))
        self.note.setText(payload.get("note", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        status = ComplaintStatus(self.status.code() or ComplaintStatus.INVESTIGATION)
        changed_on: date = qdate_value(self.changed_on)
        note, actor, complaint_id = self.note.text(), self.workspace.session, self.complaint.id

        def write(session: Tx) -> None:
            set_complaint_status(session, actor, complaint_id, status, changed_on, note)

        return write
