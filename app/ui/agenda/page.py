"""Agenda: my appointments (or the whole service's) by day or by week."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core.agenda import (
    AGENDA_PAGE,
    AgendaCursor,
    AgendaData,
    AgendaItem,
    AppointmentPage,
    appointment_page,
    load_agenda,
    overdue_page,
)
from app.core.drafts import delete_draft
from app.core.followups import set_followup_status
from app.core.vocabulary import FollowUpStatus
from app.i18n import tr
from app.ui.agenda.deadlines import deadline_entry
from app.ui.agenda.done_dialog import DoneDialog, draft_key
from app.ui.agenda.entries import Entry, appointment_entry, long_date
from app.ui.agenda.tree import AgendaTree, Group
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.widgets import ErrorLabel, label
from app.ui.workspace import Workspace

#: the key of the overdue group in the tree (a day's group: its ISO date)
OVERDUE = "overdue"


def _segment(text: str, group: QButtonGroup, layout: QHBoxLayout) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setCheckable(True)
    button.setAutoRaise(False)
    group.addButton(button)
    layout.addWidget(button)
    return button


class AgendaPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = clock.today()
        self._request = 0
        # A week of the whole service may hold a thousand appointments: they come
        # a page at a time (issue #10), with how many each day holds in all.
        self._planned_next: AgendaCursor | None = None
        self._overdue_next: AgendaCursor | None = None
        self._per_day: dict[date, int] = {}
        self._shown_per_day: dict[date, int] = {}
        self._overdue_total = 0
        self._overdue_shown = 0

        bar = QHBoxLayout()
        bar.setSpacing(6)
        span = QButtonGroup(self)
        self.day_button = _segment(tr("&Jour"), span, bar)
        self.week_button = _segment(tr("&Semaine"), span, bar)
        self.week_button.setChecked(True)
        span.buttonToggled.connect(lambda _b, on: on and self.reload())
        bar.addSpacing(12)
        self.previous_button = QPushButton(tr("◀ &Précédent"))
        self.today_button = QPushButton(tr("&Aujourd'hui"))
        self.next_button = QPushButton(tr("Sui&vant ▶"))
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        self.today_button.clicked.connect(self.go_today)
        for button in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(button)
        bar.addStretch(1)
        scope = QButtonGroup(self)
        self.scope_widget = QWidget()
        scope_layout = QHBoxLayout(self.scope_widget)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        scope_layout.setSpacing(6)
        self.mine_button = _segment(tr("M&es rendez-vous"), scope, scope_layout)
        self.service_button = _segment(tr("&Tout le service"), scope, scope_layout)
        self.mine_button.setChecked(True)
        scope.buttonToggled.connect(lambda _b, on: on and self.reload())
        bar.addWidget(self.scope_widget)
        self.scope_widget.hide()

        self.period = label("", "subtitle")
        self.tree = AgendaTree()
        self.tree.open_requested.connect(self._open_case)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open_button = QPushButton(tr("&Ouvrir le dossier"))
        self.done_button = QPushButton(tr("&Réalisé…"))
        self.done_button.setToolTip(tr("Marquer le rendez-vous comme réalisé, avec un résumé"))
        self.missed_button = QPushButton(tr("&Manqué"))
        self.missed_button.setToolTip(tr("La personne n'est pas venue ou n'a pas pu être jointe"))
        self.open_button.clicked.connect(lambda: self._open_case(self._current_case()))
        self.more_button = QPushButton(tr("Afficher les rendez-vous suiva&nts"))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self.more_overdue_button = QPushButton(tr("Afficher d'autres retar&ds"))
        self.more_overdue_button.clicked.connect(self.show_more_overdue)
        self.more_overdue_button.hide()
        self.done_button.clicked.connect(self._ask_done)
        self.missed_button.clicked.connect(self._mark_missed)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.more_button)
        actions.addWidget(self.more_overdue_button)
        actions.addStretch(1)
        actions.addWidget(self.done_button)
        actions.addWidget(self.missed_button)
        self.error = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(label(tr("Agenda"), "title"))
        layout.addLayout(bar)
        layout.addWidget(self.period)
        layout.addWidget(self.error)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)
        self._update_buttons()

    # -- Page ------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        self.scope_widget.setVisible(workspace.is_coordinator)
        if not workspace.is_coordinator:
            self.mine_button.setChecked(True)
        self.reload()

    def clear(self) -> None:
        super().clear()
        self._request += 1
        self.tree.clear()
        self._forget_pages()
        self.period.clear()
        self.error.show_message(None)
        self.day = clock.today()
        self.mine_button.setChecked(True)
        self.scope_widget.hide()
        self._update_buttons()

    # -- period ----------------------------------------------------------------------
    @property
    def week_mode(self) -> bool:
        return self.week_button.isChecked()

    def first_day(self) -> date:
        return self.day - timedelta(days=self.day.weekday()) if self.week_mode else self.day

    def show_day(self, day: date, *, week: bool | None = None) -> None:
        """Show ``day`` (or its week) and reload."""
        self.day = day
        if week is not None:
            button = self.week_button if week else self.day_button
            if not button.isChecked():
                button.setChecked(True)  # reloads
                return
        self.reload()

    def go_today(self) -> None:
        self.show_day(clock.today())

    def _move(self, step: int) -> None:
        self.show_day(self.day + timedelta(days=step * (7 if self.week_mode else 1)))

    # -- loading ---------------------------------------------------------------------
    def reload(self, *, keep_shown: bool = False) -> None:
        """Read the period again, its first page of each list; ``keep_shown``:
        as many as are shown now (after marking one, the list stays as it was)."""
        ws = self.workspace
        if ws is None:
            return
        limit = AGENDA_PAGE
        if keep_shown:
            limit = max(limit, sum(self._shown_per_day.values()), self._overdue_shown)
        start = self.first_day()
        days = 7 if self.week_mode else 1
        if self.week_mode:
            self.period.setText(
                tr("Semaine du {first} au {last}").format(
                    first=long_date(start), last=long_date(start + timedelta(days=6))
                )
            )
        else:
            self.period.setText(long_date(start))
        self._request += 1
        request = self._request
        hide, actor = ws.hide_names, ws.session
        user_id = None if self.service_button.isChecked() else ws.session.user_id

        def read(tx: Tx) -> AgendaData:
            return load_agenda(
                tx, actor, start, days, user_id=user_id, hide_names=hide, limit=limit
            )

        ws.ops.read(
            self,
            read,
            lambda data: self._show(request, data),
            on_error=lambda exc: self._read_failed(request, exc),
        )

    def _show(self, request: int, data: AgendaData) -> None:
        if request != self._request or self.workspace is None:
            return
        self.error.show_message(None)
        selected = self.tree.current_entry()
        self._planned_next, self._overdue_next = data.planned_next, data.overdue_next
        self._per_day, self._overdue_total = data.planned_per_day, data.overdue_total
        self._overdue_shown = len(data.overdue)
        self._shown_per_day = {}
        for item in data.planned:
            day = item.at.date()
            self._shown_per_day[day] = self._shown_per_day.get(day, 0) + 1
        groups: list[Group] = []
        if data.overdue:
            groups.append(
                Group(
                    tr("En retard — à marquer réalisés ou manqués ({n})").format(
                        n=data.overdue_total
                    ),
                    [appointment_entry(i, data.now) for i in data.overdue],
                    warning=True,
                    with_date=True,
                    key=OVERDUE,
                    more_text=self._overdue_more_text(),
                )
            )
        late = [d for d in data.deadlines if d.overdue]
        if late:
            groups.append(
                Group(
                    tr("Échéances dépassées sans mise à jour ({n})").format(n=len(late)),
                    [deadline_entry(d) for d in late],
                    warning=True,
                    with_date=True,
                )
            )
        start = self.first_day()
        by_day: dict[date, list[Entry]] = {}
        for deadline in data.deadlines:
            if not deadline.overdue:
                by_day.setdefault(deadline.on, []).append(deadline_entry(deadline))
        for item in data.planned:
            by_day.setdefault(item.at.date(), []).append(appointment_entry(item, data.now))
        for offset in range(7 if self.week_mode else 1):
            day = start + timedelta(days=offset)
            heading = long_date(day)
            if day == data.now.date():
                heading = tr("{day} (aujourd'hui)").format(day=heading)
            entries = sorted(by_day.get(day, []), key=lambda e: (not e.all_day, e.at))
            groups.append(
                Group(
                    heading,
                    entries,
                    tr("Aucun rendez-vous."),
                    key=day.isoformat(),
                    more_text=self._day_more_text(day),
                )
            )
        self.tree.show_groups(groups)
        if selected is not None:
            self.tree.select_entry(selected.followup_id or selected.case_id)
        self._update_more_buttons()
        self._update_buttons()

    def _day_more_text(self, day: date) -> str:
        left = self._per_day.get(day, 0) - self._shown_per_day.get(day, 0)
        if left <= 0:
            return ""
        return tr(
            "… {n} rendez-vous de plus ce jour : « Afficher les rendez-vous suivants »"
        ).format(n=left)

    def _overdue_more_text(self) -> str:
        left = self._overdue_total - self._overdue_shown
        if left <= 0 or self._overdue_next is None:
            return ""
        return tr("… {n} de plus : « Afficher d'autres retards »").format(n=left)

    def _update_more_buttons(self) -> None:
        for button, cursor in (
            (self.more_button, self._planned_next),
            (self.more_overdue_button, self._overdue_next),
        ):
            button.setVisible(cursor is not None)
            button.setEnabled(True)

    def _forget_pages(self) -> None:
        self._planned_next = self._overdue_next = None
        self._per_day, self._shown_per_day = {}, {}
        self._overdue_total = self._overdue_shown = 0
        self._update_more_buttons()

    # -- the next pages --------------------------------------------------------------
    def show_more(self) -> None:
        """Add the next page of the period's appointments under their days."""
        ws, after = self.workspace, self._planned_next
        if ws is None or after is None:
            return
        start, days = self.first_day(), 7 if self.week_mode else 1
        hide, actor = ws.hide_names, ws.session
        user_id = None if self.service_button.isChecked() else ws.session.user_id

        def read(tx: Tx) -> AppointmentPage:
            return appointment_page(
                tx, start, days, actor=actor, user_id=user_id, hide_names=hide, after=after
            )

        def arrived(page: AppointmentPage) -> None:
            by_day: dict[date, list[AgendaItem]] = {}
            for item in page.items:
                by_day.setdefault(item.at.date(), []).append(item)
            self._planned_next = page.next_cursor
            now = clock.now()
            for day, items in by_day.items():
                self._shown_per_day[day] = self._shown_per_day.get(day, 0) + len(items)
                self.tree.add_to_group(
                    day.isoformat(),
                    [appointment_entry(i, now) for i in items],
                    self._day_more_text(day),
                )

        self._read_next(self.more_button, read, arrived)

    def show_more_overdue(self) -> None:
        """Add the next page of overdue appointments to theirs."""
        ws, after = self.workspace, self._overdue_next
        if ws is None or after is None:
            return
        hide, actor = ws.hide_names, ws.session
        user_id = None if self.service_button.isChecked() else ws.session.user_id

        def read(tx: Tx) -> AppointmentPage:
            return overdue_page(tx, actor=actor, user_id=user_id, hide_names=hide, after=after)

        def arrived(page: AppointmentPage) -> None:
            self._overdue_next = page.next_cursor
            self._overdue_shown += len(page.items)
            now = clock.now()
            self.tree.add_to_group(
                OVERDUE,
                [appointment_entry(i, now) for i in page.items],
                self._overdue_more_text(),
                with_date=True,
            )

        self._read_next(self.more_overdue_button, read, arrived)

    def _read_next(
        self,
        button: QPushButton,
        read: Callable[[Tx], AppointmentPage],
        arrived: Callable[[AppointmentPage], None],
    ) -> None:
        ws = self.workspace
        assert ws is not None
        request = self._request
        button.setEnabled(False)

        def shown(page: AppointmentPage) -> None:
            if self.workspace is None or request != self._request:
                return  # the period was changed, reloaded or emptied meanwhile
            arrived(page)
            self._update_more_buttons()
            self._update_buttons()

        def failed(exc: BaseException) -> bool:
            if request == self._request:
                button.setEnabled(True)
            return self._read_failed(request, exc)

        ws.ops.read(self, read, shown, on_error=failed)

    def _read_failed(self, request: int, exc: BaseException) -> bool:
        if request == self._request:  # a newer read replaces this one
            self._failed(exc)
        return True

    def _failed(self, exc: BaseException) -> bool:
        if self.workspace is not None:  # else locked meanwhile: the page is empty
            self.error.show_message(error_text(exc))
        return True

    # -- actions ---------------------------------------------------------------------
    def _current_case(self) -> uuid.UUID | None:
        entry = self.tree.current_entry()
        return entry.case_id if entry else None

    def _update_buttons(self) -> None:
        entry = self.tree.current_entry()
        now = clock.now()
        markable = entry is not None and entry.can_mark(now.date())
        self.open_button.setEnabled(entry is not None)
        # done only once its time has come (the core refuses a future "done")
        self.done_button.setEnabled(
            markable and entry is not None and entry.at is not None and entry.at <= now
        )
        self.missed_button.setEnabled(markable)

    def _open_case(self, case_id: object) -> None:
        if self.workspace is not None and case_id is not None:
            self.workspace.open_case(case_id)  # type: ignore[arg-type]

    def _ask_done(self) -> None:
        entry = self.tree.current_entry()
        if self.workspace is None or entry is None or not self.done_button.isEnabled():
            return
        dialog = DoneDialog(self.workspace, entry, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.summary_given.connect(
            lambda text: self._mark(entry, FollowUpStatus.DONE, text, dialog)
        )
        self.done_dialog = dialog
        dialog.start()

    def _mark_missed(self) -> None:
        entry = self.tree.current_entry()
        if entry is not None and entry.can_mark(clock.today()):
            self._mark(entry, FollowUpStatus.MISSED, "")

    def _mark(
        self, entry: Entry, status: FollowUpStatus, summary: str, dialog: DoneDialog | None = None
    ) -> None:
        ws = self.workspace
        if ws is None or entry.followup_id is None:
            return
        actor, followup = ws.session, entry.followup_id

        def write(tx: Tx) -> None:
            set_followup_status(tx, actor, followup, status, summary)
            delete_draft(tx, actor, draft_key(entry))

        self.error.show_message(None)
        if dialog is None:
            ws.ops.write(
                self, write, lambda _r: self.reload(keep_shown=True), on_error=self._failed
            )
            return

        def saved(_result: object) -> None:
            dialog.saved()
            self.reload(keep_shown=True)

        def failed(exc: BaseException) -> bool:
            dialog.save_failed(error_text(exc))
            return True

        # The dialog closes only once the summary is written (see DoneDialog).
        ws.ops.write(dialog, write, saved, on_error=failed)
