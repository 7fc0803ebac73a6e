"""DropIndicator: the bright line (with end ticks) that shows where a drag will land."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

ACCENT = QColor("#1976d2")


class DropIndicator(QGraphicsItem):
    """A thick accent line between the places a dragged thing can go; hidden when idle."""

    WIDTH = 4.0

    def __init__(self) -> None:
        super().__init__()
        self._line = QLineF()
        self.setZValue(1000)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_line(self, line: QLineF | None) -> None:
        if line is None or line.isNull():
            self.hide()
            return
        if line != self._line:
            self.prepareGeometryChange()
            self._line = QLineF(line)
        self.show()

    def line(self) -> QLineF:
        return self._line

    def boundingRect(self) -> QRectF:
        pad = self.WIDTH * 2
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-pad, -pad, pad, pad)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(ACCENT, self.WIDTH)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self._line)
        # Ticks across both ends, so the line reads as "insert here" even over a busy cell.
        normal = self._line.normalVector().unitVector()
        d = QPointF(normal.dx(), normal.dy()) * self.WIDTH * 1.5
        for end in (self._line.p1(), self._line.p2()):
            painter.drawLine(end - d, end + d)
