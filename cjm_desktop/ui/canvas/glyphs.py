"""Small vector glyphs drawn with QPainter: lane kind icons, channel marks and emotion faces.

Drawn rather than loaded from files so they scale crisply at every zoom and need no resources.
Every function paints inside the given square `rect` and leaves the painter's state as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from ...model import Channel, LaneKind

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
    """A simple line icon for a lane kind."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = min(rect.width(), rect.height())
    c = rect.center()
    x0, y0 = c.x() - s / 2, c.y() - s / 2
    painter.setPen(_pen(color, max(1.0, s / 11)))
    painter.setBrush(Qt.BrushStyle.NoBrush)

    def p(fx: float, fy: float) -> QPointF:
        return QPointF(x0 + fx * s, y0 + fy * s)

    def box(fx: float, fy: float, fw: float, fh: float) -> QRectF:
        return QRectF(x0 + fx * s, y0 + fy * s, fw * s, fh * s)

    if kind == LaneKind.TOUCHPOINTS:  # a hand pointing: a target with a dot
        painter.drawEllipse(box(0.15, 0.15, 0.7, 0.7))
        painter.setBrush(color)
        painter.drawEllipse(box(0.4, 0.4, 0.2, 0.2))
    elif kind == LaneKind.DOING:  # a running arrow
        painter.drawLine(p(0.15, 0.5), p(0.85, 0.5))
        painter.drawLine(p(0.6, 0.25), p(0.85, 0.5))
        painter.drawLine(p(0.6, 0.75), p(0.85, 0.5))
    elif kind == LaneKind.THINKING:  # a thought bubble
        painter.drawEllipse(box(0.15, 0.1, 0.7, 0.5))
        painter.drawEllipse(box(0.22, 0.66, 0.14, 0.14))
        painter.drawEllipse(box(0.1, 0.84, 0.08, 0.08))
    elif kind == LaneKind.FEELING:  # a heart
        path = QPainterPath(p(0.5, 0.85))
        path.cubicTo(p(0.0, 0.5), p(0.15, 0.05), p(0.5, 0.32))
        path.cubicTo(p(0.85, 0.05), p(1.0, 0.5), p(0.5, 0.85))
        painter.drawPath(path)
    elif kind == LaneKind.EMOTION:  # a wave
        path = QPainterPath(p(0.1, 0.6))
        path.cubicTo(p(0.3, 0.1), p(0.45, 0.1), p(0.5, 0.5))
        path.cubicTo(p(0.55, 0.9), p(0.7, 0.9), p(0.9, 0.35))
        painter.drawPath(path)
    elif kind == LaneKind.PAIN_POINTS:  # a lightning bolt
        path = QPainterPath(p(0.6, 0.08))
        for fx, fy in ((0.25, 0.55), (0.5, 0.55), (0.4, 0.92), (0.78, 0.42), (0.52, 0.42)):
            path.lineTo(p(fx, fy))
        path.closeSubpath()
        painter.drawPath(path)
    elif kind == LaneKind.MOMENTS_OF_TRUTH:  # a star
        painter.drawPath(_star_path(c, s * 0.45))
    elif kind == LaneKind.OPPORTUNITIES:  # a light bulb
        painter.drawEllipse(box(0.25, 0.08, 0.5, 0.5))
        painter.drawLine(p(0.4, 0.62), p(0.4, 0.78))
        painter.drawLine(p(0.6, 0.62), p(0.6, 0.78))
        painter.drawLine(p(0.4, 0.88), p(0.6, 0.88))
    elif kind == LaneKind.METRICS:  # a bar chart
        for i, h in enumerate((0.35, 0.6, 0.8)):
            painter.drawRect(box(0.15 + i * 0.25, 0.9 - h, 0.16, h))
    elif kind == LaneKind.BACKSTAGE:  # a gear (circle with teeth)
        painter.drawEllipse(box(0.3, 0.3, 0.4, 0.4))
        for a in range(8):
            from math import cos, pi, sin

            ang = a * pi / 4
            painter.drawLine(
                QPointF(c.x() + cos(ang) * s * 0.22, c.y() + sin(ang) * s * 0.22),
                QPointF(c.x() + cos(ang) * s * 0.4, c.y() + sin(ang) * s * 0.4),
            )
    elif kind == LaneKind.TIME:  # a clock
        painter.drawEllipse(box(0.1, 0.1, 0.8, 0.8))
        painter.drawLine(c, p(0.5, 0.25))
        painter.drawLine(c, p(0.7, 0.5))
    elif kind == LaneKind.IMAGES:  # a picture: frame, sun and hill
        painter.drawRoundedRect(box(0.1, 0.18, 0.8, 0.64), s * 0.06, s * 0.06)
        painter.drawEllipse(box(0.58, 0.28, 0.14, 0.14))
        painter.drawPolyline([p(0.12, 0.78), p(0.38, 0.45), p(0.62, 0.78)])
    else:  # text: lines of a page
        for i, w in enumerate((0.7, 0.7, 0.45)):
            painter.drawLine(p(0.15, 0.3 + i * 0.2), p(0.15 + w, 0.3 + i * 0.2))
    painter.restore()


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
