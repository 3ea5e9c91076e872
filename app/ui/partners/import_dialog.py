"""CSV import of the directory: check every line, report the rejected ones, then
import the valid lines in one transaction (or nothing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.partners_csv import ImportPlan, ImportResult, apply_import, read_partners_csv
from app.i18n import tr
from app.ui.messages import show_info
from app.ui.operations import Tx
from app.ui.widgets import ErrorLabel, fit_to_screen, label
from app.ui.workspace import Workspace


class ImportReportDialog(QDialog):
    """What the file holds: lines to add or update, lines rejected and why."""

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(tr("Importer un répertoire"))
        summary = tr(
            "« {file} » : {new} organisation(s) à ajouter, {updated} à mettre à jour, "
            "{rejected} ligne(s) refusée(s)."
        ).format(
            file=file_name,
            new=plan.new_count,
            updated=plan.update_count,
            rejected=len(plan.rejected),
        )
        self.table = QTableWidget(len(plan.rejected), 3)
        self.table.setHorizontalHeaderLabels([tr("Ligne"), tr("Organisation"), tr("Raison")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 60)
        self.table.setColumnWidth(1, 240)
        self.table.setAccessibleName(tr("Lignes refusées"))
        for row, rejected in enumerate(plan.rejected):
            for col, value in enumerate((str(rejected.line), rejected.name, rejected.reason)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, col, item)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        self.import_button = self.buttons.addButton(
            tr("&Importer les {n} ligne(s) valable(s)").format(n=len(plan.items)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(bool(plan.items))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(summary))
        if plan.rejected:
            layout.addWidget(
                label(
                    tr(
                        "Les lignes refusées ne seront pas importées. Corrigez-les dans le "
                        "fichier et importez-le à nouveau : les organisations déjà "
                        "présentes seront mises à jour, pas dupliquées."
                    ),
                    "muted",
                )
            )
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 760, 420 if plan.rejected else 160)
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)


def start_import(
    parent: QWidget, workspace: Workspace, path: Path, on_done: Callable[[], None]
) -> None:
    """Read and check ``path`` in the background, show the report, import if confirmed."""
    actor = workspace.session

    def read(tx: Tx) -> ImportPlan:
        return read_partners_csv(tx, actor, path.read_bytes())

    def checked(plan: ImportPlan) -> None:
        dialog = ImportReportDialog(plan, path.name, parent.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: _apply(parent, workspace, plan, on_done))
        dialog.open()

    workspace.ops.read(parent, read, checked)  # a refusal is shown in a message box


def _apply(
    parent: QWidget, workspace: Workspace, plan: ImportPlan, on_done: Callable[[], None]
) -> None:
    actor = workspace.session

    def write(tx: Tx) -> ImportResult:
        return apply_import(tx, actor, plan)

    def done(result: ImportResult) -> None:
        on_done()
        show_info(
            parent.window(),
            tr("Import terminé : {added} ajoutée(s), {updated} mise(s) à jour.").format(
                added=result.added, updated=result.updated
            ),
        )

    workspace.ops.write(parent, write, done)  # a refusal is shown in a message box
