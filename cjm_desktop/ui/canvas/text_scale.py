"""The canvas honours the system font size: when the desktop's font is larger than usual, the
map's text, line heights, badges and header rows grow with it, while the columns keep their
width (so a bigger font wraps onto more lines rather than pushing the map wider).

The layout takes every size from a `Style` in points and measures text at those sizes, so a
scaled Style keeps text, wrapping and hit testing consistent. At the usual desktop sizes the
factor is 1 and the canvas wraps exactly like the PDF (which always prints at the default
Style); it never shrinks below that.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from PySide6.QtGui import QFontInfo, QGuiApplication

from ...layout.style import Style

#: The application font's height in pixels at which the canvas draws at its designed sizes:
#: 10 pt at 96 dpi. Windows (9 pt), KDE (10 pt) and macOS (13 px) defaults are at or below it.
REFERENCE_PIXELS = 13.0
MAX_FACTOR = 2.5
_SCALED = (
    "card_font",
    "line_height",
    "badge",
    "stage_font",
    "step_font",
    "lane_font",
    "stage_height",
    "step_height",
    "min_row_height",
    "collapsed_height",
)


def font_factor() -> float:
    """How much larger than the reference the application's font is (at least 1)."""
    app = QGuiApplication.instance()
    if app is None:
        return 1.0
    pixels = QFontInfo(QGuiApplication.font()).pixelSize()
    return max(1.0, min(MAX_FACTOR, pixels / REFERENCE_PIXELS))


@cache
def scaled_style(factor: float) -> Style:
    base = Style()
    if factor == 1.0:
        return base
    return replace(base, **{name: getattr(base, name) * factor for name in _SCALED})


def canvas_style() -> Style:
    """The Style the canvas lays journeys out with, for the current application font."""
    return scaled_style(round(font_factor(), 2))
