"""Paramètres › Sauvegardes: the list, "Sauvegarder maintenant", the external folder, restore.

Backups and restores are whole use cases over the vault folder (they open
their own connections), so they run on the worker through
:func:`run_on_vault`; the copy reports its progress through a Qt signal
emitted on the worker and delivered on the GUI thread. Settings go through
``ops.write`` like every other form.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import backups
from app.core.backups import BackupInfo, BackupListing, BackupOutcome, when_text
from app.core.local_format import format_number
from app.core.permissions import Perm, can
from app.core.restore import RestoreOutcome, restore_with_session
from app.core.settings import VaultSettings, save_settings
from app.i18n import tr
from app.storage.backups import BackupKind
from app.storage.vault import Vault
from app.ui.messages import ask_confirmation, error_text, show_info
from app.ui.operations import Tx
from app.ui.widgets import ErrorLabel, fit_to_screen, label
from app.ui.workspace import Workspace

COL_DATE, COL_KIND, COL_SIZE, COL_CASES, COL_CHECK, COL_PLACE = range(6)


def run_on_vault(
    workspace: Workspace,
    owner: QWidget,
    job: Callable[[Vault], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run ``job(vault)`` on the worker; callbacks on the GUI thread (dropped after a lock)."""
    vault = workspace.vault
    workspace.tasks.run(lambda: job(vault), on_done, on_error, owner=owner)


class ProgressRelay(QObject):
    """Carries ``progress(phase, done, total)`` from the worker to the GUI thread."""

    moved = Signal(str, int, int)

    def __call__(self, phase: str, done: int, total: int) -> None:
        self.moved.emit(phase, done, total)


def kind_label(kind: str) -> str:
    return {
        BackupKind.DAILY: tr("quotidienne"),
        BackupKind.MANUAL: tr("manuelle"),
        BackupKind.AFTER_PURGE: tr("après effacement"),
        BackupKind.BEFORE_RESTORE: tr("avant restauration"),
    }.get(kind, kind)


def size_label(size: int) -> str:
    """``12,5 Mio`` (the decimal mark of the screen's language)."""
    return tr("{n} Mio").format(n=format_number(size / (1024 * 1024), 1))


class BackupsDialog(QDialog):
    """The backups of the vault (coordinator acts; everyone may look)."""

    #: emitted after a restore: the data on screen is another's, the window must lock
    restored = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("Sauvegardes du coffre"))
        self.setModal(True)
        self._rows: list[tuple[BackupInfo, str]] = []
        self._busy = False

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [tr("Date"), tr("Type"), tr("Taille"), tr("Dossiers"), tr("Vérifiée"), tr("Lieu")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Sauvegardes"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.external_label = label("", "muted")
        self.choose_button = QPushButton(tr("&Choisir le dossier externe…"))
        self.choose_button.clicked.connect(self._choose_external)
        self.forget_button = QPushButton(tr("Ne plus copier à l'e&xtérieur"))
        self.forget_button.clicked.connect(lambda: self._save_external(""))
        self.backup_button = QPushButton(tr("&Sauvegarder maintenant"))
        self.backup_button.clicked.connect(self._backup_now)
        self.restore_button = QPushButton(tr("&Restaurer la sauvegarde choisie…"))
        self.restore_button.clicked.connect(self._confirm_restore)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = label("", "muted")
        self.error = ErrorLabel()
        self.relay = ProgressRelay(self)
        self.relay.moved.connect(self._moved)

        external_row = QHBoxLayout()
        external_row.addWidget(self.external_label, 1)
        external_row.addWidget(self.choose_button)
        external_row.addWidget(self.forget_button)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Sauvegardes du coffre"), "title"))
        layout.addWidget(
            label(
                tr(
                    "Chaque sauvegarde est une copie chiffrée du coffre, avec les phrases de "
                    "passe et le code de récupération valables à sa date. Balise en fait une "
                    "par jour au verrouillage ou à la fermeture, et garde les 7 derniers jours, "
                    "4 semaines et 12 mois. Une copie sur une clé USB ou un disque réseau "
                    "protège aussi du vol ou de la panne de l'ordinateur."
                ),
                "muted",
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(external_row)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(close)
        fit_to_screen(self, 900, 560)
        self._may_act = can(workspace.session, Perm.SETTINGS_WRITE)
        for widget in (self.choose_button, self.forget_button, self.restore_button):
            widget.setVisible(self._may_act)
        self.refresh()

    # -- listing --------------------------------------------------------------------
    def refresh(self) -> None:
        actor = self.workspace.session
        run_on_vault(
            self.workspace,
            self,
            lambda vault: backups.list_backups(vault, actor),
            self._show,
            self._failed,
        )

    def _show(self, listing: BackupListing) -> None:
        rows = [(b, tr("dossier du coffre")) for b in listing.local]
        rows += [(b, tr("copie externe")) for b in listing.external]
        rows.sort(key=lambda r: r[0].taken_at, reverse=True)
        self._rows = rows
        self.table.setRowCount(len(rows))
        for row, (info, place) in enumerate(rows):
            values = [
                when_text(info.taken_at),
                kind_label(info.kind),
                size_label(info.size),
                str(info.counts.get("cases", "–")),
                tr("oui") if info.verified and info.counts else tr("non"),
                place,
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (COL_SIZE, COL_CASES):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if not listing.external_folder:
            self.external_label.setText(tr("Copie externe : aucune (choisissez un dossier)."))
        elif listing.external_reachable:
            self.external_label.setText(
                tr("Copie externe : « {dossier} ».").format(dossier=listing.external_folder)
            )
        else:
            self.external_label.setText(
                tr("Copie externe : « {dossier} » n'est pas branché ou pas accessible.").format(
                    dossier=listing.external_folder
                )
            )
        self.forget_button.setEnabled(bool(listing.external_folder))
        if not rows:
            self.status.setText(tr("Aucune sauvegarde pour l'instant."))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()][0] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.backup_button.setEnabled(not self._busy)
        self.restore_button.setEnabled(
            not self._busy and chosen is not None and chosen.verified and bool(chosen.counts)
        )
        self.choose_button.setEnabled(not self._busy)

    # -- backup now -----------------------------------------------------------------
    def _backup_now(self) -> None:
        actor = self.workspace.session
        relay = self.relay
        self._set_busy(True, tr("Sauvegarde en cours…"))
        run_on_vault(
            self.workspace,
            self,
            lambda vault: backups.take_backup(vault, actor, progress=relay),
            self._backed_up,
            self._failed,
        )

    def _moved(self, phase: str, done: int, total: int) -> None:
        if phase == "copy" and total:
            self.progress.setValue(int(90 * done / total))
        elif phase == "verify":
            self.status.setText(tr("Vérification de la copie…"))
            self.progress.setValue(90 if done < total else 100)

    def _backed_up(self, outcome: BackupOutcome) -> None:
        self._set_busy(False)
        text = tr("Sauvegarde vérifiée du {quand} ({taille}).").format(
            quand=when_text(outcome.local.taken_at), taille=size_label(outcome.local.size)
        )
        if outcome.external is not None:
            text += " " + tr("La copie externe est faite et vérifiée.")
        self.status.setText(text)
        if outcome.external_error:
            self.error.show_message(outcome.external_error)
        self.refresh()

    # -- external folder ------------------------------------------------------------
    def _choose_external(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Dossier de la copie externe (clé USB, disque réseau)")
        )
        if folder:
            self._save_external(folder)

    def _save_external(self, folder: str) -> None:
        ws = self.workspace
        new = replace(ws.settings, backup_external_folder=folder)
        actor = ws.session

        def write(tx: Tx) -> VaultSettings:
            save_settings(tx, actor, new)
            return new

        def saved(settings: VaultSettings) -> None:
            ws.settings = settings
            self.refresh()

        ws.ops.write(self, write, saved, on_error=self._shown)

    # -- restore --------------------------------------------------------------------
    def _confirm_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        ask_confirmation(
            self,
            tr(
                "Restaurer la sauvegarde du {quand} ? Ce qui a été enregistré après cette date "
                "sera perdu (le coffre actuel est mis de côté dans son dossier, jamais "
                "supprimé). Les effacements faits depuis seront appliqués à nouveau. "
                "Le coffre se verrouillera ensuite : rouvrez-le avec la phrase de passe "
                "valable à la date de la sauvegarde."
            ).format(quand=when_text(chosen.taken_at)),
            tr("Restaurer"),
            lambda: self._restore(chosen.path),
        )

    def _restore(self, path: Path) -> None:
        actor = self.workspace.session
        self._set_busy(True, tr("Restauration en cours…"))
        run_on_vault(
            self.workspace,
            self,
            lambda vault: restore_with_session(vault, actor, path),
            self._restored,
            self._failed,
        )

    def _restored(self, outcome: RestoreOutcome) -> None:
        self._set_busy(False)
        text = tr("La sauvegarde du {quand} a été restaurée.").format(
            quand=when_text(outcome.backup.taken_at)
        )
        if outcome.reapplied:
            text += " " + tr(
                "{n} effacement(s) fait(s) depuis ont été appliqués à nouveau."
            ).format(n=outcome.reapplied)
        text += " " + tr("Le coffre remplacé est dans « {chemin} ».").format(
            chemin=str(outcome.set_aside)
        )
        self.accept()
        # Not over the main window: it hides when the vault locks right after.
        show_info(None, text)
        self.restored.emit()

    # -- state ----------------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.error.show_message(None)
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        if text:
            self.status.setText(text)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.clear()
        self.error.show_message(error_text(exc))

    def _shown(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True
