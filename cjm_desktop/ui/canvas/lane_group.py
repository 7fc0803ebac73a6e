"""LaneGroup: the parent of one lane's cells and cards, placed at the lane's top.

A card edit that makes a lane taller or shorter moves every lane below it; with each lane's items
under one parent that move is one setPos per lane instead of one per card and cell (thousands on
a big map). Its children's pos() is relative to the lane: anything needing scene coordinates asks
for scenePos(), sceneBoundingRect() or MapItem.scene_rect().
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class LaneGroup(QGraphicsRectItem):
    """Draws nothing itself; a rect item (empty) so Qt asks no Python for its bounds."""

    def __init__(self, lane_id: str, top: float) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.setFlag(_NO_CONTENTS, True)
        self.setPos(0.0, top)
