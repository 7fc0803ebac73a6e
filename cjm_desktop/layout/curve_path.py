"""A smooth curve through the emotion points (Catmull-Rom as cubic Bezier segments).

Both renderers draw these exact segments, so the curve bends the same on screen and on paper.
"""

from __future__ import annotations

from .geometry import Point, Segment


def catmull_rom(points: list[Point]) -> list[Segment]:
    segments: list[Segment] = []
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segments.append((c1, c2, p2))
    return segments
