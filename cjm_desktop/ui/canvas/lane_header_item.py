"""LaneHeaderItem: the header of one lane (a row) down the left, with an icon for its kind; drag
it to reorder lanes, double-click its "+" zone to add a lane below."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from ...model import LaneKind
from . import glyphs
from .header_item import HeaderItem


class LaneHeaderItem(HeaderItem):
    """Header of a lane."""

    kind = "lane"

    def __init__(self, lane_id: str) -> None:
        super().__init__(lane_id)
        self.lane_kind = LaneKind.TEXT
        self.icon_rect = QRectF()
        self.icon_color = QColor("#455a64")

    @property
    def lane_id(self) -> str:
        return self.object_id

    def set_icon(self, lane_kind: LaneKind, rect: QRectF, color: QColor) -> None:
        self.lane_kind, self.icon_rect, self.icon_color = lane_kind, QRectF(rect), color
        self.update()

    def paint_decoration(self, painter: QPainter) -> None:
        if not self.icon_rect.isEmpty():
            glyphs.paint_lane_icon(painter, self.lane_kind, self.icon_rect, self.icon_color)
