"""Personnes: the victim and co-victims (children) of the case."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.core.people import PersonView, remove_person
from app.core.vocabulary import PersonRole
from app.i18n import tr
from app.ui.case.data import CaseBundle
from app.ui.case.format import DASH, fmt_date, fmt_niss, fmt_phone, person_name
from app.ui.case.forms import ask_yes
from app.ui.case.person_dialog import PersonDialog
from app.ui.case.section import (
    CaseScreen,
    Section,
    button_row,
    fill_table,
    make_table,
    selected_id,
)
from app.ui.widgets import label


def age_text(born: date | None, today: date | None = None) -> str:
    if born is None:
        return DASH
    today = today or date.today()
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return tr("{date} ({years} ans)").format(date=fmt_date(born), years=years)


class PeopleSection(Section):
    draft_kinds = ("person",)

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.people: list[PersonView] = []
        self.table = make_table(
            [
                tr("Nom"),
                tr("Rôle"),
                tr("Naissance"),
                tr("Genre"),
                tr("N° national"),
                tr("Téléphone"),
                tr("Adresse"),
            ]
        )
        self.table.setAccessibleName(tr("Personnes du dossier"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(tr("&Ajouter un enfant / une co-victime…"))
        self.edit_button = QPushButton(tr("Modi&fier la fiche…"))
        self.remove_button = QPushButton(tr("Re&tirer du dossier…"))
        self.add_button.clicked.connect(lambda: self.open_person(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(tr("La victime principale, puis les enfants et autres co-victimes."), "muted")
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add_button, self.edit_button, self.remove_button))

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        self.people = list(bundle.people)
        rows = []
        for p in self.people:
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
        fill_table(self.table, rows, [p.id for p in self.people])
        self._selection_changed()

    def clear(self) -> None:
        self.people = []
        self.table.setRowCount(0)

    def _selected(self) -> PersonView | None:
        chosen = selected_id(self.table)
        return next((p for p in self.people if p.id == chosen), None)

    def _selection_changed(self) -> None:
        person = self._selected()
        self.edit_button.setEnabled(person is not None)
        self.remove_button.setEnabled(person is not None and person.role != PersonRole.VICTIM)

    def edit_selected(self) -> None:
        person = self._selected()
        if person is not None:
            self.open_person(person)

    def open_person(self, person: PersonView | None, draft: dict[str, Any] | None = None) -> None:
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

    def remove_selected(self) -> None:
        person = self._selected()
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

        def write(session: Session) -> None:
            remove_person(session, actor, person_id)

        self.screen.run_write(write)

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        parts = form_key.split(":")
        person = None
        if len(parts) == 2:
            wanted = uuid.UUID(parts[1])
            person = next((p for p in self.people if p.id == wanted), None)
            if person is None:
                return
        self.open_person(person, payload)
