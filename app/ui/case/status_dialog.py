"""Clôturer (reason required), mettre en pause, rouvrir (reason optional)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QVBoxLayout, QWidget

from app.core.cases import close_case, pause_case, reopen_case
from app.errors import ValidationError
from app.i18n import tr
from app.ui.case.forms import FormDialog
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace

CLOSE, PAUSE, REOPEN = "close", "pause", "reopen"


def _titles() -> dict[str, tuple[str, str, str]]:
    return {
        CLOSE: (
            tr("Clôturer le dossier"),
            tr("Le motif de clôture est obligatoire ; il reste dans l'historique du dossier."),
            tr("&Clôturer"),
        ),
        PAUSE: (
            tr("Mettre le dossier en pause"),
            tr("Par exemple : la personne ne répond plus, elle a déménagé hors de la zone…"),
            tr("Mettre en &pause"),
        ),
        REOPEN: (
            tr("Rouvrir le dossier"),
            tr("Vous pouvez noter pourquoi le dossier est rouvert (facultatif)."),
            tr("&Rouvrir"),
        ),
    }


class StatusDialog(FormDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        action: str,
        reference: str = "",
    ) -> None:
        title, hint, button = _titles()[action]
        super().__init__(
            workspace,
            parent,
            form_key=f"status:{action}:{case_id}",
            title=title,
            case_id=case_id,
            draft_title=f"{title} {reference}".strip(),
        )
        self.action = action
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(label(title, "subtitle"))
        column.addWidget(label(hint, "muted"))
        form = QFormLayout()
        text = tr("&Motif :") if action == CLOSE else tr("&Motif (facultatif) :")
        self.add_row(form, text, "closure_reason", self.reason)
        column.addLayout(form)
        column.addStretch(1)
        self.save_button.setText(button)
        self.finish_layout(body)
        fit_to_screen(self, 520, 260)
        self.ready()

    def payload(self) -> dict[str, Any]:
        return {"reason": self.reason.toPlainText()}

    def restore(self, payload: dict[str, Any]) -> None:
        self.reason.setPlainText(payload.get("reason", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        reason = self.reason.toPlainText().strip()
        if self.action == CLOSE and not reason:
            raise ValidationError(tr("Indiquez le motif de clôture."), field="closure_reason")
        actor, case_id, action = self.workspace.session, self.case_id, self.action
        assert case_id is not None

        def write(session: Tx) -> None:
            if action == CLOSE:
                close_case(session, actor, case_id, reason)
            elif action == PAUSE:
                pause_case(session, actor, case_id, reason)
            else:
                reopen_case(session, actor, case_id, reason)

        return write
