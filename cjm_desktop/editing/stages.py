"""Edits of stages: add (with its steps), remove (with its steps and their cards), move."""

from __future__ import annotations

from ..model import Project, Stage
from ..user_message import QT_TRANSLATE_NOOP
from .card_cells import remove_cards
from .edit import Change
from .lookup import (
    ids_inside,
    insert_position,
    move_position,
    require_journey,
    require_stage,
    require_unused_ids,
)
from .references import clear_references
from .undo_log import RecordedEdit, UndoLog


class AddStage(RecordedEdit):
    """Insert a stage, with the steps it holds, at `index` (None: last)."""

    def __init__(self, journey_id: str, stage: Stage, index: int | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Add stage"))
        self.journey_id = journey_id
        self.stage = stage
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        require_unused_ids(project, ids_inside(self.stage))
        log.insert(journey.stages, insert_position(self.index, len(journey.stages)), self.stage)
        return Change(journeys={journey.id}, structure=True)


class RemoveStage(RecordedEdit):
    """Delete a stage, its steps and the cards in them; references to any of them are cleared."""

    def __init__(self, journey_id: str, stage_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Delete stage"))
        self.journey_id = journey_id
        self.stage_id = stage_id

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        stage = require_stage(journey, self.stage_id)
        removed = set(ids_inside(stage))
        log.pop(journey.stages, journey.stages.index(stage))
        cards = {c.id for c in journey.cards if c.step_id in removed}
        touched = remove_cards(journey, cards, log)
        change = clear_references(project, removed | cards, log)
        return change | Change(journeys={journey.id}, cards=touched, structure=True)


class MoveStage(RecordedEdit):
    """Move a stage, with its steps, to position `index` among the stages."""

    def __init__(self, journey_id: str, stage_id: str, index: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Move stage"))
        self.journey_id = journey_id
        self.stage_id = stage_id
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        stage = require_stage(journey, self.stage_id)
        target = move_position(self.index, len(journey.stages))
        log.move(journey.stages, journey.stages.index(stage), target)
        return Change(journeys={journey.id}, structure=True)
