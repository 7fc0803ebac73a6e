"""The cards of a cell and their `order`: kept as 0..n-1 in display order after every edit.

Shared by the card edits and by the removals of steps and lanes, which take cards with them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..model import Card, Journey
from .undo_log import UndoLog


def number_cards(cards: Iterable[Card], log: UndoLog, touched: set[str]) -> None:
    """Give `cards` (one cell, in display order) the orders 0..n-1; note those that changed."""
    for position, card in enumerate(cards):
        if card.order != position:
            log.set(card, "order", position)
            touched.add(card.id)


def renumber_cell(
    journey: Journey, lane_id: str, step_id: str, log: UndoLog, touched: set[str]
) -> None:
    number_cards(journey.cards_in_cell(lane_id, step_id), log, touched)


def remove_cards(journey: Journey, card_ids: Collection[str], log: UndoLog) -> set[str]:
    """Remove cards from the map and close the gaps they leave; return the cards touched."""
    positions = [i for i, card in enumerate(journey.cards) if card.id in card_ids]
    cells = {(journey.cards[i].lane_id, journey.cards[i].step_id) for i in positions}
    touched = {journey.cards[i].id for i in positions}
    # Back to front, so the positions still to pop stay valid.
    for i in reversed(positions):
        log.pop(journey.cards, i)
    # One pass over the cards for all cells: a removed lane or stage empties hundreds of cells,
    # and a scan of the map per cell made that quadratic (45 ms for a lane of the L project).
    left: dict[tuple[str, str], list[Card]] = {cell: [] for cell in cells}
    for card in journey.cards:
        cell = left.get((card.lane_id, card.step_id))
        if cell is not None:
            cell.append(card)
    for cell in sorted(left):
        # Stable sort: ties keep their place in the list, as in Journey.cards_in_cell.
        number_cards(sorted(left[cell], key=lambda c: c.order), log, touched)
    return touched
