"""Nouvelle évaluation du risque: the checklist, a live level, an optional raise."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.risk import Assessment, Factor, ScreeningInput, assess, record_screening
from app.core.vocabulary import RiskLevel, YesNoUnknown
from app.i18n import tr
from app.ui.case.fields import ChoiceCombo, ChoiceField
from app.ui.case.format import risk_style
from app.ui.case.forms import FormDialog
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace


class ScreeningDialog(FormDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        factors: list[Factor],
    ) -> None:
        title = tr("Nouvelle évaluation du risque")
        super().__init__(
            workspace,
            parent,
            form_key=f"screening:new:{case_id}",
            title=title,
            case_id=case_id,
            draft_title=f"{title} — {reference}",
        )
        self.factors = factors
        self.answers: dict[str, ChoiceField] = {}
        self.level = QLabel()
        self.level.setAccessibleName(tr("Niveau calculé"))
        self.drivers = label("", "muted")
        preview = QFrame()
        preview.setProperty("role", "card")
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.level)
        preview_layout.addWidget(self.drivers)

        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        for row, factor in enumerate(factors):
            text = f"{row + 1}. {factor.label}"
            question = QLabel(text + (tr("  (facteur critique)") if factor.critical else ""))
            question.setWordWrap(True)
            if factor.critical:
                question.setStyleSheet("font-weight: 600;")
            answer = ChoiceField(advance=True)
            answer.setAccessibleName(factor.label)
            question.setBuddy(answer)
            answer.changed.connect(self._update_preview)
            self.answers[factor.code] = answer
            self.add_to_chain(answer)
            grid.addWidget(question, row, 0)
            grid.addWidget(answer, row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)

        self.raised = ChoiceCombo(tr("— garder le niveau calculé —"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Pourquoi votre jugement professionnel relève le niveau"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        form = QFormLayout()
        self.add_row(form, tr("Re&lever le niveau :"), "raised_level", self.raised)
        self.add_row(form, tr("M&otif du relèvement :"), "raise_reason", self.reason)
        self.add_row(form, tr("Re&marques :"), "notes", self.notes)
        self.raised.currentIndexChanged.connect(self._raised_changed)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            label(
                tr(
                    "Pour chaque question : 1 = Oui, 2 = Non, 3 = Ne sait pas "
                    "(ou les flèches ← →). La réponse passe à la question suivante. "
                    "Sans réponse = « Ne sait pas »."
                ),
                "muted",
            )
        )
        column.addWidget(preview)
        column.addWidget(scroll, 1)
        column.addLayout(form)
        self.finish_layout(body)
        fit_to_screen(self, 900, 760)
        self._update_preview()
        self.ready()

    # -- preview --------------------------------------------------------------------------
    def current_answers(self) -> dict[str, YesNoUnknown]:
        return {code: field.value() or YesNoUnknown.UNKNOWN for code, field in self.answers.items()}

    def assessment(self) -> Assessment:
        return assess(self.factors, self.current_answers())

    def _update_preview(self) -> None:
        result = self.assessment()
        self.level.setText(
            tr("Niveau calculé : {level}  (score {score})").format(
                level=result.level.label, score=result.score
            )
        )
        self.level.setStyleSheet(risk_style(result.level) + "font-size: 13pt;")
        unanswered = sum(1 for f in self.answers.values() if f.value() is None)
        drivers = ", ".join(f.label for f in result.drivers[:4])
        drivers = drivers or tr("aucun « Oui » pour l'instant")
        if len(result.drivers) > 4:
            drivers += tr(" (+{n})").format(n=len(result.drivers) - 4)
        self.drivers.setText(
            tr("Facteurs déterminants : {drivers}. Sans réponse : {n}.").format(
                drivers=drivers, n=unanswered
            )
        )
        chosen = self.raised.code()
        higher = [lvl for lvl in RiskLevel if lvl.rank > result.level.rank]
        self.raised.blockSignals(True)
        self.raised.set_choices([(lvl.value, lvl.label) for lvl in higher])
        self.raised.set_code(chosen if chosen in {lvl.value for lvl in higher} else None)
        self.raised.blockSignals(False)
        self.raised.setEnabled(bool(higher))
        self._raised_changed()

    def _raised_changed(self) -> None:
        self.reason.setEnabled(self.raised.code() is not None)

    # -- FormDialog -----------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        return {
            "answers": {code: f.value() for code, f in self.answers.items() if f.value()},
            "raised_level": self.raised.code(),
            "raise_reason": self.reason.text(),
            "notes": self.notes.toPlainText(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        answers = payload.get("answers", {})
        for code, field in self.answers.items():
            field.blockSignals(True)
            field.set_value(answers.get(code))
            field.blockSignals(False)
        self._update_preview()
        self.raised.set_code(payload.get("raised_level"))
        self.reason.setText(payload.get("raise_reason", ""))
        self.notes.setPlainText(payload.get("notes", ""))

    def build_job(self) -> Callable[[Tx], Any]:
        raised = self.raised.code()
        data = ScreeningInput(
            answers=self.current_answers(),
            raised_level=RiskLevel(raised) if raised else None,
            raise_reason=self.reason.text() if raised else "",
            notes=self.notes.toPlainText(),
        )
        actor, case_id = self.workspace.session, self.case_id
        assert case_id is not None

        def write(session: Tx) -> Any:
            return record_screening(session, actor, case_id, data).id

        return write
