"""Journal d'audit: browse and filter the trail, export it, verify its chain."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core import accounts, audit_view
from app.i18n import tr
from app.ui.audit.model import AuditTableModel
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.widgets import BusyIndicator, ErrorLabel, label
from app.ui.workspace import Workspace

#: the "no bound" value of the date fields (shown as "—")
NO_DATE = QDate(2000, 1, 1)


@dataclass(frozen=True)
class Choices:
    users: list[accounts.AccountView]


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(NO_DATE)
    return edit


def _py_date(edit: QDateEdit) -> Any:
    return None if edit.date() == NO_DATE else edit.date().toPython()


class AuditPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AuditTableModel(parent=self)
        self.since = _date_edit()
        self.until = _date_edit()
        self.user = QComboBox()
        self.action = QComboBox()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("ex. 2026-0042"))
        self.reference.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(tr("Entrées du journal d'audit"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.reference.setMinimumWidth(130)
        self.user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count = label("", "muted")
        self.export_button = QPushButton(tr("E&xporter en CSV…"))
        self.verify_button = QPushButton(tr("&Vérifier la chaîne"))
        self.verify_result = QLabel()
        self.verify_result.setWordWrap(True)
        self.busy = BusyIndicator()
        self.error = ErrorLabel()
        #: where to save the export (replaced in tests)
        self.ask_path = self._ask_path

        filters = QHBoxLayout()
        filters.setSpacing(8)
        for text, widget in (
            (tr("&Du :"), self.since),
            (tr("A&u :"), self.until),
            (tr("&Personne :"), self.user),
            (tr("Ac&tion :"), self.action),
            (tr("D&ossier :"), self.reference),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(label(tr("Journal d'audit"), "title"))
        layout.addWidget(
            label(
                tr(
                    "Chaque ouverture du coffre, consultation ou modification de dossier, "
                    "courrier, export et changement de compte est noté ici, sans donnée "
                    "personnelle. Les entrées sont chaînées : toute modification est détectée."
                ),
                "muted",
            )
        )
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.verify_result)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(300)
        self.refresh_timer.timeout.connect(self.refresh)
        for signal in (
            self.since.dateChanged,
            self.until.dateChanged,
            self.user.currentIndexChanged,
            self.action.currentIndexChanged,
            self.reference.textChanged,
        ):
            signal.connect(lambda *_a: self.refresh_timer.start())
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda exc: self.error.show_message(error_text(exc)))
        self.export_button.clicked.connect(self.export)
        self.verify_button.clicked.connect(self.verify)
        self.clear()

    # -- Page -------------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        self.setEnabled(True)
        self._fill_actions()
        actor = workspace.session

        def read(tx: Tx) -> Choices:
            return Choices(accounts.list_accounts(tx, actor))

        workspace.ops.read(self, read, self._choices, on_error=self._failed)

    def _fill_actions(self) -> None:
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(tr("Toutes"), None)
        for code in audit_view.known_actions():
            self.action.addItem(audit_view.action_label(code), code)
        self.action.blockSignals(False)

    def _choices(self, choices: Choices) -> None:
        if self.workspace is None:
            return
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(tr("Tout le monde"), None)
        for account in choices.users:
            self.user.addItem(f"{account.full_name} ({account.login})", account.id)
        self.user.blockSignals(False)
        self.refresh()

    def clear(self) -> None:
        super().clear()
        self.refresh_timer.stop()
        self.model.clear()
        for widget in (self.since, self.until):
            widget.blockSignals(True)
            widget.setDate(NO_DATE)
            widget.blockSignals(False)
        for combo in (self.user, self.action):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.reference.blockSignals(True)
        self.reference.clear()
        self.reference.blockSignals(False)
        self.count.clear()
        self.verify_result.clear()
        self.busy.stop()
        self.error.show_message(None)
        self.setEnabled(False)

    # -- reading ----------------------------------------------------------------------------
    def current_filter(self) -> audit_view.AuditFilter:
        action = self.action.currentData()
        return audit_view.AuditFilter(
            since=_py_date(self.since),
            until=_py_date(self.until),
            user_id=self.user.currentData(),
            actions={action} if action else set(),
            case_reference=self.reference.text().strip(),
        )

    def refresh(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        actor, flt = ws.session, self.current_filter()

        def fetch(tx: Tx, before: int | None, limit: int) -> audit_view.AuditPage:
            return audit_view.browse(tx, actor, flt, before=before, limit=limit)

        self.error.show_message(None)
        self.model.set_source(fetch, ws.ops.reader(self))

    def _loaded(self, rows: int) -> None:
        if rows <= self.model.page_size:  # the first page: fit the columns to it
            self.table.resizeColumnsToContents()
        more = "" if self.model.is_complete else tr(" (faites défiler pour la suite)")
        self.count.setText(tr("{n} entrée(s) affichée(s)").format(n=rows) + more)

    def _failed(self, exc: BaseException) -> bool:
        self.busy.stop()
        self.export_button.setEnabled(True)
        self.verify_button.setEnabled(True)
        self.error.show_message(error_text(exc))
        return True

    # -- export and verification -----------------------------------------------------------
    def _ask_path(self) -> str:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Exporter le journal d'audit"), "journal-audit.csv", tr("CSV (*.csv)")
        )
        return path

    def export(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        path = self.ask_path()
        if not path:
            return
        actor, flt, target = ws.session, self.current_filter(), Path(path)

        def write(tx: Tx) -> int:
            return audit_view.export_csv(tx, actor, flt, target)

        def done(count: int) -> None:
            self.busy.stop()
            self.export_button.setEnabled(True)
            self.verify_result.setText(
                tr("{n} entrée(s) exportée(s) dans « {file} ».").format(n=count, file=target.name)
            )
            self.refresh()  # the export itself is now in the trail

        self.export_button.setEnabled(False)
        self.busy.start(tr("Export du journal…"))
        ws.ops.write(self, write, done, on_error=self._failed)

    def verify(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        vault, actor = ws.vault, ws.session

        def done(result: Any) -> None:
            self.busy.stop()
            self.verify_button.setEnabled(True)
            self.verify_result.setProperty("role", None if result.intact else "error")
            self.verify_result.setStyleSheet("" if result.intact else "font-weight: 600;")
            self.verify_result.style().unpolish(self.verify_result)
            self.verify_result.style().polish(self.verify_result)
            self.verify_result.setText(audit_view.verification_text(result))

        self.verify_button.setEnabled(False)
        self.busy.start(tr("Vérification de la chaîne…"))
        ws.tasks.run(lambda: audit_view.verify_trail(vault, actor), done, self._failed, owner=self)
