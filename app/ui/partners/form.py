"""The organisation form: details, communes served, contact people."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.catalogues import Choice
from app.core.drafts import delete_draft, save_draft
from app.core.partners import ContactInput, PartnerInput, fold, save_partner
from app.errors import ValidationError
from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import ErrorLabel, fit_to_screen, label, with_error
from app.ui.workspace import Workspace

CONTACT_COLUMNS = ("name", "function", "phone", "email")


class PartnerDialog(QDialog):
    """Create or edit an organisation (coordinator). Saving runs on the worker thread."""

    saved = Signal(object)  # partner id

    def __init__(
        self,
        workspace: Workspace,
        sectors: list[Choice],
        communes: list[Choice],
        parent: QWidget | None = None,
        *,
        partner_id: uuid.UUID | None = None,
        data: PartnerInput | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.partner_id = partner_id
        self.setWindowTitle(
            tr("Modifier l'organisation") if partner_id else tr("Nouvelle organisation")
        )
        self.name = QLineEdit()
        self.sector = QComboBox()
        for s in sectors:
            self.sector.addItem(s.label, s.code)
        self.services = QPlainTextEdit()
        self.services.setTabChangesFocus(True)
        self.services.setFixedHeight(56)
        self.hours = QLineEdit()
        self.street = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setMaxLength(4)
        self.postcode.setFixedWidth(70)
        self.postcode.setAccessibleName(tr("Code postal"))
        self.city = QLineEdit()
        self.city.setAccessibleName(tr("Localité"))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(48)
        self.active = QCheckBox(tr("Organisation &active (proposée pour les courriers)"))
        self.active.setChecked(True)
        self.language = QComboBox()  # the language its letters are written in
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setToolTip(
            tr("Les courriers à cette organisation sont rédigés dans cette langue")
        )
        self.commune_filter = QLineEdit()
        self.commune_filter.setPlaceholderText(tr("Filtrer les communes…"))
        self.commune_filter.setAccessibleName(tr("Filtrer les communes"))
        self.commune_filter.textChanged.connect(self._filter_communes)
        self.communes = QListWidget()
        self.communes.setFixedHeight(130)
        self.communes.setAccessibleName(tr("Communes desservies"))
        for c in communes:
            item = QListWidgetItem(c.label)
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.communes.addItem(item)
        self.contacts = QTableWidget(0, len(CONTACT_COLUMNS))
        self.contacts.setHorizontalHeaderLabels(
            [tr("Nom"), tr("Fonction"), tr("Téléphone"), tr("E-mail")]
        )
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.setFixedHeight(120)
        self.contacts.setAccessibleName(tr("Personnes de contact"))
        add = QPushButton(tr("A&jouter un contact"))
        add.clicked.connect(lambda: self.add_contact(ContactInput("")))
        remove = QPushButton(tr("Retirer le &contact"))
        remove.clicked.connect(self._remove_contact)
        for b in (add, remove):
            b.setAutoDefault(False)

        fields = ("name", "sector", "postcode", "phone", "email", "communes", "contacts", "street")
        self.errors = {f: ErrorLabel() for f in fields}
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(tr("&Nom :"), with_error(self.name, self.errors["name"]))
        form.addRow(tr("&Secteur :"), with_error(self.sector, self.errors["sector"]))
        form.addRow(tr("Ser&vices :"), self.services)
        form.addRow(tr("&Horaires :"), self.hours)
        form.addRow(tr("&Rue :"), with_error(self.street, self.errors["street"]))
        town = QHBoxLayout()
        town.addWidget(self.postcode)
        town.addWidget(self.city, 1)
        town_box = QWidget()
        town_box.setLayout(town)
        town_box.setFocusProxy(self.postcode)  # the label's shortcut reaches the postcode
        town.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Code postal, &localité :"), with_error(town_box, self.errors["postcode"]))
        form.addRow(tr("&Téléphone :"), with_error(self.phone, self.errors["phone"]))
        form.addRow(tr("E-&mail :"), with_error(self.email, self.errors["email"]))
        form.addRow(tr("N&otes :"), self.notes)
        form.addRow(tr("Lan&gue des courriers :"), self.language)
        form.addRow("", self.active)
        communes_box = QVBoxLayout()
        communes_box.addWidget(
            label(tr("Aucune commune cochée : l'organisation sert toutes les communes."), "muted")
        )
        communes_box.addWidget(self.commune_filter)
        communes_box.addWidget(self.communes)
        communes_box.addWidget(self.errors["communes"])
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(add)
        contact_buttons.addWidget(remove)
        contact_buttons.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        right = QVBoxLayout()
        right.addWidget(label(tr("Communes desservies"), "subtitle"))
        right.addLayout(communes_box)
        right.addWidget(label(tr("Personnes de contact"), "subtitle"))
        right.addWidget(self.contacts)
        right.addLayout(contact_buttons)
        right.addWidget(self.errors["contacts"])
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 600)
        if data is not None:
            self.fill(data)
        self.name.setFocus()

    # -- values -----------------------------------------------------------------------
    def fill(self, data: PartnerInput) -> None:
        self.name.setText(data.name)
        index = self.sector.findData(data.sector)
        self.sector.setCurrentIndex(max(index, 0))
        self.services.setPlainText(data.services)
        self.hours.setText(data.hours)
        self.street.setText(data.street)
        self.postcode.setText(data.postcode)
        self.city.setText(data.city)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.notes.setPlainText(data.notes)
        self.active.setChecked(data.active)
        self.language.setCurrentIndex(max(self.language.findData(data.language), 0))
        codes = set(data.commune_codes)
        for row in range(self.communes.count()):
            item = self.communes.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.contacts.setRowCount(0)
        for contact in data.contacts:
            self.add_contact(contact)

    def value(self) -> PartnerInput:
        contacts = []
        for row in range(self.contacts.rowCount()):
            cells = [
                (self.contacts.item(row, col).text() if self.contacts.item(row, col) else "")
                for col in range(len(CONTACT_COLUMNS))
            ]
            if any(c.strip() for c in cells):
                contacts.append(ContactInput(*cells))
        return PartnerInput(
            name=self.name.text(),
            sector=str(self.sector.currentData() or ""),
            services=self.services.toPlainText(),
            hours=self.hours.text(),
            street=self.street.text(),
            postcode=self.postcode.text(),
            city=self.city.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            language=str(self.language.currentData() or DEFAULT_LANGUAGE),
            commune_codes=[
                self.communes.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.communes.count())
                if self.communes.item(r).checkState() == Qt.CheckState.Checked
            ],
            contacts=contacts,
        )

    def add_contact(self, contact: ContactInput) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for col, name in enumerate(CONTACT_COLUMNS):
            self.contacts.setItem(row, col, QTableWidgetItem(getattr(contact, name) or ""))
        if not contact.name:
            self.contacts.setCurrentCell(row, 0)
            self.contacts.editItem(self.contacts.item(row, 0))

    def _remove_contact(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)

    def _filter_communes(self, text: str) -> None:
        wanted = fold(text)
        for row in range(self.communes.count()):
            item = self.communes.item(row)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    # -- saving -----------------------------------------------------------------------
    def save(self) -> None:
        for error in (*self.errors.values(), self.error):
            error.show_message(None)
        data = self.value()
        ws, partner_id = self.workspace, self.partner_id
        actor, key = ws.session, self.draft_key

        def write(tx: Tx) -> uuid.UUID:
            saved = save_partner(tx, actor, data, partner_id)
            delete_draft(tx, actor, key)  # same transaction as the save
            return saved

        self.buttons.setEnabled(False)
        ws.ops.write(self, write, self._saved, on_error=self._failed)

    def _saved(self, partner_id: uuid.UUID) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(partner_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError) and exc.field in self.errors:
            self.errors[exc.field].show_message(exc.message)
        else:
            self.error.show_message(error_text(exc))
        return True  # shown in the form, which stays open with what was typed

    @property
    def draft_key(self) -> str:
        return f"partner:{self.partner_id or 'new'}"

    def stash_draft(self) -> None:
        """Locking while the form is open: keep what was typed inside the vault."""
        ws = self.workspace
        payload: dict[str, Any] = asdict(self.value())
        payload["partner_id"] = str(self.partner_id) if self.partner_id else None
        actor, key, title = ws.session, self.draft_key, tr("Organisation du répertoire")
        ws.ops.write_now(lambda tx: save_draft(tx, actor, key, payload, title=title))
