"""Pure geometry of a journey map, shared by the Qt canvas and the PDF exporter. No Qt."""

from .card_relayout import relayout_cells
from .curve_path import catmull_rom
from .geometry import (
    BadgeBox,
    Box,
    CardBox,
    CellBox,
    CurvePoints,
    EmotionBox,
    HeaderBox,
    MapGeometry,
    TextLine,
)
from .journey_layout import layout_card, layout_journey
from .style import Style, card_color, curve_color, stage_color
from .text_metrics import ascent, text_width, wrap

__all__ = [
    "BadgeBox",
    "Box",
    "CardBox",
    "CellBox",
    "CurvePoints",
    "EmotionBox",
    "HeaderBox",
    "MapGeometry",
    "Style",
    "TextLine",
    "ascent",
    "card_color",
    "catmull_rom",
    "curve_color",
    "layout_card",
    "layout_journey",
    "relayout_cells",
    "stage_color",
    "text_width",
    "wrap",
]
