"""The base of every item on the journey canvas: a rectangle placed by the layout, an object ID,
and a hover flag. Items never change the model; the view turns gestures into edits."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QStyleOptionGraphicsItem

_NO_PEN = QPen(Qt.PenStyle.NoPen)
# Enum members looked up once: each lookup through the class is a Python call, and a big map
# builds thousands of items.
NO_BUTTON = Qt.MouseButton.NoButton
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class MapItem(QGraphicsRectItem):
    """An item at a layout rectangle. Its local origin is the rectangle's top-left corner, so a
    relayout only moves it (cheap, keeps the cache) unless its size changes.

    A rect item, not a bare QGraphicsItem: its boundingRect() and shape() stay in C++. Qt asks
    every item for them when it re-indexes the scene after a relayout moved thousands of items,
    and a Python override made each of those a call into Python (~8,000 a repaint on L)."""

    #: What the item stands for ("card", "stage", "step", "lane", "cell", "emotion").
    kind = "item"

    def __init__(
        self, object_id: str, parent: QGraphicsItem | None = None, box: tuple | None = None
    ) -> None:
        """`box` (x, y, width, height in scene coordinates) places the item at once: cheaper
        than set_scene_rect on a new item, which matters for thousands of them."""
        if box is None:
            super().__init__(parent)
            self._rect = QRectF()  # the same as rect(), kept in Python for paint()
        else:
            x, y, width, height = box
            self._rect = QRectF(0.0, 0.0, width, height)
            super().__init__(self._rect, parent)
            self.setPos(x, y)
        self.object_id = object_id
        self.setPen(_NO_PEN)  # no pen: the bounding rect is the rectangle, not half a pen more
        self.hovered = False
        self.setAcceptHoverEvents(True)
        # The view handles every mouse gesture itself (drags, rubber band); items only draw.
        self.setAcceptedMouseButtons(NO_BUTTON)

    def set_scene_rect(self, rect: QRectF) -> None:
        """Place the item at `rect` (scene coordinates), also when it sits in a lane's group."""
        if rect.size() != self._rect.size():
            self._rect = QRectF(0, 0, rect.width(), rect.height())
            self.setRect(self._rect)  # prepares the geometry change and repaints
        parent = self.parentItem()
        top_left = rect.topLeft() if parent is None else rect.topLeft() - parent.pos()
        if self.pos() != top_left:
            self.setPos(top_left)

    def scene_rect(self) -> QRectF:
        return self._rect.translated(self.scenePos())

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()

    def paint(self, painter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        raise NotImplementedError
