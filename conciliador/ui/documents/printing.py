"""Printing PDFs through the system's print dialog.

The person chooses the printer in ``QPrintDialog`` (on the GUI thread); then every page is
rendered with QtPdf and painted onto the printer off the GUI thread — a thread may paint on a
``QPrinter`` — with progress, and «Cancelar» between pages (the job is aborted, nothing half
printed is sent). The dialog sits behind ``Printers`` so tests choose a PDF file instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from conciliador.services.errors import ServiceError
from conciliador.ui.documents.files import file_stem
from conciliador.ui.i18n import tr
from conciliador.ui.tasks import Progress

#: Pages are rendered at most at this resolution: sharp on paper, and a 1200-dpi printer
#: does not make each page a 140-megapixel image.
MAX_DPI = 300


class PrintFailed(ServiceError):
    """The printer refused the job, or a document cannot be printed (said in Spanish)."""


class Printers(Protocol):
    def choose(
        self, parent: QWidget, title: str, pages: int, chosen: Callable[[QPrinter], None]
    ) -> None:
        """Ask where to print (``pages``: how many, 0 when not known yet); call ``chosen``
        with the configured printer, or nothing when the person cancels."""
        ...


class QtPrinters:
    """The system's print dialog, opened with ``open()`` (no nested event loop)."""

    def __init__(self) -> None:
        self.dialog: QPrintDialog | None = None
        self.printer: QPrinter | None = None

    def choose(
        self, parent: QWidget, title: str, pages: int, chosen: Callable[[QPrinter], None]
    ) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(file_stem(title))  # also the name offered when printing to a file
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(title)
        if pages:
            dialog.setMinMax(1, pages)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        self.dialog, self.printer = dialog, printer

        def accepted() -> None:
            chosen(printer)

        dialog.accepted.connect(accepted)
        QDialog.open(dialog)  # not exec(): no nested event loop


def _open(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed(tr("Un documento no es un PDF válido: no se imprimió."))
    return document, buffer


def page_total(pdfs: Sequence[bytes]) -> int:
    total = 0
    for data in pdfs:
        document, buffer = _open(data)
        total += document.pageCount()
        document.close()
        buffer.close()
    return total


def _selected(printer: QPrinter, total: int) -> list[int]:
    """The page numbers (0-based, over all documents) the dialog's page range asks for."""
    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() != QPrinter.PrintRange.PageRange or first < 1:
        return list(range(total))
    return list(range(first - 1, min(last or total, total)))


def print_pdfs(pdfs: Sequence[bytes], printer: QPrinter, progress: Progress) -> int:
    """Print every page of ``pdfs`` on ``printer`` as one job; returns the pages printed.
    Runs off the GUI thread; ``progress`` reports each page and raises ``Cancelled``."""
    total = page_total(pdfs)
    wanted = set(_selected(printer, total))
    # Most printers make the copies themselves; otherwise the job repeats the pages.
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            tr("La impresora no aceptó el trabajo: revise que esté conectada y encendida.")
        )
    printed = 0
    steps = len(wanted) * copies
    try:
        for _copy in range(copies):
            number = 0
            for data in pdfs:
                document, buffer = _open(data)
                try:
                    for page in range(document.pageCount()):
                        if number in wanted:
                            if printed:
                                printer.newPage()
                            _paint(painter, printer, document, page)
                            printed += 1
                            progress(printed, steps)
                        number += 1
                finally:
                    document.close()
                    buffer.close()
    except BaseException:
        # Cancelled or failed: the printer drops the job; a print to a file leaves none.
        aborted = printer.abort()
        painter.end()
        if not aborted and printer.outputFileName():
            Path(printer.outputFileName()).unlink(missing_ok=True)
        raise
    painter.end()
    return printed


def _paint(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    """One page, fitted to the printable area with its proportions kept."""
    area = painter.viewport()
    points = document.pagePointSize(page)
    dpi = min(printer.resolution(), MAX_DPI)
    image = document.render(
        page, QSize(max(1, round(points.width() / 72 * dpi)), round(points.height() / 72 * dpi))
    )
    scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(
        area.x() + (area.width() - scaled.width()) // 2,
        area.y() + (area.height() - scaled.height()) // 2,
        scaled.width(),
        scaled.height(),
    )
    painter.drawImage(target, image)
