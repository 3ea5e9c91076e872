"""Forms of the housing page: a unit, a stay (and its exit), a waiting-list request.

Window titles are generic: never a unit's address, never a name.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app import clock
from app.core.display import display_name
from app.core.housing import (
    HousedPerson,
    Priority,
    RequestInput,
    StayDestination,
    StayInput,
    StayView,
    UnitInput,
    UnitView,
    add_request,
    case_people_for_stay,
    find_case,
    record_stay,
    save_unit,
    unit_address,
    update_stay,
)
from app.core.housing_occupancy import counting_rule
from app.core.partners import search_partners
from app.errors import ValidationError
from app.i18n import tr
from app.ui.case.fields import CheckList, ChoiceCombo, DateField
from app.ui.case.forms import FormDialog
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace


def _text_box(height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _required(field: DateField, message: str) -> Any:
    value = field.value()
    if value is None:
        raise ValidationError(message, field=field.field)
    return value


class UnitDialog(FormDialog):
    """Add or change an emergency-housing unit (coordination)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None, unit: UnitView | None) -> None:
        super().__init__(
            workspace,
            parent,
            form_key=f"housing_unit:{unit.id}" if unit else "housing_unit:new",
            title=tr("Logement d'urgence"),
        )
        self.unit = unit
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("ex. Appartement A — jamais l'adresse"))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 50)
        self.capacity.setSuffix(tr(" place(s)"))
        self.available_from = DateField("available_from")
        self.available_to = DateField("available_to")
        self.address = _text_box()
        self.address.setPlaceholderText(tr("Adresse secrète : n'apparaît que dans ce formulaire"))
        self.partner = ChoiceCombo(tr("— aucun —"))
        self.notes = _text_box()
        body = QWidget()
        form = QFormLayout(body)
        self.add_row(form, tr("&Nom :"), "name", self.name)
        self.add_row(form, tr("&Capacité :"), "capacity", self.capacity)
        self.add_row(form, tr("Disponible &du :"), "available_from", self.available_from)
        self.add_row(form, tr("Disponible &jusqu'au :"), "available_to", self.available_to)
        self.add_row(form, tr("&Adresse :"), "address", self.address)
        self.add_row(form, tr("&Prêté par :"), "partner", self.partner)
        self.add_row(form, tr("&Remarques :"), "notes", self.notes)
        self.finish_layout(body)
        fit_to_screen(self, 620, 520)
        if unit is not None:
            self.name.setText(unit.name)
            self.capacity.setValue(unit.capacity)
            self.available_from.set_value(unit.available_from)
            self.available_to.set_value(unit.available_to)
            self.notes.setPlainText(unit.notes or "")
        else:
            self.available_from.set_value(clock.today())
        self.ready()
        QTimer.singleShot(0, self._read)

    def _read(self) -> None:
        actor, unit_id = self.workspace.session, self.unit.id if self.unit else None

        def read(tx: Tx) -> tuple[list, str]:
            partners = [(p.id.hex, p.name) for p in search_partners(tx, actor)]
            return partners, unit_address(tx, actor, unit_id) if unit_id else ""

        # the address is read with a trace (unit_address): a write
        self.workspace.ops.write(self, read, self._read_done)

    def _read_done(self, result: tuple[list, str]) -> None:
        dirty = self.is_dirty()
        partners, address = result
        self.partner.set_choices(partners)
        if self.unit is not None:
            self.partner.set_code(self.unit.partner_id.hex if self.unit.partner_id else None)
            self.address.setPlainText(address)
        if not dirty:
            self.mark_clean()

    def payload(self) -> dict[str, Any]:
        # the address stays out of drafts: a secret is not kept in a draft
        return {
            "name": self.name.text(),
            "capacity": self.capacity.value(),
            "available_from": self.available_from.text(),
            "available_to": self.available_to.text(),
            "partner": self.partner.code(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.name.setText(payload.get("name", ""))
        self.capacity.setValue(int(payload.get("capacity") or 1))
        self.available_from.setText(payload.get("available_from", ""))
        self.available_to.setText(payload.get("available_to", ""))
        self.partner.set_code(payload.get("partner"))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        partner = self.partner.code()
        data = UnitInput(
            name=self.name.text(),
            capacity=self.capacity.value(),
            available_from=self.available_from.value(),
            available_to=self.available_to.value(),
            address=self.address.toPlainText(),
            partner_id=uuid.UUID(partner) if partner else None,
            notes=self.notes.toPlainText(),
        )
        actor, unit_id = self.workspace.session, self.unit.id if self.unit else None
        return lambda tx: save_unit(tx, actor, data, unit_id)


class CaseFinder(QWidget):
    """A case reference typed, and « Chercher » that reads what the form needs."""

    def __init__(self, on_search: Callable[[], None]) -> None:
        super().__init__()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("ex. 2026-0042"))
        self.reference.setAccessibleName(tr("Numéro du dossier"))
        self.reference.returnPressed.connect(on_search)
        self.button = QPushButton(tr("C&hercher"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(on_search)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reference, 1)
        row.addWidget(self.button)


class StayDialog(FormDialog):
    """Record a stay, change it, or note its exit (``exit_mode``)."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        units: list[UnitView],
        stay: StayView | None = None,
        *,
        exit_mode: bool = False,
    ) -> None:
        if exit_mode:
            title = tr("Sortie d'hébergement")
        else:
            title = tr("Modifier le séjour") if stay else tr("Nouveau séjour")
        super().__init__(
            workspace,
            parent,
            form_key=f"housing_stay:{stay.id}" if stay else "housing_stay:new",
            title=title,
        )
        self.stay = stay
        self.found_case: uuid.UUID | None = stay.case_id if stay else None
        self.finder = CaseFinder(self.find)
        self.unit = ChoiceCombo()
        self.unit.set_choices([(u.id.hex, u.name) for u in units])
        self.entry_on = DateField("entry_on")
        self.planned_exit_on = DateField("planned_exit_on")
        self.exit_on = DateField("exit_on")
        self.destination = ChoiceCombo(tr("— pas encore connue —"))
        self.destination.set_choices([(d.value, d.label) for d in StayDestination])
        self.destination_note = QLineEdit()
        self.destination_note.setPlaceholderText(tr("sans adresse"))
        self.people = CheckList()
        self.people.setAccessibleName(tr("Personnes hébergées"))
        self.notes = _text_box()
        body = QWidget()
        form = QFormLayout(body)
        self.add_row(form, tr("&Dossier :"), "reference", self.finder)
        self.add_row(form, tr("&Logement :"), "unit", self.unit)
        self.add_row(form, tr("&Personnes hébergées :"), "people", self.people)
        self.add_row(form, tr("&Entrée le :"), "entry_on", self.entry_on)
        self.add_row(form, tr("Sortie p&révue le :"), "planned_exit_on", self.planned_exit_on)
        self.add_row(form, tr("S&ortie effective le :"), "exit_on", self.exit_on)
        self.add_row(form, tr("Des&tination après :"), "destination", self.destination)
        self.add_row(form, tr("Pré&cisions :"), "destination_note", self.destination_note)
        self.add_row(form, tr("Re&marques :"), "notes", self.notes)
        form.addRow(label(counting_rule(), "muted"))
        self.finish_layout(body)
        fit_to_screen(self, 640, 620)
        if stay is not None:
            self.finder.reference.setText(stay.reference)
            self.finder.setEnabled(False)
            self._fill(stay.to_input())
            self._show_people(list(stay.people), [p.id for p in stay.people])
        else:
            self.entry_on.set_value(clock.today())
        if exit_mode:
            if not self.exit_on.text():
                self.exit_on.set_value(clock.today())
            self.exit_on.setFocus()
        self.ready()
        if stay is not None:
            QTimer.singleShot(0, self.find)

    def _fill(self, data: StayInput) -> None:
        self.unit.set_code(data.unit_id.hex)
        self.entry_on.set_value(data.entry_on)
        self.planned_exit_on.set_value(data.planned_exit_on)
        self.exit_on.set_value(data.exit_on)
        self.destination.set_code(data.destination.value if data.destination else None)
        self.destination_note.setText(data.destination_note)
        self.notes.setPlainText(data.notes)

    def _show_people(self, people: list[HousedPerson], ticked: list[uuid.UUID]) -> None:
        hide = self.workspace.hide_names
        self.people.set_choices(
            [
                (
                    p.id.hex,
                    display_name(
                        p.first_name,
                        p.last_name,
                        p.pseudonym,
                        hide_names=hide,
                        person_hides_name=p.hide_name,
                    ),
                )
                for p in people
            ]
        )
        self.people.set_codes([t.hex for t in ticked])

    def find(self) -> None:
        """Read the people of the typed case (checked: housing.write on that case)."""
        actor, reference = self.workspace.session, self.finder.reference.text()
        known = self.found_case if self.stay is not None else None

        def read(tx: Tx) -> tuple[uuid.UUID, list[HousedPerson]]:
            case_id = known or find_case(tx, actor, reference)
            return case_id, case_people_for_stay(tx, actor, case_id)

        def failed(exc: BaseException) -> bool:
            self.errors["reference"].show_message(error_text(exc))
            return True

        self.errors["reference"].show_message(None)
        self.workspace.ops.read(self, read, self._found, on_error=failed)

    def _found(self, result: tuple[uuid.UUID, list[HousedPerson]]) -> None:
        dirty = self.is_dirty()
        case_id, people = result
        # the draft stays with the housing page (not the case screen): no case_id
        self.found_case = case_id
        ticked = [uuid.UUID(c) for c in self.people.codes()]
        if self.stay is None and not ticked:
            ticked = [p.id for p in people]  # usually the victim and the children
        self._show_people(people, ticked)
        if not dirty and self.stay is not None:
            self.mark_clean()

    def payload(self) -> dict[str, Any]:
        return {
            "reference": self.finder.reference.text(),
            "unit": self.unit.code(),
            "people": self.people.codes(),
            "entry_on": self.entry_on.text(),
            "planned_exit_on": self.planned_exit_on.text(),
            "exit_on": self.exit_on.text(),
            "destination": self.destination.code(),
            "destination_note": self.destination_note.text(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        if self.stay is None:
            self.finder.reference.setText(payload.get("reference", ""))
        self.unit.set_code(payload.get("unit"))
        self.people.set_codes(payload.get("people", []))
        for name in ("entry_on", "planned_exit_on", "exit_on"):
            getattr(self, name).setText(payload.get(name, ""))
        self.destination.set_code(payload.get("destination"))
        self.destination_note.setText(payload.get("destination_note", ""))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        if self.found_case is None:
            raise ValidationError(
                tr("Tapez le numéro du dossier puis « Chercher »."), field="reference"
            )
        unit = self.unit.code()
        if not unit:
            raise ValidationError(tr("Choisissez le logement."), field="unit")
        destination = self.destination.code()
        data = StayInput(
            unit_id=uuid.UUID(unit),
            entry_on=_required(self.entry_on, tr("Indiquez la date d'entrée.")),
            person_ids=[uuid.UUID(c) for c in self.people.codes()],
            planned_exit_on=self.planned_exit_on.value(),
            exit_on=self.exit_on.value(),
            destination=StayDestination(destination) if destination else None,
            destination_note=self.destination_note.text(),
            notes=self.notes.toPlainText(),
        )
        actor, case_id = self.workspace.session, self.found_case
        stay_id = self.stay.id if self.stay else None
        if stay_id is None:
            return lambda tx: record_stay(tx, actor, case_id, data)
        return lambda tx: update_stay(tx, actor, stay_id, data)


class RequestDialog(FormDialog):
    """Put a case on the waiting list."""

    def __init__(self, workspace: Workspace, parent: QWidget | None) -> None:
        super().__init__(
            workspace, parent, form_key="housing_request:new", title=tr("Liste d'attente")
        )
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("ex. 2026-0042"))
        self.asked_on = DateField("asked_on")
        self.priority = ChoiceCombo()
        self.priority.set_choices([(p.value, p.label) for p in Priority])
        self.people_count = QSpinBox()
        self.people_count.setRange(1, 20)
        self.people_count.setSuffix(tr(" personne(s)"))
        self.notes = _text_box()
        body = QWidget()
        form = QFormLayout(body)
        self.add_row(form, tr("&Dossier :"), "reference", self.reference)
        self.add_row(form, tr("Demandé &le :"), "asked_on", self.asked_on)
        self.add_row(form, tr("&Priorité :"), "priority", self.priority)
        self.add_row(form, tr("Perso&nnes :"), "people_count", self.people_count)
        self.add_row(form, tr("&Remarques :"), "notes", self.notes)
        self.finish_layout(body)
        fit_to_screen(self, 560, 380)
        self.asked_on.set_value(clock.today())
        self.priority.set_code(Priority.HIGH.value)
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {
            "reference": self.reference.text(),
            "asked_on": self.asked_on.text(),
            "priority": self.priority.code(),
            "people_count": self.people_count.value(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.reference.setText(payload.get("reference", ""))
        self.asked_on.setText(payload.get("asked_on", ""))
        self.priority.set_code(payload.get("priority"))
        self.people_count.setValue(int(payload.get("people_count") or 1))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        data = RequestInput(
            asked_on=_required(self.asked_on, tr("Indiquez la date de la demande.")),
            priority=Priority(self.priority.code() or Priority.HIGH),
            people_count=self.people_count.value(),
            notes=self.notes.toPlainText(),
        )
        actor, reference = self.workspace.session, self.reference.text()

        def write(tx: Tx) -> uuid.UUID:
            try:
                case_id = find_case(tx, actor, reference)
            except ValidationError as exc:
                raise ValidationError(exc.message, field="reference") from exc
            return add_request(tx, actor, case_id, data)

        return write
