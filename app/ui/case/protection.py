"""Plainte et protection: complaints with their status history, the temporary
residence ban and its deadlines, family-court measures, residence-permit files."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QFrame,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core.case_screen import CaseBundle
from app.core.pathways.complaints import ComplaintView, remove_complaint
from app.core.pathways.protection import (
    BanView,
    CourtView,
    PermitView,
    remove_ban,
    remove_court_measure,
    remove_permit_file,
)
from app.i18n import tr
from app.ui.case.complaint_dialogs import ComplaintDialog, ComplaintStatusDialog
from app.ui.case.format import fmt_date
from app.ui.case.forms import FormDialog, ask_yes
from app.ui.case.legal_dialogs import CourtDialog, PermitDialog
from app.ui.case.protection_dialogs import BanDialog, BanNoteDialog, ExtensionDialog
from app.ui.case.protection_rows import (
    PathwayGroup,
    ban_late,
    ban_rows,
    complaint_detail,
    complaint_rows,
    court_rows,
    permit_rows,
)
from app.ui.case.section import CaseScreen, Section, selected_id
from app.ui.operations import Tx


class ProtectionSection(Section):
    draft_kinds = (
        "complaint",
        "complaint_status",
        "ban",
        "ban_extension",
        "ban_note",
        "court",
        "permit",
    )

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.complaints: list[ComplaintView] = []
        self.bans: list[BanView] = []
        self.court: list[CourtView] = []
        self.permits: list[PermitView] = []
        self.now = clock.now()

        def button(text: str, slot: Callable[[], None]) -> QPushButton:
            widget = QPushButton(text)
            widget.clicked.connect(lambda _checked=False: slot())
            return widget

        self.new_complaint = button(tr("&Nouvelle plainte…"), lambda: self.open_complaint())
        self.status_button = button(tr("Changer le &statut…"), self.change_status)
        self.edit_complaint = button(tr("Modi&fier…"), self.edit_selected_complaint)
        self.delete_complaint = button(tr("Supprimer"), self.delete_selected_complaint)
        self.complaint_group = PathwayGroup(
            tr("Plaintes"),
            [
                tr("Déposée le"),
                tr("Zone / commissariat"),
                tr("N° de PV"),
                tr("Statut"),
                tr("Certificat"),
                tr("Accompagnée"),
            ],
            [self.new_complaint, self.status_button, self.edit_complaint, self.delete_complaint],
            1,
        )
        self.complaint_group.table.itemSelectionChanged.connect(self._complaint_selected)
        self.complaint_group.table.doubleClicked.connect(lambda _i: self.change_status())

        self.new_ban = button(tr("&Interdiction de résidence…"), lambda: self.open_ban())
        self.extend_button = button(tr("&Prolongation…"), self.extend_selected)
        self.note_button = button(tr("Noter l'iss&ue…"), self.note_selected)
        self.edit_ban = button(tr("Modifier…"), self.edit_selected_ban)
        self.delete_ban = button(tr("Supprimer"), self.delete_selected_ban)
        self.ban_group = PathwayGroup(
            tr("Interdiction temporaire de résidence"),
            [
                tr("Ordonnée le"),
                tr("Notifiée le"),
                tr("Fin"),
                tr("Audience (juge de paix)"),
                tr("Prolongée le"),
                tr("Remarques"),
            ],
            [self.new_ban, self.extend_button, self.note_button, self.edit_ban, self.delete_ban],
            5,
        )
        self.ban_group.table.itemSelectionChanged.connect(self._ban_selected)
        self.ban_group.table.doubleClicked.connect(lambda _i: self.edit_selected_ban())

        self.new_court = button(tr("&Tribunal de la famille…"), lambda: self.open_court())
        self.edit_court = button(tr("Modifier…"), self.edit_selected_court)
        self.delete_court = button(tr("Supprimer"), self.delete_selected_court)
        self.court_group = PathwayGroup(
            tr("Tribunal de la famille — mesures urgentes"),
            [tr("Procédure"), tr("Requête le"), tr("Audience"), tr("Décision")],
            [self.new_court, self.edit_court, self.delete_court],
            3,
        )
        self.court_group.table.doubleClicked.connect(lambda _i: self.edit_selected_court())

        self.new_permit = button(tr("Droit de s&éjour…"), lambda: self.open_permit())
        self.edit_permit = button(tr("Modifier…"), self.edit_selected_permit)
        self.delete_permit = button(tr("Supprimer"), self.delete_selected_permit)
        self.permit_group = PathwayGroup(
            tr("Protection du droit de séjour (victime étrangère)"),
            [tr("Base légale"), tr("Introduit le"), tr("Décision"), tr("Le"), tr("Remarques")],
            [self.new_permit, self.edit_permit, self.delete_permit],
            4,
        )
        self.permit_group.table.doubleClicked.connect(lambda _i: self.edit_selected_permit())

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        for group in (self.complaint_group, self.ban_group, self.court_group, self.permit_group):
            column.addWidget(group)
        column.addStretch(1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(area)
        self.setFocusProxy(self.complaint_group.table)
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------------
    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        p = bundle.pathways
        self.now = p.now
        self.complaints, self.bans = p.complaints, p.bans
        self.court, self.permits = p.court_measures, p.permit_files
        self.complaint_group.fill(*complaint_rows(self.complaints))
        self.ban_group.fill(*ban_rows(self.bans, p.now))
        self.court_group.fill(*court_rows(self.court, p.now))
        self.permit_group.fill(*permit_rows(self.permits))
        self._complaint_selected()
        self._ban_selected()
        self._update_buttons()

    def clear(self) -> None:
        self.complaints, self.bans, self.court, self.permits = [], [], [], []
        for group in (self.complaint_group, self.ban_group, self.court_group, self.permit_group):
            group.clear()
        self._update_buttons()

    def _complaint(self) -> ComplaintView | None:
        chosen = selected_id(self.complaint_group.table)
        return next((c for c in self.complaints if c.id == chosen), None)

    def _ban(self) -> BanView | None:
        chosen = selected_id(self.ban_group.table)
        return next((b for b in self.bans if b.id == chosen), None)

    def _complaint_selected(self) -> None:
        c = self._complaint()
        group = self.complaint_group
        if c is None:
            group.detail.setVisible(not self.complaints)
            group.detail.setText(tr("Aucune plainte enregistrée pour ce dossier."))
        else:
            group.detail.setText(complaint_detail(c))
            group.detail.show()
        self._update_buttons()

    def _ban_selected(self) -> None:
        ban, group = self._ban(), self.ban_group
        if ban is None:
            group.detail.setVisible(not self.bans)
            group.detail.setText(tr("Aucune interdiction de résidence."))
        else:
            text = tr(
                "Fin après 10 jours : {initial} · prolongation possible jusqu'au {limit}"
            ).format(initial=fmt_date(ban.initial_end), limit=fmt_date(ban.limit))
            if ban_late(ban, self.now):
                text += "\n" + tr(
                    "Échéance dépassée sans mise à jour : notez la prolongation ou l'issue."
                )
            group.detail.setText(text)
            group.detail.show()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_complaint, ban = self._complaint() is not None, self._ban()
        for widget in (self.status_button, self.edit_complaint, self.delete_complaint):
            widget.setEnabled(has_complaint)
        for widget in (self.note_button, self.edit_ban, self.delete_ban):
            widget.setEnabled(ban is not None)
        self.extend_button.setEnabled(ban is not None and not ban.extended)
        has_court = selected_id(self.court_group.table) is not None
        has_permit = selected_id(self.permit_group.table) is not None
        self.edit_court.setEnabled(has_court)
        self.delete_court.setEnabled(has_court)
        self.edit_permit.setEnabled(has_permit)
        self.delete_permit.setEnabled(has_permit)

    # -- forms -----------------------------------------------------------------------------
    def _open(self, make: Callable[..., FormDialog], *args: Any, draft: dict | None = None) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = make(ws, self.window(), bundle.case_id, bundle.detail.reference, *args)
        self.screen.open_form(dialog, draft)

    def open_complaint(self, complaint: ComplaintView | None = None, draft: dict | None = None):
        self._open(ComplaintDialog, complaint, draft=draft)

    def change_status(self, draft: dict | None = None) -> None:
        complaint = self._complaint()
        if complaint is not None:
            self._open(ComplaintStatusDialog, complaint, draft=draft)

    def edit_selected_complaint(self) -> None:
        complaint = self._complaint()
        if complaint is not None:
            self.open_complaint(complaint)

    def open_ban(self, ban: BanView | None = None, draft: dict | None = None) -> None:
        self._open(BanDialog, ban, draft=draft)

    def edit_selected_ban(self) -> None:
        ban = self._ban()
        if ban is not None:
            self.open_ban(ban)

    def extend_selected(self) -> None:
        ban = self._ban()
        if ban is not None and not ban.extended:
            self._open(ExtensionDialog, ban)

    def note_selected(self) -> None:
        ban = self._ban()
        if ban is not None:
            self._open(BanNoteDialog, ban)

    def open_court(self, measure: CourtView | None = None, draft: dict | None = None) -> None:
        self._open(CourtDialog, measure, draft=draft)

    def edit_selected_court(self) -> None:
        chosen = selected_id(self.court_group.table)
        measure = next((m for m in self.court if m.id == chosen), None)
        if measure is not None:
            self.open_court(measure)

    def open_permit(self, permit: PermitView | None = None, draft: dict | None = None) -> None:
        self._open(PermitDialog, permit, draft=draft)

    def edit_selected_permit(self) -> None:
        chosen = selected_id(self.permit_group.table)
        permit = next((f for f in self.permits if f.id == chosen), None)
        if permit is not None:
            self.open_permit(permit)

    # -- deleting ----------------------------------------------------------------------------
    def _delete(self, table: QTableWidget, question: str, remove: Callable[..., None]) -> None:
        chosen, ws = selected_id(table), self.screen.workspace
        if chosen is None or ws is None or not ask_yes(self.window(), question, tr("&Supprimer")):
            return
        actor = ws.session

        def write(session: Tx) -> None:
            remove(session, actor, chosen)

        self.screen.run_write(write)

    def delete_selected_complaint(self) -> None:
        self._delete(
            self.complaint_group.table,
            tr(
                "Supprimer cette plainte et son historique ? (À faire seulement si elle a été "
                "enregistrée par erreur.)"
            ),
            remove_complaint,
        )

    def delete_selected_ban(self) -> None:
        self._delete(
            self.ban_group.table,
            tr("Supprimer cette interdiction de résidence (enregistrée par erreur) ?"),
            remove_ban,
        )

    def delete_selected_court(self) -> None:
        self._delete(
            self.court_group.table,
            tr("Supprimer cette procédure (enregistrée par erreur) ?"),
            remove_court_measure,
        )

    def delete_selected_permit(self) -> None:
        self._delete(
            self.permit_group.table,
            tr("Supprimer ce dossier de séjour (enregistré par erreur) ?"),
            remove_permit_file,
        )

    # -- drafts ------------------------------------------------------------------------------
    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        kind, _, rest = form_key.partition(":")
        existing = None if rest.startswith("new:") else uuid.UUID(rest)

        def find(items: Sequence[Any]) -> Any:
            return next((i for i in items if i.id == existing), None)

        if kind == "complaint":
            complaint = find(self.complaints)
            if existing is None or complaint is not None:
                self.open_complaint(complaint, payload)
        elif kind == "complaint_status" and find(self.complaints) is not None:
            self._open(ComplaintStatusDialog, find(self.complaints), draft=payload)
        elif kind == "ban":
            ban = find(self.bans)
            if existing is None or ban is not None:
                self.open_ban(ban, payload)
        elif kind == "ban_extension" and find(self.bans) is not None:
            self._open(ExtensionDialog, find(self.bans), draft=payload)
        elif kind == "ban_note" and find(self.bans) is not None:
            self._open(BanNoteDialog, find(self.bans), draft=payload)
        elif kind == "court":
            measure = find(self.court)
            if existing is None or measure is not None:
                self.open_court(measure, payload)
        elif kind == "permit":
            permit = find(self.permits)
            if existing is None or permit is not None:
                self.open_permit(permit, payload)
