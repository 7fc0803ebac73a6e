"""The map drawn once from the layout, through a painter: the PDF (reportlab), the PNG and the
SVG (QPainter) each pass their own, so the three cannot drift apart.

A painter speaks layout coordinates (points, y down) and offers rect, circle, line, curve,
polygon, text, symbol, image and photo_circle; exporters/pdf_painter.py and qt_paint/map_painter.py
are the two. `pictures(encoded)` gives the painter's own picture object for a card's image.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..layout.geometry import BadgeBox, Box, CardBox, EmotionBox, HeaderBox, MapGeometry
from ..layout.style import LANE_HEADER_FILL, LANE_ICON_COLORS, TEXT_COLOR
from ..model import Journey, LaneKind
from . import symbols
from .colors import mix


class Painter(Protocol):
    """What the map drawing needs of a backend; boxes are (x, y, w, h) in layout points."""

    def rect(
        self,
        box: Box,
        fill: str | None,
        stroke: str | None = None,
        radius: float = 0,
        width: float = 0.6,
        dash: tuple | None = None,
    ) -> None: ...

    def circle(
        self,
        cx: float,
        cy: float,
        r: float,
        fill: str | None,
        stroke: str | None = None,
        width: float = 0.8,
    ) -> None: ...

    def line(self, a, b, stroke: str, width: float = 0.8, dash: tuple | None = None) -> None: ...

    def curve(self, start, segments, stroke: str, width: float = 2.0) -> None: ...

    def polygon(self, points, fill: str) -> None: ...

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        fill: str = TEXT_COLOR,
        bold: bool = False,
        centre: bool = False,
    ) -> None: ...

    def symbol(self, symbol, box: Box) -> None: ...

    def image(self, box: Box, picture) -> None: ...

    def photo_circle(self, cx: float, cy: float, r: float, picture) -> None: ...


Pictures = Callable[[str | None], object]

GRID = "#d5dbe1"


@dataclass(frozen=True)
class Region:
    """Map coordinates of the columns (x0..x1) and rows (y0..y1) one page shows."""

    x0: float
    x1: float
    y0: float
    y1: float


def _intersects(box: Box, x0: float, x1: float, y0: float, y1: float) -> bool:
    x, y, w, h = box
    return x < x1 and x + w > x0 and y < y1 and y + h > y0


def face(p: Painter, cx: float, cy: float, size: float, value: int) -> None:
    """The emotion face of a value -2..+2, as on the canvas."""
    p.symbol(symbols.face(value), (cx - size / 2, cy - size / 2, size, size))


def _badge(p: Painter, card: CardBox, badge: BadgeBox) -> None:
    x, y, w, h = badge.box
    box = (x + card.box[0], y + card.box[1], w, h)
    if badge.kind == "channel":
        # The canvas's chip: a 12% darker pill on the card, the channel's icon inside.
        p.rect(box, mix(card.color, "#000000", 0.12), radius=h / 2)
        bx, by, bw, bh = box
        p.symbol(symbols.channel(str(badge.value)), (bx + 1.5, by + 1.5, bw - 3, bh - 3))
    else:
        p.symbol(symbols.badge(badge.kind, badge.value), box)


def _cards(p: Painter, cards: list[CardBox], pictures: list[tuple[CardBox, object]]) -> None:
    """Cards in passes (shadows, cards, pictures, text, badges) rather than one by one: cards do
    not overlap, so the picture is the same, and the colour and font change a few times instead
    of several times a card (a big map draws thousands). `pictures` pairs a card having a
    picture box with the painter's picture (None: drawn as an empty box)."""
    for card in cards:
        x, y, w, h = card.box
        p.rect((x + 0.8, y + 1.2, w, h), "#dfe3e8", radius=4)  # a soft shadow, as on screen
    for card in cards:
        p.rect(card.box, card.color, "#c5ccd3", radius=4, width=0.5)
    for card, reader in pictures:
        x, y, w, h = card.image_box
        box = (card.box[0] + x, card.box[1] + y, w, h)
        if reader is None:
            p.rect(box, "#eceff1", "#c5ccd3", width=0.5, dash=(2, 2))
        else:
            p.image(box, reader)
    for card in cards:
        x, y, _, _ = card.box
        for line in card.lines:
            p.text(x + line.x, y + line.y, line.text, card.font_size, TEXT_COLOR)
    for card in cards:
        for badge in card.badges:
            _badge(p, card, badge)


def _header(
    p: Painter, header: HeaderBox, fill: str, text: str, bold: bool = True, left: float = 0
) -> None:
    """A header box; its text starts at `left` when the box begins off the page (tiling)."""
    x, y, _, _ = header.box
    p.rect(header.box, fill, "#ffffff", width=1)
    x = max(x, left)
    for line in header.lines:
        p.text(x + line.x, y + line.y, line.text, header.font_size, text, bold=bold)
    for line in header.sub_lines:
        p.text(x + line.x, y + line.y, line.text, header.sub_font_size, text)


def _emotion(p: Painter, box: EmotionBox, geometry: MapGeometry, label: str) -> None:
    x, _, w, _ = box.box
    for value, vy in box.value_y.items():
        if value == 0:
            p.line((x, vy), (x + w, vy), "#90a4ae", 0.8, dash=(4, 3))
        else:
            p.line((x, vy), (x + w, vy), "#eceff1", 0.5)
    for curve in box.curves:
        pts = [(px, py) for _, px, py, _ in curve.points]
        if len(pts) >= 2:
            p.curve(pts[0], geometry.smooth(pts), curve.color, 2.4)
        for _, px, py, value in curve.points:
            face(p, px, py, box.face_size, value)
    for (lx, ly, lw, lh), colour, text in box.legend:
        p.rect((lx, ly, lw, lh), colour, radius=2)
        p.text(lx + lw + 4, ly + lh - 1, text or label, box.legend_font_size, TEXT_COLOR)


class MapIndex:
    """A map's cells and cards sorted by left edge: a tile finds what it shows by bisection
    instead of testing every card of the map (a 200-step map tiles into dozens of pages)."""

    def __init__(self, geometry: MapGeometry, journey: Journey):
        kinds = {lane.id: lane.kind for lane in journey.lanes}
        self.cells = sorted(
            (
                (cell.box[0], n, cell, kinds.get(lane_id))
                for n, ((lane_id, _), cell) in enumerate(geometry.cells.items())
            ),
            key=lambda item: item[:2],
        )
        self.cards = sorted(
            (
                (box.box[0], n, card_id, box)
                for n, (card_id, box) in enumerate(geometry.cards.items())
            ),
            key=lambda item: item[:2],
        )
        self.cell_x = [item[0] for item in self.cells]
        self.card_x = [item[0] for item in self.cards]
        self.widest = max(
            [c.box[2] for c in geometry.cells.values()]
            + [c.box[2] for c in geometry.cards.values()],
            default=0.0,
        )
        self.images = {card.id: card.image for card in journey.cards if card.image}

    def _span(self, xs: list[float], region: Region) -> range:
        return range(bisect_left(xs, region.x0 - self.widest), bisect_left(xs, region.x1))

    def cells_in(self, r: Region):
        for n in self._span(self.cell_x, r):
            _, _, cell, kind = self.cells[n]
            if _intersects(cell.box, r.x0, r.x1, r.y0, r.y1):
                yield cell, kind

    def cards_in(self, r: Region) -> list[tuple[str, CardBox]]:
        out = []
        for n in self._span(self.card_x, r):
            _, order, card_id, box = self.cards[n]
            if _intersects(box.box, r.x0, r.x1, r.y0, r.y1):
                out.append((order, card_id, box))
        out.sort()  # the layout's order, as one page drew it before
        return [(card_id, box) for _, card_id, box in out]


def draw_body(
    p: Painter,
    geometry: MapGeometry,
    index: MapIndex,
    region: Region,
    pictures: Pictures,
) -> None:
    r = region
    for cell, kind in index.cells_in(r):
        fill = "#ffffff" if cell.row_index % 2 == 0 or kind == LaneKind.EMOTION else "#fafbfc"
        p.rect(cell.box, fill, GRID, width=0.5)
    for emotion in geometry.emotion.values():
        if _intersects(emotion.box, r.x0, r.x1, r.y0, r.y1):
            _emotion(p, emotion, geometry, "")
    shown = index.cards_in(r)
    pictured = [
        (box, pictures(index.images.get(card_id)))
        for card_id, box in shown
        if box.image_box is not None
    ]
    _cards(p, [box for _, box in shown], pictured)


def draw_column_headers(p: Painter, geometry: MapGeometry, region: Region) -> None:
    for header in geometry.stages.values():
        if _intersects(header.box, region.x0, region.x1, 0, 1e9):
            _header(p, header, header.color, "#ffffff", left=region.x0)
    for header in geometry.steps.values():
        if _intersects(header.box, region.x0, region.x1, 0, 1e9):
            _header(p, header, mix(header.color, "#ffffff", 0.82), TEXT_COLOR)


def draw_lane_headers(p: Painter, geometry: MapGeometry, journey: Journey, region: Region) -> None:
    for lane in journey.lanes:
        header = geometry.lanes[lane.id]
        if not _intersects(header.box, 0, 1e9, region.y0, region.y1):
            continue
        _header(p, header, LANE_HEADER_FILL, TEXT_COLOR)
        if header.icon:
            ix, iy, iw, ih = header.icon
            colour = LANE_ICON_COLORS.get(lane.kind, "#455a64")
            p.symbol(symbols.lane_kind(lane.kind.value, colour), (ix, header.box[1] + iy, iw, ih))
