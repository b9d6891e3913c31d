"""Typing into widgets as a person does, accents included (QTest.keyClicks aborts on them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """One key press per character, so ``textEdited`` and search-as-you-type fire."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
            continue
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
