"""Personnes: the victim and co-victims (children) of the case."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app import clock
from app.core.case_screen import CaseBundle
from app.core.people import PersonView, remove_person
from app.core.vocabulary import PersonRole
from app.i18n import tr
from app.ui.case.erase_dialog import EraseDialog, person_target
from app.ui.case.format import DASH, fmt_date, fmt_niss, fmt_phone, person_name
from app.ui.case.forms import ask_yes
from app.ui.case.person_dialog import PersonDialog
from app.ui.case.section import CaseScreen, TableSection
from app.ui.operations import Tx
from app.ui.widgets import label


def age_text(born: date | None, today: date | None = None) -> str:
    if born is None:
        return DASH
    today = today or clock.today()
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return tr("{date} ({years} ans)").format(date=fmt_date(born), years=years)


class PeopleSection(TableSection):
    draft_kinds = ("person",)

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(
            screen,
            [
                tr("Nom"),
                tr("Rôle"),
                tr("Naissance"),
                tr("Genre"),
                tr("N° national"),
                tr("Téléphone"),
                tr("Adresse"),
            ],
            tr("Personnes du dossier"),
            (
                tr("&Ajouter un enfant / une co-victime…"),
                tr("Modi&fier la fiche…"),
                tr("Re&tirer du dossier…"),
            ),
            parent,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(tr("La victime principale, puis les enfants et autres co-victimes."), "muted")
        )
        layout.addWidget(self.table, 1)
        # coordinator only (access.py): a co-victim's erasure on request (art. 17)
        self.erase_button = QPushButton(tr("&Effacer définitivement…"))
        self.erase_button.setProperty("role", "danger")
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase_selected)
        row = self.buttons()
        row.addWidget(self.erase_button)
        layout.addLayout(row)
        self._selection_changed()

    @property
    def people(self) -> list[PersonView]:
        return self.records

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        self.show_records(bundle.people, hide_names)

    def rows(self, records: list[PersonView], hide_names: bool) -> list[list[str]]:
        rows = []
        for p in records:
            role = p.role.label
            if p.role != PersonRole.VICTIM and p.relation:
                role = f"{role} ({p.relation})"
            address = " ".join(x for x in (p.street, p.postcode, p.city) if x) or DASH
            rows.append(
                [
                    person_name(p, hide_names),
                    role,
                    age_text(p.birth_date),
                    p.gender.label if p.gender else DASH,
                    fmt_niss(p.niss),
                    fmt_phone(p.phone),
                    address,
                ]
            )
        return rows

    def can_remove(self, person: PersonView) -> bool:
        return person.role != PersonRole.VICTIM  # the primary victim stays

    def open_record(self, person: PersonView | None, draft: dict[str, Any] | None = None) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = PersonDialog(
            ws,
            self.window(),
            bundle.case_id,
            bundle.detail.reference,
            person,
            bundle.catalogues.communes,
        )
        self.screen.open_form(dialog, draft)

    open_person = open_record

    def _selection_changed(self) -> None:
        super()._selection_changed()
        button = getattr(self, "erase_button", None)  # built after the base class
        if button is None:
            return
        person = self.selected()
        button.setEnabled(person is not None and person.role != PersonRole.VICTIM)
        button.setToolTip(
            tr("Effacer la fiche de cette personne à sa demande (RGPD, art. 17)")
            if person is None or person.role != PersonRole.VICTIM
            else tr(
                "Effacer la victime principale, c'est effacer tout le dossier : "
                "onglet Résumé, « Effacer définitivement… »"
            )
        )

    def erase_selected(self) -> None:
        ws, bundle, person = self.screen.workspace, self.screen.bundle, self.selected()
        if ws is None or bundle is None or person is None or person.role == PersonRole.VICTIM:
            return
        shown_as = person_name(person, self.screen.hide_names)
        dialog = EraseDialog(ws, self.window(), person_target(bundle, person, shown_as))
        dialog.erased.connect(self.screen.after_erasure)
        dialog.open()

    def remove_selected(self) -> None:
        person = self.selected()
        if person is None or person.role == PersonRole.VICTIM:
            return
        name = person_name(person, self.screen.hide_names)
        if not ask_yes(
            self.window(),
            tr("Retirer {name} du dossier ? Sa fiche sera effacée.").format(name=name),
            tr("&Retirer"),
        ):
            return
        person_id = person.id
        ws = self.screen.workspace
        if ws is None:
            return
        actor = ws.session

        def write(session: Tx) -> None:
            remove_person(session, actor, person_id)

        self.screen.run_write(write)
