"""Hearing statuses as colours (a light fill and a strong accent), and their legend.

Colours are paired with words everywhere (block text, legend, panel), never alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from conciliador.domain.enums import HearingStatus as S
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label

#: status → (fill, accent)
COLORS: dict[S, tuple[str, str]] = {
    S.PROGRAMADA: ("#dbeafe", "#1d4ed8"),
    S.CITACION_ENTREGADA: ("#d1fae5", "#047857"),
    S.EN_CURSO: ("#fef3c7", "#b45309"),
    S.CONCLUIDA: ("#e5e7eb", "#374151"),
    S.SUSPENDIDA: ("#ede9fe", "#6d28d9"),
    S.INASISTENCIA: ("#ffedd5", "#c2410c"),
    S.REPROGRAMADA: ("#f3f4f6", "#9ca3af"),
    S.CANCELADA: ("#fee2e2", "#b91c1c"),
    S.ANULADA: ("#f3f4f6", "#6b7280"),
}
#: Hearings that no longer take their slot: drawn faded, hidden unless asked for.
WITHDRAWN = frozenset({S.REPROGRAMADA, S.CANCELADA, S.ANULADA})
LEGEND_ORDER = (
    S.PROGRAMADA,
    S.CITACION_ENTREGADA,
    S.EN_CURSO,
    S.CONCLUIDA,
    S.SUSPENDIDA,
    S.INASISTENCIA,
    S.REPROGRAMADA,
    S.CANCELADA,
    S.ANULADA,
)


def fill(status: S) -> QColor:
    return QColor(COLORS[status][0])


def accent(status: S) -> QColor:
    return QColor(COLORS[status][1])


class Swatch(QWidget):
    def __init__(self, status: S, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.setFixedSize(18, 14)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(fill(self.status))
            painter.setPen(QPen(accent(self.status), 1))
            painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 3, 3)
            painter.fillRect(0, 0, 4, self.height(), accent(self.status))
        finally:
            painter.end()


class Legend(QWidget):
    """One swatch and label per status, in rows of ``per_row``."""

    def __init__(self, per_row: int = 5, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Leyenda de colores"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(2)
        caption = QLabel(tr("Estados:"))
        caption.setStyleSheet("color: #566573;")
        layout.addWidget(caption, 0, 0)
        for index, status in enumerate(LEGEND_ORDER):
            row, column = divmod(index, per_row)
            layout.addWidget(Swatch(status), row, 1 + column * 2)
            text = QLabel(label(status))
            text.setAlignment(Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(text, row, 2 + column * 2)
        layout.setColumnStretch(2 + per_row * 2, 1)
