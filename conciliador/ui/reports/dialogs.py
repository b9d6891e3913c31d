"""The file dialog behind a small interface, so the controller can be tested without pop-ups."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QWidget

from conciliador.ui.documents.files import ask_file


class SaveDialogs(Protocol):
    def save_path(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        """Where to save, or None when the user cancelled."""
        ...


class QtSaveDialogs:
    def save_path(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        name = ask_file(parent, title, str(suggested), filters)
        return Path(name) if name else None
