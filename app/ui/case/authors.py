"""Auteur(s): alleged authors, in their own section (offence data, GDPR art. 10)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.authors import AuthorView, remove_author
from app.core.case_screen import CaseBundle
from app.i18n import tr
from app.ui.case.author_dialog import SENSITIVE, AuthorDialog
from app.ui.case.format import fmt_answer, fmt_date, fmt_text, person_name, short
from app.ui.case.forms import ask_yes
from app.ui.case.section import CaseScreen, TableSection
from app.ui.operations import Tx
from app.ui.widgets import label


class AuthorsSection(TableSection):
    draft_kinds = ("author",)

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(
            screen,
            [
                tr("Nom"),
                tr("Lien"),
                tr("Naissance"),
                tr("Vit avec la victime"),
                tr("Armes"),
                tr("Antécédents judiciaires"),
            ],
            tr("Auteurs présumés"),
            (tr("&Ajouter un auteur présumé…"), tr("Modi&fier…"), tr("Re&tirer…")),
            parent,
        )
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
        layout.addLayout(self.buttons())

    @property
    def authors(self) -> list[AuthorView]:
        return self.records

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        self.show_records(bundle.authors, hide_names)

    def rows(self, records: list[AuthorView], hide_names: bool) -> list[list[str]]:
        return [
            [
                person_name(a, hide_names),
                a.relation.label,
                fmt_date(a.birth_date),
                fmt_answer(a.lives_with_victim).capitalize(),
                fmt_answer(a.has_weapons).capitalize()
                + (f" — {short(a.weapons_notes, 40)}" if a.weapons_notes else ""),
                short(fmt_text(a.judicial_history), 120),
            ]
            for a in records
        ]

    def open_record(self, author: AuthorView | None, draft: dict[str, Any] | None = None) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = AuthorDialog(ws, self.window(), bundle.case_id, bundle.detail.reference, author)
        self.screen.open_form(dialog, draft)

    def remove_selected(self) -> None:
        author = self.selected()
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

        def write(session: Tx) -> None:
            remove_author(session, actor, author_id)

        self.screen.run_write(write)
