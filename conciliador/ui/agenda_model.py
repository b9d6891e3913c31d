"""A read-only table of agenda entries (``set_rows`` resets it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from conciliador.services.agenda import AgendaEntry

Index = QModelIndex | QPersistentModelIndex

COL_TIME, COL_CASE, COL_OFFICER, COL_ROOM, COL_PARTIES, COL_STATUS = range(6)
HEADERS = ("Hora", "Caso", "Conciliador/a", "Sala / modalidad", "Partes", "Estado")


class AgendaTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaEntry] = []

    def set_rows(self, rows: list[AgendaEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> AgendaEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self._rows[index.row()]
        column = index.column()
        if column == COL_TIME:
            return f"{e.starts_at:%H:%M}–{e.ends_at:%H:%M}"
        if column == COL_CASE:
            return e.case_number
        if column == COL_OFFICER:
            return e.officer_name
        if column == COL_ROOM:
            return e.room_name or e.mode.label
        if column == COL_PARTIES:
            return f"{e.claimant_name} / {e.respondent_name}"
        if column == COL_STATUS:
            return e.status.label
        return None
