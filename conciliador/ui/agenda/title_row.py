"""The line above the agenda's grid: the period's title, how many hearings it shows, and the
box that shows the withdrawn ones.

The title and the count are never cut. Where the three do not fit on one line (a 1024-pixel
screen with the day's long title), the box goes down to a line of its own instead of squeezing
the count to «3 audienc».
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


class TitleRow(QWidget):
    """``title`` and ``count`` on the left; ``extra`` on the right, or under them when narrow."""

    def __init__(self, title: QLabel, count: QLabel, extra: QWidget) -> None:
        super().__init__()
        self.title, self.count, self.extra = title, count, extra
        for label in (title, count):
            label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self._top = QHBoxLayout()
        self._top.setContentsMargins(0, 0, 0, 0)
        self._top.addWidget(title)
        self._top.addWidget(count)
        self._top.addStretch(1)
        self._top.addWidget(extra)
        self._below = QHBoxLayout()
        self._below.setContentsMargins(8, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(self._top)
        layout.addLayout(self._below)
        self.wrapped = False

    def _needed(self) -> int:
        spacing = max(self._top.spacing(), 0)
        return (
            self.title.sizeHint().width()
            + self.count.sizeHint().width()
            + self.extra.sizeHint().width()
            + 3 * spacing
            + 12
        )

    def arrange(self) -> None:
        """Put the box on the title's line when everything fits there, else below it; called
        on every resize and whenever the title or the count change their text."""
        wrap = self._needed() > self.width()
        if wrap == self.wrapped:
            return
        self.wrapped = wrap
        if wrap:
            self._top.removeWidget(self.extra)
            self._below.addWidget(self.extra)
            self._below.addStretch(1)
        else:
            while self._below.count():
                self._below.takeAt(0)
            self._top.addWidget(self.extra)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()
