"""« Effacer définitivement… »: erasure on request (GDPR art. 17), coordinator only.

From the Résumé tab the whole case goes; from the Personnes tab one co-victim
(the primary victim is what the case is about: erasing her is erasing the
case, offered on the Résumé tab). The dialog says what will be gone and that
it cannot be undone, and asks the coordinator to confirm that the person
asked for it: the rule recorded is ``request``. The erasure itself is the core
use case (:func:`app.core.purge.erase_person_now`, :func:`~app.core.purge.purge_cases`):
deletions in one transaction, the erasure register written before the commit,
then a WAL checkpoint and a backup — several steps over the vault, so it runs
on the worker as a whole (:func:`app.ui.backups.dialog.run_on_vault`), not
inside one ``ops.write`` transaction. Nothing here is logged: the audit trail
and the register keep identifiers, never a name.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.case_screen import CaseBundle
from app.core.erasure_register import ErasureRule
from app.core.people import PersonView
from app.core.purge import ErasureOutcome, erase_person_now, purge_cases
from app.i18n import tr
from app.storage.vault import Vault
from app.ui.backups.dialog import run_on_vault
from app.ui.messages import error_text
from app.ui.widgets import BusyIndicator, ErrorLabel, fit_to_screen, label
from app.ui.workspace import Workspace


@dataclass(frozen=True)
class ErasureTarget:
    """What the dialog erases: the whole case, or one co-victim of it."""

    case_id: uuid.UUID
    title: str
    #: what will be gone, in words (counts and kinds)
    what: str
    person_id: uuid.UUID | None = None


def case_target(bundle: CaseBundle) -> ErasureTarget:
    """The whole case of ``bundle``: named by its reference and what it holds."""
    d = bundle.detail
    what = tr(
        "Le dossier {ref} sera effacé définitivement du coffre, avec tout ce qu'il "
        "contient : {people} personne(s), {authors} auteur(s), {followups} suivi(s), "
        "{screenings} évaluation(s) du risque, {consents} consentement(s), ainsi que "
        "les plaintes et mesures de protection, les démarches, le plan de départ, les "
        "documents émis et les brouillons du dossier."
    ).format(
        ref=d.reference,
        people=d.people_count,
        authors=d.author_count,
        followups=d.followup_count,
        screenings=len(bundle.screenings),
        consents=len(bundle.consents),
    )
    return ErasureTarget(d.id, tr("Effacer définitivement le dossier"), what)


def person_target(bundle: CaseBundle, person: PersonView, shown_as: str) -> ErasureTarget:
    """One co-victim of ``bundle``; ``shown_as`` is her name as the screen shows it
    (initials in hide-name mode)."""
    role = person.role.label
    if person.relation:
        role = f"{role}, {person.relation}"
    what = tr(
        "La fiche de {who} ({role}) sera effacée définitivement du dossier {ref} : "
        "identité, date de naissance, numéro national, coordonnées et consignes de "
        "contact. Le reste du dossier est gardé. Si son nom est écrit dans le texte "
        "d'un suivi ou d'un document, il n'y est pas retrouvé : relisez ces textes."
    ).format(who=shown_as, role=role, ref=bundle.detail.reference)
    return ErasureTarget(bundle.case_id, tr("Effacer définitivement une personne"), what, person.id)


class EraseDialog(QDialog):
    """Confirms an erasure on request, runs it, emits :attr:`erased` when done."""

    #: the :class:`~app.core.purge.ErasureOutcome` once the erasure is committed
    erased = Signal(object)

    def __init__(self, workspace: Workspace, parent: QWidget | None, target: ErasureTarget):
        super().__init__(parent)
        self.workspace = workspace
        self.target = target
        self._busy = False
        self.setWindowTitle(target.title)
        self.setModal(True)

        self.requested = QCheckBox(
            tr("La personne concernée a &demandé l'effacement de ses données (RGPD, art. 17).")
        )
        self.requested.toggled.connect(lambda _on: self._update_buttons())
        self.busy = BusyIndicator()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox()
        self.erase_button = QPushButton(tr("&Effacer définitivement"))
        self.erase_button.setProperty("role", "danger")
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = QPushButton(tr("Annuler"))
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self._erase)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(label(target.title, "title"))
        layout.addWidget(label(target.what))
        layout.addWidget(
            label(
                tr(
                    "Cette action ne peut pas être annulée. Une sauvegarde du coffre est "
                    "faite juste après ; les sauvegardes plus anciennes (dans le coffre et "
                    "sur la copie externe) contiennent encore ces données jusqu'à ce que la "
                    "rotation les retire, au bout d'environ {months} mois. Le journal garde "
                    "seulement qu'un effacement a eu lieu, par qui et pour quel motif, "
                    "jamais son contenu."
                ).format(months=max(workspace.settings.backup_keep_monthly, 1)),
                "muted",
            )
        )
        layout.addWidget(label(tr("Motif : demande de la personne (RGPD, art. 17)."), "subtitle"))
        layout.addWidget(self.requested)
        layout.addStretch(1)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 620, 360)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.erase_button.setEnabled(self.requested.isChecked() and not self._busy)
        self.cancel_button.setEnabled(not self._busy)
        self.requested.setEnabled(not self._busy)

    def _erase(self) -> None:
        if self._busy or not self.requested.isChecked():
            return
        actor, target = self.workspace.session, self.target

        def job(vault: Vault) -> ErasureOutcome:
            if target.person_id is not None:
                return erase_person_now(vault, actor, target.person_id, ErasureRule.REQUEST)
            return purge_cases(vault, actor, [target.case_id], ErasureRule.REQUEST)

        self._busy = True
        self.error.show_message(None)
        self.busy.start(tr("Effacement et sauvegarde en cours…"))
        self._update_buttons()
        run_on_vault(self.workspace, self, job, self._done, self._failed)

    def _done(self, outcome: ErasureOutcome) -> None:
        self._busy = False
        self.busy.stop()
        self.accept()
        self.erased.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.busy.stop()
        self.error.show_message(error_text(exc))
        self._update_buttons()

    def reject(self) -> None:
        if not self._busy:  # the erasure runs to its end
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)
