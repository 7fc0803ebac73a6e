"""A journey's cards by cell, indexed once: asking the journey cell by cell scans every card for
every cell (Journey.cards_in_cell), which takes seconds for a big map."""

from __future__ import annotations

from ..model import Card, Journey


def cards_by_cell(journey: Journey) -> dict[tuple[str, str], list[Card]]:
    """(lane_id, step_id) -> the cell's cards in display order, like Journey.cards_in_cell."""
    cells: dict[tuple[str, str], list[Card]] = {}
    for card in sorted(journey.cards, key=lambda c: c.order):
        cells.setdefault((card.lane_id, card.step_id), []).append(card)
    return cells
