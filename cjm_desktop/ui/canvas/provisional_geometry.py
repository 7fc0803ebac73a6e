"""A stop-gap placement of a journey for the canvas, used only while cjm_desktop.layout has no
`layout_journey` yet (see layout_bridge). Delete it once the shared layout is in."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontMetricsF

from ...model import Journey, LaneKind
from .fonts import canvas_font
from .map_geometry import (
    BadgeBox,
    CardBox,
    CellBox,
    CurvePoints,
    EmotionBox,
    HeaderBox,
    MapGeometry,
    TextLine,
)

LANE_HEADER_W = 160.0
STAGE_H = 40.0
STEP_H = 46.0
COLUMN_W = 176.0
CELL_PAD = 8.0
CARD_PAD = 7.0
CARD_GAP = 6.0
CARD_FONT = 12.0
LINE_H = 16.0
BADGE = 16.0
EMOTION_H = 170.0
MIN_ROW_H = 64.0
CURVE_COLORS = ["#d9534f", "#1976d2", "#43a047", "#8e24aa"]


@cache
def _metrics(size: float, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(canvas_font(size, bold))


@cache
def wrap(text: str, width: float, size: float, bold: bool = False, max_lines: int = 6) -> list:
    fm = _metrics(size, bold)
    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if fm.horizontalAdvance(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1] + " …"]
    return tuple(lines)


def _text_lines(lines: list[str], x: float, top: float, size: float, step: float):
    ascent = _metrics(size, False).ascent()
    return tuple(TextLine(x, top + ascent + n * step, t) for n, t in enumerate(lines))


def _card(card, lane_kind: str, x: float, y: float) -> CardBox:
    width = COLUMN_W - 2 * CELL_PAD
    lines = wrap(card.title, width - 2 * CARD_PAD, CARD_FONT)
    text_h = len(lines) * LINE_H
    badges = []
    bx = CARD_PAD
    by = CARD_PAD + text_h + 4
    if card.channel is not None:
        chip_w = 38.0
        badges.append(BadgeBox("channel", (bx, by, chip_w, BADGE - 2), str(card.channel)))
        bx += chip_w + 4
    if card.sentiment is not None:
        badges.append(BadgeBox("sentiment", (bx, by - 1, BADGE, BADGE), int(card.sentiment)))
        bx += BADGE + 4
    if card.moment_of_truth:
        badges.append(BadgeBox("moment_of_truth", (bx, by - 1, BADGE, BADGE)))
        bx += BADGE + 4
    if card.drop_off:
        badges.append(BadgeBox("drop_off", (bx, by - 1, BADGE, BADGE)))
        bx += BADGE + 4
    evidence = str(card.evidence)
    has_badges = bool(badges)
    if has_badges or evidence != "assumption":
        ex = width - CARD_PAD - 10
        ey = by + 2 if has_badges else CARD_PAD + 2
        badges.append(BadgeBox("evidence", (ex, ey, 10, 10), evidence))
    height = CARD_PAD * 2 + text_h + ((BADGE + 4) if has_badges else 0)
    return CardBox(
        box=(x, y, width, height),
        lines=_text_lines(lines, CARD_PAD, CARD_PAD - 1, CARD_FONT, LINE_H),
        badges=tuple(badges),
        font_size=CARD_FONT,
        color=card.color,
        lane_kind=lane_kind,
        title_box=(CARD_PAD - 3, CARD_PAD - 3, width - 2 * CARD_PAD + 6, max(text_h, LINE_H) + 6),
    )


def _catmull_rom(points: list[tuple[float, float]]):
    segments = []
    for i in range(len(points) - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < len(points) else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        segments.append((c1, c2, p2))
    return segments


def provisional_geometry(journey: Journey) -> MapGeometry:
    geometry = MapGeometry(bounds=(0, 0, 0, 0), smooth=_catmull_rom, card_gap=CARD_GAP)
    steps = journey.steps()
    x = LANE_HEADER_W
    column_x: dict[str, float] = {}
    stage_of: dict[str, int] = {}
    for si, stage in enumerate(journey.stages):
        width = max(1, len(stage.steps)) * COLUMN_W
        lines = wrap(stage.name, width - 20, 14, True, 1)
        sub = [stage.time_frame] if stage.time_frame else []
        geometry.stages[stage.id] = HeaderBox(
            box=(x, 0, width, STAGE_H),
            lines=_text_lines(lines, 10, 4 if sub else 10, 14, 17),
            sub_lines=_text_lines(sub, 10, 23, 10, 12),
            font_size=14,
            sub_font_size=10,
            color=stage.color,
            title_box=(6, 4, width - 12, 22),
        )
        for step in stage.steps:
            column_x[step.id] = x
            stage_of[step.id] = si
            lines = wrap(step.name, COLUMN_W - 30, 12, True, 2)
            geometry.steps[step.id] = HeaderBox(
                box=(x, STAGE_H, COLUMN_W, STEP_H),
                lines=_text_lines(lines, 8, 6, 12, 15),
                font_size=12,
                color=stage.color,
                plus=(COLUMN_W - 20, STEP_H / 2 - 8, 16, 16),
                title_box=(4, 4, COLUMN_W - 28, STEP_H - 8),
            )
            x += COLUMN_W
        if not stage.steps:
            x += COLUMN_W
    right = x
    y = STAGE_H + STEP_H
    lane_kinds = {lane.id: str(lane.kind) for lane in journey.lanes}
    cells_cards: dict[tuple[str, str], list] = {}
    for card in sorted(journey.cards, key=lambda c: c.order):
        cells_cards.setdefault((card.lane_id, card.step_id), []).append(card)
    for li, lane in enumerate(journey.lanes):
        top = y
        if lane.kind == LaneKind.EMOTION:
            height = EMOTION_H
        else:
            height = MIN_ROW_H
            placed: dict[str, list[CardBox]] = {}
            for step in steps:
                cy = top + CELL_PAD
                boxes = []
                for card in cells_cards.get((lane.id, step.id), []):
                    box = _card(card, lane_kinds[lane.id], column_x[step.id] + CELL_PAD, cy)
                    boxes.append((card.id, box))
                    cy += box.box[3] + CARD_GAP
                placed[step.id] = boxes
                height = max(height, cy - top + CELL_PAD + 18)
            for boxes in placed.values():
                geometry.cards.update(boxes)
        lines = wrap(lane.title, LANE_HEADER_W - 48, 12, True, 3)
        geometry.lanes[lane.id] = HeaderBox(
            box=(0, top, LANE_HEADER_W, height),
            lines=_text_lines(lines, 36, 10, 12, 15),
            font_size=12,
            icon=(10, 10, 18, 18),
            plus=(LANE_HEADER_W / 2 - 8, height - 20, 16, 16),
            title_box=(32, 6, LANE_HEADER_W - 38, 50),
        )
        for step in steps:
            geometry.cells[(lane.id, step.id)] = CellBox(
                (column_x[step.id], top, COLUMN_W, height), stage_of[step.id], li
            )
        if lane.kind == LaneKind.EMOTION:
            geometry.emotion[lane.id] = _emotion(
                lane, (LANE_HEADER_W, top, right, height), column_x
            )
        y += height
    geometry.bounds = (0, 0, right, y)
    return geometry


def _emotion(lane, box, column_x) -> EmotionBox:
    x, top, right, height = box
    pad = 22.0
    value_y = {v: top + pad + (2 - v) * (height - 2 * pad) / 4 for v in range(-2, 3)}
    centres = {sid: cx + COLUMN_W / 2 for sid, cx in column_x.items()}
    curves = []
    legend = []
    order = list(column_x)
    for n, curve in enumerate(lane.curves):
        color = curve.color or CURVE_COLORS[n % len(CURVE_COLORS)]
        pts = tuple(
            (sid, centres[sid], value_y[curve.points[sid]], curve.points[sid])
            for sid in order
            if sid in curve.points
        )
        curves.append(CurvePoints(curve.id, color, curve.label, pts))
        legend.append(((x + 8 + n * 110, top + 6, 18, 10), color, curve.label or ""))
    return EmotionBox(
        box=(x, top, right - x, height),
        curves=curves,
        value_y=value_y,
        column_x=centres,
        face_size=18.0,
        legend=legend,
        legend_font_size=10.0,
    )
