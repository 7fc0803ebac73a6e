"""CellItem: the background of one cell (lane x step). It takes no clicks (so a press on it starts
the rubber band), but highlights on hover and is where double-click creates a card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

from .map_item import MapItem

HOVER = QColor(25, 118, 210, 18)
# Shared until the scene gives a cell its theme's colours (parsing a colour name per cell adds up).
_FILL = QColor("white")
_GRID = QColor("#e0e0e0")


class CellItem(MapItem):
    """One cell; `object_id` is "lane_id/step_id"."""

    kind = "cell"
    Z = 0.0

    def __init__(
        self,
        lane_id: str,
        step_id: str,
        box: tuple | None = None,
        fill: QColor = _FILL,
        grid: QColor = _GRID,
    ) -> None:
        super().__init__(f"{lane_id}/{step_id}", box=box)
        self.lane_id = lane_id
        self.step_id = step_id
        self.fill = fill
        self.grid = grid
        self.setZValue(self.Z)

    def set_colors(self, fill: QColor, grid: QColor) -> None:
        if fill != self.fill or grid != self.grid:
            self.fill, self.grid = fill, grid
            self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.fill)
        painter.drawRect(self._rect)
        if self.hovered:
            painter.setBrush(HOVER)
            painter.drawRect(self._rect)
        # Only the right and bottom edges: neighbours draw the others, so lines are not doubled.
        painter.setPen(QPen(self.grid, 0))
        # Half a unit inside the cell, so the next cell's fill does not cover the line.
        r = self._rect.adjusted(0, 0, -0.5, -0.5)
        painter.drawLine(r.topRight(), r.bottomRight())
        painter.drawLine(r.bottomLeft(), r.bottomRight())
