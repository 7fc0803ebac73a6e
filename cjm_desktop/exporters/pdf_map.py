"""A journey map drawn on PDF pages from the shared layout: the same boxes as on the canvas.

`MapFlowable` draws one region of the map (a range of columns and rows) with the stage and step
headers above it and the lane headers beside it, so tiled pages repeat the headers.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from reportlab.platypus import Flowable

from ..drawing import symbols
from ..layout.geometry import BadgeBox, Box, CardBox, EmotionBox, HeaderBox, MapGeometry
from ..layout.style import (
    BACKGROUND,
    LANE_HEADER_FILL,
    LANE_ICON_COLORS,
    TEXT_COLOR,
)
from ..model import Journey, LaneKind, Persona
from .pdf_painter import Painter, mix
from .pdf_persona_card import draw_persona_card
from .pdf_pictures import PictureCache

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
    picture box with its ImageReader (None: drawn as an empty box)."""
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
    pictures: PictureCache,
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
        (box, pictures.reader(index.images.get(card_id)))
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


class MapFlowable(Flowable):
    """One page's piece of a map, with repeated headers, drawn at `scale`; the map's persona
    (when it has one) in the corner above the lane headers, captioned `caption`."""

    def __init__(
        self,
        geometry: MapGeometry,
        journey: Journey,
        region: Region,
        scale: float,
        persona: Persona | None = None,
        caption: str = "Persona",
        pictures: PictureCache | None = None,
        min_text: float = 0.0,
        cuts: tuple[float | None, float | None] = (None, None),
        index: MapIndex | None = None,
    ):
        super().__init__()
        self.index = index or MapIndex(geometry, journey)
        # Small labels (time frames, curve names, the persona's caption) print no smaller than
        # `min_text` points; the map's scale already keeps card text above it.
        self.min_text = min_text
        # Where a tile's overlap with its left and upper neighbours ends (map coordinates).
        self.cuts = cuts
        self.pictures = pictures or PictureCache()
        self.geometry = geometry
        self.journey = journey
        self.region = region
        self.scale = scale
        self.persona = persona
        self.caption = caption
        g = geometry
        self.map_w = g.lane_header_width + (region.x1 - region.x0)
        self.map_h = g.header_height + (region.y1 - region.y0)
        self.width = self.map_w * scale
        self.height = self.map_h * scale

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        g, r, c = self.geometry, self.region, self.canv
        base = Painter(c, self.scale, self.height, min_text=self.min_text)
        base.rect((0, 0, self.map_w, self.map_h), BACKGROUND)
        body_dx = g.lane_header_width - r.x0
        body_dy = g.header_height - r.y0
        parts = (
            (
                (g.lane_header_width, g.header_height, r.x1 - r.x0, r.y1 - r.y0),
                body_dx,
                body_dy,
                lambda p: draw_body(p, g, self.index, r, self.pictures),
            ),
            (
                (g.lane_header_width, 0, r.x1 - r.x0, g.header_height),
                body_dx,
                0,
                lambda p: draw_column_headers(p, g, r),
            ),
            (
                (0, g.header_height, g.lane_header_width, r.y1 - r.y0),
                0,
                body_dy,
                lambda p: draw_lane_headers(p, g, self.journey, r),
            ),
        )
        for clip_box, dx, dy, draw in parts:
            c.saveState()
            base.clip(clip_box)
            draw(base.moved(dx, dy))
            c.restoreState()
        self._overlap_marks(base, body_dx, body_dy)
        if self.persona is not None:
            photo = self.pictures.reader(self.persona.photo)
            draw_persona_card(base, g.corner, self.persona, self.caption, photo)

    def _overlap_marks(self, p: Painter, dx: float, dy: float) -> None:
        """Dashed lines where the neighbouring tile's part ends, with a triangle at each end."""
        cut_x, cut_y = self.cuts
        if cut_x is not None:
            x = cut_x + dx
            p.line((x, 0), (x, self.map_h), "#7b1fa2", 1.2, dash=(6, 4))
            p.polygon([(x - 6, 0), (x + 6, 0), (x, 9)], "#7b1fa2")
        if cut_y is not None:
            y = cut_y + dy
            p.line((0, y), (self.map_w, y), "#7b1fa2", 1.2, dash=(6, 4))
            p.polygon([(0, y - 6), (0, y + 6), (9, y)], "#7b1fa2")
