"""Where keyboard moves send the selected cards (Ctrl+arrows): Up/Down one place within their
cell and, from its top or bottom, into the cell of the lane above or below; Left/Right into the
neighbouring step. Pure journey logic."""

from __future__ import annotations

from PySide6.QtCore import QLineF

from ...model import Journey, LaneKind
from .drop_targets import CardDropTarget


def neighbour_target(
    journey: Journey | None, card_ids: list[str], dx: int, dy: int, to_cell: bool
) -> CardDropTarget | None:
    if journey is None or not card_ids:
        return None
    first = journey.card(card_ids[0])
    if first is None:
        return None
    if dx == 0 and not to_cell:
        cell = [c.id for c in journey.cards_in_cell(first.lane_id, first.step_id)]
        rest = [cid for cid in cell if cid not in card_ids]
        current = sum(1 for cid in cell[: cell.index(first.id)] if cid not in card_ids)
        index = max(0, min(len(rest), current + dy))
        if index != current:
            return CardDropTarget(first.lane_id, first.step_id, index, QLineF())
    lane_id, step_id = first.lane_id, first.step_id
    if dx:
        steps = [s.id for s in journey.steps()]
        n = steps.index(step_id) + dx
        if not 0 <= n < len(steps):
            return None
        step_id = steps[n]
    if dy:
        lanes = [lane for lane in journey.lanes if lane.kind != LaneKind.EMOTION]
        ids = [lane.id for lane in lanes]
        if lane_id not in ids:
            return None
        n = ids.index(lane_id) + dy
        if not 0 <= n < len(ids):
            return None
        lane_id = ids[n]
    rest = [c for c in journey.cards_in_cell(lane_id, step_id) if c.id not in card_ids]
    # Coming down from the lane above a card lands on top; otherwise at the end, next to where
    # it was seen leaving.
    return CardDropTarget(lane_id, step_id, 0 if dy > 0 else len(rest), QLineF())
