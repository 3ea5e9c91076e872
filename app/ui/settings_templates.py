"""Paramètres → Modèles de documents (coordinator): edit subject and body with
placeholders, see the list of placeholders, preview, save — an unknown
placeholder is reported before saving."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.core.document_content import (
    LetterContent,
    ReportContent,
    Section,
    Signature,
    service_letterhead,
)
from app.core.french_dates import long_date, place_and_date
from app.core.templates import (
    INFORMATION_MARK,
    DocumentKind,
    TemplateText,
    fill,
    load_template,
    placeholders,
    reset_template,
    save_template,
    validate_template,
)
from app.documents.orientation_letter import render_letter
from app.documents.report import render_report
from app.errors import ValidationError
from app.i18n import DEFAULT_LANGUAGE, LANGUAGES, tr, writing_in
from app.ui.documents.preview import PdfPreviewDialog
from app.ui.messages import error_text
from app.ui.operations import Tx
from app.ui.widgets import ErrorLabel, label, with_error
from app.ui.workspace import Workspace

SAMPLE = {
    "personne": "Ayşe Yılmaz",
    "civilite": "Madame",
    "e": "e",
    "suivi_depuis": "2 mars 2026",
    "partenaire": "CPAS d'Aywaille",
    "contact": "Sophie Lejeune",
    "but": "une prise en charge par votre service",
    "naissance": ", née le 14 mai 1988,",
    "reference": "2026-0042/03",
}


class TemplatesEditor(QGroupBox):
    """The templates group of the settings page (shown to the coordinator only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Modèles de documents"), parent)
        self.workspace: Workspace | None = None
        self.kind = QComboBox()
        for kind in DocumentKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: self._load_kind())
        # Orientation letters go out in their partner's language: one text per language.
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(lambda _i: self._load_kind())
        self.language.setAccessibleName(tr("Langue du texte"))
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(180)
        self.fields = QListWidget()
        self.fields.setAccessibleName(tr("Champs disponibles"))
        self.fields.setWordWrap(True)
        self.fields.setToolTip(tr("Double-clic ou Entrée : insérer le champ dans le texte"))
        self.fields.itemActivated.connect(self._insert)
        self.subject_error = ErrorLabel()
        self.body_error = ErrorLabel()
        self.note = label("", "muted")
        self.preview_button = QPushButton(tr("A&perçu…"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(tr("Enregistrer le &modèle"))
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(tr("Revenir au texte d'ori&gine"))
        self.reset_button.clicked.connect(self.reset)
        form = QFormLayout()
        form.addRow(tr("Doc&ument :"), self.kind)
        form.addRow(tr("Langue :"), self.language)  # every Alt+letter of "Langue" is taken
        form.addRow(tr("&Objet / titre :"), with_error(self.subject, self.subject_error))
        form.addRow(tr("Te&xte :"), with_error(self.body, self.body_error))
        side = QVBoxLayout()
        side.addWidget(label(tr("Champs disponibles"), None))
        side.addWidget(self.fields, 1)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addLayout(side, 2)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.save_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Les champs entre accolades, comme {personne}, sont remplacés à "
                    "l'impression. Une ligne vide sépare deux paragraphes."
                ),
                "muted",
            )
        )
        layout.addLayout(top)
        layout.addLayout(buttons)

    # -- Page-like --------------------------------------------------------------------
    def load(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.setVisible(workspace.is_coordinator)
        if workspace.is_coordinator:
            self._load_kind()

    def clear(self) -> None:
        self.workspace = None
        self.subject.clear()
        self.body.clear()
        self.fields.clear()
        self.note.clear()
        self.subject_error.show_message(None)
        self.body_error.show_message(None)
        self.hide()

    def current_kind(self) -> DocumentKind:
        return DocumentKind(self.kind.currentData())

    def current_language(self) -> str:
        """The language edited: French for the documents handed to the person."""
        if self.current_kind() is not DocumentKind.ORIENTATION:
            return DEFAULT_LANGUAGE
        return str(self.language.currentData())

    def _load_kind(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        kind = self.current_kind()
        orientation = kind is DocumentKind.ORIENTATION
        self.language.setEnabled(orientation)
        self.language.setToolTip(
            ""
            if orientation
            else tr("Seuls les courriers d'orientation partent dans la langue du partenaire.")
        )
        language = self.current_language()
        self.fields.clear()
        for name, description in placeholders(kind).items():
            item = QListWidgetItem("{" + name + "} — " + description)
            item.setData(256, "{" + name + "}")
            self.fields.addItem(item)

        ws.ops.read(
            self,
            lambda tx: (language, load_template(tx, kind, language)),
            self._loaded,
            on_error=self._failed,
        )

    def _loaded(self, loaded: tuple[str, TemplateText]) -> None:
        language, text = loaded
        if text.kind is not self.current_kind() or language != self.current_language():
            return
        self.subject.setText(text.subject)
        self.body.setPlainText(text.body)
        if text.fallback:
            self.note.setText(
                tr(
                    "Pas de texte en {language} : les courriers dans cette langue "
                    "reprennent le texte français ci-dessous. Enregistrez-le traduit "
                    "pour qu'ils soient entièrement en {language}."
                ).format(language=LANGUAGES[language])
            )
        else:
            self.note.setText(tr("Texte d'origine.") if text.is_default else tr("Texte modifié."))

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError) and exc.field == "subject":
            self.subject_error.show_message(exc.message)
        elif isinstance(exc, ValidationError):
            self.body_error.show_message(exc.message)
        else:
            self.body_error.show_message(error_text(exc))
        return True  # shown next to the text, which stays as typed

    def _insert(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText(item.data(256))
        self.body.setFocus()

    def _check(self) -> bool:
        self.subject_error.show_message(None)
        self.body_error.show_message(None)
        try:
            validate_template(self.current_kind(), self.subject.text(), self.body.toPlainText())
        except ValidationError as exc:
            self._failed(exc)
            return False
        return True

    # -- actions ----------------------------------------------------------------------
    def save(self) -> None:
        ws = self.workspace
        if ws is None or not self._check():
            return
        kind, subject, body = self.current_kind(), self.subject.text(), self.body.toPlainText()
        actor, language = ws.session, self.current_language()
        ws.ops.write(
            self,
            lambda tx: save_template(tx, actor, kind, subject, body, language),
            lambda _none: self.note.setText(tr("Modèle enregistré.")),
            on_error=self._failed,
        )

    def reset(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        kind = self.current_kind()
        actor, language = ws.session, self.current_language()
        ws.ops.write(
            self,
            lambda tx: reset_template(tx, actor, kind, language),
            lambda _none: self._load_kind(),
            on_error=self._failed,
        )

    def preview(self) -> None:
        ws = self.workspace
        if ws is None or not self._check():
            return
        kind, subject, body = self.current_kind(), self.subject.text(), self.body.toPlainText()
        actor, language = ws.session, self.current_language()

        def build(tx: Tx) -> bytes:
            with writing_in(language if kind is DocumentKind.ORIENTATION else None):
                return _sample(tx)

        def _sample(tx: Tx) -> bytes:
            head = service_letterhead(tx)
            values = SAMPLE | {
                "service": head.name,
                "commune_service": head.commune,
                "date": long_date(clock.today()),
                "intervenant": actor.full_name,
                "fonction": tr("Référent·e VIF"),
            }
            paragraphs = [
                fill(p.strip(), values)
                for p in body.split("\n\n")
                if p.strip() and p.strip() != INFORMATION_MARK
            ]
            if kind in (DocumentKind.ORIENTATION, DocumentKind.ATTESTATION):
                letter = kind is DocumentKind.ORIENTATION
                return render_letter(
                    LetterContent(
                        letterhead=head,
                        reference=SAMPLE["reference"],
                        place_date=place_and_date(head.commune, clock.today()),
                        addressee=("CPAS d'Aywaille", "Place de la Commune 6", "4920 Aywaille")
                        if letter
                        else (),
                        subject=fill(subject, values) if letter else "",
                        title="" if letter else fill(subject, values),
                        paragraphs=tuple(paragraphs),
                        signature=Signature(actor.full_name, values["fonction"]),
                        information=(("Identité", SAMPLE["personne"]),) if letter else (),
                        information_title=tr("Informations transmises (exemple)"),
                    )
                )
            return render_report(
                ReportContent(
                    title=fill(subject, values),
                    intro=tuple(paragraphs),
                    sections=(Section(tr("Exemple de rubrique"), rows=(("…", "…"),)),),
                    letterhead=head if kind is DocumentKind.ACCESS_SUMMARY else None,
                ),
                pdf_title=tr("Aperçu"),
            )

        def shown(pdf: bytes) -> None:
            PdfPreviewDialog(pdf, tr("Aperçu du modèle"), self.window()).open()

        ws.ops.read(self, build, shown, on_error=self._failed)
