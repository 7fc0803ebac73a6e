"""Edits of cards: add one to a cell, remove one, move one or several into a cell."""

from __future__ import annotations

from ..model import Card, Journey, LaneKind, Project
from ..user_message import QT_TRANSLATE_NOOP
from .card_cells import number_cards, remove_cards, renumber_cell
from .edit import Change
from .lookup import (
    insert_position,
    require_card,
    require_journey,
    require_lane,
    require_step,
    require_unused_ids,
)
from .references import clear_references
from .refusal import refuse
from .undo_log import RecordedEdit, UndoLog


def require_card_cell(journey: Journey, lane_id: str, step_id: str) -> None:
    """Refuse a cell that does not exist or cannot hold cards (an emotion lane)."""
    lane = require_lane(journey, lane_id)
    require_step(journey, step_id)
    if lane.kind == LaneKind.EMOTION:
        raise refuse(
            QT_TRANSLATE_NOOP("Edit", "Cards cannot go in the emotion lane '{lane}'."),
            lane=lane.title or lane.id,
        )


class AddCard(RecordedEdit):
    """Put a new card in its cell (card.lane_id x card.step_id) at `index` (None: last)."""

    def __init__(self, journey_id: str, card: Card, index: int | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Add card"))
        self.journey_id = journey_id
        self.card = card
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        require_card_cell(journey, self.card.lane_id, self.card.step_id)
        require_unused_ids(project, [self.card.id])
        cell = journey.cards_in_cell(self.card.lane_id, self.card.step_id)
        cell.insert(insert_position(self.index, len(cell)), self.card)
        log.insert(journey.cards, len(journey.cards), self.card)
        touched = {self.card.id}
        number_cards(cell, log, touched)
        return Change(journeys={journey.id}, cards=touched)


class RemoveCard(RecordedEdit):
    """Delete a card; actions that address it stop naming it."""

    def __init__(self, journey_id: str, card_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Delete card"))
        self.journey_id = journey_id
        self.card_id = card_id

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        require_card(journey, self.card_id)
        touched = remove_cards(journey, {self.card_id}, log)
        change = clear_references(project, {self.card_id}, log)
        return change | Change(journeys={journey.id}, cards=touched)


class MoveCards(RecordedEdit):
    """Move cards (in the given order) into a cell at `index`, counted among the cards of the
    target cell that do not move (None: at the end)."""

    def __init__(
        self,
        journey_id: str,
        card_ids: list[str],
        lane_id: str,
        step_id: str,
        index: int | None = None,
    ) -> None:
        one = len(card_ids) == 1
        super().__init__(
            QT_TRANSLATE_NOOP("Edit", "Move card")
            if one
            else QT_TRANSLATE_NOOP("Edit", "Move cards")
        )
        self.journey_id = journey_id
        self.card_ids = list(card_ids)
        self.lane_id = lane_id
        self.step_id = step_id
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        require_card_cell(journey, self.lane_id, self.step_id)
        if len(set(self.card_ids)) != len(self.card_ids):
            raise refuse(QT_TRANSLATE_NOOP("Edit", "A card cannot be moved twice at once."))
        moving = [require_card(journey, card_id) for card_id in self.card_ids]
        moving_ids = set(self.card_ids)
        sources = {(card.lane_id, card.step_id) for card in moving}
        rest = [
            c for c in journey.cards_in_cell(self.lane_id, self.step_id) if c.id not in moving_ids
        ]
        position = insert_position(self.index, len(rest))
        touched = set(moving_ids)
        for card in moving:
            if card.lane_id != self.lane_id:
                log.set(card, "lane_id", self.lane_id)
            if card.step_id != self.step_id:
                log.set(card, "step_id", self.step_id)
        number_cards(rest[:position] + moving + rest[position:], log, touched)
        for lane_id, step_id in sorted(sources - {(self.lane_id, self.step_id)}):
            renumber_cell(journey, lane_id, step_id, log, touched)
        return Change(journeys={journey.id}, cards=touched)
