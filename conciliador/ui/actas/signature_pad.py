"""A signature pad: the signer draws with the mouse, a pen (tablet, with its pressure) or a
finger (touch screen); the strokes become a PNG with a transparent background, cropped to
the signature, for the acta's signature line.

The strokes are kept as points in the pad's own coordinates, so the picture is drawn again
at a higher resolution than the screen (sharper on paper) and a resized pad loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from conciliador.ui.i18n import tr

INK = QColor("#0b2a6f")
#: Base width of a stroke, in pad pixels; a pen's pressure makes it thinner or wider.
WIDTH = 2.2
#: The PNG is drawn at this multiple of the pad's size.
SCALE = 2
MARGIN = 8


@dataclass
class Stroke:
    points: list[QPointF] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)

    def add(self, point: QPointF, width: float) -> None:
        if self.points and (self.points[-1] - point).manhattanLength() < 0.5:
            return
        self.points.append(QPointF(point))
        self.widths.append(width)


class SignaturePad(QWidget):
    """Emits ``changed`` after every stroke (and when cleared)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self.setMinimumSize(320, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(130)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Recuadro de firma"))
        self.setAccessibleDescription(tr("Firme aquí con el ratón, un lápiz de tableta o el dedo."))

    # ------------------------------------------------------------------ state
    @property
    def is_empty(self) -> bool:
        return not any(len(s.points) for s in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    def _begin(self, point: QPointF, width: float) -> None:
        self._current = Stroke()
        self._current.add(point, width)
        self.strokes.append(self._current)
        self.update()

    def _extend(self, point: QPointF, width: float) -> None:
        if self._current is not None:
            self._current.add(point, width)
            self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), WIDTH)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), WIDTH)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), WIDTH)
            self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen: its pressure (0–1) sets the width; the event is taken so Qt does not
        synthesise mouse events from it as well."""
        width = WIDTH * (0.4 + 1.2 * event.pressure())
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), width)
        elif kind == QEvent.Type.TabletMove and event.pressure() > 0:
            self._extend(event.position(), width)
        elif kind == QEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                where = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self._begin(where, WIDTH)
                elif kind == QEvent.Type.TouchUpdate:
                    self._extend(where, WIDTH)
                else:
                    self._extend(where, WIDTH)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), QColor("#ffffff"))
            painter.setPen(QPen(QColor("#aab7c4"), 1, Qt.PenStyle.DashLine))
            baseline = self.height() - 28
            painter.drawLine(16, baseline, self.width() - 16, baseline)
            if self.is_empty:
                painter.setPen(QColor("#95a5a6"))
                painter.drawText(
                    QRectF(0, baseline + 4, self.width(), 20),
                    Qt.AlignmentFlag.AlignHCenter,
                    tr("Firme sobre la línea"),
                )
            self._draw(painter, 1.0)
            painter.setPen(QPen(QColor("#5d6d7e"), 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        finally:
            painter.end()

    def _draw(self, painter: QPainter, scale: float) -> None:
        for stroke in self.strokes:
            if len(stroke.points) == 1:
                point = stroke.points[0] * scale
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(INK)
                radius = stroke.widths[0] * scale / 2
                painter.drawEllipse(point, radius, radius)
                continue
            for i in range(1, len(stroke.points)):
                pen = QPen(INK, stroke.widths[i] * scale)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                path = QPainterPath(stroke.points[i - 1] * scale)
                path.lineTo(stroke.points[i] * scale)
                painter.drawPath(path)

    def bounds(self) -> QRectF:
        xs = [p.x() for s in self.strokes for p in s.points]
        ys = [p.y() for s in self.strokes for p in s.points]
        if not xs:
            return QRectF()
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def to_png(self) -> bytes | None:
        """The signature as a PNG (transparent, cropped, at ``SCALE``×), or None if empty."""
        if self.is_empty:
            return None
        box = self.bounds().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        width = max(1, round(box.width() * SCALE))
        height = max(1, round(box.height() * SCALE))
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.translate(-box.left() * SCALE, -box.top() * SCALE)
            self._draw(painter, SCALE)
        finally:
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 6.12 takes the format as text, whatever its stubs say.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())
