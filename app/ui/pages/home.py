"""Accueil: who is working, in which service, and how much is on the table."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from app.core.overview import Overview, overview_counts
from app.i18n import tr
from app.ui.messages import error_text
from app.ui.pages.base import Page
from app.ui.widgets import ErrorLabel, label
from app.ui.workspace import Workspace


class _Figure(QFrame):
    """A card with a big number and a caption."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.value = label("", "figure")
        self.caption = label(caption, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class HomePage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label(tr("Accueil"), "title")
        self.service = label("", "subtitle")
        self.user = label("")
        self.demo_note = label(
            tr("Coffre de démonstration : les personnes et dossiers sont fictifs."), "muted"
        )
        self.demo_note.hide()
        self.open_cases = _Figure(tr("dossiers ouverts"))
        self.followups = _Figure(tr("suivis prévus cette semaine"))
        self.error = ErrorLabel()

        figures = QHBoxLayout()
        figures.setSpacing(16)
        figures.addWidget(self.open_cases)
        figures.addWidget(self.followups)
        figures.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.service)
        layout.addWidget(self.user)
        layout.addWidget(self.demo_note)
        layout.addSpacing(16)
        layout.addLayout(figures)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        session = workspace.session
        self.service.setText(session.service_name)
        self.user.setText(
            tr("Connecté·e : {name} — {role}").format(
                name=session.full_name, role=session.role.label
            )
        )
        self.demo_note.setVisible(session.is_demo)
        self.error.show_message(None)
        vault = workspace.vault

        def count() -> Overview:
            with vault.require_db().session() as s:
                return overview_counts(s)

        workspace.tasks.run(count, self._show_counts, self._show_error, owner=self)

    def _show_counts(self, overview: Overview) -> None:
        if self.workspace is None:
            return
        self.open_cases.value.setText(str(overview.open_cases))
        self.followups.value.setText(str(overview.followups_this_week))

    def _show_error(self, exc: BaseException) -> None:
        self.error.show_message(error_text(exc))

    def clear(self) -> None:
        super().clear()
        for widget in (self.service, self.user, self.open_cases.value, self.followups.value):
            widget.clear()
        self.demo_note.hide()
        self.error.show_message(None)
