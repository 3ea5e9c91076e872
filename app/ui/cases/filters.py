"""The filters above the case list: status, commune, worker, risk, opening period."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from app.core.case_list import CaseFilter
from app.core.catalogues import Choice, StaffMember
from app.core.vocabulary import CaseStatus, RiskLevel
from app.i18n import tr

ME = "me"
_STATUSES: dict[str, set[CaseStatus]] = {
    "active": {CaseStatus.OPEN, CaseStatus.PAUSED},
    "all": set(),
    "open": {CaseStatus.OPEN},
    "paused": {CaseStatus.PAUSED},
    "closed": {CaseStatus.CLOSED},
}
_RISKS: dict[str, set[RiskLevel]] = {
    "all": set(),
    "high+": {RiskLevel.HIGH, RiskLevel.CRITICAL},
    **{level.value: {level} for level in RiskLevel},
}


def _select_data(combo: QComboBox, data: Any) -> bool:
    index = combo.findData(data)
    if index < 0:
        return False
    combo.setCurrentIndex(index)
    return True


class FilterBar(QWidget):
    """Emits :attr:`changed` whenever the filter it describes changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False

        self.status = QComboBox()
        for key, text in (
            ("active", tr("Ouverts et en pause")),
            ("all", tr("Tous")),
            ("open", tr("Ouverts")),
            ("paused", tr("En pause")),
            ("closed", tr("Clôturés")),
        ):
            self.status.addItem(text, key)

        self.commune = QComboBox()
        self.commune.setEditable(True)
        self.commune.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.commune.setMinimumContentsLength(16)
        self.commune.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        completer = QCompleter(self.commune.model(), self.commune)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.commune.setCompleter(completer)
        self.commune.lineEdit().setPlaceholderText(tr("Toutes les communes"))
        self.commune.lineEdit().editingFinished.connect(self._commune_typed)

        self.worker = QComboBox()
        self.worker.setMinimumContentsLength(20)
        self.worker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.risk = QComboBox()
        self.risk.addItem(tr("Tous les niveaux"), "all")
        self.risk.addItem(tr("Élevé et critique"), "high+")
        for level in RiskLevel:
            self.risk.addItem(level.label, level.value)

        self.period = QCheckBox(tr("Ouverts &du"))
        self.period.setToolTip(tr("Limiter aux dossiers ouverts pendant cette période"))
        self.opened_from = self._date_edit(tr("Début de la période d'ouverture"))
        self.opened_to = self._date_edit(tr("Fin de la période d'ouverture"))
        self.reset_button = QPushButton(tr("&Effacer les filtres"))
        self.reset_button.setToolTip(tr("Revenir aux dossiers ouverts et en pause, sans filtre"))
        self.reset_button.clicked.connect(self.reset)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        fields = (
            (tr("&Statut"), self.status),
            (tr("&Commune"), self.commune),
            (tr("&Intervenant·e"), self.worker),
            (tr("&Risque"), self.risk),
        )
        for column, (text, field) in enumerate(fields):
            caption = QLabel(text)
            caption.setBuddy(field)
            caption.setProperty("role", "muted")
            grid.addWidget(caption, 0, column)
            grid.addWidget(field, 1, column)
        period = QHBoxLayout()
        period.setSpacing(6)
        period.addWidget(self.period)
        period.addWidget(self.opened_from)
        to_label = QLabel(tr("au"))
        to_label.setBuddy(self.opened_to)
        period.addWidget(to_label)
        period.addWidget(self.opened_to)
        period.addStretch(1)
        period.addWidget(self.reset_button)
        grid.addLayout(period, 2, 0, 1, len(fields) + 1)
        grid.setColumnStretch(len(fields), 1)

        for combo in (self.status, self.worker, self.risk):
            combo.currentIndexChanged.connect(self._emit)
        self.commune.currentIndexChanged.connect(self._emit)
        self.period.toggled.connect(self._period_toggled)
        self.opened_from.dateChanged.connect(self._date_changed)
        self.opened_to.dateChanged.connect(self._date_changed)
        self.clear_catalogues()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    # -- reading ---------------------------------------------------------------------
    def case_filter(self, me: uuid.UUID | None) -> CaseFilter:
        """The filter chosen (``me`` is the user behind the "Moi" entry)."""
        worker = self.worker.currentData()
        worker_id = me if worker == ME else worker if isinstance(worker, uuid.UUID) else None
        commune = self.commune.currentData()
        flt = CaseFilter(
            statuses=set(_STATUSES[self.status.currentData() or "active"]),
            commune_code=commune if isinstance(commune, str) else None,
            worker_id=worker_id,
            risk_levels=set(_RISKS[self.risk.currentData() or "all"]),
        )
        if self.period.isChecked():
            flt.opened_from = self.opened_from.date().toPython()
            flt.opened_to = self.opened_to.date().toPython()
        return flt

    # -- changing ------------------------------------------------------------------
    def set_catalogues(self, communes: list[Choice], staff: list[StaffMember]) -> None:
        """Fill the commune and worker lists, keeping what was chosen."""
        commune, worker = self.commune.currentData(), self.worker.currentData()
        self._quiet = True
        try:
            self._fill_communes(communes)
            self._fill_workers(staff)
            _select_data(self.commune, commune)
            _select_data(self.worker, worker)
        finally:
            self._quiet = False

    def clear_catalogues(self) -> None:
        """Forget the communes and staff read from the vault and go back to defaults."""
        self._quiet = True
        try:
            self._fill_communes([])
            self._fill_workers([])
            self._defaults()
        finally:
            self._quiet = False

    def reset(self) -> None:
        """Back to the default filter (open and paused cases of everyone)."""
        self._quiet = True
        try:
            self._defaults()
        finally:
            self._quiet = False
        self.changed.emit()

    def show_mine(self) -> None:
        """My open cases (the dashboard's "Voir tous mes dossiers")."""
        self._quiet = True
        try:
            self._defaults()
            _select_data(self.status, "open")
            _select_data(self.worker, ME)
        finally:
            self._quiet = False
        self.changed.emit()

    def _defaults(self) -> None:
        self.status.setCurrentIndex(0)
        self.commune.setCurrentIndex(0)
        self.worker.setCurrentIndex(0)
        self.risk.setCurrentIndex(0)
        self.period.setChecked(False)
        today = QDate.currentDate()
        self.opened_from.setDate(today.addYears(-1))
        self.opened_to.setDate(today)

    def _fill_communes(self, communes: list[Choice]) -> None:
        self.commune.clear()
        self.commune.addItem(tr("Toutes les communes"), None)
        for choice in communes:
            self.commune.addItem(choice.label, choice.code)

    def _fill_workers(self, staff: list[StaffMember]) -> None:
        self.worker.clear()
        self.worker.addItem(tr("Tous les intervenant·es"), None)
        self.worker.addItem(tr("Moi"), ME)
        for member in staff:
            self.worker.addItem(member.full_name, member.id)

    def _commune_typed(self) -> None:
        text = self.commune.currentText().strip()
        index = self.commune.findText(text, Qt.MatchFlag.MatchFixedString) if text else 0
        if index < 0:  # not a commune: show what is really selected
            index = self.commune.currentIndex()
        if index != self.commune.currentIndex():
            self.commune.setCurrentIndex(index)
        else:
            self.commune.setEditText(self.commune.itemText(index))

    def _period_toggled(self, on: bool) -> None:
        self.opened_from.setEnabled(on)
        self.opened_to.setEnabled(on)
        self._emit()

    def _date_changed(self) -> None:
        if self.period.isChecked():
            self._emit()

    def _emit(self) -> None:
        if not self._quiet:
            self.changed.emit()
