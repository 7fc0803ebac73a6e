"""relayout_cells: the layout after an edit that changed only the cards of a few cells.

A card edit (a move, a new or deleted card, a longer title) changes the cards of a few cells. Column
widths never depend on cards, so only the lanes of those cells can change height, and every lane
below them moves down or up by the same amount. This lays out those lanes again, shifts the ones
below and keeps every other record of the previous layout as it is (the same objects, so a view
can skip them by identity). The result equals `layout_journey` of the edited journey; the tests
hold it to that after random card edits.
"""

from __future__ import annotations

from ..model import Card, Journey, LaneKind
from .geometry import CardBox, CellBox, MapGeometry
from .journey_layout import _emotion, _lane_cards, _lane_header, _placed
from .style import Style

Cell = tuple[str, str]  # lane_id, step_id


def relayout_cells(
    journey: Journey, previous: MapGeometry, cells: set[Cell], style: Style
) -> MapGeometry | None:
    """The layout of `journey` when only the cards in `cells` changed since `previous` was laid
    out with `style`: stages, steps, lanes and curves as they were. None when the journey's
    columns or rows are not those of `previous` (the caller then lays it all out)."""
    steps = journey.steps()
    if [s.id for s in steps] != list(previous.steps) or [lane.id for lane in journey.lanes] != list(
        previous.lanes
    ):
        return None
    changed_lanes = {lane_id for lane_id, _ in cells}
    rows = [n for n, lane in enumerate(journey.lanes) if lane.id in changed_lanes]
    geometry = MapGeometry(
        bounds=previous.bounds,
        stages=previous.stages,
        steps=previous.steps,
        lanes=dict(previous.lanes),
        cells=dict(previous.cells),
        cards=dict(previous.cards),
        emotion=dict(previous.emotion),
        smooth=previous.smooth,
        card_gap=previous.card_gap,
        header_height=previous.header_height,
        lane_header_width=previous.lane_header_width,
        corner=previous.corner,
    )
    if not rows:
        return geometry
    first = rows[0]
    below = {lane.id for lane in journey.lanes[first:]}
    by_lane: dict[str, list[Card]] = {lane_id: [] for lane_id in below}
    present = set()
    for card in journey.cards:
        present.add(card.id)
        if card.lane_id in below:
            by_lane[card.lane_id].append(card)
    # Cards gone from the journey (deleted, or moved to another map) leave the layout.
    for card_id in previous.cards.keys() - present:
        del geometry.cards[card_id]
    column_x = {sid: box.box[0] for sid, box in previous.steps.items()}
    right = previous.bounds[0] + previous.bounds[2]
    y = previous.lanes[journey.lanes[first].id].box[1]
    for row in range(first, len(journey.lanes)):
        lane = journey.lanes[row]
        old = previous.lanes[lane.id].box
        if lane.id in changed_lanes:
            cells_cards: dict[Cell, list[Card]] = {}
            for card in by_lane[lane.id]:
                # Placed again below, unless the lane hides its cards (collapsed, emotion).
                geometry.cards.pop(card.id, None)
            for card in sorted(by_lane[lane.id], key=lambda c: c.order):
                cells_cards.setdefault((card.lane_id, card.step_id), []).append(card)
            height = _lane_cards(lane, steps, column_x, cells_cards, y, geometry, style)
        else:
            height = old[3]
            dy = y - old[1]
            if dy == 0:
                y += height
                continue
            _shift_cards(geometry.cards, by_lane[lane.id], dy)
        if height == old[3] and y == old[1]:
            y += height  # the lane's cards changed, its frame did not
            continue
        geometry.lanes[lane.id] = _lane_header(lane, y, height, style)
        for step in steps:
            key = (lane.id, step.id)
            cell = previous.cells[key]
            geometry.cells[key] = CellBox(
                (cell.box[0], y, cell.box[2], height), cell.stage_index, cell.row_index
            )
        if lane.kind == LaneKind.EMOTION and not lane.collapsed:
            box = (previous.lane_header_width, y, right - previous.lane_header_width, height)
            geometry.emotion[lane.id] = _emotion(lane, box, column_x, style)
        y += height
    geometry.bounds = (previous.bounds[0], previous.bounds[1], previous.bounds[2], y)
    return geometry


def _shift_cards(cards: dict[str, CardBox], lane_cards: list[Card], dy: float) -> None:
    for card in lane_cards:
        placed = cards.get(card.id)
        if placed is not None:
            x, y, w, h = placed.box
            cards[card.id] = _placed(placed, (x, y + dy, w, h))
