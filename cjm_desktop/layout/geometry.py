"""The records of a laid-out journey: plain numbers keyed by ID, shared by canvas and PDF.

Frozen dataclasses of plain numbers, so equal records mean an equal picture (the canvas repaints
only records that changed). Boxes are (x, y, width, height) in points, y growing downwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Box = tuple[float, float, float, float]  # x, y, width, height
Point = tuple[float, float]
Segment = tuple[Point, Point, Point]  # cubic Bezier: control 1, control 2, end


@dataclass(frozen=True)
class TextLine:
    x: float  # baseline origin, relative to the owning record's box
    y: float
    text: str


@dataclass(frozen=True)
class BadgeBox:
    kind: str  # sentiment | moment_of_truth | drop_off | evidence | channel
    box: Box  # relative to the card
    value: str | int | None = None


@dataclass(frozen=True)
class HeaderBox:
    box: Box
    lines: tuple[TextLine, ...] = ()
    sub_lines: tuple[TextLine, ...] = ()
    font_size: float = 12.0
    sub_font_size: float = 10.0
    color: str = ""
    icon: Box | None = None
    plus: Box | None = None  # the "+" zone (relative)
    title_box: Box | None = None  # where an inline editor goes (relative)


@dataclass(frozen=True)
class CardBox:
    box: Box
    lines: tuple[TextLine, ...]
    badges: tuple[BadgeBox, ...]
    font_size: float
    color: str
    lane_kind: str
    title_box: Box  # relative
    # Where the card's picture is drawn (relative), the picture's own aspect ratio; None when
    # the card has none.
    image_box: Box | None = None


@dataclass(frozen=True)
class CellBox:
    box: Box
    stage_index: int
    row_index: int


@dataclass(frozen=True)
class CurvePoints:
    curve_id: str
    color: str
    label: str
    points: tuple[tuple[str, float, float, int], ...]  # step_id, x, y (absolute), value


@dataclass
class EmotionBox:
    box: Box
    curves: list[CurvePoints]
    value_y: dict[int, float]  # value -> absolute y
    column_x: dict[str, float]  # step_id -> absolute centre x
    face_size: float
    legend: list[tuple[Box, str, str]]  # swatch box (absolute), colour, label
    legend_font_size: float


def _no_smoothing(points: list[Point]) -> list[Segment]:
    return []


@dataclass
class MapGeometry:
    """Everything placed; `bounds` is the whole map."""

    bounds: Box
    stages: dict[str, HeaderBox] = field(default_factory=dict)
    steps: dict[str, HeaderBox] = field(default_factory=dict)
    lanes: dict[str, HeaderBox] = field(default_factory=dict)
    cells: dict[tuple[str, str], CellBox] = field(default_factory=dict)
    cards: dict[str, CardBox] = field(default_factory=dict)
    emotion: dict[str, EmotionBox] = field(default_factory=dict)
    # Smooth path through points: cubic segments (c1, c2, end) after the first point.
    smooth: Callable[[list[Point]], list[Segment]] = _no_smoothing
    card_gap: float = 6.0
    header_height: float = 0.0  # stage + step headers: repeated on tiled PDF pages
    lane_header_width: float = 0.0
    # The top-left corner above the lane headers and left of the stage headers: where the map
    # names its persona (canvas card, PDF).
    corner: Box = (0.0, 0.0, 0.0, 0.0)
