"""Toolbar icons drawn as vectors with QPainter, so they look the same on every platform and
theme and stay sharp at any scale (no icon theme is needed on Windows or macOS)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

_INK = QColor("#3b4252")
_ACCENT = QColor("#2f6fdb")
_SIZE = 24


def _pen(color: QColor = _INK, width: float = 1.8) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _new(p: QPainter) -> None:
    page = QPainterPath()
    page.moveTo(6, 3)
    page.lineTo(14, 3)
    page.lineTo(19, 8)
    page.lineTo(19, 21)
    page.lineTo(6, 21)
    page.closeSubpath()
    p.setPen(_pen())
    p.setBrush(QColor("#ffffff"))
    p.drawPath(page)
    p.drawPolyline([QPointF(14, 3), QPointF(14, 8), QPointF(19, 8)])
    p.setPen(_pen(_ACCENT, 2.0))
    p.drawLine(QPointF(12.5, 11), QPointF(12.5, 18))
    p.drawLine(QPointF(9, 14.5), QPointF(16, 14.5))


def _open(p: QPainter) -> None:
    back = QPainterPath()
    back.moveTo(3, 6)
    back.lineTo(9, 6)
    back.lineTo(11, 8)
    back.lineTo(19, 8)
    back.lineTo(19, 19)
    back.lineTo(3, 19)
    back.closeSubpath()
    p.setPen(_pen())
    p.setBrush(QColor("#f3d98b"))
    p.drawPath(back)
    front = QPainterPath()
    front.moveTo(3, 19)
    front.lineTo(6, 11)
    front.lineTo(22, 11)
    front.lineTo(19, 19)
    front.closeSubpath()
    p.setBrush(QColor("#f7e6ae"))
    p.drawPath(front)


def _save(p: QPainter) -> None:
    p.setPen(_pen())
    p.setBrush(_ACCENT.lighter(175))
    p.drawRoundedRect(QRectF(4, 4, 16, 16), 2, 2)
    p.setBrush(QColor("#ffffff"))
    p.drawRect(QRectF(8, 4, 8, 5))
    p.drawRect(QRectF(7, 13, 10, 7))


def _arrow(p: QPainter, mirrored: bool) -> None:
    if mirrored:
        p.translate(_SIZE, 0)
        p.scale(-1, 1)
    p.setPen(_pen(_INK, 2.0))
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    path.moveTo(6, 10)
    path.lineTo(15, 10)
    path.cubicTo(22, 10, 22, 20, 15, 20)
    path.lineTo(10, 20)
    p.drawPath(path)
    p.drawPolyline([QPointF(10, 5), QPointF(5, 10), QPointF(10, 15)])


def _magnifier(p: QPainter, plus: bool) -> None:
    p.setPen(_pen(_INK, 2.0))
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QPointF(10, 10), 6.5, 6.5)
    p.drawLine(QPointF(15, 15), QPointF(20.5, 20.5))
    p.setPen(_pen(_ACCENT, 2.0))
    p.drawLine(QPointF(7, 10), QPointF(13, 10))
    if plus:
        p.drawLine(QPointF(10, 7), QPointF(10, 13))


def _fit(p: QPainter) -> None:
    p.setPen(_pen(_INK, 2.0))
    for sx, sy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        cx, cy = 12 - sx * 8, 12 - sy * 8
        p.drawPolyline([QPointF(cx, cy + sy * 5), QPointF(cx, cy), QPointF(cx + sx * 5, cy)])
    p.setPen(_pen(_ACCENT, 1.6))
    p.setBrush(_ACCENT.lighter(175))
    p.drawRoundedRect(QRectF(8, 9, 8, 6), 1.5, 1.5)


_PAINTERS: dict[str, Callable[[QPainter], None]] = {
    "new": _new,
    "open": _open,
    "save": _save,
    "undo": lambda p: _arrow(p, False),
    "redo": lambda p: _arrow(p, True),
    "zoom_in": lambda p: _magnifier(p, True),
    "zoom_out": lambda p: _magnifier(p, False),
    "zoom_fit": _fit,
}


@cache
def icon(name: str) -> QIcon:
    """The icon called `name`; an empty icon for an unknown name."""
    painter_of = _PAINTERS.get(name)
    result = QIcon()
    if painter_of is None:
        return result
    for scale in (1, 2):
        pixmap = QPixmap(_SIZE * scale, _SIZE * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter_of(painter)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap)
    return result
