"""« Objectifs du financeur »: the service's PSSP/PCS objectives and the indicators
attached to each (coordination).

The list on the left holds the objectives in the report's order; the form on
the right edits the selected one (programme, code, title, description) and its
indicators, ticked in the catalogue of the report. Everything is reachable from
the keyboard: the labels' shortcuts, space to tick an indicator, Enter to save.
Reads and writes go through ``workspace.ops``; the core checks the permission.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.funder_objectives import (
    CatalogueIndicator,
    ObjectiveInput,
    ObjectiveView,
    Programme,
    create_objective,
    delete_objective,
    indicator_catalogue,
    list_objectives,
    move_objective,
    set_objective_indicators,
    update_objective,
)
from app.core.permissions import Perm, can
from app.i18n import tr
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import ErrorLabel, fit_to_screen, label
from app.ui.workspace import Workspace

_CODE = Qt.ItemDataRole.UserRole


class ObjectivesDialog(QDialog):
    """List, add, edit, order and delete the funder's objectives."""

    #: an objective or its indicators changed (the page reads the report again)
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(tr("Objectifs du financeur"))
        self.objectives: list[ObjectiveView] = []
        self.catalogue: tuple[CatalogueIndicator, ...] = indicator_catalogue()
        #: the objective in the form (None: a new one)
        self.current: uuid.UUID | None = None
        #: replaced in tests: asks before deleting an objective
        self.confirm_delete: Callable[[ObjectiveView], bool] = self._confirm_delete
        may_edit = can(workspace.session, Perm.STATISTICS_OBJECTIVES)

        self.list = QListWidget()
        self.list.setAccessibleName(tr("Objectifs"))
        self.list.setWordWrap(True)  # a long title reads in full
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = QPushButton(tr("&Nouvel objectif"))
        self.up_button = QPushButton(tr("&Monter"))
        self.down_button = QPushButton(tr("&Descendre"))
        self.delete_button = QPushButton(tr("&Supprimer…"))

        self.programme = QComboBox()
        for programme in Programme:
            self.programme.addItem(programme.label, programme.value)
        self.code = QLineEdit()
        self.code.setPlaceholderText(tr("ex. OS 1.2, OO 3"))
        self.code.setMaxLength(20)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.indicators = QListWidget()
        self.indicators.setAccessibleName(tr("Indicateurs attachés"))
        section = None
        for indicator in self.catalogue:
            if indicator.section != section:  # a heading per section of the report
                section = indicator.section
                heading = QListWidgetItem(section)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.indicators.addItem(heading)
            item = QListWidgetItem(indicator.label)
            item.setToolTip(
                tr("{section} — {indicator}").format(section=section, indicator=indicator.label)
            )
            item.setData(_CODE, indicator.code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.indicators.addItem(item)
        self.save_button = QPushButton(tr("&Enregistrer"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(tr("Fermer"))
        self.error = ErrorLabel()

        left = QVBoxLayout()
        caption = QLabel(tr("&Objectifs :"))
        caption.setBuddy(self.list)
        left.addWidget(caption)
        left.addWidget(self.list, 1)
        for button in (self.new_button, self.up_button, self.down_button, self.delete_button):
            left.addWidget(button)

        form = QFormLayout()
        for text, widget in (
            (tr("&Programme :"), self.programme),
            (tr("&Code :"), self.code),
            (tr("&Intitulé :"), self.title),
            (tr("Desc&ription :"), self.description),
        ):
            row_label = QLabel(text)
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)
        right = QVBoxLayout()
        right.addLayout(form)
        ticks = QLabel(tr("Indica&teurs attachés (cochez avec la barre d'espace) :"))
        ticks.setBuddy(self.indicators)
        right.addWidget(ticks)
        right.addWidget(self.indicators, 1)
        right.addWidget(self.error)

        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 5)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Les objectifs du PSSP ou du PCS tels que le financeur les écrit, et les "
                    "indicateurs qui rendent compte de chacun : le rapport les présente en tête."
                ),
                "muted",
            )
        )
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 960, 620)

        for widget in (
            self.new_button,
            self.up_button,
            self.down_button,
            self.delete_button,
            self.save_button,
            self.programme,
            self.code,
            self.title,
            self.description,
            self.indicators,
        ):
            widget.setEnabled(may_edit)
        self.list.currentRowChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_objective)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.delete_button.clicked.connect(self._delete)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.new_objective()
        self.reload()

    # -- reading --------------------------------------------------------------------------
    def reload(self, select: uuid.UUID | None = None) -> None:
        actor = self.workspace.session
        self.workspace.ops.read(
            self, lambda tx: list_objectives(tx, actor), lambda rows: self._listed(rows, select)
        )

    def _listed(self, rows: list[ObjectiveView], select: uuid.UUID | None) -> None:
        self.objectives = rows
        self.list.blockSignals(True)
        self.list.clear()
        for objective in rows:
            self.list.addItem(objective.heading)
        self.list.blockSignals(False)
        keep = select if select is not None else self.current
        index = next((i for i, o in enumerate(rows) if o.id == keep), -1)
        if index >= 0:
            self.list.setCurrentRow(index)
        elif self.current is not None:
            self.new_objective()
        self._buttons()

    def _buttons(self) -> None:
        may_edit = can(self.workspace.session, Perm.STATISTICS_OBJECTIVES)
        chosen = self.current is not None
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(may_edit and chosen)

    def _selected(self, row: int) -> None:
        if not 0 <= row < len(self.objectives):
            return
        self._show(self.objectives[row])

    def _show(self, objective: ObjectiveView | None) -> None:
        self.error.show_message(None)
        self.current = objective.id if objective else None
        programme = objective.programme if objective else Programme.PSSP
        self.programme.setCurrentIndex(self.programme.findData(programme.value))
        self.code.setText(objective.code if objective else "")
        self.title.setText(objective.title if objective else "")
        self.description.setPlainText((objective.description or "") if objective else "")
        attached = set(objective.indicators) if objective else set()
        for i in range(self.indicators.count()):
            item = self.indicators.item(i)
            if item.data(_CODE) is None:
                continue  # a section's heading
            checked = item.data(_CODE) in attached
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._buttons()

    def new_objective(self) -> None:
        """Empty the form for a new objective, the cursor in its code."""
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self._show(None)
        self.code.setFocus()

    # -- writing --------------------------------------------------------------------------
    def checked_codes(self) -> list[str]:
        """The catalogue codes ticked in the form, in the catalogue's order."""
        items = [self.indicators.item(i) for i in range(self.indicators.count())]
        return [
            item.data(_CODE)
            for item in items
            if item.data(_CODE) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, code: str, checked: bool = True) -> None:
        for i in range(self.indicators.count()):
            item = self.indicators.item(i)
            if item.data(_CODE) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def save(self) -> None:
        actor, objective_id = self.workspace.session, self.current
        data = ObjectiveInput(
            self.programme.currentData(),
            self.code.text(),
            self.title.text(),
            self.description.toPlainText(),
        )
        codes = self.checked_codes()

        def write(tx: Tx) -> uuid.UUID:
            if objective_id is None:
                saved = create_objective(tx, actor, data)
            else:
                update_objective(tx, actor, objective_id, data)
                saved = objective_id
            set_objective_indicators(tx, actor, saved, codes)
            return saved

        self.error.show_message(None)
        self.workspace.ops.write(self, write, self._saved, on_error=self._failed)

    def _saved(self, objective_id: uuid.UUID) -> None:
        self.current = objective_id
        self.changed.emit()
        self.reload(select=objective_id)

    def _failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        field = getattr(exc, "field", None)
        target = {"code": self.code, "title": self.title, "programme": self.programme}.get(
            field or ""
        )
        if target is not None:
            target.setFocus()
        return True

    def _move(self, offset: int) -> None:
        actor, objective_id = self.workspace.session, self.current
        if objective_id is None:
            return
        self.workspace.ops.write(
            self,
            lambda tx: move_objective(tx, actor, objective_id, offset),
            lambda _r: self._saved(objective_id),
            on_error=self._failed,
        )

    def _confirm_delete(self, objective: ObjectiveView) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Objectifs du financeur"),
            tr("Supprimer l'objectif « {heading} » ? Les chiffres restent.").format(
                heading=objective.heading
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _delete(self) -> None:
        actor, objective_id = self.workspace.session, self.current
        objective = next((o for o in self.objectives if o.id == objective_id), None)
        if objective is None or not self.confirm_delete(objective):
            return

        def deleted(_r: object) -> None:
            self.current = None
            self.changed.emit()
            self.new_objective()
            self.reload()

        self.workspace.ops.write(
            self,
            lambda tx: delete_objective(tx, actor, objective.id),
            deleted,
            on_error=self._failed,
        )
