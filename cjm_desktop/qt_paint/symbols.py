"""The QPainter backend of drawing/: paints a `Symbol` (vector shapes on the 24-unit grid) into a
square, as the PDF's reportlab backend does, so the canvas and the exports show the same marks."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from ..drawing.shapes import GRID, Shape, Symbol


@lru_cache(maxsize=512)
def _path(shape: Shape) -> QPainterPath:
    path = QPainterPath()
    for cmd in shape.commands:
        op = cmd[0]
        if op == "M":
            path.moveTo(cmd[1], cmd[2])
        elif op == "L":
            path.lineTo(cmd[1], cmd[2])
        elif op == "C":
            path.cubicTo(QPointF(cmd[1], cmd[2]), QPointF(cmd[3], cmd[4]), QPointF(cmd[5], cmd[6]))
        else:
            path.closeSubpath()
    return path


def paint_symbol(painter: QPainter, symbol: Symbol, rect: QRectF) -> None:
    """`symbol` in the largest square centred in `rect`; the painter's state is kept."""
    size = min(rect.width(), rect.height())
    if size <= 0 or not symbol:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre = rect.center()
    painter.translate(centre.x() - size / 2, centre.y() - size / 2)
    painter.scale(size / GRID, size / GRID)
    for shape in symbol:
        if shape.stroke:
            pen = QPen(QColor(shape.stroke), shape.width)
            cap = Qt.PenCapStyle.RoundCap if shape.round_caps else Qt.PenCapStyle.FlatCap
            pen.setCapStyle(cap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(shape.fill) if shape.fill else Qt.BrushStyle.NoBrush)
        painter.drawPath(_path(shape))
    painter.restore()
