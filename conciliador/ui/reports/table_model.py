"""A report table (services.reports.tables) as a read-only Qt table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from conciliador.documents.reports.layout import CellKind, RowStyle, Table
from conciliador.documents.reports.text import cell_text

Index = QModelIndex | QPersistentModelIndex

_BACKGROUND = {
    RowStyle.TOTAL: QColor("#D9E2F3"),
    RowStyle.SUBTOTAL: QColor("#EDF2F9"),
    RowStyle.SECTION: QColor("#F2F2F2"),
}
_INDENT = "    "


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: Table | None = None
        self._locale = "es_NI"
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table | None, locale: str) -> None:
        self.beginResetModel()
        self._table = table
        self._locale = locale
        self.endResetModel()

    @property
    def table(self) -> Table | None:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        table = self._table
        if table is None or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(table.columns):
            return None
        column = table.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{column.group}\n{column.header}" if column.group else column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.group_long or column.group or column.header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        table = self._table
        if table is None or not index.isValid():
            return None
        row = table.rows[index.row()]
        cell = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = cell_text(cell, self._locale)
            if index.column() == 0 and row.depth:
                return _INDENT * row.depth + text
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if cell.kind == CellKind.TEXT:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            if row.style in (RowStyle.TOTAL, RowStyle.SUBTOTAL, RowStyle.SECTION) or (
                row.style == RowStyle.OFFICE and index.column() == 0
            ):
                return self._bold
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = _BACKGROUND.get(row.style)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return cell.value
        return None
