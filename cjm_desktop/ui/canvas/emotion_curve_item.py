"""EmotionLaneItem: the emotion lane's curves: smooth lines through their points (each curve in
its own colour, with a legend), a face at every point and a dashed zero line.

Dragging a point up or down shows the new value live through `set_override` (the model does not
change until the drag ends with one SetEmotionPoint edit).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from . import glyphs
from .map_item import MapItem


@dataclass
class CurveDrawing:
    """One curve in item coordinates."""

    curve_id: str
    color: QColor
    label: str
    points: list[tuple[str, QPointF, int]] = field(default_factory=list)  # step_id, centre, value
    path: QPainterPath = field(default_factory=QPainterPath)


@dataclass
class EmotionLook:
    """Everything the lane draws, in item coordinates."""

    curves: list[CurveDrawing]
    zero_y: float
    band_ys: list[float]  # the y of each value -2..+2, for faint guide lines
    face_size: float
    legend: list[tuple[QRectF, QColor, str]]  # swatch rect, colour, label
    legend_font: QFont | None
    # Item-coordinate y of a value, and the smooth path through points (the layout's own).
    y_of: Callable[[int], float]
    path_of: Callable[[list[QPointF]], QPainterPath]
    column_xs: dict[str, float] = field(default_factory=dict)  # step_id -> centre x


class EmotionLaneItem(MapItem):
    """The curves of one emotion lane; `object_id` is the lane's ID."""

    kind = "emotion"
    Z = 5.0
    HIT_RADIUS = 10.0

    def __init__(self, lane_id: str) -> None:
        super().__init__(lane_id)
        self.look: EmotionLook | None = None
        self._override: tuple[str, str, int] | None = None
        self.setZValue(self.Z)
        # The lane spans the whole map: paint() needs the exposed part to skip faces out of
        # sight (a repaint of a few columns would otherwise draw the faces of all 200 steps).
        self.setFlag(MapItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def set_look(self, look: EmotionLook) -> None:
        self.look = look
        self.update()

    def set_override(self, curve_id: str | None, step_id: str | None, value: int | None) -> None:
        """Draw `curve_id` as if `step_id` had `value` (None clears it)."""
        new = None if curve_id is None or value is None else (curve_id, step_id, value)
        if new != self._override:
            self._override = new
            self.update()

    def override_value(self) -> int | None:
        return self._override[2] if self._override else None

    def point_at(self, scene_pos: QPointF) -> tuple[str, str] | None:
        """(curve_id, step_id) of the point nearest `scene_pos` within the hit radius."""
        if self.look is None:
            return None
        pos = self.mapFromScene(scene_pos)
        best, best_d = None, self.HIT_RADIUS + self.look.face_size / 2
        # Later curves are drawn on top, so they win ties.
        for curve in self.look.curves:
            for step_id, centre, _ in curve.points:
                d = (centre - pos).manhattanLength() * 0.75
                if d <= best_d:
                    best, best_d = (curve.curve_id, step_id), d
        return best

    def point_scene_pos(self, curve_id: str, step_id: str) -> QPointF | None:
        for curve in self.look.curves if self.look else []:
            for sid, centre, _ in curve.points:
                if curve.curve_id == curve_id and sid == step_id:
                    return self.mapToScene(centre)
        return None

    def _drawn_curve(self, curve: CurveDrawing) -> CurveDrawing:
        if self._override is None or self._override[0] != curve.curve_id:
            return curve
        _, step_id, value = self._override
        points = list(curve.points)
        y = self.look.y_of(value)
        for n, (sid, centre, _) in enumerate(points):
            if sid == step_id:
                points[n] = (sid, QPointF(centre.x(), y), value)
                break
        else:
            x = self.look.column_xs.get(step_id)
            if x is None:
                return curve
            points.append((step_id, QPointF(x, y), value))
            points.sort(key=lambda p: p[1].x())
        path = self.look.path_of([c for _, c, _ in points])
        return CurveDrawing(curve.curve_id, curve.color, curve.label, points, path)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        look = self.look
        if look is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        guide = QPen(QColor(0, 0, 0, 18), 0)
        painter.setPen(guide)
        for y in look.band_ys:
            painter.drawLine(QPointF(0, y), QPointF(self._rect.width(), y))
        zero = QPen(QColor("#9e9e9e"), 1.0, Qt.PenStyle.DashLine)
        painter.setPen(zero)
        painter.drawLine(QPointF(0, look.zero_y), QPointF(self._rect.width(), look.zero_y))
        half = look.face_size / 2 + 1
        exposed = option.exposedRect
        left, right = exposed.left() - half, exposed.right() + half
        for curve in (self._drawn_curve(c) for c in look.curves):
            pen = QPen(curve.color, 2.5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(curve.path)
            for _, centre, value in curve.points:
                if not left <= centre.x() <= right:
                    continue
                rect = QRectF(0, 0, look.face_size, look.face_size)
                rect.moveCenter(centre)
                glyphs.paint_face(painter, value, rect)
        if self._override is not None:
            self._paint_value_tip(painter)
        self._paint_legend(painter, look)

    def _paint_value_tip(self, painter: QPainter) -> None:
        curve_id, step_id, value = self._override
        curve = next((c for c in self.look.curves if c.curve_id == curve_id), None)
        x = self.look.column_xs.get(step_id)
        if curve is None or x is None:
            return
        y = self.look.y_of(value)
        ring = QRectF(0, 0, self.look.face_size + 8, self.look.face_size + 8)
        ring.moveCenter(QPointF(x, y))
        painter.setPen(QPen(QColor("#1976d2"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
        text = f"{value:+d}" if value else "0"
        painter.drawText(QPointF(ring.right() + 3, y + 4), text)

    def _paint_legend(self, painter: QPainter, look: EmotionLook) -> None:
        if len(look.legend) == 0:
            return
        if look.legend_font is not None:
            painter.setFont(look.legend_font)
        for swatch, color, label in look.legend:
            painter.setPen(QPen(color, 3))
            y = swatch.center().y()
            painter.drawLine(QPointF(swatch.left(), y), QPointF(swatch.right(), y))
            painter.setPen(QColor("#424242"))
            painter.drawText(QPointF(swatch.right() + 4, swatch.bottom() - 1), label)
