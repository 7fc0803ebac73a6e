"""CardItem: a card drawn as a rounded note with its picture (storyboard), wrapped title, channel
chip and badges (sentiment face, moment of truth star, drop-off mark, evidence mark), all placed by
the layout."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from . import glyphs
from .map_item import DEVICE_CACHE, SELECTABLE, MapItem

SELECTION = QColor("#1976d2")


@dataclass
class Badge:
    """One mark on a card: `kind` is sentiment | moment_of_truth | drop_off | evidence | channel;
    `rect` is in card coordinates; `value` is the sentiment, the evidence level or the channel."""

    kind: str
    rect: QRectF
    value: object = None


@dataclass
class CardLook:
    """Everything a card paints, precomputed from the layout so paint() only draws."""

    fill: QColor
    border: QColor
    font: QFont
    lines: list[tuple[QPointF, str]] = field(default_factory=list)  # baseline origin, text
    badges: list[Badge] = field(default_factory=list)
    radius: float = 4.0
    # The card's picture and where it goes (card coordinates); a null image with a rect is a
    # picture that cannot be shown safely: its place is kept, drawn empty.
    image: QImage | None = None
    image_rect: QRectF | None = None


class CardItem(MapItem):
    """A note in a cell; `card_id` names the model card (tests and the scene rely on it)."""

    kind = "card"
    Z = 10.0
    DRAG_Z = 500.0

    def __init__(self, card_id: str, box: tuple | None = None) -> None:
        super().__init__(card_id, box=box)
        # What the look is made from, and the look once made: a map of thousands of cards
        # shows about a hundred, so each look is made at the card's first paint (or when read).
        self._look: CardLook | None = None
        self._look_source: tuple[Callable[..., CardLook], tuple] | None = None
        self.setZValue(self.Z)
        self.setFlag(SELECTABLE, True)
        # Cards repaint from a cached pixmap: a drag then only blits (thousands of cards).
        self.setCacheMode(DEVICE_CACHE)

    @property
    def card_id(self) -> str:
        return self.object_id

    @property
    def look(self) -> CardLook | None:
        if self._look is None and self._look_source is not None:
            make, args = self._look_source
            self._look = make(*args)
        return self._look

    def has_look(self) -> bool:
        """Whether the card was given a look (made now or at its first paint)."""
        return self._look_source is not None or self._look is not None

    def set_look(self, look: CardLook) -> None:
        self._look, self._look_source = look, None
        self.update()

    def set_look_source(self, make: Callable[..., CardLook], *args) -> None:
        """Show the look `make(*args)` from now on; it is made when first painted or read."""
        self._look, self._look_source = None, (make, args)
        self.update()

    def first_look_source(self, make: Callable[..., CardLook], *args) -> None:
        """set_look_source for a card not painted yet: nothing to repaint."""
        self._look_source = (make, args)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, 4, 4)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        look = self.look
        if look is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._rect.adjusted(0.5, 0.5, -0.5, -0.5)
        # A soft shadow lifts the note off the cell, like a sticky note on a wall.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(rect.translated(0, 1.5), look.radius, look.radius)
        selected = self.isSelected()
        if selected:
            pen = QPen(SELECTION, 2.0)
        elif self.hovered:
            pen = QPen(look.border.darker(150), 1.2)
        else:
            pen = QPen(look.border, 0.8)
        painter.setPen(pen)
        painter.setBrush(look.fill.lighter(104) if self.hovered else look.fill)
        painter.drawRoundedRect(rect, look.radius, look.radius)
        if look.image_rect is not None:
            self._paint_image(painter, look)
        painter.setFont(look.font)
        painter.setPen(QColor("#212121"))
        for origin, text in look.lines:
            painter.drawText(origin, text)
        for badge in look.badges:
            self._paint_badge(painter, badge, look)

    def _paint_image(self, painter: QPainter, look: CardLook) -> None:
        if look.image is None or look.image.isNull():
            painter.setPen(QPen(look.border, 0.8, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(0, 0, 0, 12))
            painter.drawRect(look.image_rect)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(look.image_rect, look.image)

    def _paint_badge(self, painter: QPainter, badge: Badge, look: CardLook) -> None:
        if badge.kind == "channel" and badge.value is not None:
            self._paint_channel(painter, badge)
        elif badge.value is not None or badge.kind in ("moment_of_truth", "drop_off"):
            glyphs.paint_badge(painter, badge.kind, badge.value, badge.rect)

    def _paint_channel(self, painter: QPainter, badge: Badge) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 30))
        painter.drawRoundedRect(badge.rect, badge.rect.height() / 2, badge.rect.height() / 2)
        painter.restore()
        glyphs.paint_channel(painter, str(badge.value), badge.rect.adjusted(1.5, 1.5, -1.5, -1.5))
