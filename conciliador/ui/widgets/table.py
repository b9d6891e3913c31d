"""A table view set up the same way everywhere: whole rows, one at a time, read-only,
Enter opens the current row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from conciliador.ui.widgets.table_model import ROW_ROLE


class RowTable(QTableView):
    """Emits ``opened(row)`` on double-click or Enter, ``current_changed(row | None)``."""

    opened = Signal(object)
    current_changed = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        self.doubleClicked.connect(self._open)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(self.row_at(current))
        )
        model.modelReset.connect(lambda: self.current_changed.emit(None))

    def row_at(self, index: QModelIndex) -> Any:
        return index.data(ROW_ROLE) if index.isValid() else None

    def current_row(self) -> Any:
        return self.row_at(self.currentIndex())

    def fit_columns(self, stretch: int | None = None) -> None:
        """Columns as wide as their contents (at most 420 px); ``stretch`` takes the rest."""
        header = self.horizontalHeader()
        header.setStretchLastSection(stretch is None)
        self.resizeColumnsToContents()
        for section in range(header.count()):
            if section == stretch:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
            elif stretch is not None or section < header.count() - 1:
                header.resizeSection(section, min(header.sectionSize(section) + 16, 420))

    def _open(self, index: QModelIndex) -> None:
        row = self.row_at(index)
        if row is not None:
            self.opened.emit(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)
