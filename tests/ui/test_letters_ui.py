"""From a case: choose a partner, tick what to include, preview, issue, save a
copy, find it in the register and reprint it; refusal and override without consent."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core.auth import UserSession
from app.storage.models import IssuedDocument
from app.ui.controller import AppController
from app.ui.documents import pdf_view
from app.ui.documents.letter_dialog import LetterDialog
from app.ui.documents.preview import PdfPreviewDialog
from app.ui.documents.register import DocumentSection
from tests.integration.letters_support import LetterCase, make_letter_case, pdf_text
from tests.ui.case_support import open_case, visible_dialog, window_of
from tests.ui.conftest import type_text
from tests.ui.test_partners_ui import snap


@dataclass
class _Files:
    """make_letter_case() over the controller's unlocked vault."""

    controller: AppController

    def session(self):
        return self.controller.vault.require_db().session()

    @property
    def actor(self) -> UserSession:
        return self.controller.workspace.session


def idle(qtbot: QtBot, controller: AppController) -> None:
    qtbot.waitUntil(lambda: not controller.tasks.is_busy, timeout=10_000)


def documents_tab(qtbot: QtBot, controller: AppController, lc: LetterCase) -> DocumentSection:
    page = open_case(qtbot, controller, lc.case_id)
    page.tabs.setCurrentWidget(page.documents)
    idle(qtbot, controller)
    return page.documents


def open_letter(qtbot: QtBot, controller: AppController, section: DocumentSection) -> LetterDialog:
    section.letter_button.click()
    dialog = visible_dialog(qtbot, window_of(controller), LetterDialog)
    idle(qtbot, controller)
    qtbot.waitUntil(lambda: dialog.partners.count() > 0)
    return dialog


def choose(qtbot: QtBot, controller: AppController, dialog: LetterDialog, text: str) -> None:
    type_text(qtbot, dialog.search, text)
    qtbot.waitUntil(lambda: dialog.partner is not None)
    idle(qtbot, controller)
    qtbot.wait(80)
    idle(qtbot, controller)
    qtbot.waitUntil(lambda: dialog.verdict is not None)


def preview_dialog(qtbot: QtBot, controller: AppController) -> PdfPreviewDialog:
    idle(qtbot, controller)
    return visible_dialog(qtbot, window_of(controller), PdfPreviewDialog)


def test_a_letter_from_the_case_is_previewed_issued_saved_and_reprinted(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch
) -> None:
    lc = make_letter_case(_Files(unlocked))  # type: ignore[arg-type]
    section = documents_tab(qtbot, unlocked, lc)
    assert section.table.rowCount() == 0
    dialog = open_letter(qtbot, unlocked, section)
    choose(qtbot, unlocked, dialog, "cpas aywa")
    assert dialog.partner.name == "CPAS d'Aywaille"
    assert dialog.verdict.allowed and "✓" in dialog.verdict_label.text()
    assert dialog.contact.currentText().startswith("Sophie Lejeune")
    dialog.set_ticked({"identity", "situation"})
    address = next(
        dialog.fields.item(r)
        for r in range(dialog.fields.count())
        if dialog.fields.item(r).data(Qt.ItemDataRole.UserRole) == "address"
    )
    assert not address.flags() & Qt.ItemFlag.ItemIsEnabled  # unsafe: cannot be ticked
    snap(dialog, "letter_dialog")

    dialog.preview_button.click()
    preview = preview_dialog(qtbot, unlocked)
    qtbot.waitUntil(lambda: preview.view.page_count >= 1)
    assert not preview.print_button.isEnabled() and preview.issue_button.isVisible()
    snap(preview, "letter_preview")
    preview.issue_button.click()
    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled())
    assert "Ayşe" in pdf_text(preview.pdf)

    target = tmp_path / "copie.pdf"
    warned: list[str] = []
    monkeypatch.setattr(pdf_view, "_confirm", lambda _p, message: warned.append(message) or True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    preview.save_button.click()
    assert "pas chiffrée" in warned[0]
    qtbot.waitUntil(target.exists)  # written once the copy is traced
    assert target.read_bytes() == preview.pdf
    preview.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())

    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: section.table.rowCount() == 1)
    assert "CPAS d'Aywaille" in section.table.item(0, 2).text()
    assert "Identité" in section.table.item(0, 3).text()
    snap(section, "case_documents_tab")
    section.table.selectRow(0)
    section.show_button.click()
    reprinted = preview_dialog(qtbot, unlocked)
    assert reprinted.pdf == target.read_bytes() and reprinted.print_button.isEnabled()
    printer = pdf_view.QPrinter(pdf_view.QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(pdf_view.QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert pdf_view.print_document(reprinted.view.document, printer) == reprinted.view.page_count
    reprinted.close_button.click()


def test_without_consent_the_letter_is_refused_then_issued_with_a_recorded_override(
    qtbot: QtBot, unlocked: AppController
) -> None:
    lc = make_letter_case(_Files(unlocked))  # type: ignore[arg-type]
    section = documents_tab(qtbot, unlocked, lc)
    dialog = open_letter(qtbot, unlocked, section)
    choose(qtbot, unlocked, dialog, "secova")
    assert not dialog.verdict.allowed and "✗" in dialog.verdict_label.text()
    dialog.preview_button.click()
    assert "Sans accord" in dialog.errors["consent"].text()
    assert not any(
        isinstance(w, PdfPreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
    )

    dialog.override.setChecked(True)
    type_text(qtbot, dialog.override_reason, "court")
    dialog.preview_button.click()
    assert "au moins" in dialog.errors["consent"].text()
    reason = "Danger immédiat, mise à l'abri la nuit même"
    dialog.override_reason.setPlainText(reason)
    snap(dialog, "letter_dialog_override")
    dialog.preview_button.click()
    preview = preview_dialog(qtbot, unlocked)
    preview.issue_button.click()
    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: preview.print_button.isEnabled())
    preview.close_button.click()
    with unlocked.vault.require_db().session() as s:
        doc = s.scalar(select(IssuedDocument).where(IssuedDocument.case_id == lc.case_id))
        assert doc.override_reason == reason and doc.consent_id is None
    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: section.table.rowCount() == 1)
    assert "Sans accord" in section.table.item(0, 4).text()
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox) and w.isVisible():
            w.close()


def test_templates_editor_reports_an_unknown_placeholder_before_saving(
    qtbot: QtBot, unlocked: AppController
) -> None:
    window = window_of(unlocked)
    window.show_page("settings")
    editor = window.pages["settings"].templates_box
    idle(qtbot, unlocked)
    assert editor.isVisible()
    qtbot.waitUntil(lambda: "{personne}" in editor.body.toPlainText())
    editor.body.setPlainText("Bonjour {persone},\n\n{informations}")
    editor.save_button.click()
    assert "{persone}" in editor.body_error.text()
    idle(qtbot, unlocked)
    with unlocked.vault.require_db().session() as s:
        from app.core.templates import DocumentKind, load_template

        assert load_template(s, DocumentKind.ORIENTATION).is_default
    editor.body.setPlainText("Bonjour {personne},\n\n{informations}\n\nCordialement.")
    editor.save_button.click()
    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: "enregistré" in editor.note.text())
    editor.fields.setCurrentRow(0)
    snap(editor, "settings_templates")


def test_the_recovery_sheet_is_printed_from_a_pdf_in_memory(
    qtbot: QtBot, unlocked: AppController, monkeypatch
) -> None:
    from app.ui import recovery_code

    pages: list[int] = []

    def fake_print(_parent, document, _title) -> bool:
        pdf_view.wait_until_loaded(document)
        pages.append(document.pageCount())
        return True

    monkeypatch.setattr(pdf_view, "ask_and_print", fake_print)
    recovery_code.print_recovery_code(window_of(unlocked), "ABCDE-12345", "Service")
    assert pages == [1]
