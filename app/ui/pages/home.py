"""Accueil, the dashboard: today's appointments, cases to watch, my open cases."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.agenda import AlertPage, high_risk_without_contact
from app.core.dashboard import (
    DEADLINE_DAYS,
    MY_CASES_SHOWN,
    Dashboard,
    load_dashboard,
    watched_worker,
)
from app.i18n import tr
from app.ui.agenda.deadlines import deadline_entry
from app.ui.agenda.entries import (
    EntryList,
    alert_entry,
    appointment_entry,
    case_entry,
)
from app.ui.backups.notice import BackupNotice
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.widgets import ErrorLabel, label
from app.ui.workspace import Workspace


class _Figure(QFrame):
    """A card with a big number and a caption."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.value = label("", "figure")
        self.caption = label(caption, "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class _Section(QWidget):
    """A heading over a short list of entries."""

    def __init__(self, title: str, empty_text: str) -> None:
        super().__init__()
        self.title = title
        self.heading = label(title, "subtitle")
        self.list = EntryList(empty_text)
        self.list.setAccessibleName(title)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def show_entries(self, entries: list, *, count: int | None = None, **kwargs: bool) -> None:
        self.list.set_entries(entries, **kwargs)
        n = len(entries) if count is None else count
        self.heading.setText(f"{self.title} ({n})" if n else self.title)

    def clear(self) -> None:
        self.list.clear()
        self.heading.setText(self.title)


class HomePage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._request = 0
        self.title = label(tr("Accueil"), "title")
        self.service = label("", "subtitle")
        self.user = label("", "muted")
        self.demo_note = label(
            tr("Coffre de démonstration : les personnes et dossiers sont fictifs."), "muted"
        )
        self.demo_note.hide()
        self.open_cases = _Figure(tr("dossiers ouverts"))
        self.followups = _Figure(tr("suivis prévus cette semaine"))
        self.error = ErrorLabel()

        self.today = _Section(tr("Aujourd'hui"), tr("Aucun rendez-vous aujourd'hui."))
        self.watch = _Section(
            tr("À surveiller"),
            tr("Aucun dossier à risque élevé sans contact depuis 14 jours."),
        )
        self.watch.list.setToolTip(
            tr("Dossiers à risque élevé ou critique sans suivi réalisé depuis 14 jours")
        )
        # The cases to watch come a page at a time (there may be thousands).
        self._alerts_after: tuple | None = None
        self.more_alerts_button = QPushButton(tr("Afficher les &suivants"))
        self.more_alerts_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.more_alerts_button.clicked.connect(self.show_more_alerts)
        self.more_alerts_button.hide()
        self.mine = _Section(tr("Mes dossiers ouverts"), tr("Aucun dossier ouvert à votre nom."))
        self.deadlines = _Section(
            tr("Échéances et audiences"),
            tr("Aucune échéance dans les {n} prochains jours.").format(n=DEADLINE_DAYS),
        )
        self.deadlines.list.setToolTip(
            tr(
                "Fins d'interdiction, audiences, démarches et départs des {n} prochains jours, "
                "et ceux dépassés sans mise à jour"
            ).format(n=DEADLINE_DAYS)
        )
        self.all_mine_button = QPushButton(tr("&Voir tous mes dossiers"))
        self.all_mine_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.all_mine_button.clicked.connect(self.show_all_my_cases)
        for section in (self.today, self.watch, self.mine, self.deadlines):
            section.list.open_requested.connect(self._open_case)

        who = QVBoxLayout()
        who.setSpacing(6)
        for widget in (self.title, self.service, self.user, self.demo_note):
            who.addWidget(widget)
        who.addStretch(1)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addLayout(who, 1)
        header.addWidget(self.open_cases, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.followups, 0, Qt.AlignmentFlag.AlignTop)
        mine = QVBoxLayout()
        mine.setSpacing(6)
        mine.addWidget(self.mine, 1)
        mine.addWidget(self.all_mine_button)
        sections = QGridLayout()
        sections.setHorizontalSpacing(24)
        sections.setVerticalSpacing(16)
        watch = QVBoxLayout()
        watch.setSpacing(6)
        watch.addWidget(self.watch, 1)
        watch.addWidget(self.more_alerts_button)
        sections.addWidget(self.today, 0, 0)
        sections.addLayout(watch, 1, 0)
        sections.addWidget(self.deadlines, 0, 1)
        sections.addLayout(mine, 1, 1)
        sections.setColumnStretch(0, 1)
        sections.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addLayout(header)
        self.backup_notice = BackupNotice()  # issue #11: old backup, no external copy
        layout.addWidget(self.backup_notice)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addLayout(sections, 1)

    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        session = workspace.session
        self.title.setText(tr("Bonjour {name}").format(name=session.full_name))
        self.service.setText(session.service_name)
        self.user.setText(session.role.label)
        self.demo_note.setVisible(session.is_demo)
        self.error.show_message(None)
        self.backup_notice.load(workspace)
        self._request += 1
        request = self._request
        actor, hide = session, workspace.hide_names

        def read(tx: Tx) -> Dashboard:
            return load_dashboard(tx, actor, hide_names=hide)

        workspace.ops.read(
            self,
            read,
            lambda data: self._show(request, data),
            on_error=lambda exc: self._show_error(request, exc),
        )

    def _show(self, request: int, data: Dashboard) -> None:
        if self.workspace is None or request != self._request:
            return
        self.open_cases.value.setText(str(data.overview.open_cases))
        self.followups.value.setText(str(data.overview.followups_this_week))
        self.today.show_entries([appointment_entry(i, data.now) for i in data.today])
        self.watch.show_entries(
            [alert_entry(a) for a in data.alerts.alerts], count=data.alert_total
        )
        self._alerts_arrived(data.alerts)
        self.mine.show_entries([case_entry(r) for r in data.mine.rows])
        self.deadlines.show_entries([deadline_entry(d) for d in data.deadlines], with_date=True)
        if data.mine.next_cursor is not None:
            self.mine.heading.setText(
                tr("{title} ({n} premiers)").format(title=self.mine.title, n=MY_CASES_SHOWN)
            )

    def show_more_alerts(self) -> None:
        """Add the next page of cases to watch under those shown."""
        ws, after = self.workspace, self._alerts_after
        if ws is None or after is None:
            return
        request = self._request
        actor, hide = ws.session, ws.hide_names
        self.more_alerts_button.setEnabled(False)

        def read(tx: Tx) -> AlertPage:
            return high_risk_without_contact(
                tx, actor=actor, user_id=watched_worker(actor), hide_names=hide, after=after
            )

        def arrived(page: AlertPage) -> None:
            if self.workspace is None or request != self._request:
                return  # the page was reloaded or emptied meanwhile
            self.watch.list.append_entries([alert_entry(a) for a in page.alerts])
            self._alerts_arrived(page)

        ws.ops.read(self, read, arrived, on_error=lambda exc: self._show_error(request, exc))

    def _alerts_arrived(self, page: AlertPage) -> None:
        self._alerts_after = page.next_cursor
        self.more_alerts_button.setEnabled(True)
        self.more_alerts_button.setVisible(page.next_cursor is not None)

    def _show_error(self, request: int, exc: BaseException) -> bool:
        if request == self._request:  # an older read's failure says nothing of the page now
            self.error.show_message(error_text(exc))
        return True

    def _open_case(self, case_id: uuid.UUID) -> None:
        if self.workspace is not None:
            self.workspace.open_case(case_id)

    def show_all_my_cases(self) -> None:
        """Switch to the Dossiers page, filtered on my open cases."""
        window = self.window()
        pages = getattr(window, "pages", {})
        cases = pages.get("cases")
        if cases is None or not hasattr(window, "show_page"):
            return
        cases.show_my_cases()
        window.show_page("cases")

    def clear(self) -> None:
        super().clear()
        self._request += 1
        self.title.setText(tr("Accueil"))
        for widget in (self.service, self.user, self.open_cases.value, self.followups.value):
            widget.clear()
        for section in (self.today, self.watch, self.mine, self.deadlines):
            section.clear()
        self._alerts_after = None
        self.more_alerts_button.hide()
        self.demo_note.hide()
        self.error.show_message(None)
        self.backup_notice.clear()
