"""Residence ban: order, notification, hearing, extension by the juge de paix, outcome."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app import clock
from app.core.pathways.protection import (
    BanInput,
    BanView,
    add_ban_note,
    ban_end,
    extend_ban,
    extension_limit,
    record_ban,
    update_ban,
)
from app.i18n import tr
from app.ui.case.complaint_dialogs import text_box
from app.ui.case.fields import DateField, required_date_edit
from app.ui.case.pathway_fields import CaseForm, DateTimeField, qdate_value, set_qdate
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace


def _d(value: date) -> str:
    return value.strftime("%d/%m/%Y")


class BanDialog(CaseForm):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        ban: BanView | None = None,
    ) -> None:
        title = tr("Modifier l'interdiction") if ban else tr("Interdiction temporaire de résidence")
        super().__init__(
            workspace, parent, case_id, reference, "ban", title, ban.id if ban else None
        )
        self.ban = ban
        self.ordered_on = required_date_edit()
        self.notified_on = DateField("notified_on")
        self.hearing_at = DateTimeField("hearing_at")
        self.notes = text_box()
        self.end_note = label("", "muted")
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            label(
                tr(
                    "Ordonnée par le procureur du Roi pour 10 jours au plus ; le juge de paix "
                    "peut la prolonger jusqu'à trois mois après l'ordonnance."
                ),
                "muted",
            )
        )
        form = QFormLayout()
        self.add_row(form, tr("&Ordonnée le :"), "ordered_on", self.ordered_on)
        form.addRow("", self.end_note)
        self.add_row(form, tr("&Notifiée le :"), "notified_on", self.notified_on)
        self.add_row(form, tr("&Audience du juge de paix :"), "hearing_at", self.hearing_at)
        self.add_row(form, tr("&Remarques :"), "notes", self.notes)
        column.addLayout(form)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 620, 420)
        if ban is not None:
            set_qdate(self.ordered_on, ban.ordered_on)
            self.notified_on.set_value(ban.notified_on)
            self.hearing_at.set_value(ban.hearing_at)
            self.notes.setPlainText(ban.notes or "")
        self.ordered_on.dateChanged.connect(self._show_end)
        self._show_end()
        self.ready()

    def _show_end(self) -> None:
        ordered = qdate_value(self.ordered_on)
        if self.ban is not None and self.ban.extended:
            text = tr("Prolongée jusqu'au {end} (au plus tard le {limit}).").format(
                end=_d(self.ban.end_on), limit=_d(extension_limit(ordered))
            )
        else:
            text = tr("Fin calculée : {end} (ordonnance + 10 jours).").format(
                end=_d(ban_end(ordered))
            )
        self.end_note.setText(text)

    def payload(self) -> dict[str, Any]:
        return {
            "ordered_on": qdate_value(self.ordered_on).isoformat(),
            "notified_on": self.notified_on.text(),
            "hearing_at": self.hearing_at.text(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        set_qdate(self.ordered_on, payload.get("ordered_on"))
        self.notified_on.setText(payload.get("notified_on", ""))
        self.hearing_at.setText(payload.get("hearing_at", ""))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        data = BanInput(
            ordered_on=qdate_value(self.ordered_on),
            notified_on=self.notified_on.value(),
            hearing_at=self.hearing_at.value(),
            notes=self.notes.toPlainText(),
        )
        actor, case_id, ban_id = self.workspace.session, self.case_id, self.ban and self.ban.id
        assert case_id is not None

        def write(session: Tx) -> Any:
            if ban_id is None:
                return record_ban(session, actor, case_id, data)
            update_ban(session, actor, ban_id, data)
            return ban_id

        return write


class ExtensionDialog(CaseForm):
    """The juge de paix extended the ban: decision date and new end (≤ order + 3 months)."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        ban: BanView,
    ) -> None:
        title = tr("Prolongation par le juge de paix")
        super().__init__(workspace, parent, case_id, reference, "ban_extension", title, ban.id)
        self.ban = ban
        hearing = ban.hearing_at.date() if ban.hearing_at else None
        self.extended_on = required_date_edit(
            hearing if hearing and hearing <= clock.today() else None
        )
        self.end_on = required_date_edit(ban.limit, not_future=False)
        self.note = QLineEdit()
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            label(
                tr(
                    "Interdiction ordonnée le {ordered}. La prolongation peut aller jusqu'au "
                    "{limit} au plus tard (trois mois après l'ordonnance)."
                ).format(ordered=_d(ban.ordered_on), limit=_d(ban.limit)),
                "muted",
            )
        )
        form = QFormLayout()
        self.add_row(form, tr("&Décision du juge de paix le :"), "extended_on", self.extended_on)
        self.add_row(form, tr("&Nouvelle fin :"), "end_on", self.end_on)
        self.add_row(form, tr("&Remarque :"), "note", self.note)
        column.addLayout(form)
        column.addStretch(1)
        self.save_button.setText(tr("&Enregistrer la prolongation"))
        self.finish_layout(body)
        fit_to_screen(self, 600, 280)
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {
            "extended_on": qdate_value(self.extended_on).isoformat(),
            "end_on": qdate_value(self.end_on).isoformat(),
            "note": self.note.text(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        set_qdate(self.extended_on, payload.get("extended_on"))
        set_qdate(self.end_on, payload.get("end_on"))
        self.note.setText(payload.get("note", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        extended_on, end_on = qdate_value(self.extended_on), qdate_value(self.end_on)
        note, actor, ban_id = self.note.text(), self.workspace.session, self.ban.id

        def write(session: Tx) -> None:
            extend_ban(session, actor, ban_id, extended_on, end_on, note)

        return write


class BanNoteDialog(CaseForm):
    """What happened at the end of the ban or at the hearing (clears the overdue flag)."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        ban: BanView,
    ) -> None:
        title = tr("Noter l'issue de l'interdiction")
        super().__init__(workspace, parent, case_id, reference, "ban_note", title, ban.id)
        self.ban = ban
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("ex. pas de prolongation demandée ; fin de l'interdiction"))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            label(
                tr("La note s'ajoute aux remarques de l'interdiction, datée d'aujourd'hui."),
                "muted",
            )
        )
        form = QFormLayout()
        self.add_row(form, tr("&Note :"), "note", self.note)
        column.addLayout(form)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 560, 200)
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {"note": self.note.text()}

    def restore(self, payload: dict[str, Any]) -> None:
        self.note.setText(payload.get("note", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        text = f"{clock.today():%d/%m/%Y} : {self.note.text().strip()}" if self.note.text() else ""
        actor, ban_id = self.workspace.session, self.ban.id

        def write(session: Tx) -> None:
            add_ban_note(session, actor, ban_id, text)

        return write
