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
from dataclasses import dataclass, replace

from ..model import Card, Journey, Lane, LaneKind
from .geometry import CardBox, CellBox, MapGeometry
from .journey_layout import _emotion, _lane_header, _placed, cell_needs, place_cell
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
        cards=LaneCards.of(previous, journey, style),
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
    # The cards of the changed cells only: the other cells of their lanes keep their records.
    by_cell: dict[str, dict[str, list[Card]]] = {lane_id: {} for lane_id in changed_lanes}
    for lane_id, step_id in cells:
        by_cell[lane_id][step_id] = []
    for card in journey.cards:
        lane_cells = by_cell.get(card.lane_id)
        if lane_cells is not None:
            cell_cards = lane_cells.get(card.step_id)
            if cell_cards is not None:
                cell_cards.append(card)
    first = rows[0]
    column_x = {sid: box.box[0] for sid, box in previous.steps.items()}
    right = previous.bounds[0] + previous.bounds[2]
    y = previous.lanes[journey.lanes[first].id].box[1]
    for row in range(first, len(journey.lanes)):
        lane = journey.lanes[row]
        old = previous.lanes[lane.id].box
        if lane.id in changed_lanes:
            height = cards.place_cells(lane, by_cell[lane.id], y, len(steps), column_x, style)
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
    geometry.bounds = (previous.bounds[0], previous.bounds[1], previous.bounds[2], y)
    return geometry


@dataclass
class _Lane:
    """One lane's card records as placed with its top at `placed_top`; `top` is where the
    lane is now. Per cell (by step) its card ids and the height it needs (cells with cards)."""

    records: dict[str, CardBox]
    placed_top: float
    top: float
    ids: dict[str, list[str]]
    needs: dict[str, float]


class LaneCards(Mapping):
    """Card records (absolute, like layout_journey's) kept by lane: per lane the records as
    placed with the lane's top then, and the lane's top now. Reading a card of a lane that moved
    since makes its shifted record; the others are the records placed (the same objects).
    A relayout places only the cards of the changed cells and keeps the rest of their lane."""

    def __init__(self, lanes: dict[str, _Lane], lane_of):
        self._lanes = lanes
        self._lane_of: dict[str, str] = lane_of  # card_id: lane_id

    @classmethod
    def of(cls, previous: MapGeometry, journey: Journey, style: Style) -> LaneCards:
        """A LaneCards of `previous`'s cards that `relayout_cells` can change: a copy of it, or
        the records of a full layout sorted into their lanes and cells (a card not in its cell
        any more is in a cell being laid out again, which replaces it)."""
        cards = previous.cards
        if isinstance(cards, LaneCards):
            return cls(dict(cards._lanes), cards._lane_of)
        lanes = {
            lane_id: _Lane({}, record.box[1], record.box[1], {}, {})
            for lane_id, record in previous.lanes.items()
        }
        lane_of = {}
        lowest: dict[tuple[str, str], CardBox] = {}
        for card in journey.cards:
            record = cards.get(card.id)
            if record is not None and card.lane_id in lanes:
                lane = lanes[card.lane_id]
                lane.records[card.id] = record
                lane.ids.setdefault(card.step_id, []).append(card.id)
                lane_of[card.id] = card.lane_id
                key = (card.lane_id, card.step_id)
                if key not in lowest or lowest[key].box[1] < record.box[1]:
                    lowest[key] = record
        for (lane_id, step_id), record in lowest.items():
            lane = lanes[lane_id]
            # As layout_journey's cy after the cell's last card.
            bottom = record.box[1] + (record.box[3] + style.card_gap)
            lane.needs[step_id] = cell_needs(lane.placed_top, bottom, style)
        return cls(lanes, lane_of)

    def move_lane(self, lane_id: str, top: float) -> None:
        self._lanes[lane_id] = replace(self._lanes[lane_id], top=top)

    def place_cells(
        self,
        lane: Lane,
        cells: dict[str, list[Card]],
        top: float,
        columns: int,
        column_x: dict[str, float],
        style: Style,
    ) -> float:
        """Place the cards of `cells` (step_id: the cell's cards) of `lane`, whose top is now
        `top`, as layout_journey would; the lane's other cells keep theirs. Returns the lane's
        height."""
        old = self._lanes[lane.id]
        if old.placed_top == top:
            records = dict(old.records)
        else:  # placed at this top from now on: the kept records move by the same amount
            moved = replace(old, top=top)
            records = {card_id: self._read(moved, card_id) for card_id in old.records}
        ids, needs = dict(old.ids), dict(old.needs)
        lane_of = self._lane_of = dict(self._lane_of)
        for step_id in cells:
            for card_id in ids.pop(step_id, ()):
                del records[card_id]
                if lane_of.get(card_id) == lane.id:
                    del lane_of[card_id]
            needs.pop(step_id, None)
        hidden = lane.collapsed or lane.kind == LaneKind.EMOTION
        for step_id, cell_cards in cells.items():
            if hidden:
                break  # its cards are not drawn: a card moved there from a shown lane goes
            if not cell_cards:
                continue
            ordered = sorted(cell_cards, key=lambda c: c.order)
            x = column_x[step_id] + style.cell_padding
            needs[step_id] = place_cell(ordered, lane.kind, x, top, style, records)
            ids[step_id] = [card.id for card in ordered]
            lane_of.update(dict.fromkeys(ids[step_id], lane.id))
        self._lanes[lane.id] = _Lane(records, top, top, ids, needs)
        if lane.collapsed:
            return style.collapsed_height
        if lane.kind == LaneKind.EMOTION:
            return style.emotion_height
        height = max(style.min_row_height, *needs.values()) if needs else style.min_row_height
        if len(needs) < columns:  # an empty cell, as layout_journey measures it
            height = max(height, cell_needs(top, top + style.cell_padding, style))
        return height

    def cell(self, lane_id: str, step_id: str) -> list[str]:
        """The ids of one cell's cards (none when its lane hides them)."""
        entry = self._lanes.get(lane_id)
        return entry.ids.get(step_id, []) if entry is not None else []

    @staticmethod
    def _read(entry: _Lane, card_id: str) -> CardBox:
        record = entry.records[card_id]
        if entry.top == entry.placed_top:
            return record
        x, y, w, h = record.box
        return _placed(record, (x, y + (entry.top - entry.placed_top), w, h))

    def __getitem__(self, card_id: str) -> CardBox:
        return self._read(self._lanes[self._lane_of[card_id]], card_id)

    def __contains__(self, card_id) -> bool:
        return card_id in self._lane_of

    def __iter__(self) -> Iterator[str]:
        return iter(self._lane_of)

    def __len__(self) -> int:
        return len(self._lane_of)
