"""Edits of steps (the columns): add to a stage, remove (with its cards), move between stages."""

from __future__ import annotations

from ..model import Project, Step
from ..user_message import QT_TRANSLATE_NOOP
from .card_cells import remove_cards
from .edit import Change
from .lookup import (
    insert_position,
    require_journey,
    require_stage,
    require_step,
    require_unused_ids,
)
from .references import clear_references
from .undo_log import RecordedEdit, UndoLog


class AddStep(RecordedEdit):
    """Insert a step into a stage at `index` (None: last)."""

    def __init__(self, journey_id: str, stage_id: str, step: Step, index: int | None = None):
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Add step"))
        self.journey_id = journey_id
        self.stage_id = stage_id
        self.step = step
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        stage = require_stage(journey, self.stage_id)
        require_unused_ids(project, [self.step.id])
        log.insert(stage.steps, insert_position(self.index, len(stage.steps)), self.step)
        return Change(journeys={journey.id}, structure=True)


class RemoveStep(RecordedEdit):
    """Delete a step and the cards in it; curve points, notes and action references to them are
    cleared."""

    def __init__(self, journey_id: str, step_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Delete step"))
        self.journey_id = journey_id
        self.step_id = step_id

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        stage, step = require_step(journey, self.step_id)
        log.pop(stage.steps, stage.steps.index(step))
        cards = {c.id for c in journey.cards if c.step_id == step.id}
        touched = remove_cards(journey, cards, log)
        change = clear_references(project, {step.id} | cards, log)
        return change | Change(journeys={journey.id}, cards=touched, structure=True)


class MoveStep(RecordedEdit):
    """Move a step into a stage (its own or another) at `index`, counted among the steps of that
    stage without the moving one; cards and curve points go with the step."""

    def __init__(self, journey_id: str, step_id: str, stage_id: str, index: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Move step"))
        self.journey_id = journey_id
        self.step_id = step_id
        self.stage_id = stage_id
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        source, step = require_step(journey, self.step_id)
        target = require_stage(journey, self.stage_id)
        remaining = len(target.steps) - (1 if target is source else 0)
        position = insert_position(self.index, remaining)
        log.pop(source.steps, source.steps.index(step))
        log.insert(target.steps, position, step)
        return Change(journeys={journey.id}, structure=True)
