"""PersonaCardItem: the map's persona in the canvas's top-left corner (photo, name, tagline).

It fills the corner the layout leaves above the lane headers and left of the stage headers, and
stays there while scrolling like the headers do, so whoever reads any part of a big map sees
whose journey it is. It only draws; the persona is edited in the persona panel, which a
double-click on the card brings up (the canvas asks persona_at()).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ...model import Journey, Project
from ...qt_paint.fonts import canvas_font
from .. import theme
from ..embedded_images import decode_thumbnail

_PHOTO = 46.0
_PAD = 8.0
# Decoded at twice the drawn size so the photo stays sharp when zoomed in.
_DECODE_SIDE = 2 * int(_PHOTO)
_BADGE_COLOR = QColor("#b0bec5")


@dataclass(frozen=True)
class PersonaCardRecord:
    """What the card shows; an equal record is an equal picture."""

    persona_id: str
    name: str
    tagline: str
    photo: str | None
    size: tuple[float, float]
    dark: bool


class PersonaCardItem(QGraphicsItem):
    """Drawn above the headers that slide under it; hidden when the map has no persona."""

    Z = 30.0

    def __init__(self) -> None:
        super().__init__()
        self.record: PersonaCardRecord | None = None
        self._image = QImage()
        self._rect = QRectF()
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.hide()

    def show_for(self, project: Project, journey: Journey | None, corner) -> None:
        """Show the persona of `journey` in the layout's `corner` box (x, y, width, height)."""
        persona = project.persona(journey.persona_id) if journey and journey.persona_id else None
        if persona is None or corner[2] <= 0 or corner[3] <= 0:
            self.record = None
            self.hide()
            return
        record = PersonaCardRecord(
            persona.id,
            persona.name,
            persona.tagline,
            persona.photo,
            (corner[2], corner[3]),
            theme.canvas_colors().dark,
        )
        if record != self.record:
            if self.record is None or record.photo != self.record.photo:
                self._image = decode_thumbnail(record.photo, _DECODE_SIDE)
            if self.record is None or record.size != self.record.size:
                self.prepareGeometryChange()
                self._rect = QRectF(0, 0, *record.size)
            self.record = record
            tip = persona.name
            if persona.tagline:
                tip += f"\n{persona.tagline}"
            if persona.quote:
                tip += f"\n“{persona.quote}”"
            hint = QCoreApplication.translate("Canvas", "Double-click to open the persona")
            tip += f"\n\n{hint}"
            self.setToolTip(tip)
            self.update()
        self.show()

    def persona_at(self, scene_pos: QPointF) -> str | None:
        """The persona shown, when `scene_pos` is on the card."""
        if self.record is None or not self.isVisible():
            return None
        return self.record.persona_id if self.sceneBoundingRect().contains(scene_pos) else None

    def has_photo(self) -> bool:
        return not self._image.isNull()

    def boundingRect(self) -> QRectF:
        return self._rect

    # -- painting ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, option, widget=None) -> None:
        record = self.record
        if record is None:
            return
        colors = theme.canvas_colors()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        # Opaque to the edges: stage and lane headers slide under the card while scrolling.
        painter.fillRect(self._rect, colors.background)
        card = self._rect.adjusted(3, 3, -3, -3)
        painter.setPen(QPen(colors.header_border, 1))
        painter.setBrush(colors.cell)
        painter.drawRoundedRect(card, 6, 6)
        photo = QRectF(card.left() + _PAD, card.center().y() - _PHOTO / 2, _PHOTO, _PHOTO)
        self._paint_photo(painter, photo, record.name)
        left = photo.right() + _PAD
        width = card.right() - _PAD - left
        self._paint_text(painter, left, card, width, record, colors.header_text)
        painter.restore()

    def _paint_photo(self, painter: QPainter, box: QRectF, name: str) -> None:
        circle = QPainterPath()
        circle.addEllipse(box)
        if not self._image.isNull():
            painter.save()
            painter.setClipPath(circle)
            # Fill the circle: crop the longer side of the photo, like an avatar.
            scale = max(box.width() / self._image.width(), box.height() / self._image.height())
            target = QRectF(0, 0, self._image.width() * scale, self._image.height() * scale)
            target.moveCenter(box.center())
            painter.drawImage(target, self._image)
            painter.restore()
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BADGE_COLOR)
        painter.drawPath(circle)
        letters = "".join(word[0] for word in name.split()[:2]).upper() or "?"
        painter.setFont(canvas_font(17, bold=True))
        painter.setPen(QColor("white"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letters)

    def _paint_text(self, painter, left, card: QRectF, width, record, text_color) -> None:
        caption = QCoreApplication.translate("Canvas", "Persona")
        name = record.name or QCoreApplication.translate("Canvas", "Unnamed persona")
        muted = QColor(text_color)
        muted.setAlphaF(0.65)
        name_font = canvas_font(13, bold=True)
        rows = [(canvas_font(9, bold=True), caption.upper(), muted)]
        rows.extend((name_font, line, text_color) for line in _two_lines(name, name_font, width))
        if record.tagline:
            rows.append((canvas_font(10), record.tagline, text_color))
        heights = [QFontMetricsF(font).height() for font, _, _ in rows]
        y = card.center().y() - sum(heights) / 2
        for (font, text, color), height in zip(rows, heights, strict=True):
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.setPen(color)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(left, y + metrics.ascent()), shown)
            y += height


def _two_lines(text: str, font, width: float) -> list[str]:
    """`text` on one line, or broken after the last word that fits (a full name is often two
    words, and the corner is narrow); what still does not fit is elided when painted."""
    metrics = QFontMetricsF(font)
    words = text.split()
    if metrics.horizontalAdvance(text) <= width or len(words) < 2:
        return [text]
    first = words[0]
    for n in range(2, len(words)):
        candidate = " ".join(words[:n])
        if metrics.horizontalAdvance(candidate) > width:
            break
        first = candidate
    return [first, text[len(first) :].strip()]
