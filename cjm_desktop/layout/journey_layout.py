"""layout_journey: where everything of one journey map goes, for the canvas and the PDF alike.

Columns are steps grouped under their stage; rows are lanes. A cell grows to fit its cards (stacked
vertically, text wrapped with the bundled font), and a lane is as tall as its fullest cell.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Card, Journey, Lane, LaneKind, decode_image, image_size
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
from .style import Style, card_color, curve_color, stage_color
from .text_metrics import ascent, wrap

DEFAULT_STYLE = Style()


def _text_lines(lines, x: float, top: float, size: float, step: float, bold: bool = False):
    first = ascent(size, bold)
    return tuple(TextLine(x, top + first + n * step, t) for n, t in enumerate(lines))


def _placed(shape: CardBox, box) -> CardBox:
    """`shape` at `box`: dataclasses.replace does the same, five times slower, and a relayout
    of a big map places thousands of cards."""
    placed = object.__new__(CardBox)
    placed.__dict__.update(shape.__dict__)
    placed.__dict__["box"] = box
    return placed


def layout_card(card: Card, lane_kind: LaneKind, x: float, y: float, style: Style) -> CardBox:
    """One card at (x, y), as wide as a cell allows and as tall as its text and badges need."""
    shape = _card_shape(
        card.title,
        card.channel,
        card.sentiment,
        card.moment_of_truth,
        card.drop_off,
        str(card.evidence),
        card_color(card.color, lane_kind),
        str(lane_kind),
        style,
        card_image_size(card.image),
    )
    return _placed(shape, (x, y, shape.box[2], shape.box[3]))


# A picture whose header cannot be read still gets a box, in the usual photo proportions.
FALLBACK_IMAGE_SIZE = (4, 3)


@lru_cache(maxsize=1024)
def card_image_size(encoded: str | None) -> tuple[int, int] | None:
    """The pixel size of a card's base64 picture, None without one. Cached by the text: a
    relayout then neither decodes base64 nor parses headers again (a str caches its hash)."""
    if not encoded:
        return None
    try:
        data = decode_image(encoded)
    except ValueError:
        return FALLBACK_IMAGE_SIZE
    return image_size(data) or FALLBACK_IMAGE_SIZE


def image_box(size: tuple[int, int], width: float, top: float, s: Style):
    """The picture's box: `width` wide at its aspect ratio, narrower and centred when that
    would be taller than the style allows."""
    pixels_w, pixels_h = size
    height = width * pixels_h / pixels_w
    if height > s.image_max_height:
        height = s.image_max_height
        shown_w = height * pixels_w / pixels_h
    else:
        shown_w = width
    return (s.card_padding + (width - shown_w) / 2, top, shown_w, height)


@lru_cache(maxsize=65536)
def _card_shape(
    title, channel, sentiment, moment_of_truth, drop_off, evidence, color, kind, s: Style, picture
) -> CardBox:
    # Everything of a card but its position: cached, because a relayout after a drag places
    # thousands of unchanged cards and only their positions move. `picture` is the image's pixel
    # size, not its bytes: cards with equal pictures share a shape, and the key stays small.
    width = s.column_width - 2 * s.cell_padding
    picture_box = None
    top = s.card_padding  # where the title starts: below the picture when there is one
    if picture is not None:
        picture_box = image_box(picture, width - 2 * s.card_padding, s.card_padding, s)
        top += picture_box[3] + 6
    has_badges = channel is not None or sentiment is not None or moment_of_truth or drop_off
    # Without a badge row the evidence mark sits top right, beside the text: keep clear of it.
    mark = 14 if not has_badges and evidence != "assumption" else 0
    lines = wrap(title, width - 2 * s.card_padding - mark, s.card_font, False, s.card_max_lines)
    text_h = len(lines) * s.line_height
    badges: list[BadgeBox] = []
    bx, by = s.card_padding, top + text_h + 4
    if channel is not None:
        chip_w = s.badge + 8  # an icon in a rounded chip
        badges.append(BadgeBox("channel", (bx, by, chip_w, s.badge - 2), str(channel)))
        bx += chip_w + 4
    for badge, shown, value in (
        ("sentiment", sentiment is not None, sentiment),
        ("moment_of_truth", moment_of_truth, None),
        ("drop_off", drop_off, None),
    ):
        if shown:
            badges.append(BadgeBox(badge, (bx, by - 1, s.badge, s.badge), value))
            bx += s.badge + 4
    has_badges = bool(badges)
    if has_badges or evidence != "assumption":
        ey = by + 2 if has_badges else top + 2
        badges.append(BadgeBox("evidence", (width - s.card_padding - 10, ey, 10, 10), evidence))
    height = top + s.card_padding + text_h + ((s.badge + 4) if has_badges else 0)
    return CardBox(
        box=(0, 0, width, height),
        lines=_text_lines(lines, s.card_padding, top - 1, s.card_font, s.line_height),
        badges=tuple(badges),
        font_size=s.card_font,
        color=color,
        lane_kind=kind,
        title_box=(
            s.card_padding - 3,
            top - 3,
            width - 2 * s.card_padding + 6,
            max(text_h, s.line_height) + 6,
        ),
        image_box=picture_box,
    )


def layout_journey(journey: Journey, style: Style = DEFAULT_STYLE) -> MapGeometry:
    s = style
    geometry = MapGeometry(
        bounds=(0, 0, 0, 0),
        smooth=catmull_rom,
        card_gap=s.card_gap,
        header_height=s.stage_height + s.step_height,
        lane_header_width=s.lane_header_width,
        corner=(0.0, 0.0, s.lane_header_width, s.stage_height + s.step_height),
    )
    column_x, stage_of, right = _headers(journey, geometry, s)
    cells_cards = journey.cards_by_cell()
    steps = journey.steps()
    y = s.stage_height + s.step_height
    for row, lane in enumerate(journey.lanes):
        height = _lane_cards(lane, steps, column_x, cells_cards, y, geometry, s)
        geometry.lanes[lane.id] = _lane_header(lane, y, height, s)
        for step in steps:
            geometry.cells[(lane.id, step.id)] = CellBox(
                (column_x[step.id], y, s.column_width, height), stage_of[step.id], row
            )
        if lane.kind == LaneKind.EMOTION and not lane.collapsed:
            box = (s.lane_header_width, y, right - s.lane_header_width, height)
            geometry.emotion[lane.id] = _emotion(lane, box, column_x, s)
        y += height
    geometry.bounds = (0, 0, right, y)
    return geometry


def _headers(journey: Journey, geometry: MapGeometry, s: Style):
    x = s.lane_header_width
    column_x: dict[str, float] = {}
    stage_of: dict[str, int] = {}
    for si, stage in enumerate(journey.stages):
        width = max(1, len(stage.steps)) * s.column_width
        color = stage_color(stage.color, si)
        lines = wrap(stage.name, width - 20, s.stage_font, True, 1)
        sub = wrap(stage.time_frame, width - 20, 10, False, 1) if stage.time_frame else ()
        geometry.stages[stage.id] = HeaderBox(
            box=(x, 0, width, s.stage_height),
            lines=_text_lines(lines, 10, 4 if sub else 10, s.stage_font, 17, True),
            sub_lines=_text_lines(sub, 10, 23, 10, 12),
            font_size=s.stage_font,
            sub_font_size=10,
            color=color,
            title_box=(6, 4, width - 12, 22),
        )
        for step in stage.steps:
            column_x[step.id] = x
            stage_of[step.id] = si
            lines = wrap(step.name, s.column_width - 30, s.step_font, True, 2)
            geometry.steps[step.id] = HeaderBox(
                box=(x, s.stage_height, s.column_width, s.step_height),
                lines=_text_lines(lines, 8, 6, s.step_font, 15, True),
                font_size=s.step_font,
                color=color,
                plus=(s.column_width - 20, s.step_height / 2 - 8, 16, 16),
                title_box=(4, 4, s.column_width - 28, s.step_height - 8),
            )
            x += s.column_width
        if not stage.steps:
            x += s.column_width
    return column_x, stage_of, x


def _lane_cards(lane, steps, column_x, cells_cards, top, geometry, s: Style) -> float:
    """Place the lane's cards; return the lane's height."""
    if lane.collapsed:
        return s.collapsed_height
    if lane.kind == LaneKind.EMOTION:
        return s.emotion_height
    height = s.min_row_height
    for step in steps:
        cards = cells_cards.get((lane.id, step.id), ())
        x = column_x[step.id] + s.cell_padding
        height = max(height, place_cell(cards, lane.kind, x, top, s, geometry.cards))
    return height


def place_cell(cards, lane_kind: LaneKind, x: float, top: float, s: Style, out: dict) -> float:
    """Stack `cards` (in their order) at `x` in a cell whose lane starts at `top`, their records
    into `out`; returns how tall the lane must be for this cell (relayout_cells places a cell
    with this too, so the two layouts cannot drift apart)."""
    cy = top + s.cell_padding
    for card in cards:
        box = layout_card(card, lane_kind, x, cy, s)
        out[card.id] = box
        cy += box.box[3] + s.card_gap
    return cell_needs(top, cy, s)


def cell_needs(top: float, bottom: float, s: Style) -> float:
    """How tall a lane starting at `top` must be for a cell whose next card would go at
    `bottom`: room below the last card is a drop target and a place to double-click for a new
    card."""
    return bottom - top + s.cell_padding + 18


def _lane_header(lane: Lane, top: float, height: float, s: Style) -> HeaderBox:
    max_lines = 1 if lane.collapsed else 3
    lines = wrap(lane.title, s.lane_header_width - 42, s.lane_font, True, max_lines)
    return HeaderBox(
        box=(0, top, s.lane_header_width, height),
        lines=_text_lines(lines, 36, 4 if lane.collapsed else 10, s.lane_font, 15, True),
        font_size=s.lane_font,
        icon=(10, 3 if lane.collapsed else 10, 18, 18),
        plus=None if lane.collapsed else (s.lane_header_width / 2 - 8, height - 20, 16, 16),
        title_box=(32, 6, s.lane_header_width - 38, min(50, height - 8)),
    )


def _emotion(lane: Lane, box: Box, column_x: dict[str, float], s: Style) -> EmotionBox:
    x, top, _width, height = box
    pad = 22.0
    value_y = {v: top + pad + (2 - v) * (height - 2 * pad) / 4 for v in range(-2, 3)}
    centres = {sid: cx + s.column_width / 2 for sid, cx in column_x.items()}
    curves, legend = [], []
    for n, curve in enumerate(lane.curves):
        color = curve_color(curve.color, n)
        points = tuple(
            (sid, centres[sid], value_y[curve.points[sid]], curve.points[sid])
            for sid in column_x
            if sid in curve.points
        )
        curves.append(CurvePoints(curve.id, color, curve.label, points))
        legend.append(((x + 8 + n * 110, top + 6, 18, 10), color, curve.label or ""))
    return EmotionBox(
        box=box,
        curves=curves,
        value_y=value_y,
        column_x=centres,
        face_size=18.0,
        legend=legend,
        legend_font_size=10.0,
    )
