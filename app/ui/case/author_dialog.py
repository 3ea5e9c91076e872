"""The form of an alleged author (offence data, kept apart)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.authors import AuthorInput, AuthorView, add_author, update_author
from app.core.vocabulary import AuthorRelation, YesNoUnknown
from app.i18n import N_, tr
from app.ui.case.fields import ChoiceCombo, ChoiceField, DateField
from app.ui.case.forms import FormDialog
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace

SENSITIVE = N_(
    "Données relatives à des infractions (RGPD, art. 10) : notez uniquement ce qui est "
    "utile à la sécurité de la personne et à l'accompagnement."
)


def text_box(height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class AuthorDialog(FormDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        author: AuthorView | None = None,
    ) -> None:
        title = tr("Modifier l'auteur présumé") if author else tr("Ajouter un auteur présumé")
        super().__init__(
            workspace,
            parent,
            form_key=f"author:{author.id}" if author else f"author:new:{case_id}",
            title=title,
            case_id=case_id,
            draft_title=f"{title} — {reference}",
        )
        self.author = author
        self.relation = ChoiceCombo()
        self.relation.set_choices([(r.value, r.label) for r in AuthorRelation])
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.birth_date = DateField("birth_date")
        self.lives_with = ChoiceField()
        self.weapons = ChoiceField()
        self.weapons_notes = QLineEdit()
        self.judicial = text_box()
        self.notes = text_box()
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(label(tr(SENSITIVE), "muted"))
        form = QFormLayout()
        self.add_row(form, tr("&Lien avec la victime :"), "relation", self.relation)
        self.add_row(form, tr("&Prénom :"), "first_name", self.first_name)
        self.add_row(form, tr("&Nom :"), "last_name", self.last_name)
        self.add_row(form, tr("Date de na&issance :"), "birth_date", self.birth_date)
        self.add_row(form, tr("&Vit avec la victime ?"), "lives_with_victim", self.lives_with)
        self.add_row(form, tr("A accès à des &armes ?"), "has_weapons", self.weapons)
        self.add_row(form, tr("Armes : pré&cisions :"), "weapons_notes", self.weapons_notes)
        self.add_row(form, tr("Antécédents &judiciaires :"), "judicial_history", self.judicial)
        self.add_row(form, tr("Re&marques :"), "notes", self.notes)
        column.addLayout(form)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 640, 560)
        if author is not None:
            self.relation.set_code(author.relation.value)
            self.first_name.setText(author.first_name or "")
            self.last_name.setText(author.last_name or "")
            self.birth_date.set_value(author.birth_date)
            self.lives_with.set_value(author.lives_with_victim)
            self.weapons.set_value(author.has_weapons)
            self.weapons_notes.setText(author.weapons_notes or "")
            self.judicial.setPlainText(author.judicial_history or "")
            self.notes.setPlainText(author.notes or "")
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {
            "relation": self.relation.code(),
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "birth_date": self.birth_date.text(),
            "lives_with_victim": self.lives_with.value(),
            "has_weapons": self.weapons.value(),
            "weapons_notes": self.weapons_notes.text(),
            "judicial_history": self.judicial.toPlainText(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.relation.set_code(payload.get("relation"))
        self.first_name.setText(payload.get("first_name", ""))
        self.last_name.setText(payload.get("last_name", ""))
        self.birth_date.setText(payload.get("birth_date", ""))
        self.lives_with.set_value(payload.get("lives_with_victim"))
        self.weapons.set_value(payload.get("has_weapons"))
        self.weapons_notes.setText(payload.get("weapons_notes", ""))
        self.judicial.setPlainText(payload.get("judicial_history", ""))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        data = AuthorInput(
            relation=AuthorRelation(self.relation.code() or AuthorRelation.OTHER),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_date=self.birth_date.value(),
            lives_with_victim=self.lives_with.value() or YesNoUnknown.UNKNOWN,
            has_weapons=self.weapons.value() or YesNoUnknown.UNKNOWN,
            weapons_notes=self.weapons_notes.text(),
            judicial_history=self.judicial.toPlainText(),
            notes=self.notes.toPlainText(),
        )
        actor, case_id = self.workspace.session, self.case_id
        author_id = self.author.id if self.author else None
        assert case_id is not None

        def write(session: Tx) -> Any:
            if author_id is None:
                return add_author(session, actor, case_id, data)
            update_author(session, actor, author_id, data)
            return author_id

        return write
