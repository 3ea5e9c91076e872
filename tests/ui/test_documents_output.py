"""Printing and saving a copy of an issued document: the trace first, then the bytes.

Driven through the real preview dialog over a real vault. Only the system
boundaries are replaced: the file chooser (which returns a path under
``tmp_path``) and, where a page must come out, the printer (a PDF file under
``tmp_path`` stands for the paper). A trace that cannot be written lets nothing
out and says why; the print dialog offers no "print to file".
"""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.core import audit
from app.core.letters import AttestationRequest
from app.core.vocabulary import Role
from app.documents.issue import issue_attestation
from app.storage.models import AuditEntry, IssuedDocument
from app.ui.controller import AppController
from app.ui.documents import pdf_view, preview
from app.ui.documents.preview import PdfPreviewDialog
from tests.integration.letters_support import LetterCase, make_letter_case
from tests.ui.test_letters_ui import _Files, documents_tab, idle, preview_dialog

OUTPUTS = (audit.Action.DOCUMENT_PRINTED, audit.Action.DOCUMENT_SAVED)


def issued(controller: AppController) -> tuple[LetterCase, uuid.UUID]:
    """A case with an attestation issued through the core service."""
    files = _Files(controller)
    lc = make_letter_case(files)  # type: ignore[arg-type]
    with files.session() as s, s.begin():
        ref = issue_attestation(s, files.actor, AttestationRequest(lc.case_id))
    return lc, ref.id


def reprinted(qtbot: QtBot, controller: AppController, lc: LetterCase) -> PdfPreviewDialog:
    """The register's "Afficher / réimprimer…" on the case's only document."""
    section = documents_tab(qtbot, controller, lc)
    qtbot.waitUntil(lambda: section.table.rowCount() == 1)
    section.table.selectRow(0)
    section.show_button.click()
    dialog = preview_dialog(qtbot, controller)
    qtbot.waitUntil(lambda: dialog.view.page_count >= 1)
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    return dialog


def outputs(controller: AppController, document_id: uuid.UUID) -> list[str]:
    """The print and copy entries of the audit trail for ``document_id``, oldest first."""
    with controller.vault.require_db().session() as s:
        return list(
            s.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.object_id == str(document_id), AuditEntry.action.in_(OUTPUTS))
                .order_by(AuditEntry.seq)
            )
        )


def choose_file(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Accept the unencrypted-copy warning and pick ``target`` in the file chooser."""
    warned: list[str] = []
    monkeypatch.setattr(pdf_view, "_confirm", lambda _p, message: warned.append(message) or True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    return warned


def test_a_copy_whose_trace_cannot_be_written_is_not_saved(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lc, document_id = issued(unlocked)
    dialog = reprinted(qtbot, unlocked, lc)
    # Meanwhile the document leaves the vault (a colleague's purge): its copy
    # cannot be traced any more.
    with unlocked.vault.require_db().session() as s, s.begin():
        s.delete(s.get(IssuedDocument, document_id))
    target = tmp_path / "copie.pdf"
    warned = choose_file(monkeypatch, target)

    dialog.save_button.click()
    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: "Aucune copie" in dialog.error.text())

    assert "pas chiffrée" in warned[0]  # asked where, after the warning…
    assert not target.exists()  # …but nothing was written
    assert "n'existe plus" in dialog.error.text()  # and the person is told why
    assert outputs(unlocked, document_id) == []
    assert dialog.save_button.isEnabled()
    dialog.close_button.click()


def test_a_copy_is_written_only_after_its_trace_is_committed(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lc, document_id = issued(unlocked)
    dialog = reprinted(qtbot, unlocked, lc)
    target = tmp_path / "copie.pdf"
    choose_file(monkeypatch, target)
    traced_before: list[list[str]] = []
    real_write = preview.write_copy

    def write_copy(path: Path, pdf: bytes) -> None:
        traced_before.append(outputs(unlocked, document_id))
        real_write(path, pdf)

    monkeypatch.setattr(preview, "write_copy", write_copy)

    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()

    assert traced_before == [[audit.Action.DOCUMENT_SAVED]]
    assert target.read_bytes() == dialog.pdf
    dialog.close_button.click()


def test_a_print_whose_trace_is_refused_prints_nothing(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lc, document_id = issued(unlocked)
    dialog = reprinted(qtbot, unlocked, lc)
    paper = tmp_path / "paper.pdf"

    def choose_printer(_parent, _title) -> QPrinter:  # the system dialog and its printer
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(paper))
        return printer

    monkeypatch.setattr(preview, "choose_printer", choose_printer)
    # The account became a street educator's since the case was opened.
    coordinator = unlocked.workspace.session
    unlocked.workspace.session = dataclasses.replace(coordinator, role=Role.STREET_EDUCATOR)

    dialog.print_button.click()
    idle(qtbot, unlocked)
    qtbot.waitUntil(lambda: "pas été imprimé" in dialog.error.text())
    assert not paper.exists()
    assert "Éducateur·rice de rue" in dialog.error.text()
    assert outputs(unlocked, document_id) == []

    unlocked.workspace.session = coordinator
    with qtbot.waitSignal(dialog.printed, timeout=10_000):
        dialog.print_button.click()
    assert len(PdfReader(paper).pages) == dialog.view.page_count
    assert outputs(unlocked, document_id) == [audit.Action.DOCUMENT_PRINTED]
    dialog.close_button.click()


def _accept_print_dialog(seen: list[QPrintDialog]) -> None:
    """Press OK in the system print dialog once it is shown (exec() blocks)."""

    def accept() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QPrintDialog):
            QTimer.singleShot(20, accept)
            return
        seen.append(box)
        box.accept()

    QTimer.singleShot(20, accept)


def test_the_print_dialog_offers_no_print_to_file(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if QPrinterInfo.availablePrinters():
        pytest.skip("a printer is installed: OK would send a real job")
    lc, document_id = issued(unlocked)
    dialog = reprinted(qtbot, unlocked, lc)
    here = tmp_path / "documents"
    here.mkdir()
    monkeypatch.chdir(here)  # where a "print to file" would land by default
    seen: list[QPrintDialog] = []
    _accept_print_dialog(seen)

    dialog.print_button.click()  # the real QPrintDialog, accepted as it comes

    assert seen and not seen[0].testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    # No printer here: Qt would have fallen back to a PDF file. It is refused,
    # and the person is pointed to the copy that warns first.
    assert "Enregistrer une copie" in dialog.error.text()
    assert list(here.iterdir()) == []
    idle(qtbot, unlocked)
    assert outputs(unlocked, document_id) == []
    dialog.close_button.click()


def test_a_printer_that_writes_a_file_is_not_taken_for_paper(tmp_path: Path, qtbot: QtBot) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "x.pdf"))
    assert not pdf_view.prints_on_paper(printer)
