"""Activités: collective activities of a year with their sessions and anonymous
attendance, links of participants to cases (only when chosen), and the
training plan of the network (who followed which module)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core.activities import (
    ActivityDetail,
    ActivityKind,
    ActivitySummary,
    OccurrenceView,
    activity_detail,
    list_activities,
    set_cancelled,
)
from app.core.activity_people import TrainingRecord, training_plan
from app.core.indicator_periods import Period
from app.core.pathways.common import fmt
from app.core.permissions import Perm, can
from app.i18n import tr
from app.ui.activities.dialogs import (
    ActivityDialog,
    AttendanceDialog,
    LinkDialog,
    TraineesDialog,
)
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.simple_table import RowTable
from app.ui.widgets import ErrorLabel, label
from app.ui.workspace import Workspace


class ActivitiesPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summaries: list[ActivitySummary] = []
        self.detail: ActivityDetail | None = None
        #: a form kept at lock, reopened once its activity is read
        self._pending_draft: tuple[str, dict] | None = None
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setAccessibleName(tr("Année"))
        year_label = QLabel(tr("&Année :"))
        year_label.setBuddy(self.year)
        self.show_button = QPushButton(tr("A&fficher"))
        self.show_button.clicked.connect(self.refresh)
        self.error = ErrorLabel()

        self.activities = RowTable(
            [
                tr("Activité"),
                tr("Type"),
                tr("Dates"),
                tr("Rythme"),
                tr("Séances"),
                tr("Présences"),
                tr("Prochaine"),
            ],
            tr("Activités collectives"),
        )
        self.activities.current_changed.connect(self._activity_chosen)
        self.activities.open_requested.connect(lambda _k: self.edit_activity())
        self.new_button = QPushButton(tr("&Nouvelle activité…"))
        self.edit_button = QPushButton(tr("&Modifier l'activité…"))
        self.new_button.clicked.connect(self.new_activity)
        self.edit_button.clicked.connect(self.edit_activity)

        self.heading = label("", "subtitle")
        self.occurrences = RowTable(
            [tr("Séance"), tr("État"), tr("Présences"), tr("Liées à un dossier"), tr("Formé·es")],
            tr("Séances de l'activité"),
            stretch=1,
        )
        self.occurrences.current_changed.connect(lambda _k: self._enable())
        self.occurrences.open_requested.connect(lambda _k: self.attendance())
        self.attendance_button = QPushButton(tr("Noter les &présences…"))
        self.link_button = QPushButton(tr("&Relier à un dossier…"))
        self.trainees_button = QPushButton(tr("Professionnel·les f&ormé·es…"))
        self.cancel_button = QPushButton(tr("Annu&ler la séance"))
        self.attendance_button.clicked.connect(self.attendance)
        self.link_button.clicked.connect(self.link)
        self.trainees_button.clicked.connect(self.trainees)
        self.cancel_button.clicked.connect(self.toggle_cancelled)

        self.plan = RowTable(
            [tr("Professionnel·le"), tr("Fonction"), tr("Organisation"), tr("Modules suivis")],
            tr("Plan de formation du réseau"),
            stretch=3,
        )

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)

        sessions = QWidget()
        column = QVBoxLayout(sessions)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        buttons = QHBoxLayout()
        for button in (
            self.attendance_button,
            self.link_button,
            self.trainees_button,
            self.cancel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.occurrences, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.activities)
        split.addWidget(sessions)
        split.setSizes([260, 300])

        first = QWidget()
        first_layout = QVBoxLayout(first)
        first_layout.addLayout(top)
        first_layout.addWidget(
            label(
                tr(
                    "Les présences sont des comptages anonymes (âge, genre, secteur pour les "
                    "professionnel·les). Relier une personne à son dossier reste un choix."
                ),
                "muted",
            )
        )
        first_layout.addWidget(split, 1)
        second = QWidget()
        second_layout = QVBoxLayout(second)
        second_layout.addWidget(
            label(
                tr(
                    "Qui, dans le réseau, a suivi quel module (formations enregistrées avec les "
                    "contacts du répertoire)."
                ),
                "muted",
            )
        )
        second_layout.addWidget(self.plan, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(first, tr("Activités"))
        self.tabs.addTab(second, tr("Plan de formation"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(label(tr("Activités collectives et formations"), "title"))
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.clear()

    # -- Page -------------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        self.setEnabled(True)
        self.year.setValue(clock.today().year)
        writer = can(workspace.session, Perm.ACTIVITIES_WRITE)
        for button in (
            self.new_button,
            self.edit_button,
            self.attendance_button,
            self.trainees_button,
            self.cancel_button,
        ):
            button.setVisible(writer)
        self.link_button.setVisible(can(workspace.session, Perm.ACTIVITY_CASE_LINK))
        self.refresh()

    def clear(self) -> None:
        super().clear()
        self.summaries, self.detail = [], None
        for table in (self.activities, self.occurrences, self.plan):
            table.set_rows([])
        self.heading.clear()
        self.error.show_message(None)
        self.setEnabled(False)

    # -- reading ----------------------------------------------------------------------------
    def _failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True

    def refresh(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        actor, period = ws.session, Period.year(self.year.value())

        def read(tx: Tx) -> tuple[list[ActivitySummary], list[TrainingRecord]]:
            return list_activities(tx, actor, period), training_plan(tx, actor)

        self.error.show_message(None)
        ws.ops.read(self, read, self._shown, on_error=self._failed)

    def _shown(self, result: tuple[list[ActivitySummary], list[TrainingRecord]]) -> None:
        self.summaries, plan = result
        self.activities.set_rows(
            [
                (
                    a.id,
                    [
                        a.title,
                        a.kind.label,
                        a.dates_text,
                        a.rule,
                        tr("{held} sur {n}").format(held=a.held, n=a.occurrences),
                        str(a.participants),
                        fmt(a.next_on) if a.next_on else "—",
                    ],
                )
                for a in self.summaries
            ]
        )
        if self.activities.current_key() is None and self.summaries:
            self.activities.selectRow(0)
        self.plan.set_rows(
            [
                (
                    r.professional.id,
                    [
                        r.professional.name,
                        r.professional.function or "—",
                        r.professional.partner_name,
                        "; ".join(f"{title} ({fmt(day)})" for title, day in r.modules),
                    ],
                )
                for r in plan
            ]
        )
        self._enable()

    def _activity_chosen(self, key: object) -> None:
        ws = self.workspace
        if ws is None or key is None:
            self.detail = None
            self.occurrences.set_rows([])
            self.heading.clear()
            self._enable()
            return
        actor = ws.session
        ws.ops.read(
            self,
            lambda tx: activity_detail(tx, actor, key),
            self._detail_shown,
            on_error=self._failed,
        )

    def _detail_shown(self, detail: ActivityDetail) -> None:
        self.detail = detail
        self.heading.setText(
            tr("{title} — {rule}").format(title=detail.data.title, rule=detail.rule)
        )
        today = clock.today()

        def state(o: OccurrenceView) -> str:
            if o.cancelled:
                return tr("annulée")
            return tr("tenue") if o.held_on <= today else tr("prévue")

        self.occurrences.set_rows(
            [
                (
                    o.id,
                    [
                        fmt(o.held_on),
                        state(o),
                        str(o.participants) if o.attendance else "—",
                        str(o.links) if o.links else "—",
                        str(o.trainees) if o.trainees else "—",
                    ],
                )
                for o in detail.occurrences
            ]
        )
        upcoming = next((o.id for o in detail.occurrences if o.held_on >= today), None)
        past = [o.id for o in detail.occurrences if o.held_on <= today]
        self.occurrences.select_key(past[-1] if past else upcoming)
        self._enable()
        if self._pending_draft is not None:
            self._reopen(*self._pending_draft)

    def _occurrence(self) -> OccurrenceView | None:
        key = self.occurrences.current_key()
        if self.detail is None or key is None:
            return None
        return next((o for o in self.detail.occurrences if o.id == key), None)

    def _enable(self) -> None:
        occurrence = self._occurrence()
        held = occurrence is not None and not occurrence.cancelled
        held = held and occurrence.held_on <= clock.today()
        training = self.detail is not None and self.detail.data.kind is ActivityKind.TRAINING
        self.edit_button.setEnabled(self.detail is not None)
        self.attendance_button.setEnabled(held)
        self.link_button.setEnabled(held)
        self.trainees_button.setEnabled(held and training)
        self.cancel_button.setEnabled(occurrence is not None)
        self.cancel_button.setText(
            tr("Ré&tablir la séance")
            if occurrence is not None and occurrence.cancelled
            else tr("Annu&ler la séance")
        )

    # -- forms ------------------------------------------------------------------------------
    def resume_draft(self, form_key: str, payload: dict) -> None:
        """Reopen a form kept when the vault locked (see MainWindow._resume_draft)."""
        self._pending_draft = (form_key, payload)
        kind, _, target = form_key.partition(":")
        if form_key == "activity:new" and self.workspace is not None:
            self._reopen(form_key, payload)
        elif kind == "activity":
            self.activities.select_key(uuid.UUID(target))  # its detail is read, then reopened
        elif self.detail is not None:
            self._reopen(form_key, payload)

    def _reopen(self, form_key: str, payload: dict) -> None:
        """Reopen ``form_key`` once what it belongs to is on screen."""
        ws = self.workspace
        if ws is None:
            return
        kind = form_key.split(":", 1)[0]
        target = form_key.rsplit(":", 1)[1]
        dialog = None
        if form_key == "activity:new":
            dialog = ActivityDialog(ws, self.window(), None)
        elif self.detail is None:
            return  # the activity is being read: tried again when it is shown
        elif kind == "activity" and target == str(self.detail.id):
            dialog = ActivityDialog(ws, self.window(), self.detail)
        else:
            occurrences = self.detail.occurrences
            occurrence = next((o for o in occurrences if str(o.id) == target), None)
            if occurrence is None:
                return
            if kind == "attendance":
                dialog = AttendanceDialog(ws, self.window(), self.detail.data.kind, occurrence)
            elif kind == "trainees":
                dialog = TraineesDialog(ws, self.window(), occurrence)
            elif kind == "activity_link":
                dialog = LinkDialog(ws, self.window(), occurrence)
        self._pending_draft = None
        if dialog is not None:
            dialog.start_from_draft(payload)
            self._open(dialog)

    def _open(self, dialog) -> None:
        if self.workspace is None:
            return
        dialog.saved.connect(lambda _r: self._saved())
        dialog.open()

    def _saved(self) -> None:
        self.refresh()
        key = self.activities.current_key()
        if key is not None:
            self._activity_chosen(key)

    def new_activity(self) -> None:
        if self.workspace is not None:
            self._open(ActivityDialog(self.workspace, self.window(), None))

    def edit_activity(self) -> None:
        if self.workspace is not None and self.detail is not None:
            self._open(ActivityDialog(self.workspace, self.window(), self.detail))

    def attendance(self) -> None:
        occurrence = self._occurrence()
        if self.workspace is None or self.detail is None or occurrence is None:
            return
        if occurrence.cancelled or occurrence.held_on > clock.today():
            return
        kind = self.detail.data.kind
        self._open(AttendanceDialog(self.workspace, self.window(), kind, occurrence))

    def link(self) -> None:
        occurrence = self._occurrence()
        if self.workspace is not None and occurrence is not None:
            self._open(LinkDialog(self.workspace, self.window(), occurrence))

    def trainees(self) -> None:
        occurrence = self._occurrence()
        if self.workspace is not None and occurrence is not None:
            self._open(TraineesDialog(self.workspace, self.window(), occurrence))

    def toggle_cancelled(self) -> None:
        ws, occurrence = self.workspace, self._occurrence()
        if ws is None or occurrence is None:
            return
        actor, cancel = ws.session, not occurrence.cancelled

        def write(tx: Tx) -> None:
            set_cancelled(tx, actor, occurrence.id, cancel)

        ws.ops.write(self, write, lambda _r: self._saved(), on_error=self._failed)
