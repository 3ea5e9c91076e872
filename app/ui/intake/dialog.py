"""Nouveau dossier: the intake a street educator completes in a few minutes, keyboard only.

Required: a name or pseudonym, the commune, at least one violence type and the
safe-contact rules (the two yes/no questions must be answered). The rest sits
under "Compléter maintenant (facultatif)".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.case_screen import Catalogues, load_catalogues
from app.core.cases import CaseRef, IntakeInput, create_case
from app.core.vocabulary import Gender
from app.errors import ValidationError
from app.i18n import tr
from app.ui.case.fields import CheckList, ChoiceCombo, CommuneCombo, DateField
from app.ui.case.forms import FormDialog
from app.ui.case.safe_contact import SAFE_GROUP_STYLE, SafeContactInputs
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace

FORM_KEY = "intake:new"


class IntakeDialog(FormDialog):
    leave_question = ""
    #: F1 opens the guide's part about a new case
    help_anchor = "nouveau-dossier"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent, form_key=FORM_KEY, title=tr("Nouveau dossier"))
        self.leave_question = tr("Abandonner cette saisie ?")
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(12)
        column.addWidget(label(tr("Nouveau dossier"), "title"))
        column.addWidget(
            label(
                tr(
                    "Le minimum pour ouvrir le dossier : un nom ou un pseudonyme, la commune, "
                    "le type de violence et comment la joindre sans danger. "
                    "Entrée passe au champ suivant, Ctrl+Entrée enregistre."
                ),
                "muted",
            )
        )

        who = QGroupBox(tr("Personne"))
        who_form = QFormLayout(who)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.pseudonym = QLineEdit()
        self.pseudonym.setPlaceholderText(tr("ex. Colibri — si elle ne veut pas donner son nom"))
        self.hide_name = QCheckBox(tr("Masq&uer le nom (afficher le pseudonyme partout)"))
        self.add_row(who_form, tr("&Prénom :"), "first_name", self.first_name)
        self.add_row(who_form, tr("&Nom :"), "last_name", self.last_name)
        self.add_row(who_form, tr("Pseudon&yme :"), "name", self.pseudonym)
        who_form.addRow("", self.hide_name)
        self.add_to_chain(self.hide_name)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        left = QVBoxLayout()
        right = QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        column.addLayout(columns)
        left.addWidget(who)

        situation = QGroupBox(tr("Situation"))
        situation_form = QFormLayout(situation)
        self.commune = CommuneCombo()
        self.violence = CheckList()
        self.add_row(situation_form, tr("&Commune :"), "commune", self.commune)
        self.add_row(situation_form, tr("Types de &violence :"), "violence", self.violence)
        left.addWidget(situation)
        left.addStretch(1)

        safe = QGroupBox(tr("Contact sûr — comment la joindre sans danger"))
        safe.setObjectName("safeContact")
        safe.setStyleSheet(SAFE_GROUP_STYLE)
        safe_form = QFormLayout(safe)
        safe_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.safe = SafeContactInputs(self, safe_form, required=True)
        right.addWidget(safe)
        right.addStretch(1)

        self.more_button = QPushButton(tr("▸ Compléter maintenant (&facultatif)"))
        self.more_button.setCheckable(True)
        self.more_button.setAutoDefault(False)
        self.more_button.toggled.connect(self._show_more)
        self.add_to_chain(self.more_button)
        column.addWidget(self.more_button)
        self.more = QGroupBox(tr("Compléments (facultatifs)"))
        more_form = QFormLayout(self.more)
        self.referral = ChoiceCombo(tr("— non précisée —"))
        self.birth_date = DateField("birth_date")
        self.gender = ChoiceCombo(tr("— non précisé —"))
        self.gender.set_choices([(g.value, g.label) for g in Gender])
        self.phone = QLineEdit()
        self.situation = QLineEdit()
        self.situation.setPlaceholderText(tr("En quelques mots, sans détails identifiants"))
        self.confidential = QCheckBox(
            tr("Do&ssier confidentiel (réservé aux intervenant·es attitré·es)")
        )
        self.add_row(more_form, tr("&Origine de la demande :"), "referral_source", self.referral)
        self.add_row(more_form, tr("Date de na&issance :"), "birth_date", self.birth_date)
        self.add_row(more_form, tr("&Genre :"), "gender", self.gender)
        self.add_row(more_form, tr("Té&léphone :"), "phone", self.phone)
        self.add_row(more_form, tr("Situation en &bref :"), "situation", self.situation)
        more_form.addRow("", self.confidential)
        self.add_to_chain(self.confidential)
        self.more.hide()
        column.addWidget(self.more)
        column.addStretch(1)

        self.save_button.setText(tr("&Enregistrer et ouvrir le dossier"))
        self.finish_layout(body)
        fit_to_screen(self, 1000, 680)

    # -- loading ----------------------------------------------------------------------
    def load(self) -> None:
        """Read the catalogues in the background, then accept input changes."""
        self.workspace.ops.read(self, load_catalogues, self._loaded, on_error=self._load_failed)

    def _load_failed(self, exc: BaseException) -> bool:
        self.show_error(exc)
        return True  # shown in the form, above its buttons

    def _loaded(self, catalogues: Catalogues) -> None:
        self.commune.set_choices(catalogues.communes)
        self.violence.set_choices(catalogues.violence_types)
        self.referral.set_choices(catalogues.referral_sources)
        self.ready()

    def _show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        arrow = "▾" if shown else "▸"
        self.more_button.setText(arrow + tr(" Compléter maintenant (&facultatif)"))
        if shown:
            self.referral.setFocus()

    # -- FormDialog -------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "pseudonym": self.pseudonym.text(),
            "hide_name": self.hide_name.isChecked(),
            "commune": self.commune.currentText(),
            "violence": self.violence.codes(),
            **self.safe.payload(),
            "referral_source": self.referral.code(),
            "birth_date": self.birth_date.text(),
            "gender": self.gender.code(),
            "phone": self.phone.text(),
            "situation": self.situation.text(),
            "confidential": self.confidential.isChecked(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.first_name.setText(payload.get("first_name", ""))
        self.last_name.setText(payload.get("last_name", ""))
        self.pseudonym.setText(payload.get("pseudonym", ""))
        self.hide_name.setChecked(bool(payload.get("hide_name")))
        self.commune.setEditText(payload.get("commune", ""))
        self.commune.tidy()
        self.violence.set_codes(payload.get("violence", []))
        self.safe.restore(payload)
        self.referral.set_code(payload.get("referral_source"))
        self.birth_date.setText(payload.get("birth_date", ""))
        self.gender.set_code(payload.get("gender"))
        self.phone.setText(payload.get("phone", ""))
        self.situation.setText(payload.get("situation", ""))
        self.confidential.setChecked(bool(payload.get("confidential")))
        optional = ("referral_source", "birth_date", "gender", "phone", "situation")
        if any(payload.get(k) for k in optional) or payload.get("confidential"):
            self.more_button.setChecked(True)

    def problems(self) -> list[ValidationError]:
        """Every missing required answer at once, so each shows next to its field."""
        found: list[ValidationError] = []
        names = (self.first_name, self.last_name, self.pseudonym)
        if not any(w.text().strip() for w in names):
            found.append(
                ValidationError(
                    tr("Indiquez au moins un nom, un prénom ou un pseudonyme."), field="name"
                )
            )
        if self.commune.code() is None:
            message = (
                tr("Commune non reconnue : choisissez-la dans la liste.")
                if self.commune.currentText().strip()
                else tr("Choisissez la commune.")
            )
            found.append(ValidationError(message, field="commune"))
        if not self.violence.codes():
            found.append(
                ValidationError(
                    tr("Cochez au moins un type de violence (même provisoire)."),
                    field="violence",
                )
            )
        found.extend(self.safe.problems())
        return found

    def build_job(self) -> Callable[[Tx], Any]:
        problems = self.problems()
        try:
            birth = self.birth_date.value()
        except ValidationError as exc:
            problems.append(exc)
        if problems:
            for problem in problems[1:]:
                self.show_error(problem)
            raise problems[0]
        gender = self.gender.code()
        intake = IntakeInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            pseudonym=self.pseudonym.text(),
            hide_name=self.hide_name.isChecked(),
            commune_code=self.commune.code(),
            violence_codes=self.violence.codes(),
            safe_contact=self.safe.value(),
            referral_source=self.referral.code(),
            birth_date=birth,
            gender=Gender(gender) if gender else None,
            phone=self.phone.text(),
            situation=self.situation.text(),
            confidential=self.confidential.isChecked(),
        )
        actor = self.workspace.session

        def write(session: Tx) -> CaseRef:
            return create_case(session, actor, intake)

        return write

    def show_error(self, exc: BaseException) -> None:
        field = getattr(exc, "field", None)
        if field in ("referral_source", "birth_date", "gender", "phone", "situation"):
            self.more_button.setChecked(True)
        super().show_error(exc)
