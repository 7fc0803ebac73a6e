"""The bridge from the layout's geometry to the canvas: Qt rectangles, item looks (colours,
fonts, text lines, badges), hit testing and where a drag would land."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPainterPath

from ...layout import Box, CardBox, HeaderBox, MapGeometry, layout_journey, relayout_cells, style
from ...model import Journey, LaneKind
from ...qt_paint.fonts import canvas_font
from .. import theme
from ..embedded_images import decode_card_picture
from .card_item import Badge, CardLook
from .cell_item import CellItem
from .drop_targets import CardDropTarget, LaneDropTarget, StageDropTarget, StepDropTarget
from .emotion_curve_item import CurveDrawing, EmotionLook
from .header_item import HeaderLook
from .text_scale import canvas_style


def lay_out(journey: Journey) -> MapGeometry:
    """The geometry of `journey`, from the layout the PDF uses too, with text sized for the
    system font (see text_scale)."""
    current = canvas_style()
    geometry = layout_journey(journey, current)
    geometry.style = current  # what lay_out_cells must lay out with to continue from it
    return geometry


def lay_out_cells(journey: Journey, previous: MapGeometry, cells: set) -> MapGeometry | None:
    """The geometry of `journey` after an edit of the cards in `cells` only, from `previous`
    (None when that cannot be: other columns or rows, or the system font changed the style)."""
    current = canvas_style()
    if getattr(previous, "style", None) != current:
        return None
    geometry = relayout_cells(journey, previous, cells, current)
    if geometry is not None:
        geometry.style = current
    return geometry


def qrect(box: Box) -> QRectF:
    return QRectF(*box)


def map_rect(geometry: MapGeometry | None) -> QRectF:
    return qrect(geometry.bounds) if geometry is not None else QRectF()


# -- records by kind ---------------------------------------------------------------------------
def stage_records(geometry: MapGeometry) -> dict:
    return geometry.stages


def step_records(geometry: MapGeometry) -> dict:
    return geometry.steps


def lane_records(geometry: MapGeometry) -> dict:
    return geometry.lanes


def cell_records(geometry: MapGeometry) -> dict:
    return geometry.cells


def card_records(geometry: MapGeometry) -> dict:
    return geometry.cards


def emotion_records(geometry: MapGeometry) -> dict:
    return geometry.emotion


def same_look(old, new) -> bool:
    """Equal records (apart from position) draw the same picture."""
    if old is None:
        return False
    return (
        old.box[2:] == new.box[2:]
        and old.lines == new.lines
        and old.badges == new.badges
        and old.image_box == new.image_box
        and (
            old.color,
            old.lane_kind,
        )
        == (new.color, new.lane_kind)
    )


# -- looks ---------------------------------------------------------------------------------
def _lines(lines) -> list[tuple[QPointF, str]]:
    return [(QPointF(line.x, line.y), line.text) for line in lines]


def _unchanged(item, record) -> bool:
    same = getattr(item, "record", None) == record and item.look is not None
    item.record = record
    item.set_scene_rect(qrect(record.box))
    return same


def apply_stage(item, record: HeaderBox, journey: Journey) -> None:
    color = QColor(record.color)
    if _unchanged(item, record) and item.look.fill == color:
        return
    item.set_look(
        HeaderLook(
            fill=color,
            text_color=QColor("white"),
            font=canvas_font(record.font_size, bold=True),
            lines=_lines(record.lines),
            sub_font=canvas_font(record.sub_font_size),
            sub_lines=_lines(record.sub_lines),
            radius=3.0,
            backdrop=theme.canvas_colors().background,
        )
    )


def apply_step(item, record: HeaderBox, journey: Journey) -> None:
    colors = theme.canvas_colors()
    # A calm background in the stage's hue, mixed towards the theme's cell colour.
    fill = colors.step_fill(QColor(record.color))
    if _unchanged(item, record) and item.look.fill == fill:
        return
    item.set_look(
        HeaderLook(
            fill=fill,
            text_color=colors.header_text,
            font=canvas_font(record.font_size, bold=True),
            lines=_lines(record.lines),
            border=colors.header_border,
            plus_zone=qrect(record.plus) if record.plus else None,
            backdrop=colors.background,
        )
    )


def apply_lane(item, record: HeaderBox, journey: Journey) -> None:
    lane = journey.lane(item.object_id)
    kind = lane.kind if lane else LaneKind.TEXT
    colors = theme.canvas_colors()
    if _unchanged(item, record) and item.lane_kind == kind:
        return
    item.set_look(
        HeaderLook(
            fill=colors.lane_header,
            text_color=colors.header_text,
            font=canvas_font(record.font_size, bold=True),
            lines=_lines(record.lines),
            border=colors.header_border,
            plus_zone=qrect(record.plus) if record.plus else None,
            backdrop=colors.background,
        )
    )
    if record.icon:
        icon_color = colors.icon(QColor(style.LANE_ICON_COLORS.get(kind, "#455a64")))
        item.set_icon(kind, qrect(record.icon), icon_color)


def apply_cell(item, record, colors=None) -> None:
    item.set_scene_rect(qrect(record.box))
    # The scene passes the colours once per relayout: asking the palette per cell adds up.
    colors = colors or theme.canvas_colors()
    fill = colors.cell if record.stage_index % 2 == 0 else colors.cell_alternate
    item.set_colors(fill, colors.grid)


def new_cell(key: tuple[str, str], record, colors, top: float = 0.0):
    """A cell item for `record`, placed and coloured (apply_cell for an item not yet shown),
    `top` being the y of the lane group it goes into."""
    fill = colors.cell if record.stage_index % 2 == 0 else colors.cell_alternate
    x, y, width, height = record.box
    return CellItem(key[0], key[1], (x, y - top, width, height), fill, colors.grid)


# A card's picture is decoded at this many pixels a point: sharp when zoomed in or on a HiDPI
# screen, without holding full-size photos for thousands of cards.
PICTURE_DETAIL = 3


def card_look(record: CardBox, picture: str | None = None) -> CardLook:
    """The look of a card; `picture` is its base64 image when the layout gave it a box."""
    fill = QColor(record.color)
    badges = [Badge(b.kind, qrect(b.box), b.value) for b in record.badges]
    image = image_rect = None
    if record.image_box is not None:
        image_rect = qrect(record.image_box)
        image = decode_card_picture(
            picture,
            round(image_rect.width() * PICTURE_DETAIL),
            round(image_rect.height() * PICTURE_DETAIL),
        )
    return CardLook(
        fill=fill,
        border=fill.darker(125),
        font=canvas_font(record.font_size),
        lines=_lines(record.lines),
        badges=badges,
        image=image,
        image_rect=image_rect,
    )


def _path(points: list[QPointF], smooth) -> QPainterPath:
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    if len(points) == 1:
        return path
    for c1, c2, end in smooth([(p.x(), p.y()) for p in points]):
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


def apply_emotion(item, record, journey: Journey) -> None:
    item.set_scene_rect(qrect(record.box))
    ox, oy = record.box[0], record.box[1]
    smooth = item.scene().layout.smooth if item.scene() is not None else None

    def local(x: float, y: float) -> QPointF:
        return QPointF(x - ox, y - oy)

    curves = []
    for curve in record.curves:
        points = [(sid, local(x, y), value) for sid, x, y, value in curve.points]
        curves.append(
            CurveDrawing(
                curve.curve_id,
                QColor(curve.color),
                curve.label,
                points,
                _path([p for _, p, _ in points], smooth),
            )
        )
    value_y = {v: y - oy for v, y in record.value_y.items()}
    item.set_look(
        EmotionLook(
            curves=curves,
            zero_y=value_y[0],
            band_ys=[value_y[v] for v in (-2, -1, 1, 2)],
            face_size=record.face_size,
            legend=[
                (qrect(box).translated(-ox, -oy), QColor(color), label)
                for box, color, label in record.legend
            ]
            if len(record.curves) > 0
            else [],
            legend_font=canvas_font(record.legend_font_size),
            y_of=lambda v: value_y[v],
            path_of=lambda pts: _path(pts, smooth),
            column_xs={sid: x - ox for sid, x in record.column_x.items()},
        )
    )


# -- hit testing -------------------------------------------------------------------------
def cell_at(geometry: MapGeometry, pos: QPointF) -> tuple[str, str] | None:
    step_id = next((sid for sid, h in geometry.steps.items() if _in_x(h.box, pos.x())), None)
    lane_id = next((lid for lid, h in geometry.lanes.items() if _in_y(h.box, pos.y())), None)
    if step_id is None or lane_id is None:
        return None
    return lane_id, step_id


def _in_x(box: Box, x: float) -> bool:
    return box[0] <= x < box[0] + box[2]


def _in_y(box: Box, y: float) -> bool:
    return box[1] <= y < box[1] + box[3]


def emotion_value_at(geometry: MapGeometry, lane_id: str, y: float) -> int:
    value_y = geometry.emotion[lane_id].value_y
    return min(value_y, key=lambda v: abs(value_y[v] - y))


def card_drop_target(geometry: MapGeometry, journey: Journey, pos: QPointF, moving: list[str]):
    cell = cell_at(geometry, pos)
    if cell is None:
        return None
    lane = journey.lane(cell[0])
    if lane is None or lane.kind == LaneKind.EMOTION:
        return None
    rest = [c for c in journey.cards_in_cell(*cell) if c.id not in moving]
    boxes = [geometry.cards[c.id].box for c in rest if c.id in geometry.cards]
    index = sum(1 for b in boxes if b[1] + b[3] / 2 < pos.y())
    cell_box = geometry.cells[cell].box
    gap = geometry.card_gap / 2
    if not boxes:
        y = cell_box[1] + 6
    elif index == 0:
        y = boxes[0][1] - gap
    else:
        y = boxes[index - 1][1] + boxes[index - 1][3] + gap
    line = QLineF(cell_box[0] + 6, y, cell_box[0] + cell_box[2] - 6, y)
    return CardDropTarget(cell[0], cell[1], index, line)


def _vertical_line(geometry: MapGeometry, x: float) -> QLineF:
    return QLineF(x, geometry.bounds[1], x, geometry.bounds[1] + geometry.bounds[3])


def _horizontal_line(geometry: MapGeometry, y: float) -> QLineF:
    return QLineF(geometry.bounds[0], y, geometry.bounds[0] + geometry.bounds[2], y)


def stage_drop_target(geometry, journey: Journey, pos: QPointF, stage_id: str):
    others = [s.id for s in journey.stages if s.id != stage_id]
    boxes = [geometry.stages[sid].box for sid in others]
    index = sum(1 for b in boxes if b[0] + b[2] / 2 < pos.x())
    x = boxes[index][0] if index < len(boxes) else (boxes[-1][0] + boxes[-1][2] if boxes else 0)
    return StageDropTarget(index, _vertical_line(geometry, x))


def step_drop_target(geometry, journey: Journey, pos: QPointF, step_id: str):
    columns = [(stage.id, s.id) for stage in journey.stages for s in stage.steps if s.id != step_id]
    if not columns:
        return None
    # The nearest boundary between columns (or a stage's edge) wins.
    best = None
    for stage in journey.stages:
        steps = [s.id for s in stage.steps if s.id != step_id]
        stage_box = geometry.stages[stage.id].box
        if not steps:
            bounds = [(0, stage_box[0] + stage_box[2] / 2)]
        else:
            bounds = [(0, geometry.steps[steps[0]].box[0])]
            bounds += [
                (n + 1, geometry.steps[sid].box[0] + geometry.steps[sid].box[2])
                for n, sid in enumerate(steps)
            ]
        for index, x in bounds:
            distance = abs(x - pos.x())
            if best is None or distance < best[0]:
                best = (distance, stage.id, index, x)
    _, stage_id, index, x = best
    return StepDropTarget(stage_id, index, _vertical_line(geometry, x))


def lane_drop_target(geometry, journey: Journey, pos: QPointF, lane_id: str):
    others = [lane.id for lane in journey.lanes if lane.id != lane_id]
    boxes = [geometry.lanes[lid].box for lid in others]
    index = sum(1 for b in boxes if b[1] + b[3] / 2 < pos.y())
    y = boxes[index][1] if index < len(boxes) else (boxes[-1][1] + boxes[-1][3] if boxes else 0)
    return LaneDropTarget(index, _horizontal_line(geometry, y))


# -- inline editing -------------------------------------------------------------------------
def editable_title(geometry, journey: Journey, item) -> tuple[str, str, QRectF, QFont]:
    """(field name, current text, scene rect for the editor, font) of an item's title."""
    kind = item.kind
    if kind == "card":
        record = geometry.cards[item.object_id]
        card = journey.card(item.object_id)
        return (
            "title",
            card.title,
            _title_rect(record, item.scenePos()),
            canvas_font(record.font_size),
        )
    if kind == "stage":
        record = geometry.stages[item.object_id]
        text = journey.stage(item.object_id).name
        return (
            "name",
            text,
            _title_rect(record, item.scenePos()),
            canvas_font(record.font_size, bold=True),
        )
    if kind == "step":
        record = geometry.steps[item.object_id]
        text = journey.step(item.object_id).name
        return (
            "name",
            text,
            _title_rect(record, item.scenePos()),
            canvas_font(record.font_size, bold=True),
        )
    record = geometry.lanes[item.object_id]
    text = journey.lane(item.object_id).title
    return (
        "title",
        text,
        _title_rect(record, item.scenePos()),
        canvas_font(record.font_size, bold=True),
    )


def _title_rect(record, origin: QPointF) -> QRectF:
    box = record.title_box or (0, 0, record.box[2], record.box[3])
    return QRectF(*box).translated(origin)
