"""The QPainter backend of drawing/map_drawing.py: the map drawn from the layout for the PNG and
SVG export, through the same drawing code as the PDF, so the pictures and the report agree."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from ..drawing.map_drawing import (
    MapIndex,
    Region,
    draw_body,
    draw_column_headers,
    draw_lane_headers,
)
from ..drawing.persona_card import draw_persona_card
from ..layout.geometry import Box, MapGeometry
from ..layout.style import BACKGROUND, TEXT_COLOR
from ..model import Journey, Persona, decode_image
from .fonts import canvas_font
from .symbols import paint_symbol


def _pen(color: str, width: float, dash: tuple | None = None, round_cap: bool = False) -> QPen:
    pen = QPen(QColor(color), width)
    if round_cap:
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if dash:
        pen.setDashPattern([d / max(width, 0.01) for d in dash])  # Qt counts in pen widths
    return pen


class QtMapPainter:
    """Draws map-space shapes on a QPainter whose transform already maps layout points."""

    def __init__(self, painter: QPainter):
        self.painter = painter

    def rect(self, box: Box, fill, stroke=None, radius: float = 0, width: float = 0.6, dash=None):
        p = self.painter
        p.setPen(_pen(stroke, width, dash) if stroke else Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        if radius:
            p.drawRoundedRect(QRectF(*box), radius, radius)
        else:
            p.drawRect(QRectF(*box))

    def circle(self, cx, cy, r, fill, stroke=None, width: float = 0.8):
        p = self.painter
        p.setPen(_pen(stroke, width) if stroke else Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(cx, cy), r, r)

    def line(self, a, b, stroke, width: float = 0.8, dash=None):
        self.painter.setPen(_pen(stroke, width, dash))
        self.painter.drawLine(QPointF(*a), QPointF(*b))

    def curve(self, start, segments, stroke, width: float = 2.0):
        path = QPainterPath(QPointF(*start))
        for c1, c2, end in segments:
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        p = self.painter
        p.setPen(_pen(stroke, width, round_cap=True))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

    def polygon(self, points, fill):
        p = self.painter
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(fill)))
        p.drawPolygon(QPolygonF([QPointF(*pt) for pt in points]))

    def text(self, x, y, text, size, fill=TEXT_COLOR, bold=False, centre=False):
        p = self.painter
        font = canvas_font(size, bold)
        p.setFont(font)
        p.setPen(QColor(fill))
        if centre:
            x -= QFontMetricsF(font).horizontalAdvance(text) / 2
        p.drawText(QPointF(x, y), text)

    def symbol(self, symbol, box: Box):
        paint_symbol(self.painter, symbol, QRectF(*box))

    def image(self, box: Box, picture: QImage):
        self.painter.drawImage(QRectF(*box), picture)

    def photo_circle(self, cx, cy, r, picture: QImage):
        p = self.painter
        p.save()
        clip = QPainterPath()
        clip.addEllipse(QPointF(cx, cy), r, r)
        p.setClipPath(clip, Qt.ClipOperation.IntersectClip)
        scale = max(2 * r / picture.width(), 2 * r / picture.height())
        w, h = picture.width() * scale, picture.height() * scale
        p.drawImage(QRectF(cx - w / 2, cy - h / 2, w, h), picture)
        p.restore()


class Pictures:
    """Card and persona pictures decoded once per map (None when unreadable)."""

    def __init__(self):
        self._cache: dict[str, QImage | None] = {}

    def __call__(self, encoded: str | None) -> QImage | None:
        if not encoded:
            return None
        if encoded not in self._cache:
            try:
                image = QImage.fromData(decode_image(encoded))
            except ValueError:
                image = QImage()
            self._cache[encoded] = None if image.isNull() else image
        return self._cache[encoded]


def paint_map(
    painter: QPainter,
    geometry: MapGeometry,
    journey: Journey,
    persona: Persona | None,
    caption: str,
) -> None:
    """The whole map at layout coordinates: cells, curve, cards, headers and the persona."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p = QtMapPainter(painter)
    g = geometry
    _, _, width, height = g.bounds
    p.rect((0, 0, width, height), BACKGROUND)
    region = Region(g.lane_header_width, width, g.header_height, height)
    pictures = Pictures()
    draw_body(p, g, MapIndex(g, journey), region, pictures)
    draw_column_headers(p, g, region)
    draw_lane_headers(p, g, journey, region)
    if persona is not None:
        draw_persona_card(p, g.corner, persona, caption, pictures(persona.photo))
