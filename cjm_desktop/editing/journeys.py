"""Edits of the list of maps: add a map, remove one (references to it and its contents are
cleared), move one."""

from __future__ import annotations

from ..model import Journey, Project
from ..user_message import QT_TRANSLATE_NOOP
from .edit import Change
from .lookup import (
    ids_inside,
    insert_position,
    move_position,
    require_journey,
    require_unused_ids,
)
from .references import clear_references
from .soundness import require_sound_journey
from .undo_log import RecordedEdit, UndoLog


class AddJourney(RecordedEdit):
    """Insert a complete map at `index` (None: last). Its IDs must be new to the project (see
    copy_with_new_ids) and its persona and as-is map must exist."""

    def __init__(self, journey: Journey, index: int | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Add map"))
        self.journey = journey
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        require_unused_ids(project, ids_inside(self.journey))
        position = insert_position(self.index, len(project.journeys))
        log.insert(project.journeys, position, self.journey)
        require_sound_journey(project, self.journey)
        cards = {card.id for card in self.journey.cards}
        return Change(
            journeys={self.journey.id}, cards=cards, structure=True, curves=True, journey_list=True
        )


class RemoveJourney(RecordedEdit):
    """Delete a map; actions and to-be maps that refer to it or to its contents stop doing so."""

    def __init__(self, journey_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Delete map"))
        self.journey_id = journey_id

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        log.pop(project.journeys, project.journeys.index(journey))
        change = clear_references(project, set(ids_inside(journey)), log)
        cards = {card.id for card in journey.cards}
        return change | Change(
            journeys={journey.id}, cards=cards, structure=True, curves=True, journey_list=True
        )


class MoveJourney(RecordedEdit):
    """Move a map to position `index` in the list of maps."""

    def __init__(self, journey_id: str, index: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Move map"))
        self.journey_id = journey_id
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        target = move_position(self.index, len(project.journeys))
        log.move(project.journeys, project.journeys.index(journey), target)
        return Change(journey_list=True)
