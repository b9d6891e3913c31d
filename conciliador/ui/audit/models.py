"""Read-only Qt models of the audit viewer: the events, and one event's field changes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from conciliador.services.audit_trail import AuditRow, FieldChange
from conciliador.ui.i18n import tr

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_WHO, COL_OFFICE, COL_ACTION, COL_RECORD, COL_REASON = range(6)


def event_headers() -> tuple[str, ...]:
    return (
        tr("Fecha y hora"),
        tr("Quién"),
        tr("Oficina"),
        tr("Acción"),
        tr("Registro"),
        tr("Motivo"),
    )


COL_FIELD, COL_BEFORE, COL_AFTER = range(3)


def change_headers() -> tuple[str, ...]:
    return (tr("Campo"), tr("Antes"), tr("Después"))


class _ReadOnlyTable(QAbstractTableModel):
    #: The column titles (translated each time they are read).
    headers: Callable[[], tuple[str, ...]] = staticmethod(tuple)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers())
        ):
            return self.headers()[section]
        return None


class AuditEventsModel(_ReadOnlyTable):
    """Events newest first; ``set_rows`` resets, ``append_rows`` adds the next page.

    When the view scrolls to the end and more events exist, ``more_wanted`` asks the viewer to
    fetch the next page (off the GUI thread).
    """

    headers = staticmethod(event_headers)
    more_wanted = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._has_more = False
        self._asked = False

    def set_rows(self, rows: list[AuditRow], has_more: bool) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._has_more = has_more
        self._asked = False
        self.endResetModel()

    def append_rows(self, rows: list[AuditRow], has_more: bool) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._has_more = has_more
        self._asked = False

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    @property
    def last_id(self) -> int | None:
        return self._rows[-1].id if self._rows else None

    @property
    def has_more(self) -> bool:
        return self._has_more

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more and not self._asked

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._asked = True
            self.more_wanted.emit()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_REASON:
            return e.reason or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == COL_WHEN:
            return f"{e.at:%d/%m/%Y %H:%M:%S}"
        if column == COL_WHO:
            return e.actor
        if column == COL_OFFICE:
            return e.office_code or "—"
        if column == COL_ACTION:
            return e.action_label
        if column == COL_RECORD:
            return e.record
        if column == COL_REASON:
            return e.reason.splitlines()[0] if e.reason else ""
        return None


class FieldChangesModel(_ReadOnlyTable):
    """The fields one event recorded: before and after."""

    headers = staticmethod(change_headers)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FieldChange] = []

    def set_rows(self, rows: list[FieldChange]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        change = self._rows[index.row()]
        if role == Qt.ItemDataRole.FontRole:
            if change.before and change.before != change.after:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (change.label, change.before, change.after)[index.column()]
