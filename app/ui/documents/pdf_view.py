"""Showing, printing and saving a PDF held in memory (QtPdf): no file is written
unless the person chooses where, after being told the copy is not encrypted."""

from __future__ import annotations

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
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.i18n import tr

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


def ask_and_print(parent: QWidget, document: QPdfDocument, title: str) -> bool:
    """The system print dialog, then print; True when something was printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(tr("Document"))  # the spooler shows it: no name of a person
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return print_document(document, printer) > 0


def unencrypted_warning() -> str:
    return tr(
        "La copie enregistrée ne sera pas chiffrée : toute personne qui a accès à cet "
        "ordinateur ou à cette clé USB pourra la lire. Enregistrez-la seulement si c'est "
        "nécessaire, à un endroit sûr, et supprimez-la dès qu'elle n'est plus utile."
    )


def ask_and_save(
    parent: QWidget,
    pdf: bytes,
    suggested_name: str,
    *,
    confirm: Callable[[QWidget, str], bool] | None = None,
) -> Path | None:
    """Remind that the copy is not encrypted, ask where, write there; None if cancelled."""
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
    target.write_bytes(pdf)
    return target


def _confirm(parent: QWidget, message: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Balise"), message, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    go = box.addButton(tr("&Choisir où enregistrer…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go
