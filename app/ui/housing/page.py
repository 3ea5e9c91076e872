"""Hébergement: emergency-housing units and their occupancy over a year, the
stays (flagged when still open past their planned end), the waiting list.

The counting rule is always on screen. The unit's address is never in this
page: only the unit form shows it (and reading it is traced)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core.display import display_name
from app.core.housing import (
    HousingOverview,
    RequestStatus,
    StayView,
    close_request,
    housing_overview,
)
from app.core.indicator_periods import Period
from app.core.pathways.common import fmt
from app.core.permissions import Perm, can
from app.i18n import tr
from app.ui.case.forms import ask_yes
from app.ui.housing.dialogs import RequestDialog, StayDialog, UnitDialog
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.simple_table import RowTable
from app.ui.widgets import ErrorLabel, label
from app.ui.workspace import Workspace


def _date(day) -> str:
    return fmt(day) if day else "—"


class HousingPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: HousingOverview | None = None
        #: a form kept at lock, reopened once the page has read what it needs
        self._pending_draft: tuple[str, dict] | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(tr("Année"))
        year_label = QLabel(tr("&Année :"))
        year_label.setBuddy(self.year)
        self.show_button = QPushButton(tr("A&fficher"))
        self.show_button.clicked.connect(self.refresh)
        self.rule = label("", "muted")
        self.overdue = label("", "error")
        self.error = ErrorLabel()

        self.units = RowTable(
            [
                tr("Logement"),
                tr("Places"),
                tr("Disponible"),
                tr("Prêté par"),
                tr("Occupation"),
                tr("Nuits"),
                tr("Ce soir"),
            ],
            tr("Logements d'urgence"),
        )
        self.new_unit_button = QPushButton(tr("&Nouveau logement…"))
        self.edit_unit_button = QPushButton(tr("&Modifier le logement…"))
        self.new_unit_button.clicked.connect(lambda: self.open_unit(None))
        self.edit_unit_button.clicked.connect(self.edit_unit)
        self.units.open_requested.connect(lambda _k: self.edit_unit())

        self.stays = RowTable(
            [
                tr("Dossier"),
                tr("Logement"),
                tr("Personnes"),
                tr("Entrée"),
                tr("Sortie prévue"),
                tr("Sortie"),
                tr("Nuits"),
                tr("État"),
            ],
            tr("Séjours"),
            stretch=2,
        )
        self.new_stay_button = QPushButton(tr("Nouveau &séjour…"))
        self.exit_button = QPushButton(tr("Noter la s&ortie…"))
        self.edit_stay_button = QPushButton(tr("Modifier le sé&jour…"))
        self.new_stay_button.clicked.connect(lambda: self.open_stay(None))
        self.exit_button.clicked.connect(lambda: self.open_stay(self._current_stay(), True))
        self.edit_stay_button.clicked.connect(lambda: self.open_stay(self._current_stay()))
        self.stays.open_requested.connect(lambda _k: self.open_stay(self._current_stay()))
        self.stays.current_changed.connect(lambda _k: self._enable())

        self.waiting = RowTable(
            [tr("Dossier"), tr("Priorité"), tr("Demandé le"), tr("Personnes"), tr("Attente")],
            tr("Liste d'attente"),
            stretch=0,
        )
        self.new_request_button = QPushButton(tr("Ajouter à la liste d'a&ttente…"))
        self.withdraw_button = QPushButton(tr("&Retirer de la liste"))
        self.new_request_button.clicked.connect(self.new_request)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.waiting.current_changed.connect(lambda _k: self._enable())

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.show_button)
        top.addStretch(1)

        def section(title: str, table: RowTable, *buttons: QPushButton) -> QWidget:
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            head = QHBoxLayout()
            head.addWidget(label(title, "subtitle"))
            head.addStretch(1)
            for button in buttons:
                head.addWidget(button)
            column.addLayout(head)
            column.addWidget(table, 1)
            return box

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(
            section(tr("Logements"), self.units, self.new_unit_button, self.edit_unit_button)
        )
        split.addWidget(
            section(
                tr("Séjours de l'année"),
                self.stays,
                self.new_stay_button,
                self.exit_button,
                self.edit_stay_button,
            )
        )
        split.addWidget(
            section(
                tr("Liste d'attente"), self.waiting, self.new_request_button, self.withdraw_button
            )
        )
        split.setSizes([160, 260, 140])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(label(tr("Hébergement d'urgence"), "title"))
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(self.overdue)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        self.clear()

    # -- Page -------------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        self.setEnabled(True)
        self.year.setValue(clock.today().year)
        actor = workspace.session
        self.new_unit_button.setVisible(can(actor, Perm.HOUSING_MANAGE))
        self.edit_unit_button.setVisible(can(actor, Perm.HOUSING_MANAGE))
        for button in (
            self.new_stay_button,
            self.exit_button,
            self.edit_stay_button,
            self.new_request_button,
            self.withdraw_button,
        ):
            button.setVisible(can(actor, Perm.HOUSING_WRITE))
        self.refresh()

    def clear(self) -> None:
        super().clear()
        self.overview = None
        for table in (self.units, self.stays, self.waiting):
            table.set_rows([])
        self.rule.clear()
        self.overdue.hide()
        self.error.show_message(None)
        self.setEnabled(False)

    # -- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        actor, period = ws.session, Period.year(self.year.value())
        self.error.show_message(None)
        ws.ops.read(
            self,
            lambda tx: housing_overview(tx, actor, period),
            self._shown,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True

    def _names(self, stay: StayView) -> str:
        hide = self.workspace.hide_names if self.workspace else True
        return ", ".join(
            display_name(
                p.first_name,
                p.last_name,
                p.pseudonym,
                hide_names=hide,
                person_hides_name=p.hide_name,
            )
            for p in stay.people
        )

    def _shown(self, overview: HousingOverview) -> None:
        self.overview = overview
        self.rule.setText(tr("Règle de comptage : ") + overview.rule)
        self.units.set_rows(
            [
                (
                    u.unit.id,
                    [
                        u.unit.name,
                        str(u.unit.capacity),
                        u.unit.availability,
                        u.unit.partner_name or "—",
                        u.occupancy.text,
                        u.occupancy.nights_text,
                        str(u.housed_now),
                    ],
                )
                for u in overview.units
            ]
        )
        self.stays.set_rows(
            [
                (
                    s.id,
                    [
                        s.reference,
                        s.unit_name,
                        self._names(s),
                        fmt(s.entry_on),
                        _date(s.planned_exit_on),
                        _date(s.exit_on),
                        str(s.nights),
                        self._state(s),
                    ],
                )
                for s in overview.stays
            ],
            flagged={s.id for s in overview.stays if s.overdue},
        )
        self.waiting.set_rows(
            [
                (
                    r.id,
                    [
                        r.reference,
                        r.priority.label,
                        fmt(r.asked_on),
                        str(r.people_count),
                        tr("{n} jour(s)").format(n=r.waited_days),
                    ],
                )
                for r in overview.waiting
            ]
        )
        if overview.overdue_count:
            self.overdue.setText(
                tr(
                    "{n} séjour(s) sans date de sortie alors que la sortie prévue est passée : "
                    "notez la sortie, sinon les nuits comptées gonflent."
                ).format(n=overview.overdue_count)
            )
            self.overdue.show()
        else:
            self.overdue.hide()
        self._enable()
        if self._pending_draft is not None:
            key, payload = self._pending_draft
            self._pending_draft = None
            self._reopen(key, payload)

    @staticmethod
    def _state(stay: StayView) -> str:
        if stay.overdue:
            return tr("⚠ sortie prévue dépassée")
        if stay.exit_on is None:
            return tr("en cours")
        return stay.destination.label if stay.destination else tr("terminé")

    def _enable(self) -> None:
        stay = self._current_stay()
        self.exit_button.setEnabled(stay is not None and stay.exit_on is None)
        self.edit_stay_button.setEnabled(stay is not None)
        self.withdraw_button.setEnabled(self.waiting.current_key() is not None)
        self.edit_unit_button.setEnabled(self.units.current_key() is not None)
        self.new_stay_button.setEnabled(bool(self.overview and self.overview.units))

    def _current_stay(self) -> StayView | None:
        key = self.stays.current_key()
        if self.overview is None or key is None:
            return None
        return next((s for s in self.overview.stays if s.id == key), None)

    # -- forms ------------------------------------------------------------------------------
    def resume_draft(self, form_key: str, payload: dict) -> None:
        """Reopen a form kept when the vault locked (see MainWindow._resume_draft)."""
        if self.overview is None:
            self._pending_draft = (form_key, payload)
        else:
            self._reopen(form_key, payload)

    def _reopen(self, form_key: str, payload: dict) -> None:
        ws, overview = self.workspace, self.overview
        if ws is None or overview is None:
            return
        kind, _, key = form_key.partition(":")
        target = None if key == "new" else uuid.UUID(key)
        units = [u.unit for u in overview.units]
        if kind == "housing_unit":
            unit = next((u for u in units if u.id == target), None)
            dialog = None if target and unit is None else UnitDialog(ws, self.window(), unit)
        elif kind == "housing_stay" and units:
            stay = next((s for s in overview.stays if s.id == target), None)
            dialog = None if target and stay is None else StayDialog(ws, self.window(), units, stay)
        elif kind == "housing_request":
            dialog = RequestDialog(ws, self.window())
        else:
            dialog = None
        if dialog is not None:
            dialog.start_from_draft(payload)
            self._open(dialog)

    def _open(self, dialog) -> None:
        dialog.saved.connect(lambda _r: self.refresh())
        dialog.open()

    def open_unit(self, unit_id: uuid.UUID | None) -> None:
        if self.workspace is None or self.overview is None:
            return
        unit = next((u.unit for u in self.overview.units if u.unit.id == unit_id), None)
        self._open(UnitDialog(self.workspace, self.window(), unit))

    def edit_unit(self) -> None:
        key = self.units.current_key()
        if key is not None:
            self.open_unit(key)

    def open_stay(self, stay: StayView | None, exit_mode: bool = False) -> None:
        if self.workspace is None or self.overview is None or not self.overview.units:
            return
        if exit_mode and stay is None:
            return
        units = [u.unit for u in self.overview.units]
        self._open(StayDialog(self.workspace, self.window(), units, stay, exit_mode=exit_mode))

    def new_request(self) -> None:
        if self.workspace is not None:
            self._open(RequestDialog(self.workspace, self.window()))

    def withdraw(self) -> None:
        ws, key = self.workspace, self.waiting.current_key()
        if ws is None or key is None:
            return
        if not ask_yes(
            self.window(),
            tr("Retirer cette demande de la liste d'attente ?"),
            tr("&Retirer"),
        ):
            return
        actor = ws.session

        def write(tx: Tx) -> None:
            close_request(tx, actor, key, RequestStatus.WITHDRAWN)

        ws.ops.write(self, write, lambda _r: self.refresh(), on_error=self._failed)
