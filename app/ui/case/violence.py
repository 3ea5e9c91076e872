"""Violence: types, first and last known incident, children exposed."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.case_screen import CaseBundle
from app.i18n import tr
from app.ui.case.format import fmt_answer, fmt_date
from app.ui.case.section import CaseScreen, Section, button_row
from app.ui.widgets import label


class ViolenceSection(Section):
    def __init__(
        self, screen: CaseScreen, open_details: object, parent: QWidget | None = None
    ) -> None:
        super().__init__(screen, parent)
        self.types = QLabel()
        self.types.setWordWrap(True)
        self.first = QLabel()
        self.last = QLabel()
        self.children = QLabel()
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.addRow(label(tr("Types de violence :"), "muted", wrap=False), self.types)
        form.addRow(label(tr("Premier fait connu :"), "muted", wrap=False), self.first)
        form.addRow(label(tr("Dernier fait connu :"), "muted", wrap=False), self.last)
        form.addRow(label(tr("Enfants exposés :"), "muted", wrap=False), self.children)
        self.edit_button = QPushButton(tr("&Modifier…"))
        self.edit_button.clicked.connect(lambda: open_details(None, "violence"))  # type: ignore[operator]
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(button_row(self.edit_button))
        layout.addStretch(1)

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        d = bundle.detail
        self.types.setText("\n".join(f"• {v}" for v in d.violence_labels) or "—")
        self.first.setText(fmt_date(d.first_incident_on))
        self.last.setText(fmt_date(d.last_incident_on))
        self.children.setText(fmt_answer(d.children_exposed).capitalize())

    def clear(self) -> None:
        for widget in (self.types, self.first, self.last, self.children):
            widget.clear()
