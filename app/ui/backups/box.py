"""The "Sauvegardes et conservation" group of the Paramètres page."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.core.permissions import Perm, can
from app.i18n import tr
from app.ui.backups.dialog import BackupsDialog
from app.ui.retention.dialog import RetentionDialog
from app.ui.widgets import label
from app.ui.workspace import Workspace


class DataCareBox(QGroupBox):
    """Buttons opening the backups screen and (coordinator) the retention screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Sauvegardes et conservation"), parent)
        self.workspace: Workspace | None = None
        self.backups_button = QPushButton(tr("&Sauvegardes…"))
        self.backups_button.clicked.connect(self.open_backups)
        self.retention_button = QPushButton(tr("Conservation et e&ffacement…"))
        self.retention_button.clicked.connect(self.open_retention)
        row = QHBoxLayout()
        row.addWidget(self.backups_button)
        row.addWidget(self.retention_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Copies chiffrées du coffre (une par jour, et sur une clé USB si vous en "
                    "choisissez une), restauration, et effacement des dossiers dont le délai "
                    "de conservation est passé."
                ),
                "muted",
            )
        )
        layout.addLayout(row)
        self.dialog: BackupsDialog | RetentionDialog | None = None

    def load(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.retention_button.setVisible(can(workspace.session, Perm.PURGE))
        self.setEnabled(True)

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.workspace = None
        self.setEnabled(False)

    def open_backups(self) -> BackupsDialog | None:
        if self.workspace is None:
            return None
        dialog = BackupsDialog(self.workspace, self.window())
        dialog.restored.connect(self._lock_after_restore)
        self._open(dialog)
        return dialog

    def open_retention(self) -> RetentionDialog | None:
        if self.workspace is None:
            return None
        dialog = RetentionDialog(self.workspace, self.window())
        self._open(dialog)
        return dialog

    def _open(self, dialog: BackupsDialog | RetentionDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        dialog.open()

    def _lock_after_restore(self) -> None:
        # The screens show the replaced vault's data, and the keyring changed:
        # lock, and let the person open the restored vault again.
        lock = getattr(self.window(), "lock_requested", None)
        if lock is not None:
            lock.emit()
