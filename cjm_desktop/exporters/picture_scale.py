"""The scale a PNG or SVG picture of a map may be exported at, checked in one place for the CLI,
the export dialog and the exporter (no Qt here, so the CLI checks it before starting Qt)."""

from __future__ import annotations

import math

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

_CTX = "export"

#: Below a quarter, the cards' 9 pt text is about 2 pixels high: nothing is legible any more.
MIN_SCALE = 0.25
#: Eight times is a poster print of a map at about 200 dpi; beyond it even a small map passes
#: the PNG pixel budget (image.MAX_PIXELS), and an SVG gains nothing from a larger scale.
MAX_SCALE = 8.0


def checked_scale(scale: float) -> float:
    """`scale` when it is a number from MIN_SCALE to MAX_SCALE; else UserError (nan, inf, 0,
    negative or huge values included)."""
    if (
        not isinstance(scale, int | float)
        or not math.isfinite(scale)
        or not (MIN_SCALE <= scale <= MAX_SCALE)
    ):
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX, "The picture scale must be a number from {low} to {high}, not {value}."
                ),
                low=f"{MIN_SCALE:g}",
                high=f"{MAX_SCALE:g}",
                value=f"{scale:g}" if isinstance(scale, int | float) else repr(scale),
            )
        )
    return float(scale)
