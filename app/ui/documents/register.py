"""Documents: the case's register of issued documents, reprint, referral outcome,
and the buttons that issue new ones (letter, attestation, plan, access summary)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.case_screen import CaseBundle
from app.core.issued import IssuedView, ReferralOutcome, issued_documents, reprint, set_outcome
from app.core.letters import AttestationRequest
from app.core.person_documents import AccessRequest
from app.core.templates import DocumentKind
from app.core.vocabulary import Role
from app.documents import issue as docs
from app.i18n import tr
from app.ui.case.format import DASH, fmt_date
from app.ui.case.section import (
    CaseScreen,
    Section,
    button_row,
    fill_table,
    make_table,
    selected_id,
)
from app.ui.documents.flow import preview_then_issue, show_issued, suggested_file
from app.ui.documents.letter_dialog import LetterDialog
from app.ui.messages import error_text
from app.ui.widgets import ErrorLabel, label


class DocumentSection(Section):
    draft_kinds = ("letter",)

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.case_id: uuid.UUID | None = None
        self.reference = ""
        self.documents: list[IssuedView] = []
        self._request = 0
        self.table = make_table(
            [
                tr("Date"),
                tr("Document"),
                tr("Destinataire"),
                tr("Informations transmises"),
                tr("Base"),
                tr("Par"),
                tr("Suite"),
            ],
            stretch=3,
        )
        self.table.doubleClicked.connect(lambda _i: self.show_selected())
        self.table.setAccessibleName(tr("Documents émis"))
        self.letter_button = QPushButton(tr("Nouveau courrier d'&orientation…"))
        self.letter_button.clicked.connect(lambda: self.new_letter())
        self.attestation_button = QPushButton(tr("A&ttestation de suivi…"))
        self.attestation_button.clicked.connect(self.new_attestation)
        self.plan_button = QPushButton(tr("&Plan de départ pour la personne…"))
        self.plan_button.clicked.connect(self.new_plan)
        self.access_button = QPushButton(tr("&Résumé pour la personne (accès)…"))
        self.access_button.clicked.connect(self.new_access_summary)
        self.show_button = QPushButton(tr("&Afficher / réimprimer…"))
        self.show_button.clicked.connect(self.show_selected)
        self.outcome_button = QPushButton(tr("&Suite de l'orientation…"))
        self.outcome_button.clicked.connect(self.edit_outcome)
        self.empty = label(tr("Aucun document émis pour ce dossier."), "muted")
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                self.letter_button, self.attestation_button, self.plan_button, self.access_button
            )
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.show_button, self.outcome_button))
        layout.addWidget(self.error)
        self.setFocusProxy(self.table)

    # -- Section ----------------------------------------------------------------------
    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        self.case_id = bundle.case_id
        self.reference = bundle.detail.reference
        ws = self.screen.workspace
        coordinator = ws is not None and ws.session.role is Role.COORDINATOR
        self.access_button.setEnabled(coordinator)
        self.access_button.setToolTip(
            "" if coordinator else tr("Établi par le ou la coordinateur·rice.")
        )
        self.reload()

    def clear(self) -> None:
        self._request += 1
        self.case_id = None
        self.reference = ""
        self.documents = []
        self.table.setRowCount(0)
        self.error.show_message(None)

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        self.new_letter(payload)

    def reload(self) -> None:
        ws, case_id = self.screen.workspace, self.case_id
        if ws is None or case_id is None:
            return
        self._request += 1
        request = self._request

        actor = ws.session
        ws.ops.read(
            self,
            lambda tx: issued_documents(tx, actor, case_id),
            lambda docs_: self._loaded(request, docs_),
            on_error=self._failed,
        )

    def _loaded(self, request: int, documents: list[IssuedView]) -> None:
        if request != self._request:
            return
        self.documents = documents
        rows = []
        for d in documents:
            outcome = DASH
            if d.outcome is not None:
                outcome = d.outcome.label
                if d.outcome_on:
                    outcome += " " + tr("le {d}").format(d=fmt_date(d.outcome_on))
            rows.append(
                [
                    fmt_date(d.issued_at.date()),
                    d.kind.label,
                    d.partner_name or d.addressee or DASH,
                    ", ".join(d.field_labels) or DASH,
                    d.basis,
                    d.author or DASH,
                    outcome,
                ]
            )
        fill_table(self.table, rows, [d.id for d in documents])
        self.empty.setVisible(not documents)
        self.error.show_message(None)

    def _failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True  # shown under the register

    def selected(self) -> IssuedView | None:
        doc_id = selected_id(self.table)
        return next((d for d in self.documents if d.id == doc_id), None)

    # -- new documents ----------------------------------------------------------------
    def new_letter(self, draft: dict[str, Any] | None = None) -> LetterDialog | None:
        ws, case_id = self.screen.workspace, self.case_id
        if ws is None or case_id is None:
            return None
        dialog = LetterDialog(ws, case_id, self.window())
        dialog.issued.connect(lambda _id: self.reload())
        if draft is not None:
            dialog.start_from_draft(draft)
        dialog.open()
        dialog.load()
        return dialog

    def _flow(self, kind: DocumentKind, preview: Any, issue: Any) -> None:
        ws = self.screen.workspace
        if ws is None or self.case_id is None:
            return
        preview_then_issue(
            self,
            ws,
            title=kind.label,
            name=suggested_file(kind.value, self.reference),
            preview=preview,
            issue=issue,
            on_issued=lambda _id: self.reload(),
        )

    def new_attestation(self) -> None:
        if self.case_id is None:
            return
        dialog = _OptionsDialog(
            tr("Attestation de suivi"),
            tr("Mentionner la date de &naissance"),
            self.window(),
            addressee=True,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = AttestationRequest(
            self.case_id,
            include_birth_date=dialog.option.isChecked(),
            addressee=dialog.addressee.text(),
        )
        self._flow(
            DocumentKind.ATTESTATION,
            lambda s, a: docs.preview_attestation(s, a, request),
            lambda s, a: docs.issue_attestation(s, a, request),
        )

    def new_plan(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        self._flow(
            DocumentKind.DEPARTURE_PLAN,
            lambda s, a: docs.preview_departure_plan(s, a, case_id),
            lambda s, a: docs.issue_departure_plan(s, a, case_id),
        )

    def new_access_summary(self) -> None:
        if self.case_id is None:
            return
        dialog = _OptionsDialog(
            tr("Résumé pour la personne"),
            tr("Inclure les données de l'auteur &présumé (décision du ou de la coordinateur·rice)"),
            self.window(),
            note=tr(
                "Relisez l'aperçu : les textes libres des suivis peuvent mentionner d'autres "
                "personnes. Vérifiez l'identité de la personne qui fait la demande."
            ),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = AccessRequest(self.case_id, include_authors=dialog.option.isChecked())
        self._flow(
            DocumentKind.ACCESS_SUMMARY,
            lambda s, a: docs.preview_access_summary(s, a, request),
            lambda s, a: docs.issue_access_summary(s, a, request),
        )

    # -- issued documents -------------------------------------------------------------
    def show_selected(self) -> None:
        ws, doc = self.screen.workspace, self.selected()
        if ws is None or doc is None:
            return

        actor = ws.session
        name = suggested_file(doc.kind.value, self.reference)
        ws.ops.read(
            self,
            lambda tx: reprint(tx, actor, doc.id),
            lambda pdf: show_issued(self.window(), ws, doc.id, pdf, doc.kind.label, name),
            on_error=self._failed,
        )

    def edit_outcome(self) -> None:
        ws, doc = self.screen.workspace, self.selected()
        if ws is None or doc is None:
            return
        if doc.kind is not DocumentKind.ORIENTATION:
            self.error.show_message(tr("Seul un courrier d'orientation a une suite."))
            return
        dialog = OutcomeDialog(doc, self.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        outcome, day = dialog.value()
        actor = ws.session
        # a refusal is shown in a box over the window (the dialog is closed)
        ws.ops.write(
            self,
            lambda tx: set_outcome(tx, actor, doc.id, outcome, day),
            lambda _none: self.reload(),
        )


class _OptionsDialog(QDialog):
    def __init__(
        self,
        title: str,
        option: str,
        parent: QWidget | None = None,
        *,
        addressee: bool = False,
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.option = QCheckBox(option)
        self.addressee = QLineEdit()
        self.addressee.setPlaceholderText(tr("À qui de droit"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Aperçu…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if note:
            layout.addWidget(label(note, "muted"))
        layout.addWidget(self.option)
        if addressee:
            form = QFormLayout()
            form.addRow(tr("&Destinataire (facultatif) :"), self.addressee)
            layout.addLayout(form)
        layout.addWidget(buttons)


class OutcomeDialog(QDialog):
    """What came of a referral, and when."""

    def __init__(self, doc: IssuedView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Suite de l'orientation"))
        self.outcome = QComboBox()
        for o in ReferralOutcome:
            self.outcome.addItem(o.label, o)
        if doc.outcome is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(doc.outcome))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(QDate.currentDate())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(label(doc.partner_name or doc.addressee or ""))
        form.addRow(tr("&Suite :"), self.outcome)
        form.addRow(tr("&Date :"), self.day)
        form.addRow(buttons)

    def value(self) -> tuple[ReferralOutcome, date]:
        return self.outcome.currentData(), self.day.date().toPython()
