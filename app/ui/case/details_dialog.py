"""Modifier: the general details and the violence section of a case."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.case_screen import CaseBundle
from app.core.case_view import CaseDetailsInput, update_case_details
from app.core.vocabulary import YesNoUnknown
from app.errors import ValidationError
from app.i18n import tr
from app.ui.case.fields import CheckList, ChoiceCombo, ChoiceField, CommuneCombo, DateField
from app.ui.case.forms import FormDialog
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen
from app.ui.workspace import Workspace


class CaseDetailsDialog(FormDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None, bundle: CaseBundle) -> None:
        d = bundle.detail
        super().__init__(
            workspace,
            parent,
            form_key=f"details:{d.id}",
            title=tr("Modifier le dossier"),
            case_id=d.id,
            draft_title=tr("Modifier le dossier {reference}").format(reference=d.reference),
        )
        cats = bundle.catalogues
        general = QGroupBox(tr("Dossier {reference}").format(reference=d.reference))
        general_form = QFormLayout(general)
        self.commune = CommuneCombo()
        self.commune.set_choices(cats.communes)
        self.referral = ChoiceCombo(tr("— non précisée —"))
        self.referral.set_choices(cats.referral_sources)
        self.situation = QPlainTextEdit()
        self.situation.setTabChangesFocus(True)
        self.situation.setFixedHeight(90)
        self.confidential = QCheckBox(
            tr("Do&ssier confidentiel (réservé aux intervenant·es attitré·es)")
        )
        self.workers = CheckList(columns=2)
        self.workers.set_choices([(str(s.id), s.full_name) for s in cats.staff])
        self.add_row(general_form, tr("&Commune :"), "commune", self.commune)
        self.add_row(general_form, tr("&Origine de la demande :"), "referral_source", self.referral)
        self.add_row(general_form, tr("Si&tuation :"), "situation", self.situation)
        self.add_row(general_form, tr("&Intervenant·es :"), "workers", self.workers)
        general_form.addRow("", self.confidential)
        self.add_to_chain(self.confidential)

        violence = QGroupBox(tr("Violence"))
        violence_form = QFormLayout(violence)
        self.violence = CheckList(columns=3)
        self.violence.set_choices(cats.violence_types)
        self.first = DateField("first_incident_on")
        self.last = DateField("last_incident_on")
        self.children = ChoiceField()
        self.add_row(violence_form, tr("Types de &violence :"), "violence", self.violence)
        self.add_row(violence_form, tr("&Premier fait connu :"), "first_incident_on", self.first)
        self.add_row(violence_form, tr("&Dernier fait connu :"), "last_incident_on", self.last)
        self.add_row(violence_form, tr("En&fants exposés :"), "children_exposed", self.children)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(general)
        column.addWidget(violence)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 760, 700)

        self.commune.set_code(d.commune_code)
        self.referral.set_code(d.referral_source)
        self.situation.setPlainText(d.situation or "")
        self.confidential.setChecked(d.confidential)
        self.workers.set_codes([str(i) for i, _ in d.workers])
        self.violence.set_codes(d.violence_codes)
        self.first.set_value(d.first_incident_on)
        self.last.set_value(d.last_incident_on)
        self.children.set_value(d.children_exposed)
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {
            "commune": self.commune.currentText(),
            "referral_source": self.referral.code(),
            "situation": self.situation.toPlainText(),
            "confidential": self.confidential.isChecked(),
            "workers": self.workers.codes(),
            "violence": self.violence.codes(),
            "first_incident_on": self.first.text(),
            "last_incident_on": self.last.text(),
            "children_exposed": self.children.value(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.commune.setEditText(payload.get("commune", ""))
        self.commune.tidy()
        self.referral.set_code(payload.get("referral_source"))
        self.situation.setPlainText(payload.get("situation", ""))
        self.confidential.setChecked(bool(payload.get("confidential")))
        self.workers.set_codes(payload.get("workers", []))
        self.violence.set_codes(payload.get("violence", []))
        self.first.setText(payload.get("first_incident_on", ""))
        self.last.setText(payload.get("last_incident_on", ""))
        self.children.set_value(payload.get("children_exposed"))

    def build_job(self) -> Callable[[Tx], Any]:
        if self.commune.code() is None:
            raise ValidationError(
                tr("Commune non reconnue : choisissez-la dans la liste."), field="commune"
            )
        data = CaseDetailsInput(
            commune_code=self.commune.code(),
            referral_source=self.referral.code(),
            confidential=self.confidential.isChecked(),
            situation=self.situation.toPlainText(),
            violence_codes=self.violence.codes(),
            first_incident_on=self.first.value(),
            last_incident_on=self.last.value(),
            children_exposed=self.children.value() or YesNoUnknown.UNKNOWN,
            worker_ids=[uuid.UUID(code) for code in self.workers.codes()],
        )
        actor, case_id = self.workspace.session, self.case_id
        assert case_id is not None

        def write(session: Tx) -> None:
            update_case_details(session, actor, case_id, data)

        return write
