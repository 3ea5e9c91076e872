"""Auteur(s): alleged authors, in their own section (offence data, GDPR art. 10)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.core.authors import AuthorView, remove_author
from app.i18n import tr
from app.ui.case.author_dialog import SENSITIVE, AuthorDialog
from app.ui.case.data import CaseBundle
from app.ui.case.format import fmt_answer, fmt_date, fmt_text, person_name, short
from app.ui.case.forms import ask_yes
from app.ui.case.section import (
    CaseScreen,
    Section,
    button_row,
    fill_table,
    make_table,
    selected_id,
)
from app.ui.widgets import label


class AuthorsSection(Section):
    draft_kinds = ("author",)

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.authors: list[AuthorView] = []
        self.table = make_table(
            [
                tr("Nom"),
                tr("Lien"),
                tr("Naissance"),
                tr("Vit avec la victime"),
                tr("Armes"),
                tr("Antécédents judiciaires"),
            ]
        )
        self.table.setAccessibleName(tr("Auteurs présumés"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(tr("&Ajouter un auteur présumé…"))
        self.edit_button = QPushButton(tr("Modi&fier…"))
        self.remove_button = QPushButton(tr("Re&tirer…"))
        self.add_button.clicked.connect(lambda: self.open_author(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        note = label(tr(SENSITIVE), "muted")
        #: shown to a role that sees only the records it made (street educators)
        self.own_note = label(
            tr(
                "Vous ne voyez ici que les fiches que vous avez enregistrées vous-même : "
                "celles de vos collègues restent réservées à l'équipe sociale et à la "
                "coordination."
            ),
            "muted",
        )
        self.own_note.setStyleSheet("font-style: italic;")
        self.own_note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.own_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add_button, self.edit_button, self.remove_button))

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        self.authors = list(bundle.authors)
        rows = [
            [
                person_name(a, hide_names),
                a.relation.label,
                fmt_date(a.birth_date),
                fmt_answer(a.lives_with_victim).capitalize(),
                fmt_answer(a.has_weapons).capitalize()
                + (f" — {short(a.weapons_notes, 40)}" if a.weapons_notes else ""),
                short(fmt_text(a.judicial_history), 120),
            ]
            for a in self.authors
        ]
        fill_table(self.table, rows, [a.id for a in self.authors])
        self._selection_changed()

    def clear(self) -> None:
        self.authors = []
        self.table.setRowCount(0)

    def _selected(self) -> AuthorView | None:
        chosen = selected_id(self.table)
        return next((a for a in self.authors if a.id == chosen), None)

    def _selection_changed(self) -> None:
        chosen = self._selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def edit_selected(self) -> None:
        author = self._selected()
        if author is not None:
            self.open_author(author)

    def open_author(self, author: AuthorView | None, draft: dict[str, Any] | None = None) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = AuthorDialog(ws, self.window(), bundle.case_id, bundle.detail.reference, author)
        self.screen.open_form(dialog, draft)

    def remove_selected(self) -> None:
        author = self._selected()
        if author is None:
            return
        if not ask_yes(
            self.window(),
            tr("Retirer cette fiche d'auteur présumé du dossier ? Elle sera effacée."),
            tr("&Retirer"),
        ):
            return
        author_id = author.id
        ws = self.screen.workspace
        if ws is None:
            return
        actor = ws.session

        def write(session: Session) -> None:
            remove_author(session, actor, author_id)

        self.screen.run_write(write)

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        parts = form_key.split(":")
        author = None
        if len(parts) == 2:
            wanted = uuid.UUID(parts[1])
            author = next((a for a in self.authors if a.id == wanted), None)
            if author is None:
                return
        self.open_author(author, payload)
