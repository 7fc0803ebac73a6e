"""Small vector glyphs on the canvas: lane kind icons (from the SVG icon set), channel marks,
emotion faces and card badges.

Faces and badges are drawn with QPainter because their colour and mouth follow values; all of
them scale crisply at every zoom. Every function paints inside the given square `rect` and leaves
the painter's state as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from ...model import Channel, LaneKind
from .. import icons

# One colour per emotion value (-2..+2): red through grey to green, readable on white.
FACE_COLORS = {
    -2: QColor("#d9534f"),
    -1: QColor("#f0ad4e"),
    0: QColor("#9e9e9e"),
    1: QColor("#8bc34a"),
    2: QColor("#43a047"),
}


def face_color(value: int) -> QColor:
    return FACE_COLORS.get(max(-2, min(2, value)), FACE_COLORS[0])


def paint_face(painter: QPainter, value: int, rect: QRectF, fill: QColor | None = None) -> None:
    """A round face whose mouth curves with the emotion value (-2 very sad .. +2 very happy)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = fill if fill is not None else face_color(value)
    size = min(rect.width(), rect.height())
    r = QRectF(0, 0, size, size)
    r.moveCenter(rect.center())
    painter.setPen(QPen(color.darker(140), max(0.8, size / 16)))
    painter.setBrush(color)
    painter.drawEllipse(r)
    ink = QPen(QColor("#212121"), max(0.9, size / 12))
    ink.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(ink)
    painter.setBrush(QBrush(QColor("#212121")))
    eye = size * 0.07
    for dx in (-0.17, 0.17):
        painter.drawEllipse(QPointF(r.center().x() + dx * size, r.top() + size * 0.38), eye, eye)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth_y = r.top() + size * 0.66
    left = QPointF(r.left() + size * 0.28, mouth_y)
    right = QPointF(r.right() - size * 0.28, mouth_y)
    bend = value * size * 0.07  # positive bends the mouth down in the middle: a smile
    path = QPainterPath(left)
    path.quadTo(QPointF(r.center().x(), mouth_y + bend * 2), right)
    painter.drawPath(path)
    painter.restore()


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def paint_lane_icon(painter: QPainter, kind: LaneKind, rect: QRectF, color: QColor) -> None:
    """The lane kind's line icon (the SVG the menus and palette use too), tinted `color`."""
    size = min(rect.width(), rect.height())
    square = QRectF(0, 0, size, size)
    square.moveCenter(rect.center())
    icons.paint_icon(painter, icons.lane_icon_name(LaneKind(kind)), square, color)


def _star_path(center: QPointF, radius: float) -> QPainterPath:
    from math import cos, pi, sin

    path = QPainterPath()
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        ang = -pi / 2 + i * pi / 5
        point = QPointF(center.x() + cos(ang) * r, center.y() + sin(ang) * r)
        if i == 0:
            path.moveTo(point)
        else:
            path.lineTo(point)
    path.closeSubpath()
    return path


def paint_star(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """A filled star: the moment-of-truth badge."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color.darker(130), 0.8))
    painter.setBrush(color)
    painter.drawPath(_star_path(rect.center(), min(rect.width(), rect.height()) / 2))
    painter.restore()


def paint_drop_off(painter: QPainter, rect: QRectF) -> None:
    """A red arrow leaving down and out: the drop-off badge."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = min(rect.width(), rect.height())
    red = QColor("#c62828")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(red)
    painter.drawEllipse(rect.center(), s / 2, s / 2)
    painter.setPen(_pen(QColor("white"), max(1.0, s / 8)))
    c = rect.center()
    painter.drawLine(
        QPointF(c.x() - s * 0.2, c.y() - s * 0.2), QPointF(c.x() + s * 0.2, c.y() + s * 0.2)
    )
    painter.drawLine(
        QPointF(c.x() + s * 0.2, c.y() - s * 0.05), QPointF(c.x() + s * 0.2, c.y() + s * 0.2)
    )
    painter.drawLine(
        QPointF(c.x() - s * 0.05, c.y() + s * 0.2), QPointF(c.x() + s * 0.2, c.y() + s * 0.2)
    )
    painter.restore()


# A short label per channel, drawn in a small rounded chip: more legible at card size than an icon.
CHANNEL_MARKS = {
    Channel.WEBSITE: "www",
    Channel.WEBSHOP: "shop",
    Channel.EMAIL: "@",
    Channel.SOCIAL_MEDIA: "#",
    Channel.SEARCH: "?",
    Channel.ADVERTISING: "ad",
    Channel.REVIEW_SITE: "★",
    Channel.CHAT: "chat",
    Channel.PHONE: "tel",
    Channel.APP: "app",
    Channel.STORE: "store",
    Channel.SALES_REP: "rep",
    Channel.EVENT: "event",
    Channel.PRINT: "print",
    Channel.WORD_OF_MOUTH: "wom",
    Channel.PARTNER: "prt",
    Channel.OTHER: "…",
}


def paint_evidence(painter: QPainter, level: str, rect: QRectF, color: QColor) -> None:
    """The evidence mark: an empty, half or full circle (assumption, partly backed, researched)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = min(rect.width(), rect.height())
    r = QRectF(0, 0, s, s)
    r.moveCenter(rect.center())
    painter.setPen(QPen(color, max(0.8, s / 7)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(r)
    if level == "researched":
        painter.setBrush(color)
        painter.drawEllipse(r)
    elif level == "partly_backed":
        painter.setBrush(color)
        painter.drawPie(r, 90 * 16, 180 * 16)
    painter.restore()
