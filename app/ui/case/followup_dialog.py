"""Nouveau suivi / rendez-vous: a follow-up, or an appointment when dated in the future."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core.followups import FollowUpInput, FollowUpView, add_followup, update_followup
from app.core.validation import NeedsConfirmation
from app.core.vocabulary import FollowUpKind, FollowUpStatus
from app.i18n import tr
from app.ui.case.fields import ChoiceCombo
from app.ui.case.forms import FormDialog, ask_yes
from app.ui.operations import Tx
from app.ui.widgets import fit_to_screen, label
from app.ui.workspace import Workspace


def now_minute() -> datetime:
    return clock.now_minute()


def datetime_edit(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setFixedWidth(190)
    return edit


def py_datetime(edit: QDateTimeEdit) -> datetime:
    return edit.dateTime().toPython().replace(second=0, microsecond=0)  # type: ignore[union-attr]


def kind_combo() -> ChoiceCombo:
    combo = ChoiceCombo()
    combo.set_choices([(k.value, k.label) for k in FollowUpKind])
    return combo


class FollowUpDialog(FormDialog):
    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None,
        case_id: uuid.UUID,
        reference: str,
        followup: FollowUpView | None = None,
        *,
        mark_done: bool = False,
        appointment: bool = False,
    ) -> None:
        if mark_done:
            title = tr("Compte rendu du rendez-vous")
        elif followup is not None:
            title = tr("Modifier le suivi")
        else:
            title = tr("Prochain rendez-vous") if appointment else tr("Nouveau suivi")
        super().__init__(
            workspace,
            parent,
            form_key=f"followup:{followup.id}" if followup else f"followup:new:{case_id}",
            title=title,
            case_id=case_id,
            draft_title=f"{title} — {reference}",
        )
        self.followup = followup
        self.mark_done = mark_done
        self.confirmed_before_opening = False
        start = now_minute()
        if appointment:
            start = (start + timedelta(days=7)).replace(hour=10, minute=0)
        self.occurred_at = datetime_edit(followup.occurred_at if followup else start)
        self.kind = kind_combo()
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(tr(" min"))
        self.duration.setSpecialValueText(tr("—"))
        self.duration.setFixedWidth(110)
        self.place = QLineEdit()
        self.place.setPlaceholderText(tr("ex. bureau, domicile, commissariat"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(tr("Ce qui s'est passé, ce qui a été convenu"))
        self.summary.setMinimumHeight(110)
        self.next_step = QLineEdit()
        self.future_note = label("", "muted")

        body = QWidget()
        column = QVBoxLayout(body)
        form = QFormLayout()
        self.add_row(form, tr("&Date et heure :"), "occurred_at", self.occurred_at)
        form.addRow("", self.future_note)
        self.add_row(form, tr("&Type :"), "kind", self.kind)
        self.add_row(form, tr("D&urée :"), "duration", self.duration)
        self.add_row(form, tr("&Lieu :"), "place", self.place)
        self.add_row(form, tr("&Résumé :"), "summary", self.summary)
        self.add_row(form, tr("&Prochaine étape :"), "next_step", self.next_step)
        column.addLayout(form)

        self.plan_next = QGroupBox(tr("Planifier le prochain rende&z-vous"))
        self.plan_next.setCheckable(True)
        self.plan_next.setChecked(False)
        self.next_at = datetime_edit((start + timedelta(days=7)).replace(hour=10, minute=0))
        self.next_kind = kind_combo()
        plan_form = QFormLayout(self.plan_next)
        self.add_to_chain(self.plan_next)
        self.add_row(plan_form, tr("Le :"), "next_at", self.next_at)
        self.add_row(plan_form, tr("Type :"), "next_kind", self.next_kind)
        self.plan_next.setVisible(followup is None and not appointment)
        column.addWidget(self.plan_next)
        column.addStretch(1)
        self.finish_layout(body)
        fit_to_screen(self, 640, 600)

        if followup is not None:
            self.kind.set_code(followup.kind.value)
            self.duration.setValue(followup.duration_minutes or 0)
            self.place.setText(followup.place or "")
            self.summary.setPlainText(followup.summary or "")
            self.next_step.setText(followup.next_step or "")
        self.occurred_at.dateTimeChanged.connect(self._date_changed)
        self._date_changed()
        if mark_done:
            self.summary.setFocus()
        self.ready()

    def _date_changed(self) -> None:
        future = py_datetime(self.occurred_at) > clock.now()
        if future and not self.mark_done:
            self.future_note.setText(
                tr("Date future : ce suivi sera enregistré comme rendez-vous prévu.")
            )
        else:
            self.future_note.setText("")
        self.future_note.setVisible(bool(self.future_note.text()))

    # -- FormDialog -----------------------------------------------------------------------
    def payload(self) -> dict[str, Any]:
        return {
            "occurred_at": py_datetime(self.occurred_at).isoformat(),
            "kind": self.kind.code(),
            "duration": self.duration.value(),
            "place": self.place.text(),
            "summary": self.summary.toPlainText(),
            "next_step": self.next_step.text(),
            "plan_next": self.plan_next.isChecked(),
            "next_at": py_datetime(self.next_at).isoformat(),
            "next_kind": self.next_kind.code(),
        }

    def restore(self, payload: dict[str, Any]) -> None:
        if payload.get("occurred_at"):
            self.occurred_at.setDateTime(QDateTime(datetime.fromisoformat(payload["occurred_at"])))
        self.kind.set_code(payload.get("kind"))
        self.duration.setValue(int(payload.get("duration") or 0))
        self.place.setText(payload.get("place", ""))
        self.summary.setPlainText(payload.get("summary", ""))
        self.next_step.setText(payload.get("next_step", ""))
        self.plan_next.setChecked(bool(payload.get("plan_next")))
        if payload.get("next_at"):
            self.next_at.setDateTime(QDateTime(datetime.fromisoformat(payload["next_at"])))
        self.next_kind.set_code(payload.get("next_kind"))

    def build_job(self) -> Callable[[Tx], Any]:
        status = None
        if self.mark_done:
            status = FollowUpStatus.DONE
        elif self.followup is not None and self.followup.status == FollowUpStatus.MISSED:
            status = FollowUpStatus.MISSED
        data = FollowUpInput(
            occurred_at=py_datetime(self.occurred_at),
            kind=FollowUpKind(self.kind.code() or FollowUpKind.INTERVIEW),
            summary=self.summary.toPlainText(),
            duration_minutes=self.duration.value() or None,
            place=self.place.text(),
            next_step=self.next_step.text(),
            status=status,
            confirmed_before_opening=self.confirmed_before_opening,
        )
        follow_next = None
        if not self.plan_next.isHidden() and self.plan_next.isChecked():
            follow_next = FollowUpInput(
                occurred_at=py_datetime(self.next_at),
                kind=FollowUpKind(self.next_kind.code() or FollowUpKind.INTERVIEW),
                status=FollowUpStatus.PLANNED,
                confirmed_before_opening=True,
            )
        actor, case_id = self.workspace.session, self.case_id
        followup_id = self.followup.id if self.followup else None
        assert case_id is not None

        def write(session: Tx) -> Any:
            if followup_id is None:
                result = add_followup(session, actor, case_id, data)
            else:
                update_followup(session, actor, followup_id, data)
                result = followup_id
            if follow_next is not None:
                add_followup(session, actor, case_id, follow_next)
            return result

        return write

    def handle_failure(self, exc: BaseException) -> bool:
        if not isinstance(exc, NeedsConfirmation):
            return False
        if ask_yes(self, exc.message, tr("&Confirmer")) and self.isVisible():
            self.confirmed_before_opening = True
            self.save()
        return True
