"""The look of a journey map in numbers and colours, shared by the canvas and the PDF."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import LaneKind

# Default stage colours when a stage has none: calm, distinct, readable under white text.
STAGE_COLORS = ("#3f6ea6", "#2e8b84", "#6a5acd", "#c0693a", "#4f8a3c", "#a64a7b", "#5d6d7e")
CURVE_COLORS = ("#d9534f", "#1976d2", "#43a047", "#8e24aa")
# Card colours by lane kind: sticky-note tints, so lanes read apart at a glance.
CARD_COLORS = {
    LaneKind.TOUCHPOINTS: "#e3f0fc",
    LaneKind.DOING: "#fff6c2",
    LaneKind.THINKING: "#efe6f7",
    LaneKind.FEELING: "#fde6ee",
    LaneKind.PAIN_POINTS: "#fde3e1",
    LaneKind.MOMENTS_OF_TRUTH: "#fff0d6",
    LaneKind.OPPORTUNITIES: "#e3f4e4",
    LaneKind.METRICS: "#dff4f6",
    LaneKind.BACKSTAGE: "#eceff1",
    LaneKind.TIME: "#f1f6e6",
    LaneKind.IMAGES: "#ffffff",
    LaneKind.TEXT: "#fffbe8",
}
LANE_ICON_COLORS = {
    LaneKind.TOUCHPOINTS: "#1e6fb8",
    LaneKind.PAIN_POINTS: "#c62828",
    LaneKind.MOMENTS_OF_TRUTH: "#e08e0b",
    LaneKind.OPPORTUNITIES: "#2e7d32",
    LaneKind.EMOTION: "#ad1457",
}
LANE_HEADER_FILL = "#e9edf1"
TEXT_COLOR = "#263238"
BACKGROUND = "#f4f5f7"


@dataclass(frozen=True)
class Style:
    """Sizes in points (one scene unit on the canvas)."""

    lane_header_width: float = 168.0
    stage_height: float = 40.0
    step_height: float = 46.0
    column_width: float = 176.0
    cell_padding: float = 8.0
    card_padding: float = 7.0
    card_gap: float = 6.0
    card_font: float = 12.0
    line_height: float = 16.0
    badge: float = 16.0
    emotion_height: float = 170.0
    min_row_height: float = 64.0
    # A card's picture sits above its title; a tall picture is shown smaller, not taller.
    image_max_height: float = 90.0
    collapsed_height: float = 24.0
    stage_font: float = 14.0
    step_font: float = 12.0
    lane_font: float = 12.0
    card_max_lines: int = 6


def stage_color(color: str, index: int) -> str:
    return color or STAGE_COLORS[index % len(STAGE_COLORS)]


def card_color(color: str, kind: LaneKind | str) -> str:
    if color:
        return color
    # LaneKind(kind) costs more than the lookup: only convert what is not one already.
    return CARD_COLORS.get(kind if isinstance(kind, LaneKind) else LaneKind(kind), "#ffffff")


def curve_color(color: str, index: int) -> str:
    return color or CURVE_COLORS[index % len(CURVE_COLORS)]
