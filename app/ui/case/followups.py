"""Suivis: the timeline of follow-ups and appointments, newest first."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from app import clock
from app.core.case_screen import CaseBundle
from app.core.followups import (
    TIMELINE_PAGE,
    FollowUpView,
    case_timeline,
    load_followup,
    set_followup_status,
)
from app.core.vocabulary import FollowUpStatus
from app.i18n import tr
from app.ui.case.followup_dialog import FollowUpDialog
from app.ui.case.format import DASH, fmt_datetime, fmt_duration, fmt_text, short
from app.ui.case.section import (
    CaseScreen,
    Section,
    button_row,
    fill_table,
    make_table,
    selected_id,
)
from app.ui.operations import Tx


class FollowUpSection(Section):
    draft_kinds = ("followup",)

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.timeline: list[FollowUpView] = []
        #: how many follow-ups the case holds; the timeline shows the newest, a
        #: page at a time (a case can hold a thousand)
        self.total = 0
        self.table = make_table(
            [tr("Date"), tr("Type"), tr("Durée"), tr("Résumé"), tr("Par"), tr("Statut")],
            stretch=3,
        )
        self.table.setWordWrap(False)
        self.table.setAccessibleName(tr("Suivis du dossier"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(60)
        detail_frame = QFrame()
        detail_frame.setProperty("role", "card")
        detail_layout = QVBoxLayout(detail_frame)
        detail_layout.addWidget(self.detail)
        self.new_button = QPushButton(tr("&Nouveau suivi…"))
        self.next_button = QPushButton(tr("Prochain &rendez-vous…"))
        self.done_button = QPushButton(tr("Marquer ré&alisé…"))
        self.missed_button = QPushButton(tr("Marquer &manqué"))
        self.edit_button = QPushButton(tr("Modi&fier…"))
        self.new_button.clicked.connect(lambda: self.open_followup())
        self.next_button.clicked.connect(lambda: self.open_followup(appointment=True))
        self.done_button.clicked.connect(self.mark_done)
        self.missed_button.clicked.connect(self.mark_missed)
        self.edit_button.clicked.connect(self.edit_selected)
        self.older_button = QPushButton(tr("Afficher les suivis plus an&ciens"))
        self.older_button.clicked.connect(self.show_older)
        self.older_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(
            button_row(
                self.new_button,
                self.next_button,
                self.done_button,
                self.missed_button,
                self.edit_button,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.older_button))
        layout.addWidget(detail_frame)

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        self.timeline = list(bundle.timeline)
        self.total = bundle.followup_count
        self._fill()

    def _fill(self) -> None:
        chosen = selected_id(self.table)
        rows = [
            [
                fmt_datetime(f.occurred_at),
                f.kind.label.split(" (")[0],
                fmt_duration(f.duration_minutes),
                short(f.summary, 160) or DASH,
                f.author_name or DASH,
                f.status.label,
            ]
            for f in self.timeline
        ]
        planned = [f.status == FollowUpStatus.PLANNED for f in self.timeline]
        ids = [f.id for f in self.timeline]
        fill_table(self.table, rows, ids, planned)
        if chosen in ids:  # more rows came: the selection stays where it was
            self.table.selectRow(ids.index(chosen))
        older = self.total - len(self.timeline)
        self.older_button.setVisible(older > 0)
        self.older_button.setEnabled(True)
        self.older_button.setToolTip(
            tr("{shown} suivis affichés sur {total}").format(shown=len(ids), total=self.total)
        )
        self._selection_changed()

    def show_older(self) -> None:
        """Add the next page of older follow-ups under those shown."""
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None or not self.timeline:
            return
        actor, case_id, last = ws.session, bundle.case_id, self.timeline[-1]
        self.older_button.setEnabled(False)

        def read(tx: Tx) -> list[FollowUpView]:
            return case_timeline(tx, actor, case_id, before=last, limit=TIMELINE_PAGE)

        def arrived(older: list[FollowUpView]) -> None:
            current = self.screen.bundle
            if current is None or current.case_id != case_id or self.timeline[-1:] != [last]:
                return  # another case, or the timeline was read again meanwhile
            self.timeline += older
            self._fill()

        ws.ops.read(self, read, arrived)

    def clear(self) -> None:
        self.timeline = []
        self.total = 0
        self.table.setRowCount(0)
        self.older_button.hide()
        self.detail.clear()

    def _selected(self) -> FollowUpView | None:
        chosen = selected_id(self.table)
        return next((f for f in self.timeline if f.id == chosen), None)

    def _selection_changed(self) -> None:
        f = self._selected()
        planned = f is not None and f.status == FollowUpStatus.PLANNED
        self.done_button.setEnabled(planned and f.occurred_at <= clock.now())  # type: ignore[union-attr]
        self.done_button.setToolTip(
            tr("Un rendez-vous à venir ne peut pas encore être marqué réalisé.")
            if planned and not self.done_button.isEnabled()
            else ""
        )
        self.missed_button.setEnabled(planned)
        self.edit_button.setEnabled(f is not None)
        if f is None:
            self.detail.setText(tr("Aucun suivi pour l'instant.") if not self.timeline else "")
            return
        head = [fmt_datetime(f.occurred_at), f.kind.label, f.status.label]
        if f.duration_minutes:
            head.append(fmt_duration(f.duration_minutes))
        if f.place:
            head.append(tr("Lieu : {place}").format(place=f.place))
        if f.author_name:
            head.append(tr("par {name}").format(name=f.author_name))
        lines = [" — ".join(head), fmt_text(f.summary)]
        lines.append(tr("Prochaine étape : {step}").format(step=fmt_text(f.next_step)))
        self.detail.setText("\n".join(lines))

    def open_followup(
        self,
        followup: FollowUpView | None = None,
        draft: dict[str, Any] | None = None,
        *,
        mark_done: bool = False,
        appointment: bool = False,
    ) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = FollowUpDialog(
            ws,
            self.window(),
            bundle.case_id,
            bundle.detail.reference,
            followup,
            mark_done=mark_done,
            appointment=appointment,
        )
        self.screen.open_form(dialog, draft)

    def edit_selected(self) -> None:
        f = self._selected()
        if f is not None:
            self.open_followup(f)

    def mark_done(self) -> None:
        f = self._selected()
        if f is not None and f.status == FollowUpStatus.PLANNED:
            self.open_followup(f, mark_done=True)

    def mark_missed(self) -> None:
        f = self._selected()
        if f is None or f.status != FollowUpStatus.PLANNED:
            return
        followup_id = f.id
        ws = self.screen.workspace
        if ws is None:
            return
        actor = ws.session

        def write(session: Tx) -> None:
            set_followup_status(session, actor, followup_id, FollowUpStatus.MISSED)

        self.screen.run_write(write)

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        parts = form_key.split(":")
        followup = None
        if len(parts) == 2:
            wanted = uuid.UUID(parts[1])
            followup = next((f for f in self.timeline if f.id == wanted), None)
            ws = self.screen.workspace
            if followup is None and ws is not None:
                # older than the follow-ups shown: read it, then reopen its form
                actor = ws.session
                ws.ops.read(
                    self,
                    lambda tx: load_followup(tx, actor, wanted),
                    lambda found: self.open_followup(found, payload),
                )
                return
            if followup is None:
                return
        self.open_followup(followup, payload)
