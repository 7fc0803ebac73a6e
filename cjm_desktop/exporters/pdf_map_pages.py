"""The pages of one map: which sheet, what scale, one page or tiles, and what each page holds
(heading, tile label with a miniature of the tiling, the map, the legend).

A map is fitted to a sheet by widening (or narrowing) its columns until it has the sheet's shape,
so it fills the page in both directions instead of leaving a band blank. It is readable when its
card text prints at `min_text_pt` or more; Auto takes the smallest such sheet, else tiles it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..drawing.legend import legend_entries, words
from ..layout import layout_journey
from ..layout.geometry import MapGeometry
from ..layout.journey_layout import DEFAULT_STYLE
from ..layout.style import Style
from ..model import Journey, Project
from .pdf_fit import fitted_paragraph
from .pdf_fonts import BOLD
from .pdf_labels import Labels
from .pdf_legend import MapLegend
from .pdf_map import MapFlowable, MapIndex, Region
from .pdf_outline import Anchor
from .pdf_paper import AUTO, AUTO_SHEETS, TILE_SHEET, sheet_size
from .pdf_pictures import PictureCache

MIN_COLUMN, MAX_COLUMN = 140.0, 560.0
#: A small map is not blown up past this: 12 pt card text prints at 18 pt at most.
MAX_SCALE = 1.5
#: How far a tile repeats its neighbour's edge, on paper: room to glue and to find the cut.
OVERLAP = 8 * mm
MINIATURE_W = 60 * mm


@dataclass
class MapPlan:
    """A map's sheet (page size in points), layout and scale; `tiles` is None for one page."""

    page: tuple[float, float]
    geometry: MapGeometry
    scale: float
    tiles: list[list[Region]] | None = None  # rows of tile regions


def min_scale(min_text_pt: float, style: Style = DEFAULT_STYLE) -> float:
    """The scale at which card text prints at `min_text_pt` (a hair above, against rounding)."""
    return min_text_pt / style.card_font * 1.0005


def _columns(geometry: MapGeometry, style: Style) -> int:
    return max(1, round((geometry.bounds[2] - style.lane_header_width) / style.column_width))


def fit_map(journey: Journey, avail_w: float, avail_h: float) -> tuple[MapGeometry, float]:
    """The layout (columns widened or narrowed) that fits `avail_w` x `avail_h` at the largest
    scale, and that scale."""
    style = DEFAULT_STYLE
    best: tuple[float, float, MapGeometry] | None = None
    for _ in range(6):
        geometry = layout_journey(journey, style)
        w, h = geometry.bounds[2], geometry.bounds[3]
        if not w or not h:
            return geometry, 1.0
        by_w, by_h = avail_w / w, avail_h / h
        scale = min(by_w, by_h, MAX_SCALE)
        fill = (w * scale) * (h * scale) / (avail_w * avail_h)
        if best is None or (round(scale, 4), fill) > (round(best[0], 4), best[1]):
            best = (scale, fill, geometry)
        n = _columns(geometry, style)
        if by_h <= by_w:  # spare width: widen the columns to take it
            target = (avail_w / scale - style.lane_header_width) / n
        else:  # spare height: narrower columns make a taller map, gently
            target = style.column_width * (by_w / by_h) ** 0.5
        target = max(MIN_COLUMN, min(MAX_COLUMN, target))
        if abs(target - style.column_width) < 2:
            break
        style = replace(style, column_width=round(target, 1))
    scale, _, geometry = best
    return geometry, scale


def _tiles(geometry: MapGeometry, journey: Journey, body_w: float, body_h: float):
    """Rows of regions of whole columns and whole lanes, each fitting `body_w` x `body_h`."""
    columns = sorted((h.box[0], h.box[0] + h.box[2]) for h in geometry.steps.values())
    rows = [
        (geometry.lanes[lane.id].box[1], sum(geometry.lanes[lane.id].box[1::2]))
        for lane in journey.lanes
    ]
    x_ranges = _pack(columns or [(geometry.lane_header_width, geometry.bounds[2])], body_w)
    y_ranges = _pack(rows or [(geometry.header_height, geometry.bounds[3])], body_h)
    return [[Region(x0, x1, y0, y1) for x0, x1 in x_ranges] for y0, y1 in y_ranges]


def _pack(spans: list[tuple[float, float]], limit: float) -> list[tuple[float, float]]:
    """Group consecutive spans into ranges no longer than `limit` (a single long span alone)."""
    ranges: list[tuple[float, float]] = []
    start, end = spans[0]
    for s0, s1 in spans[1:]:
        if s1 - start > limit:
            ranges.append((start, end))
            start = s0
        end = s1
    ranges.append((start, end))
    return ranges


def _with_overlap(rows: list[list[Region]], overlap: float) -> list[list[Region]]:
    """Each tile reaching `overlap` (map units) back into its left and upper neighbours."""
    out = []
    for r, row in enumerate(rows):
        out.append(
            [
                Region(
                    region.x0 - (overlap if c else 0),
                    region.x1,
                    region.y0 - (overlap if r else 0),
                    region.y1,
                )
                for c, region in enumerate(row)
            ]
        )
    return out


def frame_of(page: tuple[float, float], margin: float, bottom_extra: float, padding: float):
    w, h = page
    return (w - 2 * margin - 2 * padding - 1, h - 2 * margin - bottom_extra - 2 * padding - 1)


def plan_map(
    journey: Journey,
    paper: str,
    orientation: str,
    fit: str,
    min_text_pt: float,
    frame_for,
    reserved,
) -> MapPlan:
    """Where and how `journey` prints. `frame_for(page)` is the frame (w, h) of a page size;
    `reserved(frame_w, tiled)` the height its heading and legend take."""
    readable = min_scale(min_text_pt)
    sheets = AUTO_SHEETS if paper == AUTO else (paper,)
    plain = layout_journey(journey)  # a big map is laid out once: tiles use it as it is
    if fit != "tile":
        for name in sheets:
            page = sheet_size(name, orientation)
            frame_w, frame_h = frame_for(page)
            avail_h = frame_h - reserved(frame_w, False)
            w, h = plain.bounds[2], plain.bounds[3]
            # Reshaping the columns keeps the map's area about the same, so the best it can do is
            # the scale at which that area fills the frame: skip sheets where even that is short
            # (each try lays the map out up to six times).
            if fit != "fit" and (frame_w * avail_h / (w * h)) ** 0.5 < readable * 0.85:
                continue
            geometry, scale = fit_map(journey, frame_w, avail_h)
            if scale >= readable or fit == "fit":
                return MapPlan(page, geometry, scale)
    page = sheet_size(TILE_SHEET if paper == AUTO else paper, orientation)
    frame_w, frame_h = frame_for(page)
    geometry = plain
    scale = readable
    body_w = frame_w / scale - geometry.lane_header_width
    body_h = (frame_h - reserved(frame_w, True)) / scale - geometry.header_height
    overlap = OVERLAP / scale
    rows = _tiles(geometry, journey, max(body_w - overlap, 1), max(body_h - overlap, 1))
    return MapPlan(page, geometry, scale, _with_overlap(rows, overlap))


def tile_name(row: int, column: int) -> str:
    """ "B2": row letters (A..Z, then AA..), column numbers, as on a street map."""
    letters = ""
    n = row + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{column + 1}"


class TileMiniature(Flowable):
    """The tiling as a small grid of cells, the current tile filled, its name beside it."""

    def __init__(self, rows: int, columns: int, row: int, column: int, label: str):
        super().__init__()
        self.rows, self.columns, self.row, self.column = rows, columns, row, column
        self.label = label
        self.cell = min(6.0 * mm / max(rows, 1), MINIATURE_W / max(columns, 1) / 1.6, 4 * mm)
        self.width = MINIATURE_W
        self.height = max(self.rows * self.cell, 10) + 12

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFont(BOLD, 9)
        c.setFillColorRGB(0.15, 0.2, 0.22)
        c.drawRightString(self.width, self.height - 9, self.label)
        cw, ch = self.cell * 1.6, self.cell
        left = self.width - cw * self.columns
        c.setLineWidth(0.4)
        c.setStrokeColorRGB(0.5, 0.57, 0.62)
        for r in range(self.rows):
            for col in range(self.columns):
                here = (r, col) == (self.row, self.column)
                if here:
                    c.setFillColorRGB(0.25, 0.43, 0.65)
                else:
                    c.setFillColorRGB(0.92, 0.94, 0.95)
                y = self.height - 13 - (r + 1) * ch
                c.rect(left + col * cw, y, cw, ch, stroke=1, fill=1)


def _heading(
    project: Project, journey: Journey, labels: Labels, st, scenario: bool, width: float
) -> list:
    """The map's title, what it shows and its scenario, each cut to a few lines: the rest of the
    page is the map's (a heading taller than the page left it no room at all)."""
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    bits = [labels.state(journey.state)]
    if persona:
        bits.append(f"{labels['persona']}: {persona.name}")
    h2, muted, small = st["h2"], st["muted"], st["small"]
    out = [
        fitted_paragraph(journey.title or "—", h2, width, 2 * h2.leading)[0],
        fitted_paragraph(" · ".join(bits), muted, width, 2 * muted.leading)[0],
    ]
    if journey.scenario and scenario:
        text = f"{labels['scenario']}: {journey.scenario}"
        out.append(fitted_paragraph(text, small, width, 4 * small.leading)[0])
    return [*out, Spacer(1, 2 * mm)]


class _Beside(Flowable):
    """Flowables stacked on the left, one flowable at the top right: the tile page's heading
    beside its miniature (a Table did the same at twice the cost, on every tile)."""

    def __init__(self, left: list[Flowable], right: Flowable):
        super().__init__()
        self.left, self.right = left, right
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width, avail_height):
        right_w, right_h = self.right.wrap(avail_width, avail_height)
        self._sizes = [f.wrap(avail_width - right_w - 4, avail_height) for f in self.left]
        left_h = sum(
            h + f.getSpaceBefore() + f.getSpaceAfter()
            for f, (_, h) in zip(self.left, self._sizes, strict=True)
        )
        self.width, self.height = avail_width, max(left_h, right_h)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for f, (_, h) in zip(self.left, self._sizes, strict=True):
            y -= f.getSpaceBefore() + h
            f.drawOn(self.canv, 0, y)
            y -= f.getSpaceAfter()
        self.right.drawOn(self.canv, self.width - self.right.width, self.height - self.right.height)


def _beside(left: list, right: Flowable, width: float) -> Flowable:
    return _Beside(left, right)


def heading_height(
    project, journey, labels, st, frame_w: float, tiled: bool, min_text_pt: float = 7.0
) -> float:
    """What the heading and the legend take above and below the map."""
    parts = _heading(project, journey, labels, st, True, frame_w)
    if tiled:
        parts = [_beside(parts, TileMiniature(9, 9, 0, 0, "A1"), frame_w)]
    parts.append(
        MapLegend(
            words(labels.language)["legend"], legend_entries(journey, labels.language), min_text_pt
        )
    )
    return sum(f.wrap(frame_w, 1e6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in parts) + 4


def step_keys(journey: Journey, geometry: MapGeometry, region: Region) -> list[str]:
    """Bookmark names of the steps a page shows: the cover's findings link to them."""
    out = []
    for step_id, header in geometry.steps.items():
        x, _, w, _ = header.box
        if x < region.x1 and x + w > region.x0:
            out.append(f"step-{journey.id}-{step_id}")
    return out


def map_flowables(
    project: Project,
    journey: Journey,
    labels: Labels,
    st,
    plan: MapPlan,
    frame_w: float,
    min_text_pt: float,
) -> list[list]:
    """The pages of one map (a list of flowables a page)."""
    g = plan.geometry
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    pictures = PictureCache()  # shared by the tiles: each card picture is read once
    legend = legend_entries(journey, labels.language)
    title = words(labels.language)["legend"]
    floor = min_text_pt if plan.scale >= min_scale(min_text_pt) else 0.0
    index = MapIndex(g, journey)  # shared by the tiles, like the pictures

    def flowable(region: Region, cuts: tuple[float | None, float | None] = (None, None)):
        return MapFlowable(
            g,
            journey,
            region,
            plan.scale,
            persona,
            labels["persona"],
            pictures,
            min_text=floor,
            cuts=cuts,
            index=index,
        )

    outline = journey.title or "—"
    if plan.tiles is None:
        region = Region(g.lane_header_width, g.bounds[2], g.header_height, g.bounds[3])
        keys = [f"map-{journey.id}", *step_keys(journey, g, region)]
        return [
            [
                Anchor(keys, outline),
                *_heading(project, journey, labels, st, True, frame_w),
                flowable(region),
                Spacer(1, 2 * mm),
                MapLegend(title, legend, min_text_pt),
            ]
        ]
    pages = []
    rows, columns = len(plan.tiles), len(plan.tiles[0])
    last = tile_name(rows - 1, columns - 1)
    seen: set[str] = set()
    for r, row in enumerate(plan.tiles):
        for c, region in enumerate(row):
            name = tile_name(r, c)
            label = labels["tile"].format(tile=name, last=last)
            keys = [k for k in step_keys(journey, g, region) if k not in seen]
            seen.update(keys)
            if (r, c) == (0, 0):
                keys.insert(0, f"map-{journey.id}")
            cuts = (
                region.x0 + OVERLAP / plan.scale if c else None,
                region.y0 + OVERLAP / plan.scale if r else None,
            )
            head = _heading(project, journey, labels, st, (r, c) == (0, 0), frame_w)
            pages.append(
                [
                    Anchor(keys, outline if (r, c) == (0, 0) else ""),
                    _beside(head, TileMiniature(rows, columns, r, c, label), frame_w),
                    flowable(region, cuts),
                    Spacer(1, 2 * mm),
                    MapLegend(title, legend, min_text_pt),
                ]
            )
    return pages


def tile_count(plan: MapPlan) -> int:
    return 1 if plan.tiles is None else sum(len(row) for row in plan.tiles)
