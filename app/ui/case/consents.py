"""Consentements: the register (to record, to share) with withdrawals."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.core.case_screen import CaseBundle
from app.core.consent import ConsentView
from app.core.vocabulary import ConsentKind
from app.i18n import tr
from app.ui.case.consent_dialog import ConsentDialog, WithdrawDialog
from app.ui.case.format import DASH, fmt_date, short
from app.ui.case.section import (
    CaseScreen,
    Section,
    button_row,
    fill_table,
    make_table,
    selected_id,
)
from app.ui.widgets import label


def recipient_text(c: ConsentView) -> str:
    if c.kind != ConsentKind.SHARE:
        return DASH
    parts = [p for p in (c.recipient_sector_label, c.recipient_label) if p]
    return " — ".join(parts) or DASH


def purpose_text(c: ConsentView) -> str:
    if c.purpose is None:
        return c.purpose_detail or DASH
    return c.purpose.label + (f" ({c.purpose_detail})" if c.purpose_detail else "")


def describe(c: ConsentView) -> str:
    if c.kind == ConsentKind.RECORD:
        return tr("Consentement à l'enregistrement du {date}").format(date=fmt_date(c.given_on))
    return tr("Partage avec {recipient} du {date}").format(
        recipient=recipient_text(c), date=fmt_date(c.given_on)
    )


class ConsentSection(Section):
    draft_kinds = ("consent", "withdraw")

    def __init__(self, screen: CaseScreen, parent: QWidget | None = None) -> None:
        super().__init__(screen, parent)
        self.consents: list[ConsentView] = []
        self.table = make_table(
            [
                tr("Consentement"),
                tr("Date"),
                tr("Forme"),
                tr("Destinataire"),
                tr("But"),
                tr("Retiré le"),
                tr("Noté par"),
            ],
            stretch=4,
        )
        self.table.setAccessibleName(tr("Registre des consentements"))
        self.add_button = QPushButton(tr("&Noter un consentement…"))
        self.withdraw_button = QPushButton(tr("Reti&rer le consentement…"))
        self.add_button.clicked.connect(lambda: self.open_consent())
        self.withdraw_button.clicked.connect(lambda: self.open_withdraw())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Aucun courrier ni partage sans un consentement au partage valable "
                    "pour ce destinataire et ce but."
                ),
                "muted",
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add_button, self.withdraw_button))

    def show_bundle(self, bundle: CaseBundle, hide_names: bool) -> None:
        self.consents = list(bundle.consents)
        rows = [
            [
                tr("Partage") if c.kind == ConsentKind.SHARE else tr("Enregistrement"),
                fmt_date(c.given_on),
                c.form.label,
                short(recipient_text(c), 40),
                purpose_text(c) if c.kind == ConsentKind.SHARE else DASH,
                fmt_date(c.withdrawn_on) if c.withdrawn_on else "",
                c.recorded_by or DASH,
            ]
            for c in self.consents
        ]
        fill_table(self.table, rows, [c.id for c in self.consents])
        self._selection_changed()

    def clear(self) -> None:
        self.consents = []
        self.table.setRowCount(0)

    def _selected(self) -> ConsentView | None:
        chosen = selected_id(self.table)
        return next((c for c in self.consents if c.id == chosen), None)

    def _selection_changed(self) -> None:
        consent = self._selected()
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)

    def open_consent(self, draft: dict[str, Any] | None = None) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        if ws is None or bundle is None:
            return
        dialog = ConsentDialog(
            ws,
            self.window(),
            bundle.case_id,
            bundle.detail.reference,
            bundle.catalogues.partner_sectors,
        )
        self.screen.open_form(dialog, draft)

    def open_withdraw(
        self, consent: ConsentView | None = None, draft: dict[str, Any] | None = None
    ) -> None:
        ws, bundle = self.screen.workspace, self.screen.bundle
        consent = consent or self._selected()
        if ws is None or bundle is None or consent is None or consent.withdrawn_on:
            return
        dialog = WithdrawDialog(ws, self.window(), bundle.case_id, consent, describe(consent))
        self.screen.open_form(dialog, draft)

    def resume(self, form_key: str, payload: dict[str, Any]) -> None:
        kind, _, rest = form_key.partition(":")
        if kind == "consent":
            self.open_consent(payload)
            return
        wanted = uuid.UUID(rest)
        consent = next((c for c in self.consents if c.id == wanted), None)
        if consent is not None:
            self.open_withdraw(consent, payload)
