"""FocusRing: the outline around the item the keyboard acts on, drawn over everything so it is
seen on cards, pinned headers and selected items alike. It follows its item when the map is laid
out again or headers slide while scrolling."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from .. import theme


class FocusRing(QGraphicsItem):
    """A dashed rounded rectangle around a scene rectangle; hidden when there is none."""

    MARGIN = 3.0
    WIDTH = 2.0
    Z = 1100.0  # above dragged items (600) and the drop indicator

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def surround(self, rect: QRectF | None) -> None:
        """Show the ring around `rect` (scene coordinates), or hide it for None."""
        if rect is None or rect.isEmpty():
            self.hide()
            return
        rect = rect.adjusted(-self.MARGIN, -self.MARGIN, self.MARGIN, self.MARGIN)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.show()

    def ring_rect(self) -> QRectF:
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:
        pad = self.WIDTH
        return self._rect.adjusted(-pad, -pad, pad, pad)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Two pens: a solid pale one under the dashes, so the ring reads on light and dark cards.
        under = QPen(theme.canvas_colors().background, self.WIDTH + 2)
        under.setCosmetic(True)
        painter.setPen(under)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect, 5, 5)
        pen = QPen(theme.canvas_colors().focus, self.WIDTH, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)  # as thick at 40 % zoom as at 200 %
        painter.setPen(pen)
        painter.drawRoundedRect(self._rect, 5, 5)
