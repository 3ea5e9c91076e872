"""Showing, printing and saving a PDF held in memory (QtPdf): no file is written
unless the person chooses where, after being told the copy is not encrypted.

Choosing (a printer, a file) and sending the bytes are separate steps, so that
the screens can trace the output in between and send nothing when the trace
cannot be written (:mod:`app.ui.documents.preview`)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDeadlineTimer,
    QEventLoop,
    QIODevice,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.errors import BaliseError
from app.i18n import tr
from app.ui.messages import show_error

PRINT_DPI = 300


class PdfView(QPdfView):
    """A QPdfView over bytes kept in memory (a QBuffer owned by the view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.setDocument(self.document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setAccessibleName(tr("Aperçu du document"))

    def show_pdf(self, pdf: bytes) -> None:
        self.clear_pdf()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)

    def clear_pdf(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None

    @property
    def page_count(self) -> int:
        return self.document.pageCount()


def wait_until_loaded(document: QPdfDocument, timeout_ms: int = 5000) -> bool:
    """QtPdf may load in the background: wait (events running) until the pages are known."""
    done = (QPdfDocument.Status.Ready, QPdfDocument.Status.Error)
    deadline = QDeadlineTimer(timeout_ms)
    while document.status() not in done and not deadline.hasExpired():
        loop = QEventLoop()
        document.statusChanged.connect(loop.quit)
        QTimer.singleShot(max(1, min(100, deadline.remainingTime())), loop.quit)
        loop.exec()
        document.statusChanged.disconnect(loop.quit)
    return document.status() == QPdfDocument.Status.Ready


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of ``document`` on ``printer``; returns the pages printed."""
    wait_until_loaded(document)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        rect = painter.viewport()
        dpi = min(printer.resolution(), PRINT_DPI)
        options = QPdfDocumentRenderOptions()
        count = document.pageCount()
        for index in range(count):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image: QImage = document.render(index, size, options)
            target = image.size().scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                rect.x(), rect.y(), image.scaled(target, Qt.AspectRatioMode.KeepAspectRatio)
            )
        return count
    finally:
        painter.end()


class NotAPrinter(BaliseError):
    """What the print dialog returned would write a file, not paper."""


def not_a_printer_message() -> str:
    return tr(
        "Aucune imprimante n'a été choisie : le document n'a pas été imprimé. "
        "Pour garder une copie du document sur l'ordinateur, utilisez « Enregistrer "
        "une copie »."
    )


#: printers every Windows installs that write a file instead of paper (and the
#: usual CUPS PDF queue on Linux): refused like "print to file" (docs/WINDOWS.md)
FILE_PRINTERS = (
    "microsoft print to pdf",
    "microsoft xps document writer",
    "onenote",
    "fax",
    "cups-pdf",
    "pdf",
)


def writes_a_file(printer_name: str) -> bool:
    """True for a virtual printer known to write a file (by its usual name)."""
    name = " ".join(printer_name.casefold().split())
    known_name = any(name == known or name.startswith(f"{known} ") for known in FILE_PRINTERS)
    return known_name or name.startswith("send to onenote")


def prints_on_paper(printer: QPrinter) -> bool:
    """True when ``printer`` sends pages to a printer, not to a file."""
    return (
        printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        and not printer.outputFileName()
        and not writes_a_file(printer.printerName())
    )


def print_dialog(printer: QPrinter, parent: QWidget | None, title: str) -> QPrintDialog:
    """The system print dialog, without its "print to file" option.

    "Print to file" would write an unencrypted PDF without the warning of
    « Enregistrer une copie », and be traced as a print. Rather than a second
    warning here, the option is removed: the one way to a file is
    « Enregistrer une copie » (:func:`ask_copy_path`). Virtual printers that
    write a file are refused by their usual names (:func:`writes_a_file`:
    "Microsoft Print to PDF" comes with every Windows); one renamed or
    unknown is beyond what an application can tell apart."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def choose_printer(parent: QWidget, title: str) -> QPrinter | None:
    """Ask for a printer (system dialog); None when cancelled. Nothing is printed yet.

    Raises :class:`NotAPrinter` when the choice would write a file (no printer
    installed: Qt then falls back to PDF output)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # Native output only: Qt silently keeps PdfFormat when no printer exists,
    # which prints_on_paper() then refuses.
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setDocName(tr("Document"))  # the spooler shows it: no name of a person
    dialog = print_dialog(printer, parent, title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if not prints_on_paper(printer):
        raise NotAPrinter(not_a_printer_message())
    return printer


def ask_and_print(parent: QWidget, document: QPdfDocument, title: str) -> bool:
    """Ask for a printer, then print at once; True when something was printed.

    For what needs no trace (the recovery sheet); a case document is traced
    between the two steps (:class:`~app.ui.documents.preview.PdfPreviewDialog`)."""
    try:
        printer = choose_printer(parent, title)
    except NotAPrinter as exc:
        show_error(parent, exc.message)
        return False
    if printer is None:
        return False
    return print_document(document, printer) > 0


def unencrypted_warning() -> str:
    return tr(
        "La copie enregistrée ne sera pas chiffrée : toute personne qui a accès à cet "
        "ordinateur ou à cette clé USB pourra la lire. Enregistrez-la seulement si c'est "
        "nécessaire, à un endroit sûr, et supprimez-la dès qu'elle n'est plus utile."
    )


def ask_copy_path(
    parent: QWidget,
    suggested_name: str,
    *,
    confirm: Callable[[QWidget, str], bool] | None = None,
) -> Path | None:
    """Remind that the copy is not encrypted, then ask where; None if cancelled.

    Nothing is written: :func:`write_copy` does, once the copy is traced."""
    confirm = confirm or _confirm
    if not confirm(parent, unencrypted_warning()):
        return None
    path, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Enregistrer une copie"),
        suggested_name,
        tr("Document PDF (*.pdf)"),
        options=QFileDialog.Option.DontUseNativeDialog,
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    return target


def write_copy(target: Path, pdf: bytes) -> None:
    """Write the copy where the person chose; a French error when it cannot be written."""
    try:
        target.write_bytes(pdf)
    except OSError:
        with contextlib.suppress(OSError):  # no half-written copy left behind
            target.unlink(missing_ok=True)
        raise BaliseError(
            tr(
                "La copie n'a pas pu être écrite à cet endroit (disque plein, dossier "
                "protégé ou clé USB retirée ?). Choisissez un autre endroit."
            )
        ) from None


def _confirm(parent: QWidget, message: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Balise"), message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    go = box.addButton(tr("&Choisir où enregistrer…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go
