"""Where to save documents: the file dialogs behind a small interface (tests answer for the
person), and the writing itself — atomic, readable only by its owner, since actas and
citations carry personal data."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QWidget

from conciliador.documents.atomic import write_atomically
from conciliador.services.actas import Document
from conciliador.ui.i18n import tr


class FileDialogs(Protocol):
    def save_path(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        """Where to save one file, or None when the person cancelled."""
        ...

    def folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        """A folder to save several files into, or None when the person cancelled."""
        ...


def file_dialog(
    parent: QWidget | None, title: str, start: str, filters: str = "", *, folder: bool = False
) -> QFileDialog:
    """Qt's file dialog with its labels in the desktop's words: Qt 6 wrote «&Look in:» and
    «Files of &type:» with a mnemonic that its own Spanish catalogue (qtbase_es.qm) does not
    have, so a Spanish desktop said them in English. (A native dialog speaks the system's
    language and ignores these labels.)"""
    dialog = QFileDialog(parent, title, start, filters)
    if folder:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, tr("&Buscar en:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, tr("Archivos de &tipo:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, tr("&Nombre del archivo:"))
    return dialog


def ask_file(
    parent: QWidget | None, title: str, start: str, filters: str = "", *, folder: bool = False
) -> str:
    """The file (or folder) chosen, or "" when the person cancelled."""
    dialog = file_dialog(parent, title, start, filters, folder=folder)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


class QtFileDialogs:
    def save_path(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        name = ask_file(parent, title, str(suggested), filters)
        return Path(name) if name else None

    def folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        name = ask_file(parent, title, str(start), folder=True)
        return Path(name) if name else None


_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_stem(title: str) -> str:
    """A document's title as a file name: no characters a file system refuses, and no dot
    (the print dialog takes what follows a title's last dot for an extension and offers
    «Citación n.pdf» for «Citación n.º 1 — …»)."""
    stem = _NOT_IN_NAMES.sub(" ", title).replace(".", "")
    return " ".join(stem.split()) or tr("documento")


def pdf_filter() -> str:
    return tr("Documento PDF (*.pdf)")


def save_document(document: Document, path: Path) -> Path:
    """Write one document where the person chose (adding its extension when missing)."""
    suffix = Path(document.name).suffix
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    write_atomically(path, document.data, mode=0o600)
    return path


def save_into(documents: list[Document], folder: Path) -> list[Path]:
    """Write each document into ``folder`` under its own name."""
    written = []
    for document in documents:
        target = folder / document.name
        write_atomically(target, document.data, mode=0o600)
        written.append(target)
    return written
