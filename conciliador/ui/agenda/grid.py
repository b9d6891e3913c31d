"""The time grid of the agenda: columns (days, officers or rooms), hours down the side,
hearings as coloured blocks.

Each block is a focusable button (Tab moves between hearings, Enter or a double click opens
the case, Space or a click selects it) with an accessible description, so the agenda reads
out for a screen reader as well as it looks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QButtonGroup, QSizePolicy, QWidget

from conciliador.domain.enums import HearingMode
from conciliador.services.agenda import AgendaEntry
from conciliador.ui.agenda.layout import Placed, lanes
from conciliador.ui.agenda.palette import WITHDRAWN, accent, fill
from conciliador.ui.i18n import tr
from conciliador.ui.labels import label

HOUR_PX = 76
HEADER_PX = 46
# Room under the titles for the first hour's label.
HEADER_GAP = 10
AXIS_PX = 54
# Narrow enough for the five weekdays beside the hearing panel at 1024 × 600.
MIN_COLUMN_PX = 104


@dataclass(frozen=True)
class GridColumn:
    title: str
    subtitle: str
    day: dt.date
    #: Office hours of that day (local), to shade the rest.
    hours: tuple[tuple[dt.time, dt.time], ...]
    #: Why the office is closed that day (holiday, closure), if it is.
    closed: str | None = None
    today: bool = False


def _minutes(moment: dt.time | dt.datetime) -> int:
    return moment.hour * 60 + moment.minute


def _hhmm(moment: dt.datetime) -> str:
    return f"{moment:%H:%M}"


def describe(entry: AgendaEntry) -> str:
    """What a screen reader says for a block (and its tooltip)."""
    where = entry.room_name if entry.mode == HearingMode.PRESENCIAL else label(entry.mode)
    return tr(
        "{start}–{end}, caso {case}, {claimant} y {respondent}, {where}, {officer}. "
        "Estado: {status}."
    ).format(
        start=_hhmm(entry.starts_at),
        end=_hhmm(entry.ends_at),
        case=entry.case_number,
        claimant=entry.claimant_name,
        respondent=entry.respondent_name,
        where=where or "",
        officer=entry.officer_name,
        status=label(entry.status),
    )


class HearingBlock(QAbstractButton):
    """One hearing in the grid."""

    activated = Signal(object)

    def __init__(self, entry: AgendaEntry, lines: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.entry = entry
        self.lines = lines
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        text = describe(entry)
        self.setAccessibleName(
            tr("Audiencia {start}, caso {case}").format(
                start=_hhmm(entry.starts_at), case=entry.case_number
            )
        )
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        return QSize(MIN_COLUMN_PX, HOUR_PX)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.entry)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            self.activated.emit(self.entry)
            return
        super().keyPressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        status = self.entry.status
        withdrawn = status in WITHDRAWN
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            box = self.rect().adjusted(1, 1, -2, -2)
            background = fill(status)
            if withdrawn:
                background.setAlpha(170)
            painter.setBrush(background)
            border = QPen(accent(status), 2.5 if self.isChecked() or self.hasFocus() else 1)
            if withdrawn:
                border.setStyle(Qt.PenStyle.DashLine)
            if self.isChecked():
                border.setColor(QColor("#111827"))
            painter.setPen(border)
            painter.drawRoundedRect(box, 4, 4)
            painter.fillRect(QRect(box.left(), box.top(), 5, box.height()), accent(status))
            painter.setPen(QColor("#6b7280") if withdrawn else QColor("#111827"))
            text_box = box.adjusted(9, 3, -4, -2)
            bold = QFont(self.font())
            bold.setBold(True)
            metrics = QFontMetrics(self.font())
            line = metrics.height()
            first = f"{_hhmm(self.entry.starts_at)}–{_hhmm(self.entry.ends_at)}"
            painter.setFont(bold)
            bold_metrics = QFontMetrics(bold)
            painter.drawText(
                text_box.left(),
                text_box.top() + bold_metrics.ascent(),
                bold_metrics.elidedText(first, Qt.TextElideMode.ElideRight, text_box.width()),
            )
            painter.setFont(self.font())
            y = text_box.top() + bold_metrics.height()
            for text in self.lines:
                if y + line > text_box.bottom() + 2:
                    break
                painter.drawText(
                    text_box.left(),
                    y + metrics.ascent(),
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_box.width()),
                )
                y += line
        finally:
            painter.end()


class _StickyHeader(QWidget):
    """The columns' titles, kept at the top of what is visible while the hours scroll (the
    grid moves it; it sits above the hearing blocks)."""

    def __init__(self, grid: AgendaGrid) -> None:
        super().__init__(grid)
        self.grid = grid
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.grid.paint_header(painter, self.width())
        finally:
            painter.end()


class AgendaGrid(QWidget):
    """Emits ``selected(entry)`` when a block is chosen and ``activated(entry)`` to open it."""

    selected = Signal(object)
    activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Agenda"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.columns: list[GridColumn] = []
        self.blocks: list[HearingBlock] = []
        self._placed: list[tuple[int, HearingBlock, Placed]] = []
        self.first_hour = 8
        self.last_hour = 17
        self.now: dt.datetime | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.header = _StickyHeader(self)
        self._header_top = 0

    # ------------------------------------------------------------------ content
    def set_content(
        self,
        columns: Sequence[GridColumn],
        entries: Sequence[tuple[int, AgendaEntry, tuple[str, ...]]],
        *,
        now: dt.datetime | None = None,
    ) -> None:
        """Show ``columns`` with the hearings ``(column index, entry, lines under the first)``."""
        selected = self.selected_id()
        for block in self.blocks:
            self.group.removeButton(block)
            block.hide()  # gone from the screen now; freed when the event loop comes round
            block.deleteLater()
        self.blocks.clear()
        self._placed.clear()
        self.columns = list(columns)
        self.now = now
        starts = [_minutes(b[0]) for c in columns for b in c.hours]
        ends = [_minutes(b[1]) for c in columns for b in c.hours]
        starts += [_minutes(e.starts_at) for _i, e, _d in entries]
        ends += [_minutes(e.ends_at) or 24 * 60 for _i, e, _d in entries]
        self.first_hour = min(starts, default=8 * 60) // 60
        self.last_hour = min(24, (max(ends, default=17 * 60) + 59) // 60)
        if self.last_hour <= self.first_hour:
            self.last_hour = self.first_hour + 1
        per_column: dict[int, list[tuple[int, dt.datetime, dt.datetime]]] = {}
        for index, (column, entry, _detail) in enumerate(entries):
            per_column.setdefault(column, []).append((index, entry.starts_at, entry.ends_at))
        placement: dict[int, Placed] = {}
        for items in per_column.values():
            placement.update(lanes(items))
        for index, (column, entry, lines) in enumerate(entries):
            block = HearingBlock(entry, lines, self)
            block.clicked.connect(lambda _c=False, b=block: self.selected.emit(b.entry))
            block.activated.connect(self.activated.emit)
            self.group.addButton(block)
            self.blocks.append(block)
            self._placed.append((column, block, placement[index]))
            block.show()
        self.setMinimumHeight(self.sizeHint().height())
        self.setMinimumWidth(AXIS_PX + MIN_COLUMN_PX * max(1, len(self.columns)))
        self._position_blocks()
        self.pin_header(self._header_top)
        if selected is not None:
            self.select(selected)
        self.update()

    def pin_header(self, top: int) -> None:
        """Keep the columns' titles at ``top`` (the first visible row of the grid)."""
        self._header_top = max(0, min(top, self.height() - HEADER_PX))
        self.header.setGeometry(0, self._header_top, self.width(), HEADER_PX)
        self.header.raise_()
        self.header.update()

    def minutes_at(self, y: int) -> int:
        return self.first_hour * 60 + int((y - HEADER_PX - HEADER_GAP) * 60 / HOUR_PX)

    def sizeHint(self) -> QSize:
        hours = self.last_hour - self.first_hour
        return QSize(
            AXIS_PX + MIN_COLUMN_PX * max(1, len(self.columns)),
            HEADER_PX + HEADER_GAP + hours * HOUR_PX + 8,
        )

    def selected_id(self) -> int | None:
        checked = self.group.checkedButton()
        return checked.entry.hearing_id if isinstance(checked, HearingBlock) else None

    def select(self, hearing_id: int) -> HearingBlock | None:
        for block in self.blocks:
            if block.entry.hearing_id == hearing_id:
                block.setChecked(True)
                return block
        return None

    def block_for(self, hearing_id: int) -> HearingBlock | None:
        return next((b for b in self.blocks if b.entry.hearing_id == hearing_id), None)

    # ------------------------------------------------------------------ geometry
    def column_rect(self, index: int) -> QRect:
        count = max(1, len(self.columns))
        width = (self.width() - AXIS_PX) / count
        left = AXIS_PX + int(index * width)
        right = AXIS_PX + int((index + 1) * width)
        return QRect(left, 0, right - left, self.height())

    def y_of(self, minutes: int) -> int:
        return HEADER_PX + HEADER_GAP + int((minutes - self.first_hour * 60) * HOUR_PX / 60)

    def _position_blocks(self) -> None:
        for column, block, placed in self._placed:
            area = self.column_rect(column).adjusted(3, 0, -3, 0)
            top = self.y_of(_minutes(block.entry.starts_at))
            end_minutes = _minutes(block.entry.ends_at) or 24 * 60
            bottom = self.y_of(end_minutes)
            lane_width = area.width() / placed.lanes
            left = area.left() + int(placed.lane * lane_width)
            block.setGeometry(QRect(left, top, int(lane_width) - 2, max(bottom - top - 1, 18)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._position_blocks()
        self.pin_header(self._header_top)

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def paint_header(self, painter: QPainter, width: int) -> None:
        """The row of column titles (day and date, or person, or room), at the painter's top."""
        line = QColor("#dee2e6")
        metrics = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        painter.fillRect(QRect(0, 0, width, HEADER_PX), QColor("#ffffff"))
        for index, column in enumerate(self.columns):
            rect = self.column_rect(index)
            header = QRect(rect.left(), 0, rect.width(), HEADER_PX - 1)
            painter.fillRect(header, QColor("#d6e6f2") if column.today else QColor("#f8f9fa"))
            painter.setPen(QColor("#1b2631"))
            painter.setFont(bold)
            painter.drawText(
                header.adjusted(6, 4, -4, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                bold_metrics.elidedText(
                    column.title, Qt.TextElideMode.ElideRight, header.width() - 10
                ),
            )
            painter.setFont(self.font())
            painter.setPen(QColor("#b91c1c") if column.closed else QColor("#566573"))
            subtitle = column.closed or column.subtitle
            painter.drawText(
                header.adjusted(6, 4 + bold_metrics.height(), -4, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, header.width() - 10),
            )
            painter.setPen(line)
            painter.drawLine(rect.left(), 0, rect.left(), HEADER_PX)
        painter.setPen(line)
        painter.drawLine(0, HEADER_PX - 1, width, HEADER_PX - 1)

    def _paint(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), QColor("#ffffff"))
        off_hours = QColor("#f1f3f5")
        closed = QColor("#e9ecef")
        line = QColor("#dee2e6")
        half = QColor("#f1f3f5")
        top, bottom = HEADER_PX, self.y_of(self.last_hour * 60)
        metrics = QFontMetrics(self.font())
        for index, column in enumerate(self.columns):
            rect = self.column_rect(index)
            body = QRect(rect.left(), top, rect.width(), bottom - top)
            painter.fillRect(body, closed if column.closed else off_hours)
            if not column.closed:
                for start, end in column.hours:
                    y0, y1 = self.y_of(_minutes(start)), self.y_of(_minutes(end) or 24 * 60)
                    painter.fillRect(
                        QRect(rect.left(), y0, rect.width(), y1 - y0), Qt.GlobalColor.white
                    )
            painter.setPen(line)
            painter.drawLine(rect.left(), 0, rect.left(), bottom)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.y_of(hour * 60)
            painter.setPen(line)
            painter.drawLine(AXIS_PX - 4, y, self.width(), y)
            if hour < self.last_hour:
                painter.setPen(half)
                painter.drawLine(AXIS_PX, y + HOUR_PX // 2, self.width(), y + HOUR_PX // 2)
            painter.setPen(QColor("#566573"))
            painter.drawText(
                QRect(0, y - metrics.height() // 2, AXIS_PX - 8, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )
        if self.now is not None:
            for index, column in enumerate(self.columns):
                if column.day == self.now.date():
                    minutes = _minutes(self.now)
                    if self.first_hour * 60 <= minutes <= self.last_hour * 60:
                        rect = self.column_rect(index)
                        y = self.y_of(minutes)
                        painter.setPen(QPen(QColor("#dc2626"), 2))
                        painter.drawLine(QPoint(rect.left(), y), QPoint(rect.right(), y))
