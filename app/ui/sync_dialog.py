"""Synchronising the service's laptops, and reviewing the clashes (issue 12).

:class:`SyncBox` sits on the Paramètres page: « Synchroniser… » opens
:class:`SyncDialog` (choose the exchange folder, prefilled with the one this laptop last
synchronised through, :mod:`app.core.sync_folder`; synchronise: the daily
backup is stopped and the worker waited for, since nothing else may use the
vault while APSW has it open; the sync runs off the GUI thread and reports
counts). « Conflits de synchronisation… » opens :class:`ConflictDialog`,
which lists the waiting clashes with both values, which laptop and when, and
keeps one.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.i18n import tr
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import BusyIndicator, ErrorLabel, fit_to_screen, label
from app.ui.workspace import Workspace

if TYPE_CHECKING:
    from app.core.sync_folder import RememberedFolder


def _value_text(value: Any) -> str:
    if value is None:
        return tr("(fiche supprimée)")
    if isinstance(value, dict):
        return tr("(fiche entière)")
    text = str(value)
    return text if len(text) <= 200 else text[:200] + "…"


def _when(value: Any) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value is not None else "—"


def report_text(report: Any) -> str:
    """What one synchronisation did, in French (counts only)."""
    from app.cli_sync import report_lines

    lines = report_lines(report)
    lines += [problem.message for problem in report.problems]
    return "\n".join(lines)


class SyncBox(QGroupBox):
    """« Synchronisation entre portables » on the Paramètres page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Synchronisation entre portables"), parent)
        self.workspace: Workspace | None = None
        self.sync_button = QPushButton(tr("Sync&hroniser…"))
        self.sync_button.clicked.connect(self._open_sync)
        self.conflicts_button = QPushButton(tr("Conflits de s&ynchronisation…"))
        self.conflicts_button.clicked.connect(self._open_conflicts)
        self.laptops_button = QPushButton(tr("Portables du ser&vice…"))
        self.laptops_button.clicked.connect(self._open_laptops)
        for button in (self.sync_button, self.conflicts_button, self.laptops_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout()
        row.addWidget(self.sync_button)
        row.addWidget(self.conflicts_button)
        row.addWidget(self.laptops_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        for text in (
            tr("Échangez les dossiers avec les autres portables du service (clé USB, dossier"),
            tr("partagé) : Balise y dépose les modifications de ce portable, applique les autres."),
        ):
            layout.addWidget(label(text, "muted", wrap=False))
        layout.addLayout(row)

    def load(self, workspace: Workspace) -> None:
        """Show the box for an unlocked vault (enrolling and revoking: coordination)."""
        from app.core.permissions import Perm, can

        self.workspace = workspace
        self.laptops_button.setVisible(can(workspace.session, Perm.ACCOUNTS_MANAGE))

    def clear(self) -> None:
        """Forget the vault (locked)."""
        self.workspace = None

    def _open_sync(self) -> None:
        if self.workspace is not None:
            SyncDialog(self.workspace, self.window()).open()

    def _open_laptops(self) -> None:
        from app.ui.laptops_dialog import LaptopsDialog

        if self.workspace is not None:
            LaptopsDialog(self.workspace, self.window()).open()

    def _open_conflicts(self) -> None:
        if self.workspace is not None:
            ConflictDialog(self.workspace, self.window()).open()


class SyncDialog(QDialog):
    """Choose the exchange folder and synchronise."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Synchroniser"))
        self.workspace = workspace
        self.report: Any = None
        self.folder = QLineEdit()
        self.folder.setAccessibleName(tr("Dossier d'échange"))
        self.folder.setPlaceholderText(tr("Dossier de la clé USB ou dossier partagé"))
        choose = QPushButton(tr("&Choisir le dossier…"))
        choose.clicked.connect(self._choose)
        self.run_button = QPushButton(tr("&Synchroniser maintenant"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.synchronise)
        self.folder.textEdited.connect(lambda _text: self.unreachable.hide())
        self.unreachable = label("", "muted")
        self.unreachable.setTextFormat(Qt.TextFormat.PlainText)
        self.unreachable.hide()
        self.busy = BusyIndicator()
        self.result = label("")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(tr("&Fermer"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Branchez la clé USB du service (ou ouvrez le dossier partagé), puis "
                    "synchronisez. Seuls des nombres sont affichés, jamais de noms."
                ),
                "muted",
            )
        )
        layout.addLayout(folder_row)
        layout.addWidget(self.unreachable)
        layout.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.busy)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 360)
        self._read_remembered()

    def _read_remembered(self) -> None:
        """Prefill the folder this laptop last synchronised through (off the GUI thread)."""
        from app.core.sync_folder import remembered_sync_folder

        actor = self.workspace.session

        def read(tx: Tx) -> RememberedFolder:
            return remembered_sync_folder(tx, actor)

        self.workspace.ops.read(self, read, self._prefill)

    def _prefill(self, remembered: RememberedFolder) -> None:
        if not remembered.path or self.folder.text().strip():
            return  # never synchronised here, or the user already typed one
        self.folder.setText(remembered.path)
        if not remembered.reachable:
            self.unreachable.setText(
                tr(
                    "Le dossier « {dossier} » n'est pas branché : branchez la clé USB ou "
                    "choisissez un autre dossier."
                ).format(dossier=remembered.path)
            )
            self.unreachable.show()

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("Dossier d'échange du service"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
            self.unreachable.hide()

    def synchronise(self) -> None:
        """Stop the daily backup, wait for the worker, then sync off the GUI thread."""
        from app.core.sync_folder import synchronise_remembering

        text = self.folder.text().strip()
        if not text:
            self.error.show_message(tr("Choisissez le dossier d'échange du service."))
            return
        ws = self.workspace
        folder = Path(text)
        self.error.show_message(None)
        self.result.clear()
        self.run_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.busy.start(tr("Synchronisation en cours…"))
        # APSW and sqlcipher3 must never hold the vault together (app.core.sync._open_alone)
        ws.pause_backups()
        ws.tasks.wait_for_done()
        vault, actor = ws.vault, ws.session
        ws.tasks.run(
            lambda: synchronise_remembering(vault, actor, folder),
            self._done,
            self._failed,
            owner=self,
        )

    def _finish(self) -> None:
        self.busy.stop()
        self.run_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.workspace.resume_backups()

    def _done(self, report: Any) -> None:
        self._finish()
        self.report = report
        self.unreachable.hide()
        self.result.setText(report_text(report))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.error.show_message(error_text(exc))

    def reject(self) -> None:
        if self.busy.isVisible():  # the sync finishes first
            return
        super().reject()


class ConflictDialog(QDialog):
    """The waiting clashes: both values, which laptop and when; keep one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Conflits de synchronisation"))
        self.workspace = workspace
        self.conflicts: list[Any] = []
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Conflits à trancher"))
        self.list.currentRowChanged.connect(self._selected)
        self.keep_first = QPushButton()
        self.keep_second = QPushButton()
        self.keep_first.clicked.connect(lambda: self._keep(0))
        self.keep_second.clicked.connect(lambda: self._keep(1))
        self.empty = label(tr("Aucun conflit n'attend."), "muted")
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Fermer"))
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        keep_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Une même information a été changée sur deux portables. Rien n'a été "
                    "écrasé : choisissez la valeur à garder ; elle sera envoyée aux autres "
                    "portables à la prochaine synchronisation."
                ),
                "muted",
            )
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(keep_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 520)
        self._selected(-1)
        self.reload()

    def reload(self) -> None:
        """Read the waiting clashes (off the GUI thread)."""
        from app.core.sync_conflicts import waiting_conflicts

        actor = self.workspace.session

        def read(tx: Tx) -> list[Any]:
            return waiting_conflicts(tx, actor)

        self.workspace.ops.read(self, read, self._show)

    def _show(self, rows: list[Any]) -> None:
        self.conflicts = list(rows)
        self.list.clear()
        for conflict in rows:
            field = conflict.column or tr("fiche entière")
            text = tr(
                "Dossier {dossier} — {champ} ({table})\n"
                "  « {premier} » : {valeur1}\n"
                "  « {second} » : {valeur2}\n"
                "  vu le {quand}, écrit le {ecrit}"
            ).format(
                dossier=conflict.case_reference or "—",
                champ=field,
                table=conflict.table,
                premier=conflict.first.laptop_name,
                valeur1=_value_text(conflict.first.value),
                second=conflict.second.laptop_name,
                valeur2=_value_text(conflict.second.value),
                quand=_when(conflict.detected_at),
                ecrit=_when(conflict.remote_written_at),
            )
            self.list.addItem(QListWidgetItem(text))
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        if rows:
            self.list.setCurrentRow(0)
        else:
            self._selected(-1)

    def _selected(self, row: int) -> None:
        conflict = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for button, side in ((self.keep_first, 0), (self.keep_second, 1)):
            button.setEnabled(conflict is not None)
            button.setVisible(conflict is not None)
            if conflict is not None:
                name = (conflict.first, conflict.second)[side].laptop_name
                button.setText(tr("Garder la valeur de « {portable} »").format(portable=name))

    def _keep(self, side: int) -> None:
        from app.core.sync_conflicts import resolve_conflict

        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        keep: uuid.UUID = (conflict.first, conflict.second)[side].laptop_id
        actor = self.workspace.session
        self.error.show_message(None)
        for button in (self.keep_first, self.keep_second):
            button.setEnabled(False)

        def write(tx: Tx) -> None:
            resolve_conflict(tx, actor, conflict.id, keep)

        self.workspace.ops.write(self, write, lambda _none: self.reload(), on_error=self._failed)

    def _failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        self._selected(self.list.currentRow())
        return True
