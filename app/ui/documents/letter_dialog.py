"""The orientation letter from a case: partner and contact, purpose, what to
include, the consent register's verdict (or an override with its reason),
then preview and issue."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core.consent import ConsentCheck
from app.core.document_content import signature_function
from app.core.drafts import delete_draft, save_draft
from app.core.letter_fields import DEFAULT_FIELDS, FieldOption, field_options, read_facts
from app.core.letters import MIN_OVERRIDE_REASON, LetterRequest, check_letter_consent
from app.core.partners import (
    PartnerFilter,
    PartnerRow,
    PartnerView,
    fold,
    get_partner,
    search_partners,
)
from app.core.templates import DocumentKind, load_template
from app.core.vocabulary import SharePurpose
from app.documents.issue import issue_letter, preview_letter
from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr
from app.ui.documents.flow import preview_then_issue
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import ErrorLabel, fit_to_screen, label, with_error
from app.ui.workspace import Workspace

PURPOSE_BY_SECTOR = {
    "shelter": SharePurpose.HOUSING,
    "housing": SharePurpose.HOUSING,
    "legal_aid": SharePurpose.LEGAL,
    "justice": SharePurpose.LEGAL,
}


@dataclass(frozen=True)
class _Start:
    partners: list[PartnerRow]
    options: list[FieldOption]
    function: str
    reference: str


class LetterDialog(QDialog):
    issued = Signal(object)  # document id

    def __init__(
        self, workspace: Workspace, case_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Courrier d'orientation"))
        self.workspace = workspace
        self.case_id = case_id
        self.partner: PartnerView | None = None
        self.verdict: ConsentCheck | None = None
        self.reference = ""
        self._pending_draft: dict[str, Any] | None = None
        self._check_request = 0

        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Rechercher un partenaire (nom, secteur, commune)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Rechercher un partenaire"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(lambda: self.partners.setFocus())
        self.partners = QListWidget()
        self.partners.setAccessibleName(tr("Partenaires"))
        self.partners.currentItemChanged.connect(lambda *_: self._partner_chosen())
        self.contact = QComboBox()
        self.purpose = QComboBox()
        for p in SharePurpose:
            self.purpose.addItem(p.label, p)
        self.purpose.currentIndexChanged.connect(lambda _i: self._check_consent())
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("Pour le registre du dossier (non imprimé)"))
        self.fields = QListWidget()
        self.fields.setAccessibleName(tr("Informations à inclure"))
        self.fields.setWordWrap(True)
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verdict_label = label("", None)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.override = QCheckBox(tr("&Passer outre l'absence d'accord (raison obligatoire)"))
        self.override.toggled.connect(self._override_toggled)
        self.override_reason = QPlainTextEdit()
        self.override_reason.setTabChangesFocus(True)
        self.override_reason.setFixedHeight(54)
        self.override_reason.setPlaceholderText(
            tr("Pourquoi ce courrier part-il sans l'accord de la personne ?")
        )
        self.function = QLineEdit()
        #: the language the letter is written in: the partner's (issue 14)
        self.language_label = label("", "muted")
        self.language_label.setTextFormat(Qt.TextFormat.PlainText)
        self._template_fallback = False
        self.errors = {k: ErrorLabel() for k in ("partner", "fields", "consent", "contact")}
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        self.preview_button = self.buttons.addButton(
            tr("&Aperçu…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.preview)
        self.buttons.rejected.connect(self.reject)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(50)
        self.check_timer.timeout.connect(self._run_check)

        left = QVBoxLayout()
        left.addWidget(label(tr("1. Destinataire"), "subtitle"))
        left.addWidget(self.search)
        left.addWidget(with_error(self.partners, self.errors["partner"]), 1)
        form = QFormLayout()
        form.addRow(tr("&Contact :"), with_error(self.contact, self.errors["contact"]))
        form.addRow(tr("&But :"), self.purpose)
        form.addRow(tr("&Motif :"), self.reason)
        form.addRow(tr("&Fonction sous la signature :"), self.function)
        left.addLayout(form)
        left.addWidget(self.language_label)
        right = QVBoxLayout()
        right.addWidget(label(tr("2. Ce que le courrier contient"), "subtitle"))
        right.addWidget(
            label(
                tr("Cochez seulement ce qui est utile au partenaire. Rien d'autre n'est imprimé."),
                "muted",
            )
        )
        right.addWidget(with_error(self.fields, self.errors["fields"]), 1)
        right.addWidget(label(tr("3. Accord de la personne"), "subtitle"))
        right.addWidget(self.verdict_label)
        right.addWidget(self.override)
        right.addWidget(with_error(self.override_reason, self.errors["consent"]))
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 980, 640)
        self._override_toggled(False)
        self.search.setFocus()

    # -- loading ----------------------------------------------------------------------
    def load(self) -> None:
        ws, case_id = self.workspace, self.case_id
        actor = ws.session

        def read(tx: Tx) -> _Start:
            facts = read_facts(tx, actor, case_id)
            return _Start(
                search_partners(tx, actor, PartnerFilter()),
                field_options(facts, clock.today()),
                signature_function(tx, actor),
                facts.detail.reference,
            )

        ws.ops.read(self, read, self._loaded, on_error=self._failed)

    def _loaded(self, start: _Start) -> None:
        self.reference = start.reference
        self.function.setText(start.function)
        for row in start.partners:
            item = QListWidgetItem(f"{row.name}\n{row.sector_label} — {row.communes}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            words = fold(f"{row.name} {row.sector_label} {row.communes} {row.contacts}")
            item.setData(Qt.ItemDataRole.UserRole + 1, words)
            self.partners.addItem(item)
        hide = self.workspace.hide_names
        for option in start.options:
            text = option.label
            if option.available and option.value and not hide and option.code != "situation":
                text += f" — {option.value}"
            elif not option.available:
                text += f" — {option.unavailable}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, option.code)
            item.setToolTip(option.unavailable or "")
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if option.available:
                flags |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags)
            checked = option.available and option.code in DEFAULT_FIELDS
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.fields.addItem(item)
        if self._pending_draft is not None:
            self._apply_draft(self._pending_draft)

    def _failed(self, exc: BaseException) -> bool:
        self.error.show_message(error_text(exc))
        return True  # shown in the dialog, which keeps what was chosen

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        first = None
        for row in range(self.partners.count()):
            item = self.partners.item(row)
            hay = item.data(Qt.ItemDataRole.UserRole + 1) or ""
            hidden = any(w not in hay for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.partners.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.partners.setCurrentItem(first)

    # -- partner and consent ----------------------------------------------------------
    def select_partner(self, partner_id: uuid.UUID) -> None:
        for row in range(self.partners.count()):
            if self.partners.item(row).data(Qt.ItemDataRole.UserRole) == partner_id:
                self.partners.setCurrentRow(row)
                return

    def _partner_chosen(self) -> None:
        item = self.partners.currentItem()
        partner_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.partner = None
        self.contact.clear()
        self.language_label.clear()
        if partner_id is None:
            return
        ws = self.workspace
        actor = ws.session
        ws.ops.read(
            self,
            lambda tx: get_partner(tx, actor, partner_id),
            self._partner_loaded,
            on_error=self._failed,
        )

    def _partner_loaded(self, partner: PartnerView) -> None:
        item = self.partners.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) != partner.id:
            return
        self.partner = partner
        self._show_language(partner, fallback=False)
        self._check_template_language(partner)
        self.contact.clear()
        self.contact.addItem(tr("(l'organisation, sans contact nommé)"), None)
        for c in partner.contacts:
            self.contact.addItem(c.describe(), c.id)
        if self.contact.count() > 1:
            self.contact.setCurrentIndex(1)
        purpose = PURPOSE_BY_SECTOR.get(partner.sector, SharePurpose.REFERRAL)
        self.purpose.blockSignals(True)
        self.purpose.setCurrentIndex(self.purpose.findData(purpose))
        self.purpose.blockSignals(False)
        if self._pending_draft is not None:
            self._apply_draft(self._pending_draft, partner_loaded=True)
        self._check_consent()

    def _check_template_language(self, partner: PartnerView) -> None:
        """Does the orientation template have a text in the partner's language?"""
        language = partner.language

        def read(tx: Tx) -> bool:
            return load_template(tx, DocumentKind.ORIENTATION, language).fallback

        def shown(fallback: bool) -> None:
            if self.partner is not None and self.partner.id == partner.id:
                self._show_language(partner, fallback=fallback)

        self.workspace.ops.read(self, read, shown, on_error=self._failed)

    def _show_language(self, partner: PartnerView, *, fallback: bool) -> None:
        self._template_fallback = fallback
        self.language_label.setText(self.language_text())

    def language_text(self) -> str:
        """ "Courrier rédigé en Nederlands (langue du partenaire)" and, when the
        template has no text in it, that its body stays French."""
        if self.partner is None:
            return ""
        name = LANGUAGES.get(self.partner.language, LANGUAGES[DEFAULT_LANGUAGE])
        text = tr("Courrier rédigé en {language} (langue du partenaire).").format(language=name)
        if self._template_fallback:
            text += " " + tr(
                "Le modèle n'a pas encore de texte en {language} : le corps du courrier "
                "reste en français (Paramètres › Modèles de documents)."
            ).format(language=name)
        return text

    def _check_consent(self) -> None:
        self.check_timer.start()

    def _run_check(self) -> None:
        partner, ws, case_id = self.partner, self.workspace, self.case_id
        if partner is None:
            return
        purpose = self.current_purpose()
        self._check_request += 1
        request = self._check_request
        actor = ws.session
        ws.ops.read(
            self,
            lambda tx: check_letter_consent(tx, actor, case_id, partner, purpose),
            lambda v: self._verdict(request, v),
            on_error=self._failed,
        )

    def _verdict(self, request: int, verdict: ConsentCheck) -> None:
        if request != self._check_request:
            return
        self.verdict = verdict
        if verdict.allowed:
            self.verdict_label.setText("✓ " + verdict.reason)
            self.verdict_label.setStyleSheet("color: #1f6b43; font-weight: 600;")
            self.override.setChecked(False)
            self.override.setEnabled(False)
        else:
            self.verdict_label.setText("✗ " + verdict.reason)
            self.verdict_label.setStyleSheet("color: #b42318; font-weight: 600;")
            self.override.setEnabled(True)
        self._override_toggled(self.override.isChecked())

    def _override_toggled(self, on: bool) -> None:
        self.override_reason.setVisible(on)
        self.override_reason.setEnabled(on)
        if on:
            self.override_reason.setFocus()

    # -- the request ------------------------------------------------------------------
    def current_purpose(self) -> SharePurpose:
        # QComboBox hands a StrEnum back as a plain str
        return SharePurpose(self.purpose.currentData() or SharePurpose.REFERRAL)

    def ticked(self) -> tuple[str, ...]:
        return tuple(
            self.fields.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.fields.count())
            if self.fields.item(r).checkState() == Qt.CheckState.Checked
        )

    def set_ticked(self, codes: set[str]) -> None:
        for r in range(self.fields.count()):
            item = self.fields.item(r)
            on = item.data(Qt.ItemDataRole.UserRole) in codes and bool(
                item.flags() & Qt.ItemFlag.ItemIsEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def request(self) -> LetterRequest | None:
        for e in (*self.errors.values(), self.error):
            e.show_message(None)
        if self.partner is None:
            self.errors["partner"].show_message(tr("Choisissez le partenaire destinataire."))
            return None
        if not self.ticked():
            self.errors["fields"].show_message(tr("Cochez au moins une information."))
            return None
        override = self.override_reason.toPlainText().strip() if self.override.isChecked() else ""
        if self.verdict is not None and not self.verdict.allowed:
            if not self.override.isChecked():
                self.errors["consent"].show_message(
                    tr(
                        "Sans accord de la personne, le courrier ne peut pas partir. Notez son "
                        "accord dans l'onglet Consentements, ou passez outre avec une raison."
                    )
                )
                return None
            if len(override) < MIN_OVERRIDE_REASON:
                self.errors["consent"].show_message(
                    tr("Expliquez la raison (au moins {n} caractères).").format(
                        n=MIN_OVERRIDE_REASON
                    )
                )
                self.override_reason.setFocus()
                return None
        return LetterRequest(
            case_id=self.case_id,
            partner_id=self.partner.id,
            contact_id=self.contact.currentData(),
            purpose=self.current_purpose(),
            fields=self.ticked(),
            reason=self.reason.text(),
            override_reason=override,
            signature_function=self.function.text(),
        )

    def preview(self) -> None:
        request = self.request()
        if request is None:
            return
        ws = self.workspace
        preview_then_issue(
            self,
            ws,
            title=tr("Courrier d'orientation — aperçu"),
            name=f"orientation-{self.reference}.pdf",
            preview=lambda s, actor: preview_letter(s, actor, request),
            issue=lambda s, actor: issue_letter(s, actor, request),
            on_issued=self._issued,
            on_refused=lambda exc: self.error.show_message(error_text(exc)),
            note=self.language_text()
            + " "
            + tr("Aperçu : relisez avant d'émettre. Rien n'est encore enregistré."),
        )

    def _issued(self, document_id: uuid.UUID) -> None:
        ws, key = self.workspace, f"letter:{self.case_id}"
        actor = ws.session
        # The owner is the case window: this dialog closes now, but a draft that
        # could not be deleted must still be reported.
        ws.ops.write(self.parentWidget() or self, lambda tx: delete_draft(tx, actor, key))
        self.issued.emit(document_id)
        self.accept()

    # -- drafts -----------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        return {
            "partner_id": str(self.partner.id) if self.partner else None,
            "contact_id": str(self.contact.currentData()) if self.contact.currentData() else None,
            "purpose": self.current_purpose().value,
            "fields": list(self.ticked()),
            "reason": self.reason.text(),
            "override": self.override.isChecked(),
            "override_reason": self.override_reason.toPlainText(),
            "function": self.function.text(),
        }

    def start_from_draft(self, payload: dict[str, Any]) -> None:
        self._pending_draft = payload

    def _apply_draft(self, d: dict[str, Any], partner_loaded: bool = False) -> None:
        if not partner_loaded:
            self.set_ticked(set(d.get("fields") or []))
            self.reason.setText(d.get("reason") or "")
            self.function.setText(d.get("function") or self.function.text())
            if d.get("partner_id"):
                self.select_partner(uuid.UUID(d["partner_id"]))
            else:
                self._pending_draft = None
            return
        self._pending_draft = None
        if d.get("contact_id"):
            index = self.contact.findData(uuid.UUID(d["contact_id"]))
            self.contact.setCurrentIndex(max(index, 0))
        self.purpose.setCurrentIndex(max(self.purpose.findData(SharePurpose(d["purpose"])), 0))
        self.override.setChecked(bool(d.get("override")))
        self.override_reason.setPlainText(d.get("override_reason") or "")

    def stash_draft(self) -> None:
        ws = self.workspace
        actor, key, payload = ws.session, f"letter:{self.case_id}", self.draft()
        ws.ops.write_now(
            lambda tx: save_draft(
                tx, actor, key, payload, case_id=self.case_id, title=tr("Courrier d'orientation")
            )
        )
