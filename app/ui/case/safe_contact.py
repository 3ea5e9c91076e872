"""Safe-contact rules: the banner shown on every section, and the form fields."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.core.cases import SafeContact
from app.core.validation import format_phone, normalize_phone
from app.core.vocabulary import YesNoUnknown
from app.errors import ValidationError
from app.i18n import tr
from app.ui.case.fields import ChoiceField
from app.ui.case.format import fmt_phone, fmt_text
from app.ui.case.forms import FormDialog
from app.ui.clipboard import copy_secret

BANNER_STYLE = """
QFrame#safeContact { background: #fff4d6; border: 2px solid #d69e2e; border-radius: 6px; }
QFrame#safeContact QLabel { color: #3d2c00; background: transparent; }
"""

SAFE_GROUP_STYLE = """
QGroupBox#safeContact {
    background: #fff4d6; border: 2px solid #d69e2e; border-radius: 6px;
    margin-top: 1.5em; padding: 10px 6px 4px 6px;
}
QGroupBox#safeContact::title {
    subcontrol-origin: margin; left: 10px; padding: 0 4px; font-weight: 700; color: #3d2c00;
}
QGroupBox#safeContact QLabel { background: transparent; color: #3d2c00; }
QGroupBox#safeContact QLabel[role="error"] { color: #b42318; }
"""


class SafeContactBanner(QFrame):
    """How to reach the victim without danger — the first thing to read before calling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safeContact")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(tr("Règles de contact sûr"))
        self.heading = QLabel(tr("Contact sûr"))
        self.heading.setStyleSheet("font-weight: 700;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(12)
        self.edit_button = QPushButton(tr("Modifier…"))
        self.edit_button.setAutoDefault(False)
        self.edit_button.setToolTip(tr("Modifier la fiche de la victime et ses règles de contact"))
        self.phone = ""
        self.copy_button = QPushButton(tr("&Copier le n°"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(
            tr(
                "Copier le téléphone sûr. Il est retiré du presse-papiers après 30 secondes "
                "et au verrouillage, et caché aux gestionnaires de presse-papiers."
            )
        )
        self.copy_button.clicked.connect(self.copy_phone)
        self.copied_timer = QTimer(self)  # dies with the banner
        self.copied_timer.setSingleShot(True)
        self.copied_timer.setInterval(2000)
        self.copied_timer.timeout.connect(lambda: self.copy_button.setText(tr("&Copier le n°")))
        layout.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

    def copy_phone(self) -> None:
        """The safe phone to the clipboard, marked secret and cleared after 30 s."""
        if not self.phone:
            return
        copy_secret(self.phone)
        self.copy_button.setText(tr("Copié ✓"))
        self.copied_timer.start()

    def show_rules(self, rules: SafeContact | None) -> None:
        self.phone = fmt_phone(rules.phone) if rules is not None and rules.phone else ""
        self.copy_button.setEnabled(bool(self.phone))
        if rules is None:
            self.text.setText(tr("Aucune règle de contact enregistrée."))
            return

        def item(name: str, value: str) -> str:
            return f"{_html(name)} <b>{_html(value)}</b>"

        def answer(value: YesNoUnknown) -> str:
            return value.label.lower() if value != YesNoUnknown.UNKNOWN else tr("?")

        parts = [
            item(tr("Téléphone sûr :"), fmt_phone(rules.phone)),
            item(tr("Moments sûrs :"), fmt_text(rules.times)),
            item(tr("Message :"), answer(YesNoUnknown(rules.may_leave_message))),
            item(tr("Courrier :"), answer(YesNoUnknown(rules.may_write))),
            item(tr("Mot de code :"), fmt_text(rules.code_word)),
        ]
        text = " &nbsp;·&nbsp; ".join(parts)
        if rules.notes:
            text += "<br>" + _html(rules.notes)
        self.text.setText(text)

    def clear(self) -> None:
        self.text.clear()
        self.phone = ""
        self.copy_button.setEnabled(False)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SafeContactInputs:
    """The five safe-contact fields added to a form's layout.

    With ``required`` the two yes/no/unknown questions must be answered (intake).
    """

    def __init__(
        self, form: FormDialog, layout: QFormLayout, *, required: bool, mnemonics: bool = True
    ) -> None:
        self.required = required
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(tr("ex. 0472 12 34 56"))
        self.times = QLineEdit()
        self.times.setPlaceholderText(tr("ex. en semaine entre 9 h et 11 h"))
        self.message = ChoiceField()
        self.write = ChoiceField()
        self.code_word = QLineEdit()
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(tr("ex. ne jamais appeler le soir"))

        def text(value: str) -> str:
            return value if mnemonics else value.replace("&", "")

        form.add_row(layout, text(tr("&Téléphone sûr :")), "safe_phone", self.phone)
        form.add_row(layout, text(tr("Mo&ments sûrs :")), "safe_times", self.times)
        form.add_row(
            layout, text(tr("Peut-on laisser un mess&age ?")), "safe_message", self.message
        )
        form.add_row(layout, text(tr("Peut-on éc&rire ?")), "safe_write", self.write)
        form.add_row(layout, text(tr("Mot de co&de :")), "safe_code_word", self.code_word)
        self.phone.editingFinished.connect(self._tidy_phone)

    def add_notes_row(self, form: FormDialog, layout: QFormLayout) -> None:
        form.add_row(layout, tr("Autres &consignes :"), "safe_notes", self.notes)

    def _tidy_phone(self) -> None:
        with contextlib.suppress(ValueError):
            self.phone.setText(format_phone(normalize_phone(self.phone.text())))

    def problems(self) -> list[ValidationError]:
        """Unanswered required questions (checked before saving)."""
        if not self.required:
            return []
        found = []
        if self.message.value() is None:
            found.append(
                ValidationError(
                    tr("Répondez Oui, Non ou Ne sait pas."),
                    field="safe_message",
                )
            )
        if self.write.value() is None:
            found.append(
                ValidationError(
                    tr("Répondez Oui, Non ou Ne sait pas."),
                    field="safe_write",
                )
            )
        return found

    def value(self) -> SafeContact:
        return SafeContact(
            phone=self.phone.text().strip() or None,
            times=self.times.text().strip() or None,
            may_leave_message=self.message.value() or YesNoUnknown.UNKNOWN,
            may_write=self.write.value() or YesNoUnknown.UNKNOWN,
            code_word=self.code_word.text().strip() or None,
            notes=self.notes.text().strip() or None,
        )

    def set_value(self, rules: SafeContact) -> None:
        self.phone.setText(format_phone(rules.phone) if rules.phone else "")
        self.times.setText(rules.times or "")
        self.message.set_value(rules.may_leave_message)
        self.write.set_value(rules.may_write)
        self.code_word.setText(rules.code_word or "")
        self.notes.setText(rules.notes or "")

    def payload(self) -> dict[str, Any]:
        return {
            "safe_phone": self.phone.text(),
            "safe_times": self.times.text(),
            "safe_message": self.message.value(),
            "safe_write": self.write.value(),
            "safe_code_word": self.code_word.text(),
            "safe_notes": self.notes.text(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        self.phone.setText(payload.get("safe_phone", ""))
        self.times.setText(payload.get("safe_times", ""))
        self.message.set_value(payload.get("safe_message"))
        self.write.set_value(payload.get("safe_write"))
        self.code_word.setText(payload.get("safe_code_word", ""))
        self.notes.setText(payload.get("safe_notes", ""))
