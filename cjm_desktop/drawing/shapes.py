"""Vector shapes on the 24-unit icon grid: paths of lines and cubic curves, filled or stroked.

The one vocabulary every backend understands: QPainter, reportlab and SVG each turn a `Shape`
into their own path, so a symbol looks the same wherever it is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import cos, pi, sin

GRID = 24.0
# A cubic Bezier quarter circle's control distance, in radii.
_KAPPA = 0.5522847498

# ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)
Command = tuple


@dataclass(frozen=True)
class Shape:
    """A path in grid units (y down) with its paint; `fill`/`stroke` empty means none."""

    commands: tuple[Command, ...]
    fill: str = ""
    stroke: str = ""
    width: float = 0.0  # stroke width, grid units
    round_caps: bool = True


Symbol = tuple[Shape, ...]


def circle(cx: float, cy: float, r: float) -> tuple[Command, ...]:
    k = r * _KAPPA
    return (
        ("M", cx + r, cy),
        ("C", cx + r, cy + k, cx + k, cy + r, cx, cy + r),
        ("C", cx - k, cy + r, cx - r, cy + k, cx - r, cy),
        ("C", cx - r, cy - k, cx - k, cy - r, cx, cy - r),
        ("C", cx + k, cy - r, cx + r, cy - k, cx + r, cy),
        ("Z",),
    )


def ellipse(cx: float, cy: float, rx: float, ry: float) -> tuple[Command, ...]:
    kx, ky = rx * _KAPPA, ry * _KAPPA
    return (
        ("M", cx + rx, cy),
        ("C", cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
        ("C", cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
        ("C", cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
        ("C", cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy),
        ("Z",),
    )


def half_disc_left(cx: float, cy: float, r: float) -> tuple[Command, ...]:
    """The left half of a disc (the "partly backed" evidence mark)."""
    k = r * _KAPPA
    return (
        ("M", cx, cy - r),
        ("C", cx - k, cy - r, cx - r, cy - k, cx - r, cy),
        ("C", cx - r, cy + k, cx - k, cy + r, cx, cy + r),
        ("Z",),
    )


def polygon(points: list[tuple[float, float]]) -> tuple[Command, ...]:
    first, *rest = points
    return (("M", *first), *(("L", *p) for p in rest), ("Z",))


def star(cx: float, cy: float, radius: float, inner: float = 0.45) -> tuple[Command, ...]:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * inner
        angle = -pi / 2 + i * pi / 5
        points.append((cx + cos(angle) * r, cy + sin(angle) * r))
    return polygon(points)


def quad(p0, q, p2) -> tuple[Command, ...]:
    """A quadratic curve p0 -> p2 around q, as the cubic every backend takes."""
    c1 = (p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1]))
    c2 = (p2[0] + 2 / 3 * (q[0] - p2[0]), p2[1] + 2 / 3 * (q[1] - p2[1]))
    return (("M", *p0), ("C", *c1, *c2, *p2))


def line(*points: tuple[float, float]) -> tuple[Command, ...]:
    first, *rest = points
    return (("M", *first), *(("L", *p) for p in rest))
