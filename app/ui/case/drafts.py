"""Offering back what was being typed when the vault locked.

Right after unlocking, a bar above the page says "Une saisie interrompue par
le verrouillage a été conservée" with Reprendre / Supprimer. Reprendre reopens
the form (intake, follow-up, person…) filled with the draft; the draft is
deleted once that form is saved or discarded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.core.drafts import DraftView, delete_draft, list_drafts
from app.i18n import tr
from app.ui.case.format import fmt_utc
from app.ui.messages import error_text
from app.ui.workspace import Workspace

BAR_STYLE = """
QFrame#draftBar { background: #e8f1fb; border-bottom: 1px solid #a9c4e0; }
QFrame#draftBar QLabel { background: transparent; }
"""


class DraftBar(QFrame):
    """A non-modal bar listing the user's kept drafts one at a time."""

    #: the user chose "Reprendre" for this draft
    resume_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBar")
        self.setStyleSheet(BAR_STYLE)
        self.workspace: Workspace | None = None
        self.drafts: list[DraftView] = []
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.resume_button = QPushButton(tr("Re&prendre"))
        self.delete_button = QPushButton(tr("Supprimer"))
        self.later_button = QPushButton(tr("Plus tard"))
        self.later_button.setToolTip(tr("Masquer ce message ; la saisie reste conservée."))
        self.resume_button.clicked.connect(self._resume)
        self.delete_button.clicked.connect(self._delete)
        self.later_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.addWidget(self.text, 1)
        for button in (self.resume_button, self.delete_button, self.later_button):
            button.setAutoDefault(False)
            layout.addWidget(button)
        self.hide()

    def check(self, workspace: Workspace) -> None:
        """Look for drafts of the user who just unlocked (background read)."""
        self.workspace = workspace
        actor = workspace.session
        workspace.ops.read(
            self, lambda tx: list_drafts(tx, actor), self._found, on_error=self._failed
        )

    def _found(self, drafts: list[DraftView]) -> None:
        if self.workspace is None:
            return
        self.drafts = drafts
        self._show_first()

    def _failed(self, exc: BaseException) -> bool:
        self.text.setText(error_text(exc))
        self.show()
        return True  # shown in the bar

    def _show_first(self) -> None:
        if not self.drafts:
            self.hide()
            return
        draft = self.drafts[0]
        text = tr(
            "Une saisie interrompue par le verrouillage a été conservée : « {title} » ({date})."
        ).format(title=draft.title or tr("formulaire"), date=fmt_utc(draft.updated_at))
        if len(self.drafts) > 1:
            text += " " + tr("{n} autre(s) ensuite.").format(n=len(self.drafts) - 1)
        self.text.setText(text)
        self.show()

    def _resume(self) -> None:
        if not self.drafts:
            return
        draft = self.drafts.pop(0)
        self._show_first()
        self.resume_requested.emit(draft)

    def _delete(self) -> None:
        ws = self.workspace
        if not self.drafts or ws is None:
            return
        draft = self.drafts.pop(0)
        actor, key = ws.session, draft.form_key
        self._show_first()
        ws.ops.write(self, lambda tx: delete_draft(tx, actor, key), on_error=self._failed)

    def clear(self) -> None:
        self.workspace = None
        self.drafts = []
        self.text.clear()
        self.hide()
