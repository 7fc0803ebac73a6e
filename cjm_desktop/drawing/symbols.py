"""Every symbol a map shows, defined once as vector shapes on the 24-unit grid.

Lane kinds and channels come from the icon set (svg_icons); sentiment faces, the moment of truth
(a star), drop-off (an arrow leaving), and the evidence marks are drawn here. The canvas, the PDF
and the PNG/SVG export all draw these shapes, so a symbol cannot look different in one of them.
"""

from __future__ import annotations

import colorsys
from functools import cache

from . import shapes as sh
from .shapes import Shape, Symbol
from .svg_icons import icon_symbol

# Emotion values -2..+2: red through grey to green; colour and mouth both say it.
FACE_COLORS = {-2: "#d9534f", -1: "#f0ad4e", 0: "#9e9e9e", 1: "#8bc34a", 2: "#43a047"}
INK = "#212121"
STAR = "#f9a825"
DROP_OFF = "#c62828"
EVIDENCE = "#546e7a"
CHIP_INK = "#37474f"
EVIDENCE_LEVELS = ("assumption", "partly_backed", "researched")


def darker(color: str, factor: float) -> str:
    """`color` with its brightness divided by `factor` (what QColor.darker(factor*100) does)."""
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    r, g, b = colorsys.hsv_to_rgb(h, s, v / factor)
    return "#" + "".join(f"{round(c * 255):02x}" for c in (r, g, b))


@cache
def face(value: int) -> Symbol:
    """A round face whose mouth curves with the emotion value (-2 very sad .. +2 very happy)."""
    value = max(-2, min(2, int(value)))
    color = FACE_COLORS[value]
    mouth_y = 15.84
    bend = value * 1.68  # positive bends the mouth down in the middle: a smile
    return (
        Shape(sh.circle(12, 12, 11.25), fill=color, stroke=darker(color, 1.4), width=1.5),
        Shape(sh.circle(7.92, 9.12, 1.68), fill=INK),
        Shape(sh.circle(16.08, 9.12, 1.68), fill=INK),
        Shape(
            sh.quad((6.72, mouth_y), (12, mouth_y + 2 * bend), (17.28, mouth_y)),
            stroke=INK,
            width=2.0,
        ),
    )


@cache
def moment_of_truth() -> Symbol:
    """A filled star, as on the moment-of-truth lane icon."""
    return (Shape(sh.star(12, 12.6, 11.6), fill=STAR, stroke=darker(STAR, 1.3), width=1.2),)


@cache
def drop_off() -> Symbol:
    """A red disc with a white arrow leaving down and out."""
    white, w = "#ffffff", 3.0
    return (
        Shape(sh.circle(12, 12, 12), fill=DROP_OFF),
        Shape(sh.line((7.2, 7.2), (16.8, 16.8)), stroke=white, width=w),
        Shape(sh.line((16.8, 10.8), (16.8, 16.8), (10.8, 16.8)), stroke=white, width=w),
    )


@cache
def evidence(level: str) -> Symbol:
    """An empty, half or full circle: assumption, partly backed, researched."""
    ring = Shape(sh.circle(12, 12, 10.3), stroke=EVIDENCE, width=3.4)
    if level == "researched":
        return (Shape(sh.circle(12, 12, 10.3), fill=EVIDENCE, stroke=EVIDENCE, width=3.4),)
    if level == "partly_backed":
        return (ring, Shape(sh.half_disc_left(12, 12, 10.3), fill=EVIDENCE))
    return (ring,)


def channel(value: str, color: str = CHIP_INK) -> Symbol:
    """The channel's line icon (the same file the touchpoint palette shows)."""
    return icon_symbol(f"channel-{value}", color) or icon_symbol("channel-other", color)


def lane_kind(value: str, color: str) -> Symbol:
    """The lane kind's line icon, tinted `color`."""
    return icon_symbol(f"lane-{value}", color)


def badge(kind: str, value) -> Symbol:
    """The symbol of a card badge of the layout (BadgeBox.kind and .value); () for a channel,
    which is a chip with an icon rather than a bare symbol."""
    if kind == "sentiment":
        return face(int(value or 0))
    if kind == "moment_of_truth":
        return moment_of_truth()
    if kind == "drop_off":
        return drop_off()
    if kind == "evidence":
        return evidence(str(value))
    return ()
