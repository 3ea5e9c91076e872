"""Paramètres › Catalogue des démarches (coordinator): add, rename, retire, restore.

Renaming changes the label only (the code stays, so cases keep their steps);
retiring hides a step from new choices while the cases that used it keep it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.pathways.steps import (
    StepType,
    add_step_type,
    restore_step_type,
    retire_step_type,
    step_catalogue,
    update_step_type,
)
from app.core.pathways.vocabulary import StandardSet
from app.core.permissions import Perm, can
from app.i18n import tr
from app.ui.case.forms import Leave, ask_leave
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import ErrorLabel, label, with_error
from app.ui.workspace import Workspace

RETIRED_COLOUR = "#7a828a"


class StepTypeDialog(QDialog):
    """Intitulé and standard sets of one catalogue step (new or renamed)."""

    def __init__(
        self,
        box: StepCatalogueBox,
        step: StepType | None,
    ) -> None:
        super().__init__(box.window())
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Modifier la démarche") if step else tr("Nouvelle démarche"))
        self.box = box
        self.step = step
        self.label_edit = QLineEdit(step.label if step else "")
        self.label_edit.setMaxLength(200)
        self.label_edit.setMinimumWidth(420)
        self.label_error = ErrorLabel()
        self.sets = {s: QCheckBox(s.label) for s in StandardSet}
        for s, check in self.sets.items():
            check.setChecked(bool(step and s in step.sets))
        sets_box = QWidget()
        sets_row = QHBoxLayout(sets_box)
        sets_row.setContentsMargins(0, 0, 0, 0)
        for check in self.sets.values():
            sets_row.addWidget(check)
        sets_row.addStretch(1)
        form = QFormLayout()
        name_label = label(tr("&Intitulé :"), wrap=False)
        name_label.setBuddy(self.label_edit)
        form.addRow(name_label, with_error(self.label_edit, self.label_error))
        form.addRow(tr("Ensembles types :"), sets_box)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        self.info = label("", "muted")
        if step is not None:
            self.info.setText(
                tr(
                    "Le nouvel intitulé s'affichera aussi dans les {n} dossier(s) qui "
                    "utilisent cette démarche."
                ).format(n=step.used_by)
            )
        self.info.setVisible(step is not None)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._start = self._state()
        self.label_edit.setFocus()

    def _state(self) -> tuple[str, tuple[StandardSet, ...]]:
        chosen = tuple(s for s, check in self.sets.items() if check.isChecked())
        return self.label_edit.text(), chosen

    def save(self) -> None:
        ws = self.box.workspace
        if ws is None:
            return
        text, sets = self._state()
        actor, code = ws.session, self.step.code if self.step else None

        def job(session: Tx) -> None:
            if code is None:
                add_step_type(session, actor, text, sets)
            else:
                update_step_type(session, actor, code, text, sets)

        self.label_error.show_message(None)
        self.error.show_message(None)
        self.save_button.setEnabled(False)
        self.box.run_write(job, self._saved, self._failed)

    def _saved(self) -> None:
        self._start = self._state()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        target = self.label_error if getattr(exc, "field", None) == "label" else self.error
        target.show_message(error_text(exc))

    def reject(self) -> None:
        if self._state() != self._start and self.isVisible():
            choice = ask_leave(self, tr("Abandonner cette modification du catalogue ?"))
            if choice is Leave.CANCEL:
                return
            if choice is Leave.SAVE:
                self.save()
                return
        super().reject()


class StepCatalogueBox(QGroupBox):
    """The catalogue of socio-administrative steps, shown to the coordinator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Catalogue des démarches socio-administratives"), parent)
        self.workspace: Workspace | None = None
        self.steps: list[StepType] = []
        self._request = 0
        self.dialog: StepTypeDialog | None = None
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [tr("Intitulé"), tr("Ensembles types"), tr("Dossiers")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Catalogue des démarches"))
        self.table.setMinimumHeight(260)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.rename())
        self.add_button = QPushButton(tr("A&jouter une démarche…"))
        self.rename_button = QPushButton(tr("Changer l'&intitulé…"))
        self.retire_button = QPushButton(tr("Re&tirer"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.retire_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Les démarches proposées dans les dossiers. Un nouvel intitulé s'affiche "
                    "aussi dans les dossiers qui utilisent déjà la démarche ; une démarche "
                    "retirée n'est plus proposée mais reste visible dans ces dossiers."
                ),
                "muted",
            )
        )
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.clear()

    # -- page hooks ------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        """Show the catalogue to whoever may edit the settings (the coordinator)."""
        self.workspace = workspace
        allowed = can(workspace.session, Perm.SETTINGS_WRITE)
        self.setVisible(allowed)
        if allowed:
            self.reload()

    def clear(self) -> None:
        self.workspace = None
        self._request += 1
        self.steps = []
        self.table.setRowCount(0)
        self.error.show_message(None)
        self.hide()
        self._update_buttons()

    # -- reading -------------------------------------------------------------------------
    def reload(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        self._request += 1
        request = self._request

        def read(tx: Tx) -> list[StepType]:
            return step_catalogue(tx, include_retired=True)

        ws.ops.read(
            self,
            read,
            lambda steps: self._show(request, steps),
            on_error=lambda exc: self._read_failed(request, exc),
        )

    def _show(self, request: int, steps: list[StepType]) -> None:
        if request != self._request or self.workspace is None:
            return
        selected = self.current()
        self.steps = steps
        self.table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            name = step.label if step.active else tr("{label} (retirée)").format(label=step.label)
            cells = [name, ", ".join(s.label for s in step.sets) or "—", str(step.used_by)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not step.active:
                    item.setForeground(QColor(RETIRED_COLOUR))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, step.code)
        codes = [s.code for s in steps]
        if selected is not None and selected.code in codes:
            self.table.selectRow(codes.index(selected.code))
        self._update_buttons()

    def _read_failed(self, request: int, exc: BaseException) -> bool:
        if request == self._request:  # else a newer read replaced this one
            self._failed(exc)
        return True

    def _failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True

    # -- actions -----------------------------------------------------------------------
    def current(self) -> StepType | None:
        row = self.table.currentRow()
        return self.steps[row] if 0 <= row < len(self.steps) else None

    def _update_buttons(self) -> None:
        step = self.current()
        self.rename_button.setEnabled(step is not None)
        self.retire_button.setEnabled(step is not None)
        self.retire_button.setText(
            tr("Réta&blir") if step is not None and not step.active else tr("Re&tirer")
        )

    def add(self) -> None:
        self._open(None)

    def rename(self) -> None:
        step = self.current()
        if step is not None:
            self._open(step)

    def _open(self, step: StepType | None) -> None:
        if self.workspace is None:
            return
        self.dialog = StepTypeDialog(self, step)
        self.dialog.open()

    def toggle_retired(self) -> None:
        step, ws = self.current(), self.workspace
        if step is None or ws is None:
            return
        actor, code, active = ws.session, step.code, step.active

        def job(session: Tx) -> None:
            (retire_step_type if active else restore_step_type)(session, actor, code)

        self.run_write(job, lambda: None, self._failed)

    def run_write(
        self,
        job: Callable[[Tx], None],
        on_done: Callable[[], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``job`` in one transaction, then reload the catalogue; ``on_error``
        shows a refusal (in the dialog or under the table)."""
        ws = self.workspace
        if ws is None:
            return

        def done(_result: object) -> None:
            on_done()
            self.reload()

        def failed(exc: BaseException) -> bool:
            on_error(exc)
            return True

        self.error.show_message(None)
        ws.ops.write(self, job, done, on_error=failed)
