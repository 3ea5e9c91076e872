"""The "new passphrase, twice" form used by the wizard and the dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.core.passphrase import MIN_LENGTH, passphrase_problem
from app.i18n import tr
from app.ui.widgets import ErrorLabel, PassphraseField, StrengthMeter, label


def passphrase_advice() -> str:
    return tr(
        "Choisissez une phrase facile à retenir pour vous, difficile à deviner pour "
        "d'autres : par exemple plusieurs mots sans lien. Au moins {n} caractères ; "
        "majuscules, chiffres ou signes ne sont pas obligatoires."
    ).format(n=MIN_LENGTH)


class NewPassphraseForm(QWidget):
    """Two passphrase fields, a strength bar and the error shown before going on."""

    def __init__(self, parent: QWidget | None = None, *, advice: bool = True) -> None:
        super().__init__(parent)
        self.passphrase = PassphraseField()
        self.passphrase.setAccessibleName(tr("Nouvelle phrase de passe"))
        self.confirmation = PassphraseField()
        self.confirmation.setAccessibleName(tr("Confirmation de la phrase de passe"))
        self.strength = StrengthMeter()
        self.error = ErrorLabel()
        self.passphrase.textChanged.connect(self._changed)
        self.confirmation.textChanged.connect(lambda _t: self.error.show_message(None))

        form = QFormLayout()
        form.setVerticalSpacing(10)
        first = QLabel(tr("&Phrase de passe :"))
        first.setBuddy(self.passphrase)
        second = QLabel(tr("&Confirmation :"))
        second.setBuddy(self.confirmation)
        form.addRow(first, self.passphrase)
        form.addRow("", self.strength)
        form.addRow(second, self.confirmation)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        if advice:
            layout.addWidget(label(passphrase_advice()))
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.setTabOrder(self.passphrase.edit, self.confirmation.edit)

    def _changed(self, text: str) -> None:
        self.strength.update_for(text)
        self.error.show_message(None)

    def problem(self) -> str | None:
        """Check both fields; show and return the problem (focus goes to the field)."""
        problem = passphrase_problem(self.passphrase.text(), self.confirmation.text())
        self.error.show_message(problem)
        if problem:
            if passphrase_problem(self.passphrase.text()) is None:
                self.confirmation.setFocus()
            else:
                self.passphrase.setFocus()
        return problem

    def value(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.confirmation.clear()
        self.strength.update_for("")
        self.error.show_message(None)

    def set_enabled(self, enabled: bool) -> None:
        self.passphrase.setEnabled(enabled)
        self.confirmation.setEnabled(enabled)
