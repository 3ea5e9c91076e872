"""The « Parcours » block of the Résumé tab: where each pathway stands."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.core.pathways.summary import CasePathways, pathway_lines
from app.i18n import tr
from app.ui.case.pathway_fields import WARNING
from app.ui.widgets import label


class PathwaySummary(QGroupBox):
    """Complaint, protection, steps and departure plan in four lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Parcours"), parent)
        self.form = QFormLayout(self)
        self.form.setHorizontalSpacing(16)
        self.titles: list[QLabel] = []
        self.lines: list[QLabel] = []
        for _ in range(4):
            title, text = label("", "muted", wrap=False), QLabel()
            text.setWordWrap(True)
            self.titles.append(title)
            self.lines.append(text)
            self.form.addRow(title, text)

    def show_pathways(self, pathways: CasePathways) -> None:
        for title, text, line in zip(self.titles, self.lines, pathway_lines(pathways), strict=True):
            title.setText(tr("{title} :").format(title=line.title))
            text.setText(line.text)
            text.setStyleSheet(f"color: {WARNING}; font-weight: 600;" if line.attention else "")
            text.setToolTip(tr("Échéance dépassée sans mise à jour") if line.attention else "")

    def clear(self) -> None:
        for widget in (*self.titles, *self.lines):
            widget.clear()
            widget.setStyleSheet("")
