"""HeaderItem: the shared drawing of stage, step and lane headers: a filled box with wrapped,
layout-placed text lines and, on hover, a "+" zone that double-click uses to add a neighbour."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...layout import style
from .map_item import MapItem

SELECTION = QColor("#1976d2")
BACKDROP = QColor(style.BACKGROUND)


@dataclass
class HeaderLook:
    """What a header paints, in item coordinates."""

    fill: QColor
    text_color: QColor
    font: QFont
    lines: list[tuple[QPointF, str]] = field(default_factory=list)
    # Smaller second text block (a stage's time frame, say), with its own font.
    sub_font: QFont | None = None
    sub_lines: list[tuple[QPointF, str]] = field(default_factory=list)
    border: QColor | None = None
    radius: float = 0.0
    # Double-click here adds a neighbour (a step after this step, a lane below this lane).
    plus_zone: QRectF | None = None
    # The canvas background around the box (the theme's), filled first.
    backdrop: QColor | None = None


class HeaderItem(MapItem):
    """A selectable, draggable header box."""

    Z = 20.0
    DRAG_Z = 600.0

    def __init__(self, object_id: str) -> None:
        super().__init__(object_id)
        self.look: HeaderLook | None = None
        self.setZValue(self.Z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_look(self, look: HeaderLook) -> None:
        self.look = look
        self.update()

    def plus_zone_scene(self) -> QRectF | None:
        if self.look is None or self.look.plus_zone is None:
            return None
        return self.look.plus_zone.translated(self.pos())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        look = self.look
        if look is None:
            return
        # Opaque to the edges: pinned headers slide over cards, which must not show through
        # the antialiased rim or the rounded corners.
        painter.fillRect(self._rect, look.backdrop or BACKDROP)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._rect.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(look.border, 0.8) if look.border else Qt.PenStyle.NoPen)
        painter.setBrush(look.fill.lighter(106) if self.hovered else look.fill)
        painter.drawRoundedRect(rect, look.radius, look.radius)
        self.paint_decoration(painter)
        painter.setPen(look.text_color)
        painter.setFont(look.font)
        for origin, text in look.lines:
            painter.drawText(origin, text)
        if look.sub_font is not None:
            painter.setFont(look.sub_font)
            for origin, text in look.sub_lines:
                painter.drawText(origin, text)
        if self.hovered and look.plus_zone is not None:
            self._paint_plus(painter, look.plus_zone, look.text_color)
        if self.isSelected():
            painter.setPen(QPen(SELECTION, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._rect.adjusted(1, 1, -1, -1), look.radius, look.radius)

    def paint_decoration(self, painter: QPainter) -> None:
        """Extra drawing under the text (a lane's icon); none by default."""

    @staticmethod
    def _paint_plus(painter: QPainter, zone: QRectF, color: QColor) -> None:
        s = min(zone.width(), zone.height()) * 0.8
        c = zone.center()
        painter.setPen(Qt.PenStyle.NoPen)
        ring = QColor(color)
        ring.setAlpha(60)
        painter.setBrush(ring)
        painter.drawEllipse(c, s / 2, s / 2)
        pen = QPen(color, max(1.0, s / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(c.x() - s / 4, c.y()), QPointF(c.x() + s / 4, c.y()))
        painter.drawLine(QPointF(c.x(), c.y() - s / 4), QPointF(c.x(), c.y() + s / 4))
