"""Équipe: the team's accounts — create, edit, deactivate, reactivate, reset."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.core import accounts
from app.core import catalogues as cat
from app.i18n import tr
from app.ui.case.section import button_row, fill_table, make_table, selected_id
from app.ui.messages import ask_confirmation, error_text
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.team.dialogs import AccountDialog, OneTimeCodeDialog
from app.ui.widgets import BusyIndicator, ErrorLabel, label
from app.ui.workspace import Workspace


@dataclass(frozen=True)
class TeamData:
    accounts: list[accounts.AccountView]
    communes: list[cat.Choice]


def state_text(account: accounts.AccountView) -> str:
    if not account.active:
        when = account.deactivated_at.strftime("%d/%m/%Y") if account.deactivated_at else ""
        return tr("Désactivé le {date}").format(date=when) if when else tr("Désactivé")
    if account.must_change_passphrase:
        return tr("Actif — code à usage unique pas encore utilisé")
    return tr("Actif")


class TeamPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts: list[accounts.AccountView] = []
        self.communes: list[cat.Choice] = []
        self.table = make_table(
            [tr("Nom"), tr("Identifiant"), tr("Rôle"), tr("Commune"), tr("État")]
        )
        self.table.setAccessibleName(tr("Comptes de l'équipe"))
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = QPushButton(tr("&Nouveau compte…"))
        self.edit_button = QPushButton(tr("&Modifier…"))
        self.toggle_button = QPushButton(tr("Dés&activer…"))
        self.reset_button = QPushButton(tr("Réinitialiser la &phrase de passe…"))
        self.new_button.clicked.connect(self.new_account)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.busy = BusyIndicator()
        self.error = ErrorLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(label(tr("Équipe"), "title"))
        layout.addWidget(
            label(
                tr(
                    "Chaque personne a son propre compte et sa propre phrase de passe. Un compte "
                    "désactivé ne peut plus ouvrir le coffre ; son historique est conservé."
                ),
                "muted",
            )
        )
        layout.addLayout(
            button_row(self.new_button, self.edit_button, self.toggle_button, self.reset_button)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        self.clear()

    # -- Page -----------------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        self.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        actor = ws.session

        def read(tx: Tx) -> TeamData:
            return TeamData(accounts.list_accounts(tx, actor), cat.communes(tx))

        ws.ops.read(self, read, self._show, on_error=self._failed)

    def _show(self, data: TeamData) -> None:
        if self.workspace is None:
            return
        chosen = selected_id(self.table)
        self.accounts, self.communes = data.accounts, data.communes
        rows = [
            [a.full_name, a.login, a.role.label, a.commune_name or "—", state_text(a)]
            for a in self.accounts
        ]
        fill_table(self.table, rows, [a.id for a in self.accounts])
        if chosen is not None:
            for row, account in enumerate(self.accounts):
                if account.id == chosen:
                    self.table.selectRow(row)
        self.error.show_message(None)
        self._selection_changed()

    def _failed(self, exc: BaseException) -> bool:
        self.busy.stop()
        self.error.show_message(error_text(exc))
        return True

    def clear(self) -> None:
        super().clear()
        self.accounts, self.communes = [], []
        self.table.setRowCount(0)
        self.busy.stop()
        self.error.show_message(None)
        self._selection_changed()
        self.setEnabled(False)

    # -- actions ----------------------------------------------------------------------------
    def _selected(self) -> accounts.AccountView | None:
        chosen = selected_id(self.table)
        return next((a for a in self.accounts if a.id == chosen), None)

    def _selection_changed(self) -> None:
        account = self._selected()
        me = self.workspace.session.user_id if self.workspace else None
        self.edit_button.setEnabled(account is not None)
        self.toggle_button.setEnabled(account is not None and account.id != me)
        self.toggle_button.setText(
            tr("Ré&activer…") if account is not None and not account.active else tr("Dés&activer…")
        )
        self.reset_button.setEnabled(account is not None and account.active and account.id != me)

    def new_account(self) -> AccountDialog | None:
        if self.workspace is None:
            return None
        dialog = AccountDialog(self.workspace, self.communes, self.window())
        dialog.created.connect(
            lambda issued, d=dialog: self._show_code(issued, d.value().full_name)
        )
        dialog.open()
        return dialog

    def edit_selected(self) -> None:
        account = self._selected()
        if self.workspace is None or account is None:
            return
        dialog = AccountDialog(self.workspace, self.communes, self.window(), account)
        dialog.saved.connect(self.reload)
        dialog.open()

    def toggle_selected(self) -> None:
        account = self._selected()
        if account is None or not self.toggle_button.isEnabled():
            return
        if account.active:
            question = tr(
                "Désactiver le compte de {name} ? Sa phrase de passe n'ouvrira plus le coffre. "
                "Son historique est conservé et le compte pourra être réactivé."
            ).format(name=account.full_name)
            ask_confirmation(self.window(), question, tr("&Désactiver"), self._deactivate)
        else:
            question = tr(
                "Réactiver le compte de {name} ? Un nouveau code à usage unique sera créé."
            ).format(name=account.full_name)
            ask_confirmation(self.window(), question, tr("&Réactiver"), self._reactivate)

    def reset_selected(self) -> None:
        account = self._selected()
        if account is None or not self.reset_button.isEnabled():
            return
        question = tr(
            "Remplacer la phrase de passe de {name} par un nouveau code à usage unique ? "
            "L'ancienne phrase de passe cessera de fonctionner."
        ).format(name=account.full_name)
        ask_confirmation(self.window(), question, tr("&Réinitialiser"), self._reset)

    def _run(self, job, busy_text: str, on_done) -> None:
        ws = self.workspace
        if ws is None:
            return
        self.busy.start(busy_text)
        self.error.show_message(None)

        def done(result: object) -> None:
            self.busy.stop()
            on_done(result)
            self.reload()

        ws.tasks.run(job, done, self._failed, owner=self)

    def _deactivate(self) -> None:
        account, ws = self._selected(), self.workspace
        if account is None or ws is None:
            return
        vault, actor, user_id = ws.vault, ws.session, account.id
        self._run(
            lambda: accounts.deactivate_account(vault, actor, user_id),
            tr("Désactivation du compte…"),
            lambda _r: None,
        )

    def _reactivate(self) -> None:
        self._new_code(accounts.reactivate_account, tr("Réactivation du compte…"))

    def _reset(self) -> None:
        self._new_code(accounts.reset_account_passphrase, tr("Création d'un nouveau code…"))

    def _new_code(self, service, busy_text: str) -> None:
        account, ws = self._selected(), self.workspace
        if account is None or ws is None:
            return
        vault, actor, kdf, user_id = ws.vault, ws.session, ws.kdf, account.id
        self._run(lambda: service(vault, actor, user_id, kdf=kdf), busy_text, self._show_code)

    def _show_code(self, issued: accounts.IssuedCode, name: str = "") -> OneTimeCodeDialog:
        if not name:
            name = next((a.full_name for a in self.accounts if a.id == issued.user_id), "")
        dialog = OneTimeCodeDialog(issued, name, self.window())
        dialog.open()
        self.reload()
        return dialog
