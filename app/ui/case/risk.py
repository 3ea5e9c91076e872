"""Évaluation du risque: the history of screenings, the trend, a new screening."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.case_screen import CaseBundle
from app.i18n import tr
from app.ui.case.format import (
    TREND_ARROWS,
    fmt_datetime,
    risk_spoken,
    risk_style,
    risk_text,
    trend_text,
)
from app.ui.case.screening_dialog import ScreeningDialog
from app.ui.case.section import CaseScreen, Section, button_row, fill_table, make_table
from app.ui.widgets import label


def drivers_text(drivers: list[str], limit: int = 4) -> str:
    if not drivers:
        return "—"
    lines = [f"• {d}" for d in drivers[:limit]]
    if len(drivers) > limit:
        lines.append(tr("(+ {n} autres)").format(n=len(drivers) - limit))
    return "\n".join(lines)


class RiskSection(Section):
    draft_kinds = ("screening",)

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.current = QLabel()
        self.trend = label("", "muted", wrap=False)
        top = QHBoxLayout()
        top.addWidget(self.current)
        top.addWidget(self.trend)
        top.addStretch(1)
        self.table = make_table(
            [tr("Date"), tr("Niveau"), tr("Score"), tr("Facteurs déterminants"), tr("Relèvement")],
            stretch=3,
        )
        self.table.setAccessibleName(tr("Historique des évaluations"))
        self.new_button = QPushButton(tr("&Nouvelle évaluation…"))
        self.new_button.clicked.connect(lambda: self.open_screening())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(button_row(self.new_button))
        layout.addWidget(self.table, 1)

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        level = bundle.detail.risk_level
        self.current.setText(risk_text(level, bundle.trend))
        self.current.setAccessibleName(risk_spoken(level, bundle.trend))
        self.current.setStyleSheet(risk_style(level) + "font-size: 13pt;")
        if bundle.screenings:
            self.trend.setText(
                tr("Tendance : {trend} {arrow}").format(
                    trend=trend_text(bundle.trend), arrow=TREND_ARROWS.get(bundle.trend, "")
                )
            )
        else:
            self.trend.setText(tr("Aucune évaluation pour l'instant."))
        rows = []
        for s in bundle.screenings:
            levels = s.computed_level.label
            if s.final_level != s.computed_level:
                levels = f"{s.computed_level.label} → {s.final_level.label}"
            rows.append(
                [
                    fmt_datetime(s.screened_at),
                    levels,
                    str(s.score),
                    drivers_text(s.drivers),
                    s.raise_reason or "",
                ]
            )
        fill_table(self.table, rows, [s.id for s in bundle.screenings], select=False)

    def clear(self) -> None:
        self.current.clear()
        self.trend.clear()
        self.table.setRowCount(0)

    def open_screening(self, draft: dict[str, Any] | None = None) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = ScreeningDialog(
            ws,
            self.window(),
            bundle.case_id,
            bundle.detail.reference,
            bundle.catalogues.risk_factors,
        )
        self.screen.open_form(dialog, draft)

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        self.open_screening(payload)
