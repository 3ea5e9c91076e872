"""Paramètres › Conservation et effacement (coordinator): cases past their retention
date, by reference only; the chosen ones are purged after a confirmation that
names how many, never who."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.erasure_register import ErasureRule
from app.core.french_dates import short_date
from app.core.purge import ErasureOutcome, purge_cases
from app.core.retention import DueCase, cases_due_for_purge
from app.i18n import tr
from app.ui.backups.dialog import run_on_vault
from app.ui.messages import ask_confirmation, error_text
from app.ui.operations import Tx
from app.ui.widgets import BusyIndicator, ErrorLabel, fit_to_screen, label
from app.ui.workspace import Workspace

COL_REFERENCE, COL_CLOSED, COL_DUE = range(3)


class RetentionDialog(QDialog):
    """Cases due for purge, with a check box each."""

    #: emitted after a purge (lists on screen may show erased cases)
    purged = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("Conservation et effacement"))
        self.setModal(True)
        self._due: list[DueCase] = []
        years = workspace.settings.retention_years_after_closure
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [tr("Dossier"), tr("Clôturé le"), tr("À effacer depuis le")]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Dossiers à effacer"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._update_buttons())
        self.all_button = QPushButton(tr("Tout &cocher"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(tr("Tout &décocher"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.purge_button = QPushButton(tr("&Effacer les dossiers cochés…"))
        self.purge_button.setProperty("role", "danger")
        self.purge_button.clicked.connect(self._confirm)
        self.busy = BusyIndicator()
        self.status = label("", "muted")
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        for button in (self.all_button, self.none_button, self.purge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Conservation et effacement"), "title"))
        layout.addWidget(
            label(
                tr(
                    "Règle du service : un dossier clôturé est conservé {n} ans après sa "
                    "clôture, puis effacé (RGPD, art. 5 : limitation de la conservation). "
                    "Les dossiers ci-dessous ont dépassé ce délai. L'effacement est définitif : "
                    "personnes, auteurs, suivis, documents et brouillons du dossier "
                    "disparaissent du coffre ; une sauvegarde est faite ensuite, et les "
                    "sauvegardes plus anciennes disparaissent par la rotation."
                ).format(n=years),
                "muted",
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(close)
        fit_to_screen(self, 720, 520)
        self.refresh()

    def refresh(self) -> None:
        actor = self.workspace.session

        def read(tx: Tx) -> list[DueCase]:
            return cases_due_for_purge(tx, actor)

        self.workspace.ops.read(self, read, self._show, on_error=self._shown)

    def _show(self, due: list[DueCase]) -> None:
        self._due = due
        self.table.blockSignals(True)
        self.table.setRowCount(len(due))
        for row, case in enumerate(due):
            ref = QTableWidgetItem(case.reference)
            ref.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ref.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, COL_REFERENCE, ref)
            self.table.setItem(row, COL_CLOSED, QTableWidgetItem(short_date(case.closed_on)))
            self.table.setItem(row, COL_DUE, QTableWidgetItem(short_date(case.due_on)))
        self.table.blockSignals(False)
        if not due:
            self.status.setText(tr("Aucun dossier n'a dépassé son délai de conservation."))
        self._update_buttons()

    def checked(self) -> list[uuid.UUID]:
        return [
            case.case_id
            for row, case in enumerate(self._due)
            if self.table.item(row, COL_REFERENCE).checkState() == Qt.CheckState.Checked
        ]

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, COL_REFERENCE).setCheckState(state)

    def _update_buttons(self) -> None:
        has_rows = bool(self._due)
        self.all_button.setEnabled(has_rows)
        self.none_button.setEnabled(has_rows)
        self.purge_button.setEnabled(bool(self.checked()) and not self.busy.isVisible())

    def _confirm(self) -> None:
        ids = self.checked()
        if not ids:
            return
        ask_confirmation(
            self,
            tr(
                "Effacer définitivement {n} dossier(s) et tout ce qu'ils contiennent ? "
                "Cette action ne peut pas être annulée."
            ).format(n=len(ids)),
            tr("Effacer {n} dossier(s)").format(n=len(ids)),
            lambda: self._purge(ids),
        )

    def _purge(self, ids: list[uuid.UUID]) -> None:
        actor = self.workspace.session
        self.error.show_message(None)
        self.busy.start(tr("Effacement et sauvegarde en cours…"))
        self._update_buttons()
        run_on_vault(
            self.workspace,
            self,
            lambda vault: purge_cases(vault, actor, ids, ErasureRule.RETENTION),
            self._purged,
            self._failed,
        )

    def _purged(self, outcome: ErasureOutcome) -> None:
        self.busy.stop()
        self.status.setText(
            tr("{n} dossier(s) effacé(s) définitivement.").format(n=len(outcome.erasures))
        )
        if outcome.backup_error:
            self.error.show_message(outcome.backup_error)
        self.purged.emit()
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.error.show_message(error_text(exc))
        self._update_buttons()

    def _shown(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True
