"""relayout_cells: the layout after an edit that changed only the cards of a few cells.

A card edit (a move, a new or deleted card, a longer title) changes the cards of a few cells. Column
widths never depend on cards, so only the lanes of those cells can change height, and every lane
below them moves down or up by the same amount. This lays out those lanes again, shifts the ones
below and keeps every other record of the previous layout as it is (the same objects, so a view
can skip them by identity). The result equals `layout_journey` of the edited journey; the tests
hold it to that after random card edits.

Its cards are a LaneCards: each lane's records as they were placed and where that lane's top is
now, so shifting a lane below changes one number instead of making a record for each of its cards
(thousands on a big map); a shifted record is made when it is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import SimpleNamespace

from ..model import Card, Journey, LaneKind
from .geometry import CardBox, CellBox, MapGeometry
from .journey_layout import _emotion, _lane_cards, _lane_header, _placed
from .style import Style

Cell = tuple[str, str]  # lane_id, step_id


def relayout_cells(
    journey: Journey, previous: MapGeometry, cells: set[Cell], style: Style
) -> MapGeometry | None:
    """The layout of `journey` when only the cards in `cells` changed since `previous` was laid
    out with `style` (a card that left or was deleted changed the cell it was in): stages, steps,
    lanes and curves as they were. None when the journey's columns or rows are not those of
    `previous` (the caller then lays it all out)."""
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
        cards=LaneCards.of(previous, journey),
        emotion=dict(previous.emotion),
        smooth=previous.smooth,
        card_gap=previous.card_gap,
        header_height=previous.header_height,
        lane_header_width=previous.lane_header_width,
        corner=previous.corner,
    )
    if not rows:
        return geometry
    cards: LaneCards = geometry.cards
    by_lane: dict[str, list[Card]] = {lane_id: [] for lane_id in changed_lanes}
    for card in journey.cards:
        if card.lane_id in changed_lanes:
            by_lane[card.lane_id].append(card)
    first = rows[0]
    column_x = {sid: box.box[0] for sid, box in previous.steps.items()}
    right = previous.bounds[0] + previous.bounds[2]
    y = previous.lanes[journey.lanes[first].id].box[1]
    placed: dict[str, tuple[dict[str, CardBox], float]] = {}
    for row in range(first, len(journey.lanes)):
        lane = journey.lanes[row]
        old = previous.lanes[lane.id].box
        if lane.id in changed_lanes:
            cells_cards: dict[Cell, list[Card]] = {}
            for card in sorted(by_lane[lane.id], key=lambda c: c.order):
                cells_cards.setdefault((card.lane_id, card.step_id), []).append(card)
            # Placed again, unless the lane hides its cards (collapsed, emotion).
            into = SimpleNamespace(cards={})
            height = _lane_cards(lane, steps, column_x, cells_cards, y, into, style)
            placed[lane.id] = (into.cards, y)
        else:
            height = old[3]
            if y == old[1]:
                y += height
                continue
            cards.move_lane(lane.id, y)
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
    cards.replace_lanes(placed)
    geometry.bounds = (previous.bounds[0], previous.bounds[1], previous.bounds[2], y)
    return geometry


class LaneCards(Mapping):
    """Card records (absolute, like layout_journey's) kept by lane: per lane the records as
    placed with the lane's top then, and the lane's top now. Reading a card of a lane that moved
    since makes its shifted record; the others are the records placed (the same objects)."""

    def __init__(self, lanes: dict[str, tuple[dict[str, CardBox], float, float]], lane_of):
        self._lanes = lanes  # lane_id: (records, top when placed, top now)
        self._lane_of: dict[str, str] = lane_of  # card_id: lane_id

    @classmethod
    def of(cls, previous: MapGeometry, journey: Journey) -> LaneCards:
        """A LaneCards of `previous`'s cards that `relayout_cells` can change: a copy of it, or
        the records of a full layout sorted into their lanes (a card not in its lane any more
        is in a lane being laid out again, which replaces it)."""
        cards = previous.cards
        if isinstance(cards, LaneCards):
            return cls(dict(cards._lanes), cards._lane_of)
        lanes = {
            lane_id: ({}, record.box[1], record.box[1])
            for lane_id, record in previous.lanes.items()
        }
        lane_of = {}
        for card in journey.cards:
            record = cards.get(card.id)
            if record is not None and card.lane_id in lanes:
                lanes[card.lane_id][0][card.id] = record
                lane_of[card.id] = card.lane_id
        return cls(lanes, lane_of)

    def move_lane(self, lane_id: str, top: float) -> None:
        records, placed_top, _ = self._lanes[lane_id]
        self._lanes[lane_id] = (records, placed_top, top)

    def replace_lanes(self, placed: dict[str, tuple[dict[str, CardBox], float]]) -> None:
        """Each lane of `placed` gets its new records (placed at its top now)."""
        if not placed:
            return
        lane_of = dict(self._lane_of)
        for lane_id in placed:
            for card_id in self._lanes[lane_id][0]:
                del lane_of[card_id]
        for lane_id, (records, top) in placed.items():
            self._lanes[lane_id] = (records, top, top)
            lane_of.update(dict.fromkeys(records, lane_id))
        self._lane_of = lane_of

    def lane(self, lane_id: str) -> dict[str, CardBox]:
        """The records of one lane's cards (none when it hides them)."""
        entry = self._lanes.get(lane_id)
        if entry is None:
            return {}
        records, placed_top, top = entry
        if top == placed_top:
            return records
        return {card_id: self[card_id] for card_id in records}

    def __getitem__(self, card_id: str) -> CardBox:
        records, placed_top, top = self._lanes[self._lane_of[card_id]]
        record = records[card_id]
        if top == placed_top:
            return record
        x, y, w, h = record.box
        return _placed(record, (x, y + (top - placed_top), w, h))

    def __contains__(self, card_id) -> bool:
        return card_id in self._lane_of

    def __iter__(self) -> Iterator[str]:
        return iter(self._lane_of)

    def __len__(self) -> int:
        return len(self._lane_of)
