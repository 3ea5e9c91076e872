"""Résumé: the case at a glance, its status actions and the status history."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.case_screen import CaseBundle
from app.core.vocabulary import CaseStatus
from app.i18n import tr
from app.ui.case.details_dialog import CaseDetailsDialog
from app.ui.case.erase_dialog import EraseDialog, case_target
from app.ui.case.format import fmt_answer, fmt_date, fmt_text, fmt_utc
from app.ui.case.pathway_summary import PathwaySummary
from app.ui.case.section import CaseScreen, Section, button_row, fill_table, make_table
from app.ui.case.status_dialog import CLOSE, PAUSE, REOPEN, StatusDialog
from app.ui.widgets import label


def event_label(kind: str) -> str:
    return {
        "opened": tr("Ouverture"),
        "closed": tr("Clôture"),
        "reopened": tr("Réouverture"),
        "paused": tr("Mise en pause"),
    }.get(kind, kind)


def value_label() -> QLabel:
    widget = QLabel()
    widget.setWordWrap(True)
    return widget


class SummarySection(Section):
    draft_kinds = ("details", "status")

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.form = form
        for key, text in (
            ("situation", tr("Situation :")),
            ("violence", tr("Types de violence :")),
            ("first", tr("Premier fait connu :")),
            ("last", tr("Dernier fait connu :")),
            ("children", tr("Enfants exposés :")),
            ("source", tr("Origine de la demande :")),
            ("opened", tr("Ouvert le :")),
            ("closed", tr("Clôturé le :")),
            ("confidential", tr("Confidentiel :")),
            ("counts", tr("Au dossier :")),
        ):
            self.values[key] = value_label()
            form.addRow(label(text, "muted", wrap=False), self.values[key])
        self.edit_button = QPushButton(tr("&Modifier…"))
        self.close_button = QPushButton(tr("C&lôturer…"))
        self.pause_button = QPushButton(tr("Mettre en &pause…"))
        self.reopen_button = QPushButton(tr("R&ouvrir…"))
        # coordinator only (access.py); apart from the everyday actions
        self.erase_button = QPushButton(tr("&Effacer définitivement…"))
        self.erase_button.setToolTip(
            tr("Effacer tout le dossier à la demande de la personne (RGPD, art. 17)")
        )
        self.erase_button.setProperty("role", "danger")
        self.edit_button.clicked.connect(lambda: self.open_details())
        self.close_button.clicked.connect(lambda: self.open_status(CLOSE))
        self.pause_button.clicked.connect(lambda: self.open_status(PAUSE))
        self.reopen_button.clicked.connect(lambda: self.open_status(REOPEN))
        self.erase_button.clicked.connect(self.open_erase)
        self.history = make_table([tr("Date"), tr("Événement"), tr("Motif"), tr("Par")], stretch=2)
        self.history.setAccessibleName(tr("Historique du statut"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        actions = button_row(
            self.edit_button, self.close_button, self.pause_button, self.reopen_button
        )
        self.erase_button.setAutoDefault(False)
        actions.addWidget(self.erase_button)
        layout.addLayout(actions)
        self.pathways = PathwaySummary()  # issue #4: where each pathway stands
        layout.addWidget(self.pathways)
        layout.addWidget(label(tr("Historique du statut"), "subtitle"))
        layout.addWidget(self.history, 1)

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        d = bundle.detail
        v = self.values
        v["situation"].setText(fmt_text(d.situation))
        v["violence"].setText(", ".join(d.violence_labels) or "—")
        v["first"].setText(fmt_date(d.first_incident_on))
        v["last"].setText(fmt_date(d.last_incident_on))
        v["children"].setText(fmt_answer(d.children_exposed).capitalize())
        v["source"].setText(fmt_text(d.referral_source_label))
        v["opened"].setText(fmt_date(d.opened_on))
        closed = fmt_date(d.closed_on)
        if d.status == CaseStatus.CLOSED and d.closure_reason:
            closed = tr("{date} — motif : {reason}").format(date=closed, reason=d.closure_reason)
        v["closed"].setText(closed)
        self.form.setRowVisible(v["closed"], d.status == CaseStatus.CLOSED)
        v["confidential"].setText(
            tr("Oui : réservé aux intervenant·es attitré·es") if d.confidential else tr("Non")
        )
        v["counts"].setText(
            tr("{people} personne(s), {authors} auteur(s), {followups} suivi(s)").format(
                people=d.people_count, authors=d.author_count, followups=d.followup_count
            )
        )
        self.close_button.setVisible(d.status != CaseStatus.CLOSED)
        self.pause_button.setVisible(d.status == CaseStatus.OPEN)
        self.reopen_button.setVisible(d.status != CaseStatus.OPEN)
        rows = [
            [fmt_utc(e.at), event_label(e.kind), e.reason or "", e.user_name or ""]
            for e in reversed(bundle.events)
        ]
        fill_table(self.history, rows, select=False)
        self.pathways.show_pathways(bundle.pathways)

    def clear(self) -> None:
        for widget in self.values.values():
            widget.clear()
        self.history.setRowCount(0)
        self.pathways.clear()

    # -- forms ----------------------------------------------------------------------------
    def open_details(self, draft: dict[str, Any] | None = None, focus: str = "") -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = CaseDetailsDialog(ws, self.window(), bundle)
        if focus == "violence":
            dialog.violence.setFocus()
        self.screen.open_form(dialog, draft)

    def open_status(self, action: str, draft: dict[str, Any] | None = None) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = StatusDialog(ws, self.window(), bundle.case_id, action, bundle.detail.reference)
        self.screen.open_form(dialog, draft)

    def open_erase(self) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = EraseDialog(ws, self.window(), case_target(bundle))
        dialog.erased.connect(self.screen.after_erasure)
        dialog.open()

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        parts = form_key.split(":")
        if parts[0] == "details":
            self.open_details(payload)
        elif parts[0] == "status" and len(parts) > 1:
            self.open_status(parts[1], payload)
