"""The form of a person of the case: the victim or a co-victim (often a child)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from app.core.catalogues import Choice
from app.core.people import PersonInput, PersonView, add_person, update_person
from app.core.validation import check_niss, check_phone, format_niss, format_phone
from app.core.vocabulary import Gender, PersonRole
from app.errors import ValidationError
from app.i18n import tr
from app.ui.case.fields import ChoiceCombo, DateField
from app.ui.case.forms import FormDialog
from app.ui.case.safe_contact import SafeContactInputs
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen
from app.ui.workspace import Workspace


class PersonDialog(FormDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        person: PersonView | None = None,
        communes: list[Choice] | None = None,
    ) -> None:
        editing = person is not None
        title = tr("Modifier la fiche") if editing else tr("Ajouter un enfant ou une co-victime")
        super().__init__(
            workspace,
            parent,
            form_key=f"person:{person.id}" if person else f"person:new:{case_id}",
            title=title,
            case_id=case_id,
            draft_title=f"{title} — {reference}",
        )
        self.person = person
        self._postcodes = {
            c.label.rsplit("(", 1)[-1].rstrip(")"): c.label.rsplit(" (", 1)[0]
            for c in communes or []
        }
        is_victim = person is not None and person.role == PersonRole.VICTIM

        identity = QGroupBox(tr("Victime principale") if is_victim else tr("Identité"))
        identity_form = QFormLayout(identity)
        self.relation = QLineEdit()
        self.relation.setPlaceholderText(tr("ex. fils, fille, mère"))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.pseudonym = QLineEdit()
        self.hide_name = QCheckBox(tr("Masq&uer le nom (afficher le pseudonyme partout)"))
        self.birth_date = DateField("birth_date")
        self.gender = ChoiceCombo(tr("— non précisé —"))
        self.gender.set_choices([(g.value, g.label) for g in Gender])
        self.languages = QLineEdit()
        self.languages.setPlaceholderText(tr("ex. français, arabe"))
        self.nationality = QLineEdit()
        self.niss = QLineEdit()
        self.niss.setPlaceholderText(tr("ex. 85.07.30-033.28"))
        self.niss.setMaxLength(20)
        if not is_victim:
            self.add_row(identity_form, tr("Lien avec la &victime :"), "relation", self.relation)
        self.add_row(identity_form, tr("&Prénom :"), "first_name", self.first_name)
        self.add_row(identity_form, tr("&Nom :"), "last_name", self.last_name)
        self.add_row(identity_form, tr("Pseudon&yme :"), "name", self.pseudonym)
        identity_form.addRow("", self.hide_name)
        self.add_to_chain(self.hide_name)
        self.add_row(identity_form, tr("Date de na&issance :"), "birth_date", self.birth_date)
        self.add_row(identity_form, tr("&Genre :"), "gender", self.gender)
        self.add_row(identity_form, tr("Langue&s :"), "languages", self.languages)
        self.add_row(identity_form, tr("Nationalité :"), "nationality", self.nationality)
        self.add_row(identity_form, tr("Numér&o de registre national :"), "niss", self.niss)

        address = QGroupBox(tr("Adresse et téléphone"))
        address_form = QFormLayout(address)
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(4)
        self.postcode.setFixedWidth(80)
        self.city = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(tr("ex. 0472 12 34 56"))
        self.add_row(address_form, tr("Rue et numéro :"), "street", self.street)
        self.add_row(address_form, tr("Code postal :"), "postcode", self.postcode)
        self.add_row(address_form, tr("&Localité :"), "city", self.city)
        self.add_row(address_form, tr("Télép&hone :"), "phone", self.phone)

        safe = QGroupBox(tr("Contact sûr"))
        safe_form = QFormLayout(safe)
        self.safe = SafeContactInputs(self, safe_form, required=False)
        self.safe.add_notes_row(self, safe_form)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(identity)
        column.addWidget(address)
        column.addWidget(safe)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 760, 720)

        self.niss.editingFinished.connect(self._check_niss)
        self.phone.editingFinished.connect(self._tidy_phone)
        self.postcode.editingFinished.connect(self._fill_city)
        if person is not None:
            self._fill(person)
        self.ready()

    def _fill(self, p: PersonView) -> None:
        self.relation.setText(p.relation or "")
        self.first_name.setText(p.first_name or "")
        self.last_name.setText(p.last_name or "")
        self.pseudonym.setText(p.pseudonym or "")
        self.hide_name.setChecked(p.hide_name)
        self.birth_date.set_value(p.birth_date)
        self.gender.set_code(p.gender.value if p.gender else None)
        self.languages.setText(p.languages or "")
        self.nationality.setText(p.nationality or "")
        self.niss.setText(format_niss(p.niss) if p.niss else "")
        self.street.setText(p.street or "")
        self.postcode.setText(p.postcode or "")
        self.city.setText(p.city or "")
        self.phone.setText(format_phone(p.phone) if p.phone else "")
        self.safe.set_value(p.safe_contact)

    # -- live help ------------------------------------------------------------------------
    def _check_niss(self) -> None:
        error = self.errors["niss"]
        try:
            digits = check_niss(self.niss.text())
        except ValidationError as exc:
            error.show_message(exc.message)
            return
        error.show_message(None)
        if digits:
            self.niss.setText(format_niss(digits))

    def _tidy_phone(self) -> None:
        try:
            normalised = check_phone(self.phone.text())
        except ValidationError:
            return
        if normalised:
            self.phone.setText(format_phone(normalised))

    def _fill_city(self) -> None:
        city = self._postcodes.get(self.postcode.text().strip())
        if city and not self.city.text().strip():
            self.city.setText(city)

    # -- FormDialog -----------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        return {
            "relation": self.relation.text(),
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "pseudonym": self.pseudonym.text(),
            "hide_name": self.hide_name.isChecked(),
            "birth_date": self.birth_date.text(),
            "gender": self.gender.code(),
            "languages": self.languages.text(),
            "nationality": self.nationality.text(),
            "niss": self.niss.text(),
            "street": self.street.text(),
            "postcode": self.postcode.text(),
            "city": self.city.text(),
            "phone": self.phone.text(),
            **self.safe.payload(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        for key in (
            "relation",
            "first_name",
            "last_name",
            "pseudonym",
            "languages",
            "nationality",
            "niss",
            "street",
            "postcode",
            "city",
            "phone",
        ):
            getattr(self, key).setText(payload.get(key, ""))
        self.hide_name.setChecked(bool(payload.get("hide_name")))
        self.birth_date.setText(payload.get("birth_date", ""))
        self.gender.set_code(payload.get("gender"))
        self.safe.restore(payload)

    def build_job(self) -> Callable[[Tx], Any]:
        gender = self.gender.code()
        data = PersonInput(
            role=self.person.role if self.person else PersonRole.CO_VICTIM,
            relation=self.relation.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            pseudonym=self.pseudonym.text(),
            hide_name=self.hide_name.isChecked(),
            birth_date=self.birth_date.value(),
            gender=Gender(gender) if gender else None,
            languages=self.languages.text(),
            nationality=self.nationality.text(),
            niss=self.niss.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            phone=self.phone.text(),
            safe_contact=self.safe.value(),
        )
        person_id = self.person.id if self.person else None
        actor, case_id = self.workspace.session, self.case_id
        assert case_id is not None

        def write(session: Tx) -> Any:
            if person_id is None:
                return add_person(session, actor, case_id, data)
            update_person(session, actor, person_id, data)
            return person_id

        return write
