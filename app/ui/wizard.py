"""The first-run wizard: creates the service's vault, then shows the recovery code once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage

from app.core.auth import UserSession, load_user_session
from app.core.settings import VaultSettings
from app.core.setup import CoordinatorInfo, CreatedVault, ServiceInfo, create_service_vault
from app.i18n import tr
from app.security.kdf import PRODUCTION, KdfPolicy
from app.ui.help.window import add_help_key
from app.ui.messages import error_text
from app.ui.recovery_code import RecoveryCodeView
from app.ui.tasks import TaskRunner
from app.ui.theme import icon
from app.ui.widgets import BusyIndicator, ErrorLabel, fit_to_screen, label
from app.ui.wizard_pages import CoordinatorPage, PassphrasePage, ServicePage, WelcomePage
from app.ui.workspace import read_settings


@dataclass
class SetupResult:
    created: CreatedVault
    session: UserSession
    settings: VaultSettings


class CreationPage(QWizardPage):
    """Runs the creation in the background; moves on by itself when it is done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Création du coffre"))
        self.setSubTitle(tr("Le coffre chiffré de votre service est en cours de création."))
        self.busy = BusyIndicator()
        self.error = ErrorLabel()
        self.retry = QPushButton(tr("&Réessayer"))
        self.retry.hide()
        self.retry.clicked.connect(self._start)
        row = QHBoxLayout()
        row.addWidget(self.retry)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(
            label(
                tr(
                    "La protection de la phrase de passe est calculée pour résister aux "
                    "tentatives de devinette : cela prend quelques secondes."
                )
            )
        )
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("&Suivant >"))

    def initializePage(self) -> None:
        self._start()

    def _start(self) -> None:
        self.error.show_message(None)
        self.retry.hide()
        self.busy.start(tr("Création du coffre chiffré…"))
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        wizard.create_vault(self._created, self._failed)

    def _created(self, _result: SetupResult) -> None:
        self.busy.stop()
        self.completeChanged.emit()
        self.wizard().next()

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.wizard().button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.error.show_message(error_text(exc))
        self.retry.show()
        self.retry.setFocus()

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return isinstance(wizard, SetupWizard) and wizard.result_data is not None


class RecoveryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Le code de récupération"))
        self.setSubTitle(tr("À noter maintenant : il ne sera plus affiché."))
        self.view = RecoveryCodeView()
        self.view.confirmed_changed.connect(lambda _c: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard) and wizard.result_data is not None
        result = wizard.result_data
        self.view.show_code(result.created.recovery_code, result.session.service_name)
        wizard.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.view.code_label.setFocus()

    def isComplete(self) -> bool:
        return self.view.confirm.isChecked()


class SetupWizard(QWizard):
    """Emits :attr:`completed` with a :class:`SetupResult` (vault unlocked) on finish."""

    completed = Signal(object)
    #: another language was chosen on the welcome page: the code (the controller
    #: installs it and shows the wizard again, in that language)
    language_chosen = Signal(str)
    #: F1 opens the guide's part about the first start
    help_anchor = "premier-demarrage"

    def __init__(
        self,
        folder: Path,
        tasks: TaskRunner,
        *,
        kdf: KdfPolicy = PRODUCTION,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.tasks = tasks
        self.kdf = kdf
        self.demo = demo
        self.result_data: SetupResult | None = None
        self._creating = False
        self.setWindowTitle(tr("Balise — création du coffre"))
        add_help_key(self)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("shield").pixmap(QSize(48, 48)))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in (
            (QWizard.WizardButton.NextButton, tr("&Suivant >")),
            (QWizard.WizardButton.BackButton, tr("< &Précédent")),
            (QWizard.WizardButton.FinishButton, tr("&Terminer")),
            (QWizard.WizardButton.CancelButton, tr("Annuler")),
        ):
            self.setButtonText(button, text)
        self.welcome_page = WelcomePage()
        self.welcome_page.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language())
        )
        self.service_page = ServicePage()
        self.coordinator_page = CoordinatorPage()
        self.passphrase_page = PassphrasePage()
        self.creation_page = CreationPage()
        self.recovery_page = RecoveryPage()
        for page in (
            self.welcome_page,
            self.service_page,
            self.coordinator_page,
            self.passphrase_page,
            self.creation_page,
            self.recovery_page,
        ):
            self.addPage(page)
        fit_to_screen(self, 720, 560)

    def service_info(self) -> ServiceInfo:
        page = self.service_page
        return ServiceInfo(
            name=page.name.text().strip(),
            address=page.address.text().strip(),
            commune_code=page.commune_code(),
            phone=page.phone.text().strip(),
            email=page.email.text().strip(),
        )

    def language(self) -> str:
        """The language chosen on the welcome page (the coordinator's)."""
        return str(self.welcome_page.language.currentData())

    def coordinator_info(self) -> CoordinatorInfo:
        page = self.coordinator_page
        return CoordinatorInfo(
            full_name=page.full_name.text().strip(),
            login=page.login.text(),
            language=self.language(),
        )

    def create_vault(
        self,
        on_done: Callable[[SetupResult], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Create the vault on the worker thread, then read the session and settings."""
        folder, kdf, demo = self.folder, self.kdf, self.demo
        service, coordinator = self.service_info(), self.coordinator_info()
        passphrase = self.passphrase_page.form.value()

        def create() -> SetupResult:
            created = create_service_vault(
                folder, service, coordinator, passphrase, demo=demo, kdf=kdf
            )
            try:
                session = load_user_session(created.vault, created.coordinator_login)
                return SetupResult(created, session, read_settings(created.vault))
            except BaseException:
                created.vault.close()
                raise

        def done(result: SetupResult) -> None:
            self._creating = False
            self.result_data = result
            self.passphrase_page.form.clear()
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._creating = False
            on_error(exc)

        self._creating = True
        self.tasks.run(create, done, failed, owner=self)

    def accept(self) -> None:
        result = self.result_data
        super().accept()
        if result is not None:
            self.completed.emit(result)

    def reject(self) -> None:
        # Never while the vault is being written, nor before the code was noted.
        if self._creating or self.result_data is not None:
            return
        super().reject()

    def done(self, result: int) -> None:
        self.recovery_page.view.clear()
        self.passphrase_page.form.clear()
        super().done(result)
