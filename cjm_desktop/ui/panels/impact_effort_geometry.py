"""Where things go in the impact/effort matrix: the 5 x 5 grid of scores inside a plot rectangle,
the score under a point (snapped to 1..5), and dots spread around their cell's centre when
several actions share one score. Plain arithmetic, so it is tested without a window.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
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
    plot: Plot, scores: Iterable[tuple[str, int, int]]
) -> dict[str, tuple[float, float]]:
    """Positions of dots (id, impact, effort): alone at the cell centre, several on a small
    circle around it so none hides another."""
    by_cell: dict[tuple[int, int], list[str]] = defaultdict(list)
    for dot_id, impact, effort in scores:
        by_cell[(impact, effort)].append(dot_id)
    radius = 0.28 * min(plot.cell_width, plot.cell_height)
    positions: dict[str, tuple[float, float]] = {}
    for (impact, effort), ids in by_cell.items():
        cx, cy = plot.cell_center(impact, effort)
        if len(ids) == 1:
            positions[ids[0]] = (cx, cy)
            continue
        for k, dot_id in enumerate(ids):
            angle = -math.pi / 2 + 2 * math.pi * k / len(ids)
            positions[dot_id] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    return positions
