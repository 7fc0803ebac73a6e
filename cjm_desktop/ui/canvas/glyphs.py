"""The canvas's symbols: lane kind icons, channel icons, emotion faces and card badges.

Each is drawn from drawing/symbols.py (vector data shared with the PDF and the PNG/SVG export)
through the QPainter backend, so the screen and every export show the same marks, crisp at
every zoom. Every function paints inside the given `rect` and leaves the painter's state as it
was.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from ...drawing import symbols
from ...model import LaneKind
from ...qt_paint.symbols import paint_symbol


def paint_face(painter: QPainter, value: int, rect: QRectF) -> None:
    """A round face whose mouth curves with the emotion value (-2 very sad .. +2 very happy)."""
    paint_symbol(painter, symbols.face(value), rect)


def paint_lane_icon(painter: QPainter, kind: LaneKind, rect: QRectF, color: QColor) -> None:
    """The lane kind's line icon (the SVG the menus and palette use too), tinted `color`."""
    paint_symbol(painter, symbols.lane_kind(LaneKind(kind).value, color.name()), rect)


def paint_badge(painter: QPainter, kind: str, value, rect: QRectF) -> None:
    """A card badge: face, moment-of-truth star, drop-off arrow or evidence mark."""
    paint_symbol(painter, symbols.badge(kind, value), rect)


def paint_channel(painter: QPainter, value: str, rect: QRectF) -> None:
    """The channel's icon (no abbreviation: it reads in every language)."""
    paint_symbol(painter, symbols.channel(str(value)), rect)
