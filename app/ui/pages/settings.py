"""Paramètres: auto-lock, one's own passphrase, and (coordinator) the recovery code."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core import accounts
from app.core.permissions import Perm, can
from app.core.settings import VaultSettings, save_settings
from app.i18n import LANGUAGES, tr
from app.ui.backups.box import DataCareBox
from app.ui.messages import ask_confirmation, error_text
from app.ui.operations import Tx
from app.ui.pages.base import Page
from app.ui.passphrase_dialog import ChangePassphraseDialog
from app.ui.recovery_code import RecoveryCodeDialog
from app.ui.settings_steps import StepCatalogueBox
from app.ui.settings_templates import TemplatesEditor
from app.ui.sync_dialog import SyncBox
from app.ui.widgets import BusyIndicator, ErrorLabel, label
from app.ui.workspace import Workspace


def language_combo() -> QComboBox:
    """Balise's languages, each named in itself; the data is the code."""
    combo = QComboBox()
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    return combo


class SettingsPage(Page):
    #: emitted after the settings were saved in the vault
    settings_saved = Signal(object)
    #: emitted after the user's own language was stored: the code
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language_combo()
        self.language.setAccessibleName(tr("Ma langue"))
        self.language_button = QPushButton(tr("&Appliquer la langue"))
        self.language_button.clicked.connect(self._save_language)
        self.language_error = ErrorLabel()
        language_label = QLabel(tr("&Langue de Balise :"))
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addWidget(self.language_button)
        language_row.addStretch(1)
        language_group = QGroupBox(tr("Ma langue"))
        language_box = QVBoxLayout(language_group)
        language_box.addWidget(
            label(
                tr(
                    "Chaque personne choisit sa langue ; elle s'applique tout de suite, "
                    "sans perdre ce qui est en cours de saisie. Les courriers partent dans "
                    "la langue de leur destinataire (répertoire des partenaires)."
                ),
                "muted",
            )
        )
        language_box.addLayout(language_row)
        language_box.addWidget(self.language_error)
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 60)
        self.auto_lock.setSuffix(tr(" min"))
        self.auto_lock.setAccessibleName(tr("Délai de verrouillage automatique en minutes"))
        self.lock_on_minimise = QCheckBox(tr("Verrouiller quand la fenêtre est &réduite"))
        self.save_button = QPushButton(tr("&Enregistrer les réglages"))
        self.save_button.clicked.connect(self._save)
        self.saved_note = label("", "muted")
        self.error = ErrorLabel()
        self.coordination_note = label(
            tr("Ces réglages valent pour toute l'équipe : seule la coordination peut les changer."),
            "muted",
        )

        delay_label = QLabel(tr("&Délai de verrouillage automatique :"))
        delay_label.setBuddy(self.auto_lock)
        delay_row = QHBoxLayout()
        delay_row.addWidget(delay_label)
        delay_row.addWidget(self.auto_lock)
        delay_row.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_note, 1)
        locking = QGroupBox(tr("Verrouillage"))
        box = QVBoxLayout(locking)
        box.setSpacing(10)
        box.addWidget(
            label(
                tr(
                    "Balise se verrouille seul après quelques minutes sans clavier ni souris. "
                    "Ctrl+L verrouille tout de suite."
                ),
                "muted",
            )
        )
        box.addLayout(delay_row)
        box.addWidget(self.lock_on_minimise)
        box.addWidget(self.coordination_note)
        box.addLayout(save_row)
        box.addWidget(self.error)

        self.change_button = QPushButton(tr("&Changer ma phrase de passe…"))
        self.change_button.clicked.connect(self._change_passphrase)
        mine = QGroupBox(tr("Ma phrase de passe"))
        mine_layout = QVBoxLayout(mine)
        mine_layout.addWidget(self.change_button, 0)

        self.renew_button = QPushButton(tr("Re&nouveler le code de récupération…"))
        self.renew_button.clicked.connect(self._confirm_renew)
        self.renew_busy = BusyIndicator()
        self.renew_error = ErrorLabel()
        self.recovery_group = QGroupBox(tr("Code de récupération du coffre"))
        recovery_layout = QVBoxLayout(self.recovery_group)
        recovery_layout.addWidget(
            label(
                tr(
                    "Si le code imprimé a été perdu ou vu par quelqu'un d'autre, "
                    "créez-en un nouveau : l'ancien cessera de fonctionner."
                ),
                "muted",
            )
        )
        recovery_layout.addWidget(self.renew_button, 0)
        recovery_layout.addWidget(self.renew_busy)
        recovery_layout.addWidget(self.renew_error)

        for button in (
            self.change_button,
            self.renew_button,
            self.save_button,
            self.language_button,
        ):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        # The groups (catalogues, templates) outgrow a laptop screen: the page scrolls.
        content = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(label(tr("Paramètres"), "title"))
        layout.addWidget(language_group)
        layout.addWidget(locking)
        layout.addWidget(mine)
        layout.addWidget(self.recovery_group)
        self.steps_box = StepCatalogueBox()  # issue #4: catalogue of steps (coordinator)
        layout.addWidget(self.steps_box)
        self.templates_box = TemplatesEditor()  # issue #5: document templates (coordinator)
        layout.addWidget(self.templates_box)
        self.data_care_box = DataCareBox()  # issue #11: backups, restore, retention
        layout.addWidget(self.data_care_box)
        self.sync_box = SyncBox()  # issue 12: laptops of the service
        layout.addWidget(self.sync_box)
        layout.addStretch(1)
        self.clear()

    # -- Page ---------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        super().load(workspace)
        self.auto_lock.setValue(workspace.settings.auto_lock_minutes)
        self.lock_on_minimise.setChecked(workspace.settings.lock_on_minimise)
        self.language.setCurrentIndex(max(self.language.findData(workspace.session.language), 0))
        self.language_button.setEnabled(True)
        self.recovery_group.setVisible(can(workspace.session, Perm.ACCOUNTS_MANAGE))
        may_edit = can(workspace.session, Perm.SETTINGS_WRITE)
        for widget in (self.auto_lock, self.lock_on_minimise, self.save_button):
            widget.setEnabled(may_edit)
        self.save_button.setVisible(may_edit)
        self.coordination_note.setVisible(not may_edit)
        self.steps_box.load(workspace)
        self.templates_box.load(workspace)
        self.data_care_box.load(workspace)
        self.sync_box.load(workspace)
        self.setEnabled(True)

    def clear(self) -> None:
        super().clear()
        defaults = VaultSettings()
        self.auto_lock.setValue(defaults.auto_lock_minutes)
        self.lock_on_minimise.setChecked(defaults.lock_on_minimise)
        self.saved_note.clear()
        self.error.show_message(None)
        self.language_error.show_message(None)
        self.renew_error.show_message(None)
        self.renew_busy.stop()
        self.recovery_group.hide()
        self.coordination_note.hide()
        self.steps_box.clear()
        self.templates_box.clear()
        self.data_care_box.clear()
        self.sync_box.clear()
        self.setEnabled(False)

    # -- actions ------------------------------------------------------------------
    def _save(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        new = replace(
            ws.settings,
            auto_lock_minutes=self.auto_lock.value(),
            lock_on_minimise=self.lock_on_minimise.isChecked(),
        )
        actor = ws.session

        def write(tx: Tx) -> VaultSettings:
            save_settings(tx, actor, new)
            return new

        self.save_button.setEnabled(False)
        self.saved_note.clear()
        self.error.show_message(None)
        ws.ops.write(self, write, self._saved, on_error=self._save_failed)

    def _saved(self, settings: VaultSettings) -> None:
        self.save_button.setEnabled(True)
        if self.workspace is None:
            return
        self.workspace.settings = settings
        self.saved_note.setText(tr("Réglages enregistrés."))
        self.settings_saved.emit(settings)

    def _save_failed(self, exc: BaseException) -> bool:
        self.save_button.setEnabled(True)
        self.error.show_message(error_text(exc))
        return True

    def _save_language(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        code = str(self.language.currentData())
        actor = ws.session
        self.language_button.setEnabled(False)
        self.language_error.show_message(None)

        def failed(exc: BaseException) -> bool:
            self.language_button.setEnabled(True)
            self.language_error.show_message(error_text(exc))
            return True

        ws.ops.write(
            self,
            lambda tx: accounts.set_language(tx, actor, code),
            self._language_saved,
            on_error=failed,
        )

    def _language_saved(self, code: str) -> None:
        self.language_button.setEnabled(True)
        if self.workspace is None:
            return
        self.language_chosen.emit(code)

    def _change_passphrase(self) -> None:
        if self.workspace is None:
            return
        dialog = ChangePassphraseDialog(self.workspace, self.window())
        dialog.open()

    def _confirm_renew(self) -> None:
        ask_confirmation(
            self.window(),
            tr(
                "Un nouveau code de récupération va être créé et l'ancien cessera de "
                "fonctionner. Préparez de quoi l'imprimer ou le noter. Continuer ?"
            ),
            tr("&Renouveler"),
            self._renew,
        )

    def _renew(self) -> None:
        ws = self.workspace
        if ws is None or not ws.is_coordinator:
            return
        vault, kdf, actor = ws.vault, ws.kdf, ws.session
        self.renew_button.setEnabled(False)
        self.renew_error.show_message(None)
        self.renew_busy.start(tr("Création du nouveau code…"))
        ws.tasks.run(
            lambda: accounts.renew_recovery_code(vault, actor, kdf=kdf),
            self._renewed,
            self._renew_failed,
            owner=self,
        )

    def _renewed(self, code: str) -> None:
        self.renew_busy.stop()
        self.renew_button.setEnabled(True)
        if self.workspace is None:
            return
        dialog = RecoveryCodeDialog(code, self.workspace.session.service_name, self.window())
        dialog.open()

    def _renew_failed(self, exc: BaseException) -> None:
        self.renew_busy.stop()
        self.renew_button.setEnabled(True)
        self.renew_error.show_message(error_text(exc))
