"""LaneGroup: the parent of one lane's cells and cards, placed at the lane's top.

A card edit that makes a lane taller or shorter moves every lane below it; with each lane's items
under one parent that move is one setPos per lane instead of one per card and cell (thousands on
a big map). Its children's pos() is relative to the lane: anything needing scene coordinates asks
for scenePos(), sceneBoundingRect() or MapItem.scene_rect().

The group's rectangle is its lane's and it promises Qt that its children lie inside it
(ItemContainsChildrenInShape): Qt then keeps only the group in its scene index and finds the
children through it, so moving a lane re-indexes one item instead of its hundreds of cards and
cells, both at the setPos and at the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_CONTAINS_CHILDREN = QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
# Room around the lane for what a child paints or reports a little beyond its cell.
_SLACK = 4.0


class LaneGroup(QGraphicsRectItem):
    """Draws nothing itself; a rect item so Qt asks no Python for its bounds."""

    def __init__(self, lane_id: str, top: float) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.setFlag(_NO_CONTENTS, True)
        self.setFlag(_CONTAINS_CHILDREN, True)
        # Now it has an area Qt finds it under the mouse: it takes no clicks, the view does.
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPos(0.0, top)

    def fit(self, left: float, width: float, height: float) -> None:
        """Span the lane (relative to its top): `left` and `width` of the map, its height."""
        rect = QRectF(left - _SLACK, -_SLACK, width + 2 * _SLACK, height + 2 * _SLACK)
        if rect != self.rect():
            self.setRect(rect)
