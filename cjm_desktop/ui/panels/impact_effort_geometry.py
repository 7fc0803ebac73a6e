"""Where things go in the impact/effort matrix: the 5 x 5 grid of scores inside a plot rectangle,
the score under a point (snapped to 1..5), dots spread over their cell when several actions share
one score, and labels placed beside the dots without running into each other. Plain arithmetic,
so it is tested without a window.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

SCORES = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Plot:
    """The plot area in widget pixels: effort grows to the right, impact upwards."""

    left: float
    top: float
    width: float
    height: float

    @property
    def cell_width(self) -> float:
        return self.width / len(SCORES)

    @property
    def cell_height(self) -> float:
        return self.height / len(SCORES)

    def cell_center(self, impact: int, effort: int) -> tuple[float, float]:
        x = self.left + (effort - 0.5) * self.cell_width
        y = self.top + (len(SCORES) - impact + 0.5) * self.cell_height
        return x, y

    def score_at(self, x: float, y: float) -> tuple[int, int]:
        """(impact, effort) of the cell under the point; outside the plot, the nearest cell."""
        effort = math.floor((x - self.left) / self.cell_width) + 1
        impact = len(SCORES) - math.floor((y - self.top) / self.cell_height)
        return _clamp(impact), _clamp(effort)

    def middle(self) -> tuple[float, float]:
        """Where the quadrants meet: the centre of score 3 on both axes."""
        return self.cell_center(3, 3)


def _clamp(score: int) -> int:
    return max(SCORES[0], min(SCORES[-1], score))


def spread_positions(
    plot: Plot, scores: Iterable[tuple[str, int, int]], spacing: float = 18.0
) -> dict[str, tuple[float, float]]:
    """Positions of dots (id, impact, effort): alone at the cell centre; several stacked in a
    column `spacing` apart (one text line, so each label beside its dot has a row of its own),
    centred on the cell and wrapping into more columns when the cell is too short. Dots keep
    the order they come in, so the pattern is the same on every draw."""
    by_cell: dict[tuple[int, int], list[str]] = defaultdict(list)
    for dot_id, impact, effort in scores:
        by_cell[(impact, effort)].append(dot_id)
    usable_w, usable_h = 0.8 * plot.cell_width, 0.8 * plot.cell_height
    per_column = max(1, math.floor(usable_h / spacing) + 1)
    positions: dict[str, tuple[float, float]] = {}
    for (impact, effort), ids in by_cell.items():
        cx, cy = plot.cell_center(impact, effort)
        columns = math.ceil(len(ids) / per_column)
        rows = math.ceil(len(ids) / columns)
        dy = min(spacing, usable_h / (rows - 1)) if rows > 1 else 0.0
        dx = min(spacing, usable_w / (columns - 1)) if columns > 1 else 0.0
        for k, dot_id in enumerate(ids):
            column, row = divmod(k, rows)
            in_column = min(rows, len(ids) - column * rows)
            x = cx + (column - (columns - 1) / 2) * dx
            y = cy + (row - (in_column - 1) / 2) * dy
            positions[dot_id] = (x, y)
    return positions


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle in widget pixels."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def inside(self, other: Box) -> bool:
        return (
            self.left >= other.left
            and self.right <= other.right
            and self.top >= other.top
            and self.bottom <= other.bottom
        )


@dataclass(frozen=True)
class LabelRequest:
    """A dot at (x, y) and the widths its label can take: the whole (or elided) title first,
    then ever shorter elisions."""

    dot_id: str
    x: float
    y: float
    widths: tuple[float, ...]


@dataclass(frozen=True)
class PlacedLabel:
    box: Box
    #: Which of the request's widths was used (0: the longest).
    choice: int
    #: A selected dot's label that found no free place and covers something (drawn on a plate).
    crowded: bool = False


def label_candidates(
    request: LabelRequest, height: float, offset: float
) -> Iterator[tuple[int, Box]]:
    """Where a label may go, best first: right of its dot, then left, longest text first; only
    then under or over the dot (less plainly its dot's label there, with stacked dots)."""
    top = request.y - height / 2
    for choice, width in enumerate(request.widths):
        yield choice, Box(request.x + offset, top, width, height)
        yield choice, Box(request.x - offset - width, top, width, height)
    for choice, width in enumerate(request.widths):
        # Centred on the dot, clear of its ring.
        centred = request.x - width / 2
        yield choice, Box(centred, request.y + offset - 2, width, height)
        yield choice, Box(centred, request.y - offset + 2 - height, width, height)


def place_labels(
    requests: Sequence[LabelRequest],
    *,
    height: float,
    dot_radius: float,
    gap: float,
    bounds: Box,
    obstacles: Iterable[Box] = (),
    first: Collection[str] = (),
) -> dict[str, PlacedLabel]:
    """Labels beside their dots that overlap no other label, no dot and no obstacle, inside
    `bounds`. Labels of `first` (the selected dots) are placed before the rest and always get
    a place: without a free one, the first clear of dots, else the first inside the bounds
    (marked crowded). Any other label that finds no free place is left out: its dot's tooltip
    names it."""
    offset = dot_radius + gap
    dots = [
        Box(r.x - dot_radius, r.y - dot_radius, 2 * dot_radius, 2 * dot_radius) for r in requests
    ]
    taken = list(obstacles)
    placed: dict[str, PlacedLabel] = {}
    ordered = [r for r in requests if r.dot_id in first] + [
        r for r in requests if r.dot_id not in first
    ]
    for request in ordered:
        clear_of_dots = anywhere = None
        for choice, box in label_candidates(request, height, offset):
            if not box.inside(bounds):
                continue
            anywhere = anywhere or PlacedLabel(box, choice, crowded=True)
            if any(box.overlaps(dot) for dot in dots):
                continue
            clear_of_dots = clear_of_dots or PlacedLabel(box, choice, crowded=True)
            if not any(box.overlaps(other) for other in taken):
                placed[request.dot_id] = PlacedLabel(box, choice)
                break
        else:
            fallback = clear_of_dots or anywhere
            if request.dot_id in first and fallback is not None:
                placed[request.dot_id] = fallback
        if request.dot_id in placed:
            taken.append(placed[request.dot_id].box)
    return placed
