"""The case header: reference — person, status and risk badges, commune, workers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.case_screen import CaseBundle
from app.core.vocabulary import CaseStatus
from app.i18n import tr
from app.ui.case.format import risk_spoken, risk_style, risk_text
from app.ui.widgets import label

STATUS_STYLES = {
    CaseStatus.OPEN: "background: #e3f1e8; color: #1f6b43;",
    CaseStatus.PAUSED: "background: #eef1f3; color: #44505a;",
    CaseStatus.CLOSED: "background: #e6e8eb; color: #2b3137;",
}
BADGE = "font-weight: 600; border-radius: 4px; padding: 2px 10px;"


def badge() -> QLabel:
    widget = QLabel()
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("", "title", wrap=False)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = badge()
        self.risk = badge()
        self.confidential = badge()
        self.confidential.setText(tr("Confidentiel"))
        self.confidential.setStyleSheet(BADGE + "background: #3d2c5a; color: white;")
        self.details = label("", "muted")
        #: a synchronisation clash of this case waits for a choice (issue 12)
        self.sync_conflict = label("", "error")
        self.sync_conflict.setStyleSheet("font-weight: 600;")
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.title)
        top.addWidget(self.status)
        top.addWidget(self.risk)
        top.addWidget(self.confidential)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(self.sync_conflict)
        self.clear()

    def show_case(self, bundle: CaseBundle, hide_names: bool) -> None:
        detail = bundle.detail
        self.title.setText(detail.title(hide_names))
        self.status.setText(detail.status.label)
        self.status.setAccessibleName(
            tr("Statut du dossier : {status}").format(status=detail.status.label)
        )
        self.status.setStyleSheet(BADGE + STATUS_STYLES[detail.status])
        self.status.show()
        self.risk.setText(risk_text(detail.risk_level, bundle.trend))
        self.risk.setAccessibleName(risk_spoken(detail.risk_level, bundle.trend))
        self.risk.setStyleSheet(risk_style(detail.risk_level))
        self.risk.show()
        self.confidential.setVisible(detail.confidential)
        waiting = bundle.sync_conflicts
        if waiting:
            self.sync_conflict.setText(
                tr(
                    "Un conflit de synchronisation attend : "
                    "Paramètres › Conflits de synchronisation"
                )
                if waiting == 1
                else tr(
                    "{n} conflits de synchronisation attendent : "
                    "Paramètres › Conflits de synchronisation"
                ).format(n=waiting)
            )
        self.sync_conflict.setVisible(waiting > 0)
        workers = ", ".join(name for _, name in detail.workers) or tr("aucun·e")
        self.details.setText(
            tr("Commune : {commune}   ·   Intervenant·es : {workers}").format(
                commune=detail.commune_name or "—", workers=workers
            )
        )

    def clear(self) -> None:
        for widget in (self.title, self.status, self.risk, self.details):
            widget.clear()
        self.status.hide()
        self.risk.hide()
        self.confidential.hide()
        self.sync_conflict.hide()
