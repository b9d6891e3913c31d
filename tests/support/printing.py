"""Printers and file dialogs that answer for the person in tests: «print» writes a PDF file
(the pages a printer would have received), «save» and «folder» give paths under tmp."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pypdf
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget


class PdfPrinters:
    """Each print job goes to ``printed-N.pdf``; ``cancel`` makes the dialog be cancelled."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.jobs: list[Path] = []
        self.titles: list[str] = []
        self.cancel = False
        self.printer: QPrinter | None = None

    def choose(
        self, parent: QWidget, title: str, pages: int, chosen: Callable[[QPrinter], None]
    ) -> None:
        self.titles.append(title)
        if self.cancel:
            return
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        path = self.folder / f"printed-{len(self.jobs) + 1}.pdf"
        printer.setOutputFileName(str(path))
        self.jobs.append(path)
        self.printer = printer
        chosen(printer)


def pages(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


def pdf_pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)


class AnswerFiles:
    """The save dialog answers ``save_to``; the folder dialog, ``folder_to``."""

    def __init__(self, folder: Path) -> None:
        self.save_to: Path | None = folder / "guardado.pdf"
        self.folder_to: Path | None = folder / "carpeta"
        self.asked: list[str] = []

    def save_path(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        self.asked.append(suggested.name)
        return self.save_to

    def folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        if self.folder_to is not None:
            self.folder_to.mkdir(parents=True, exist_ok=True)
        return self.folder_to
