"""Dialogs of the "Équipe" page: an account's form, and the one-time code shown once."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import accounts
from app.core.catalogues import Choice
from app.core.vocabulary import Role
from app.errors import ValidationError
from app.i18n import tr
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import BusyIndicator, ErrorLabel, label, with_error
from app.ui.workspace import Workspace


class AccountDialog(QDialog):
    """Create an account (then show its one-time code) or edit name, role, commune."""

    #: a new account was created: its one-time code, to show once
    created = Signal(object)
    #: an existing account was saved
    saved = Signal()

    def __init__(
        self,
        workspace: Workspace,
        communes: list[Choice],
        parent: QWidget | None = None,
        account: accounts.AccountView | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.account = account
        self._busy = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Nouveau compte") if account is None else tr("Modifier le compte"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(tr("ex. k.benali"))
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.role.setCurrentIndex(self.role.findData(Role.SOCIAL_WORKER.value))
        self.commune = QComboBox()
        self.commune.addItem(tr("— aucune —"), None)
        for choice in communes:
            self.commune.addItem(choice.label, choice.code)
        self.errors = {name: ErrorLabel() for name in ("login", "full_name", "role", "commune")}
        self.error = ErrorLabel()
        self.busy = BusyIndicator()

        form = QFormLayout()
        form.setVerticalSpacing(10)
        rows: list[tuple[str, str, QWidget]] = [
            (tr("&Identifiant :"), "login", self.login),
            (tr("&Nom complet :"), "full_name", self.full_name),
            (tr("&Rôle :"), "role", self.role),
            (tr("Co&mmune :"), "commune", self.commune),
        ]
        for text, name, widget in rows:
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, with_error(widget, self.errors[name]))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("&Créer le compte") if account is None else tr("&Enregistrer"))
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        if account is None:
            layout.addWidget(
                label(
                    tr(
                        "Balise créera un code à usage unique : remettez-le en main propre. "
                        "À sa première ouverture, la personne choisira sa propre phrase de passe."
                    ),
                    "muted",
                )
            )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        if account is not None:
            self.login.setText(account.login)
            self.login.setReadOnly(True)
            self.login.setToolTip(tr("L'identifiant d'un compte ne change pas."))
            self.full_name.setText(account.full_name)
            self.role.setCurrentIndex(self.role.findData(account.role.value))
            index = self.commune.findData(account.commune_code)
            self.commune.setCurrentIndex(max(index, 0))
            self.full_name.setFocus()
        for widget, name in ((self.login, "login"), (self.full_name, "full_name")):
            widget.textChanged.connect(lambda _t, n=name: self.errors[n].show_message(None))

    def value(self) -> accounts.AccountInput:
        return accounts.AccountInput(
            login=self.login.text().strip(),
            full_name=self.full_name.text().strip(),
            role=Role(self.role.currentData()),
            commune_code=self.commune.currentData(),
        )

    def submit(self) -> None:
        if self._busy:
            return
        ws, data = self.workspace, self.value()
        if not data.full_name:
            self._show(ValidationError(tr("Indiquez le nom complet."), field="full_name"))
            return
        actor, vault, kdf, account = ws.session, ws.vault, ws.kdf, self.account
        if account is None:
            # Sealing the code's key slot happens outside the database: a vault service.
            self._set_busy(True, tr("Création du compte et de son code…"))
            ws.tasks.run(
                lambda: accounts.create_account(vault, actor, data, kdf=kdf),
                self._done,
                self._failed,
                owner=self,
            )
            return
        user_id = account.id

        def write(tx: Tx) -> None:
            accounts.update_account(tx, actor, user_id, data)

        self._set_busy(True, tr("Enregistrement…"))
        ws.ops.write(self, write, self._done, on_error=self._failed)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.ok.setEnabled(not busy)
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()

    def _done(self, result: object) -> None:
        self._set_busy(False)
        self.accept()
        if isinstance(result, accounts.IssuedCode):
            self.created.emit(result)
        else:
            self.saved.emit()

    def _failed(self, exc: BaseException) -> bool:
        self._set_busy(False)
        self._show(exc)
        return True  # shown in the form, which stays open with what was typed

    def _show(self, exc: BaseException) -> None:
        field = getattr(exc, "field", None)
        if isinstance(exc, ValidationError) and field in self.errors:
            self.errors[field].show_message(exc.message)
            {"login": self.login, "full_name": self.full_name}.get(field, self.role).setFocus()
        else:
            self.error.show_message(error_text(exc))

    def reject(self) -> None:
        if not self._busy:
            super().reject()


class OneTimeCodeDialog(QDialog):
    """The one-time code of an account, shown once, large, to hand over in person."""

    def __init__(
        self, issued: accounts.IssuedCode, full_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.user_id: uuid.UUID = issued.user_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Code à usage unique"))
        self.code_label = label(issued.code, "code", wrap=False)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setAccessibleName(tr("Code à usage unique"))
        who = label(
            tr("Compte de {name} — identifiant : {login}").format(
                name=full_name, login=issued.login
            ),
            "subtitle",
        )
        advice = label(
            tr(
                "Remettez ce code en main propre, jamais par courriel ni par message. "
                "Il ne sera plus affiché. La personne ouvre Balise avec son identifiant et ce "
                "code, puis choisit tout de suite sa propre phrase de passe ; le code cesse "
                "alors de fonctionner. Code perdu : réinitialisez la phrase de passe du compte."
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        done = buttons.button(QDialogButtonBox.StandardButton.Ok)
        done.setText(tr("J'ai &remis le code"))
        buttons.accepted.connect(self.accept)
        font = self.code_label.font()
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        font.setPointSize(max(font.pointSize(), 18))
        self.code_label.setFont(font)  # large monospace even without the theme
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(who)
        layout.addWidget(self.code_label)
        layout.addWidget(advice)
        layout.addWidget(buttons)
        self.setFixedWidth(640)
        # a wrapped label gets its full height only if asked for it
        advice.setMinimumHeight(advice.heightForWidth(640 - 48))

    def done(self, result: int) -> None:
        self.code_label.clear()  # nothing of the code stays in the widget
        super().done(result)
