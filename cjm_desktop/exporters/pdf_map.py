"""A journey map drawn on PDF pages from the shared layout: the same boxes as on the canvas.

`MapFlowable` draws one region of the map (a range of columns and rows) with the stage and step
headers above it and the lane headers beside it, so tiled pages repeat the headers.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..drawing.map_drawing import (
    MapIndex,
    Region,
    draw_body,
    draw_column_headers,
    draw_lane_headers,
)
from ..drawing.persona_card import draw_persona_card
from ..layout.geometry import MapGeometry
from ..layout.style import BACKGROUND
from ..model import Journey, Persona
from .pdf_painter import Painter
from .pdf_pictures import PictureCache

__all__ = ["MapFlowable", "MapIndex", "Region"]


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
                lambda p: draw_body(p, g, self.index, r, self.pictures.reader),
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
