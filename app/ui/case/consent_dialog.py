"""Recording a consent (to record, or to share with a recipient for a purpose) and
withdrawing one."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogues import Choice
from app.core.consent import ConsentInput, ConsentView, record_consent, withdraw_consent
from app.core.vocabulary import ConsentForm, ConsentKind, SharePurpose
from app.i18n import tr
from app.ui.case.fields import ChoiceCombo, required_date_edit
from app.ui.case.forms import FormDialog
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace


def _qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ConsentDialog(FormDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        sectors: list[Choice],
    ) -> None:
        title = tr("Noter un consentement")
        super().__init__(
            workspace,
            parent,
            form_key=f"consent:new:{case_id}",
            title=title,
            case_id=case_id,
            draft_title=f"{title} — {reference}",
        )
        kinds = QWidget()
        kinds_row = QHBoxLayout(kinds)
        kinds_row.setContentsMargins(0, 0, 0, 0)
        self.record = QRadioButton(tr("À l'enre&gistrement de ses données"))
        self.share = QRadioButton(tr("Au &partage d'informations"))
        self.kind_group = QButtonGroup(self)
        for button in (self.record, self.share):
            self.kind_group.addButton(button)
            kinds_row.addWidget(button)
        kinds_row.addStretch(1)
        self.record.setChecked(True)
        self.given_on = required_date_edit()
        self.form = ChoiceCombo()
        self.form.set_choices([(f.value, f.label) for f in ConsentForm])
        self.sector = ChoiceCombo(tr("— choisir un secteur —"))
        self.sector.set_choices(sectors)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(
            tr("ex. CPAS d'Aywaille (facultatif si le secteur suffit)")
        )
        self.purpose = ChoiceCombo(tr("— choisir le but —"))
        self.purpose.set_choices([(p.value, p.label) for p in SharePurpose])
        self.detail = QLineEdit()

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            label(tr("Consentement de la personne, avec la date et la forme."), "muted")
        )
        form = QFormLayout()
        form.addRow(tr("Consentement :"), kinds)
        self.add_to_chain(self.record, self.share)
        self.add_row(form, tr("&Date :"), "given_on", self.given_on)
        self.add_row(form, tr("&Forme :"), "form", self.form)
        self.sector_label = self.add_row(form, tr("&Secteur :"), "recipient", self.sector)
        self.recipient_label = self.add_row(
            form, tr("&Organisme :"), "recipient_label", self.recipient
        )
        self.purpose_label = self.add_row(form, tr("&But :"), "purpose", self.purpose)
        self.add_row(form, tr("Pr&écisions :"), "purpose_detail", self.detail)
        column.addLayout(form)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 620, 400)
        self.share.toggled.connect(self._kind_changed)
        self._kind_changed()
        self.ready()

    def _kind_changed(self) -> None:
        share = self.share.isChecked()
        for widget in (
            self.sector,
            self.recipient,
            self.purpose,
            self.sector_label,
            self.recipient_label,
            self.purpose_label,
        ):
            widget.setEnabled(share)

    def payload(self) -> dict[str, Any]:
        return {
            "kind": ConsentKind.SHARE.value if self.share.isChecked() else ConsentKind.RECORD.value,
            "given_on": _qdate(self.given_on.date()).isoformat(),
            "form": self.form.code(),
            "sector": self.sector.code(),
            "recipient": self.recipient.text(),
            "purpose": self.purpose.code(),
            "detail": self.detail.text(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        share = payload.get("kind") == ConsentKind.SHARE.value
        (self.share if share else self.record).setChecked(True)
        if payload.get("given_on"):
            self.given_on.setDate(QDate(date.fromisoformat(payload["given_on"])))
        self.form.set_code(payload.get("form"))
        self.sector.set_code(payload.get("sector"))
        self.recipient.setText(payload.get("recipient", ""))
        self.purpose.set_code(payload.get("purpose"))
        self.detail.setText(payload.get("detail", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        share = self.share.isChecked()
        purpose = self.purpose.code()
        data = ConsentInput(
            kind=ConsentKind.SHARE if share else ConsentKind.RECORD,
            given_on=_qdate(self.given_on.date()),
            form=ConsentForm(self.form.code() or ConsentForm.ORAL),
            recipient_sector=self.sector.code() if share else None,
            recipient_label=self.recipient.text() if share else "",
            purpose=SharePurpose(purpose) if share and purpose else None,
            purpose_detail=self.detail.text(),
        )
        actor, case_id = self.workspace.session, self.case_id
        assert case_id is not None

        def write(session: Tx) -> Any:
            return record_consent(session, actor, case_id, data)

        return write


class WithdrawDialog(FormDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        consent: ConsentView,
        description: str,
    ) -> None:
        title = tr("Retirer un consentement")
        super().__init__(
            workspace,
            parent,
            form_key=f"withdraw:{consent.id}",
            title=title,
            case_id=case_id,
        )
        self.consent = consent
        self.on = required_date_edit()
        self.note = QLineEdit()
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(label(description, "subtitle"))
        column.addWidget(
            label(tr("Le consentement reste dans le registre, avec sa date de retrait."), "muted")
        )
        form = QFormLayout()
        self.add_row(form, tr("Retiré &le :"), "withdrawn_on", self.on)
        self.add_row(form, tr("&Remarque :"), "note", self.note)
        column.addLayout(form)
        column.addStretch(1)
        self.save_button.setText(tr("Enregistrer le &retrait"))
        self.finish_layout(body)
        fit_to_screen(self, 560, 260)
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {"on": _qdate(self.on.date()).isoformat(), "note": self.note.text()}

    def restore(self, payload: dict[str, Any]) -> None:
        if payload.get("on"):
            self.on.setDate(QDate(date.fromisoformat(payload["on"])))
        self.note.setText(payload.get("note", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        on, note, consent_id = _qdate(self.on.date()), self.note.text(), self.consent.id
        actor = self.workspace.session

        def write(session: Tx) -> None:
            withdraw_consent(session, actor, consent_id, on, note)

        return write
