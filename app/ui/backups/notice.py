"""The home page's note to the coordinator: last verified backup too old, no external copy."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.core.backups import BackupStatus, backup_status
from app.core.permissions import Perm, can
from app.i18n import tr
from app.ui.backups.dialog import run_on_vault
from app.ui.widgets import ErrorLabel
from app.ui.workspace import Workspace


class BackupNotice(ErrorLabel):
    """Hidden unless the coordinator has something to do about backups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("État des sauvegardes"))
        self._request = 0

    def load(self, workspace: Workspace) -> None:
        self.show_message(None)
        self._request += 1
        if not can(workspace.session, Perm.SETTINGS_WRITE):
            return
        request = self._request
        settings = workspace.settings
        run_on_vault(
            workspace,
            self,
            lambda vault: backup_status(vault, settings),
            lambda status: self._show(request, status),
            lambda _exc: None,  # a notice only: the backups screen reports errors itself
        )

    def _show(self, request: int, status: BackupStatus) -> None:
        if request == self._request:
            self.show_message("\n".join(status.warnings) or None)

    def clear(self) -> None:
        self._request += 1
        self.show_message(None)
