"""The selected organisation: everything a worker needs to call or write."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.core.partners import PartnerView
from app.i18n import LANGUAGES, tr


class PartnerDetails(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.partner: PartnerView | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.clear()

    def clear(self) -> None:
        self.partner = None
        self.text.setText(
            "<span style='color:#5a6570'>{}</span>".format(
                html.escape(tr("Choisissez une organisation pour voir ses coordonnées."))
            )
        )

    def show_partner(self, p: PartnerView) -> None:
        self.partner = p
        e = html.escape

        def row(title: str, value: str | None) -> str:
            if not value:
                return ""
            return "<p><b>{}</b><br/>{}</p>".format(e(title), e(value).replace("\n", "<br/>"))

        parts = [f"<h3 style='margin-bottom:2px'>{e(p.name)}</h3>"]
        status = "" if p.active else " — " + tr("inactive")
        parts.append(f"<p style='color:#5a6570'>{e(p.sector_label + status)}</p>")
        parts.append(row(tr("Services"), p.services))
        parts.append(row(tr("Horaires"), p.hours))
        parts.append(row(tr("Adresse"), "\n".join(p.address_lines())))
        parts.append(row(tr("Téléphone"), p.phone))
        parts.append(row(tr("E-mail"), p.email))
        parts.append(
            row(
                tr("Communes desservies"),
                ", ".join(p.commune_names) or tr("Toutes les communes"),
            )
        )
        if p.contacts:
            lines = []
            for c in p.contacts:
                extra = " — ".join(x for x in (c.phone, c.email) if x)
                lines.append(c.describe() + (f"\n    {extra}" if extra else ""))
            parts.append(row(tr("Personnes de contact"), "\n".join(lines)))
        parts.append(row(tr("Notes"), p.notes))
        parts.append(row(tr("Langue des courriers"), LANGUAGES.get(p.language, "")))
        self.text.setText("".join(parts))
