"""The service's laptops (issue 12): list them, enrol a new one, revoke a lost one.

Opened from Paramètres › Synchronisation entre portables (coordination).
Enrolling copies the vault for the new laptop into an empty folder (a USB
stick): like a synchronisation, it needs the vault alone, so the daily backup
is paused and the copy runs off the GUI thread. Revoking asks first, then
says what else to do the same day (:data:`app.cli_sync.AFTER_REVOKING`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.cli_sync import AFTER_REVOKING, scope_text
from app.i18n import tr
from app.ui.messages import ask_confirmation, error_text
from app.ui.operations import Tx
from app.ui.simple_table import RowTable
from app.ui.widgets import BusyIndicator, ErrorLabel, fit_to_screen, label
from app.ui.workspace import Workspace


def _day(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""


class LaptopsDialog(QDialog):
    """« Portables du service » : the list, « Inscrire un portable… », « Retirer… »."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Portables du service"))
        self.workspace = workspace
        self.rows: list[Any] = []
        self.table = RowTable(
            [
                tr("Portable"),
                tr("Lettre des références"),
                tr("Contient"),
                tr("Inscrit le"),
                tr("État"),
            ],
            tr("Portables du service"),
        )
        self.table.current_changed.connect(lambda _key: self._update_buttons())
        self.empty = label(
            tr("Aucun portable inscrit : ce coffre n'a été copié sur aucun autre."), "muted"
        )
        self.enrol_button = QPushButton(tr("&Inscrire un portable…"))
        self.enrol_button.clicked.connect(self._enrol)
        self.revoke_button = QPushButton(tr("&Retirer du service (perdu, volé)…"))
        self.revoke_button.clicked.connect(self._revoke)
        self.result = label("")
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("&Fermer"))
        row = QHBoxLayout()
        row.addWidget(self.enrol_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Chaque portable du service garde une copie chiffrée du coffre et "
                    "l'échange avec les autres par un dossier (Synchroniser). Un portable "
                    "perdu ou volé se retire ici : ses paquets écrits ensuite sont refusés "
                    "partout."
                ),
                "muted",
            )
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        fit_to_screen(self, 860, 460)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        """Read the laptops (off the GUI thread)."""
        from app.core.sync import list_laptops

        actor = self.workspace.session

        def read(tx: Tx) -> list[Any]:
            return list_laptops(tx, actor)

        self.workspace.ops.read(self, read, self._show, on_error=self._failed)

    def _show(self, rows: list[Any]) -> None:
        self.rows = list(rows)
        self.table.set_rows(
            [
                (
                    row.laptop_id,
                    [
                        row.name + (tr(" (ce portable)") if row.this_laptop else ""),
                        row.suffix or tr("sans lettre"),
                        scope_text(row),
                        _day(row.enrolled_at),
                        tr("retiré le {date}").format(date=_day(row.revoked_at))
                        if row.revoked_at is not None
                        else tr("actif"),
                    ],
                )
                for row in rows
            ],
            flagged={row.laptop_id for row in rows if row.revoked_at is not None},
        )
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._update_buttons()

    def _current(self) -> Any:
        key = self.table.current_key()
        return next((row for row in self.rows if row.laptop_id == key), None)

    def _update_buttons(self) -> None:
        row = self._current()
        self.revoke_button.setEnabled(
            row is not None and not row.this_laptop and row.revoked_at is None
        )

    def _failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True

    def _enrol(self) -> None:
        dialog = EnrolDialog(self.workspace, self)
        dialog.accepted.connect(self._enrolled)
        dialog.open()
        self._enrol_dialog = dialog

    def _enrolled(self) -> None:
        done = self._enrol_dialog.enrolled
        if done is not None:
            opens = (
                tr("seules les phrases de passe des personnes cochées et la vôtre l'ouvrent.")
                if self._enrol_dialog.assigned_cases.isChecked()
                else tr("les mêmes phrases de passe l'ouvrent.")
            )
            self.result.setText(
                tr(
                    "Portable « {nom} » inscrit (références « …-{lettre} »). Copiez le dossier "
                    "{dossier} sur ce portable et ouvrez-le avec Balise : {ouverture}"
                ).format(
                    ouverture=opens,
                    nom=self._enrol_dialog.name.text().strip(),
                    lettre=done.suffix,
                    dossier=done.folder,
                )
            )
        self.reload()

    def _revoke(self) -> None:
        row = self._current()
        if row is None:
            return
        question = tr(
            "Retirer « {nom} » du service ? Ses paquets écrits à partir de maintenant seront "
            "refusés par tous les portables. Cela ne se défait pas."
        ).format(nom=row.name)
        ask_confirmation(self, question, tr("&Retirer du service"), lambda: self._do_revoke(row))

    def _do_revoke(self, row: Any) -> None:
        from app.core.sync import revoke_laptop

        actor = self.workspace.session
        self.error.show_message(None)

        def write(tx: Tx) -> None:
            revoke_laptop(tx, actor, row.laptop_id)

        def done(_none: None) -> None:
            self.result.setText(
                tr("Portable « {nom} » retiré du service.").format(nom=row.name)
                + "\n"
                + tr(AFTER_REVOKING)
            )
            self.reload()

        self.workspace.ops.write(self, write, done, on_error=self._failed)


class EnrolDialog(QDialog):
    """The new laptop's name and the empty folder that receives its copy of the vault."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Inscrire un portable"))
        self.workspace = workspace
        self.enrolled: Any = None
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setPlaceholderText(tr("par exemple : portable de rue 2"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(tr("un dossier vide (sur une clé USB…)"))
        choose = QPushButton(tr("C&hoisir…"))
        choose.clicked.connect(self._choose)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(tr("&Nom du portable :"), self.name)
        folder_label = QLabel(tr("&Dossier de la copie :"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        # what the laptop carries: every case, or only the cases of some people
        self.all_cases = QRadioButton(tr("&tous les dossiers"))
        self.assigned_cases = QRadioButton(tr("&seulement les dossiers de :"))
        self.all_cases.setChecked(True)
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.all_cases)
        self.scope_group.addButton(self.assigned_cases)
        self.people = QListWidget()
        self.people.setAccessibleName(tr("Personnes dont ce portable contient les dossiers"))
        self.people.setEnabled(False)
        self.people.setMinimumHeight(90)
        self.assigned_cases.toggled.connect(self.people.setEnabled)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.all_cases)
        scope_box.addWidget(self.assigned_cases)
        scope_box.addWidget(self.people, 1)
        form.addRow(tr("Ce portable contient :"), scope_box)
        self.busy = BusyIndicator()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = self.buttons.addButton(
            tr("&Inscrire"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.enrol_button.setDefault(True)
        self.buttons.accepted.connect(self._enrol)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Balise écrit dans le dossier une copie chiffrée du coffre pour le nouveau "
                    "portable, avec les mêmes comptes et phrases de passe. Les dossiers créés "
                    "sur ce portable auront leur propre lettre dans la référence."
                ),
                "muted",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(
            label(
                tr(
                    "Un portable qui ne contient que les dossiers de certaines personnes "
                    "n'en reçoit jamais d'autres : volé, il en expose moins. Les fiches "
                    "d'auteurs y suivent le rôle de ces personnes, et seules leurs phrases "
                    "de passe (et la vôtre) l'ouvrent."
                ),
                "muted",
            )
        )
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, 520)
        self._load_people()

    def _load_people(self) -> None:
        from app.core.sync import laptop_carriers

        actor = self.workspace.session

        def read(tx: Tx) -> list[Any]:
            return laptop_carriers(tx, actor)

        self.workspace.ops.read(self, read, self._show_people, on_error=self._people_failed)

    def _show_people(self, carriers: list[Any]) -> None:
        from app.core.vocabulary import Role

        self.people.clear()
        for carrier in carriers:
            role = Role(carrier.role).label if carrier.role in set(Role) else carrier.role
            item = QListWidgetItem(f"{carrier.full_name} ({role})")
            item.setData(Qt.ItemDataRole.UserRole, carrier.user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(item)

    def _people_failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True

    def checked_people(self) -> list[Any]:
        """The ids of the people ticked in the list."""
        return [
            self.people.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("Dossier de la copie pour le nouveau portable"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _enrol(self) -> None:
        from app.core.sync import enrol_laptop

        name, folder = self.name.text().strip(), self.folder.text().strip()
        if not name:
            self.error.show_message(tr("Donnez un nom à ce portable."))
            self.name.setFocus()
            return
        if not folder:
            self.error.show_message(tr("Choisissez le dossier de la copie."))
            self.folder.setFocus()
            return
        scope = "assigned" if self.assigned_cases.isChecked() else "all"
        user_ids = self.checked_people() if scope == "assigned" else []
        if scope == "assigned" and not user_ids:
            self.error.show_message(
                tr("Cochez au moins une personne dont ce portable contiendra les dossiers.")
            )
            self.people.setFocus()
            return
        ws = self.workspace
        self.error.show_message(None)
        self.buttons.setEnabled(False)
        self.busy.start(tr("Copie du coffre pour le nouveau portable…"))
        # APSW and sqlcipher3 must never hold the vault together (app.core.sync._open_alone)
        ws.pause_backups()
        ws.tasks.wait_for_done()
        vault, actor, target = ws.vault, ws.session, Path(folder)
        ws.tasks.run(
            lambda: enrol_laptop(vault, actor, name, target, scope=scope, user_ids=user_ids),
            self._done,
            self._failed,
            owner=self,
        )

    def _finish(self) -> None:
        self.busy.stop()
        self.buttons.setEnabled(True)
        self.workspace.resume_backups()

    def _done(self, enrolled: Any) -> None:
        self._finish()
        self.enrolled = enrolled
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.error.show_message(error_text(exc))

    def reject(self) -> None:
        if self.busy.isVisible():  # the copy finishes first
            return
        super().reject()
