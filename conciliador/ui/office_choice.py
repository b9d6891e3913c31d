"""Which office the areas are showing, shared by every area of the main window.

Officers and clerks work in one office; a supervisor or an administrator reaches the offices
below their own and picks one in the main window's toolbar. Areas listen to ``changed``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class OfficeChoice(QObject):
    changed = Signal(int)

    def __init__(self, office_id: int | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._id = office_id

    @property
    def id(self) -> int:
        if self._id is None:
            raise LookupError("no hay oficina elegida")
        return self._id

    @property
    def chosen(self) -> bool:
        return self._id is not None

    def set(self, office_id: int) -> None:
        if office_id != self._id:
            self._id = office_id
            self.changed.emit(office_id)
