"""The input pages of the first-run wizard: welcome, service, coordinator, passphrase."""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core.setup import login_problem
from app.i18n import LANGUAGES, screen_language, tr
from app.storage.reference import read_csv
from app.ui.passphrase_form import NewPassphraseForm
from app.ui.widgets import ErrorLabel, label, with_error


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def suggest_login(full_name: str) -> str:
    """A login from a name: "Marie Dupont" → "m.dupont", "Élise Van Damme" → "e.vandamme"."""
    words = [re.sub(r"[^a-z0-9-]", "", w) for w in _ascii_fold(full_name).split()]
    words = [w.strip("-") for w in words if w.strip("-")]
    if not words:
        return ""
    if len(words) == 1:
        return words[0][:40]
    return f"{words[0][0]}.{''.join(words[1:])}"[:40]


def _form_label(text: str, buddy: QWidget) -> QLabel:
    widget = QLabel(text)
    widget.setBuddy(buddy)
    return widget


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Bienvenue dans Balise"))
        self.setSubTitle(tr("Le suivi des personnes victimes de violences intrafamiliales."))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        # The coordinator's language, shown at once (the wizard is built again in it).
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(screen_language()), 0))
        self.language.setAccessibleName(tr("Langue de Balise"))
        language_form = QFormLayout()
        language_form.addRow(_form_label(tr("&Langue :"), self.language), self.language)
        layout.addLayout(language_form)
        for text in (
            tr(
                "Balise aide votre service à suivre les dossiers d'accompagnement : "
                "suivis, démarches, orientations vers les partenaires, courriers."
            ),
            tr(
                "Tout est enregistré sur cet ordinateur portable, dans un coffre chiffré. "
                "Rien n'est envoyé sur Internet. Sans phrase de passe, le coffre est illisible, "
                "même si l'ordinateur est volé."
            ),
            tr(
                "Nous allons créer le coffre de votre service en quelques étapes : "
                "le service, le compte du ou de la coordinateur·rice, puis sa phrase de passe."
            ),
        ):
            layout.addWidget(label(text))
        layout.addStretch(1)


class ServicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Votre service"))
        self.setSubTitle(tr("Ces informations figureront sur les courriers du service."))
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("par exemple : Plan de cohésion sociale d'Aywaille"))
        self.name_error = ErrorLabel()
        self.address = QLineEdit()
        self.commune = QComboBox()
        self.commune.setEditable(True)
        self.commune.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.commune.lineEdit().setPlaceholderText(tr("Tapez le nom ou le code postal"))
        self.commune_error = ErrorLabel()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.email_error = ErrorLabel()
        self._fill_communes()
        self.name.textChanged.connect(lambda _t: self.name_error.show_message(None))
        self.commune.editTextChanged.connect(lambda _t: self.commune_error.show_message(None))
        self.email.textChanged.connect(lambda _t: self.email_error.show_message(None))

        form = QFormLayout(self)
        form.setVerticalSpacing(8)
        form.addRow(
            _form_label(tr("&Nom du service * :"), self.name),
            with_error(self.name, self.name_error),
        )
        form.addRow(_form_label(tr("&Adresse :"), self.address), self.address)
        form.addRow(
            _form_label(tr("C&ommune :"), self.commune),
            with_error(self.commune, self.commune_error),
        )
        form.addRow(_form_label(tr("&Téléphone :"), self.phone), self.phone)
        form.addRow(
            _form_label(tr("&Courriel :"), self.email), with_error(self.email, self.email_error)
        )
        form.addRow("", label(tr("* obligatoire"), "muted"))

    def _fill_communes(self) -> None:
        rows = sorted(read_csv("communes.csv"), key=lambda r: _ascii_fold(r["name"]))
        for row in rows:
            self.commune.addItem(f"{row['name']} ({row['postcode']})", row["nis_code"])
        self.commune.setCurrentIndex(-1)
        completer = QCompleter(self.commune.model(), self.commune)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.commune.setCompleter(completer)

    def commune_code(self) -> str | None:
        """The NIS code of the chosen commune; raises ValueError on unknown text."""
        text = self.commune.currentText().strip()
        if not text:
            return None
        index = self.commune.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:  # the bare name, without the postcode
            folded = _ascii_fold(text)
            for i in range(self.commune.count()):
                if _ascii_fold(self.commune.itemText(i).rsplit(" (", 1)[0]) == folded:
                    index = i
                    break
        if index < 0:
            raise ValueError(text)
        return str(self.commune.itemData(index))

    def validatePage(self) -> bool:
        ok = True
        if not self.name.text().strip():
            self.name_error.show_message(tr("Indiquez le nom du service."))
            self.name.setFocus()
            ok = False
        try:
            self.commune_code()
        except ValueError:
            self.commune_error.show_message(
                tr("Choisissez la commune dans la liste (tapez quelques lettres).")
            )
            if ok:
                self.commune.setFocus()
            ok = False
        email = self.email.text().strip()
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            self.email_error.show_message(tr("Cette adresse de courriel semble incomplète."))
            if ok:
                self.email.setFocus()
            ok = False
        return ok


class CoordinatorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Le compte du ou de la coordinateur·rice"))
        self.setSubTitle(
            tr("Cette personne gère les comptes de l'équipe et le code de récupération.")
        )
        self.full_name = QLineEdit()
        self.full_name_error = ErrorLabel()
        self.login = QLineEdit()
        self.login_error = ErrorLabel()
        self._login_edited = False
        self.full_name.textChanged.connect(self._suggest)
        self.login.textEdited.connect(self._login_typed)

        form = QFormLayout(self)
        form.setVerticalSpacing(8)
        form.addRow(
            _form_label(tr("&Prénom et nom * :"), self.full_name),
            with_error(self.full_name, self.full_name_error),
        )
        form.addRow(
            _form_label(tr("&Identifiant * :"), self.login),
            with_error(self.login, self.login_error),
        )
        form.addRow(
            "",
            label(
                tr(
                    "L'identifiant sert à ouvrir Balise. Il est proposé à partir du nom ; "
                    "vous pouvez le modifier."
                ),
                "muted",
            ),
        )

    def _suggest(self, name: str) -> None:
        self.full_name_error.show_message(None)
        if not self._login_edited:
            self.login.setText(suggest_login(name))

    def _login_typed(self, text: str) -> None:
        self._login_edited = bool(text)
        self.login_error.show_message(None)

    def validatePage(self) -> bool:
        if not self.full_name.text().strip():
            self.full_name_error.show_message(tr("Indiquez le prénom et le nom."))
            self.full_name.setFocus()
            return False
        problem = login_problem(self.login.text())
        self.login_error.show_message(problem)
        if problem:
            self.login.setFocus()
            return False
        return True


class PassphrasePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("La phrase de passe"))
        self.setSubTitle(tr("Elle ouvre le coffre. Personne ne peut la retrouver à votre place."))
        self.form = NewPassphraseForm()
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("&Créer le coffre"))

    def validatePage(self) -> bool:
        return self.form.problem() is None
