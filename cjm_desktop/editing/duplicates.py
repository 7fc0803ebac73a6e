"""Duplicating a stage (with its steps, their cards and emotion values), a step (with its
cards and emotion values) or a lane (with its cards and curves) right after the original: one
CompositeEdit of the existing add edits, so undo, the canvas and the checks treat a copy like
anything added by hand."""

from __future__ import annotations

from ..model import Journey, new_id
from .cards import AddCard
from .composite import CompositeEdit
from .emotions import SetEmotionNote, SetEmotionPoint
from .lanes import AddLane
from .lookup import require_lane, require_stage, require_step
from .stages import AddStage
from .steps import AddStep


def duplicate_stage(journey: Journey, stage_id: str, label: str, name: str) -> CompositeEdit:
    """A copy of the stage named `name` after it: its steps with their cards and the emotion
    curves' values and notes at those steps. The copy's ID is `edits[0].stage.id`."""
    stage = require_stage(journey, stage_id)
    copy = stage.model_copy(deep=True, update={"id": new_id("stage-"), "name": name})
    fresh: dict[str, str] = {}
    for step in copy.steps:
        fresh[step.id] = step.id = new_id("step-")
    edits: list = [AddStage(journey.id, copy, journey.stages.index(stage) + 1)]
    edits += _copied_cards(journey, fresh)
    return CompositeEdit(label, edits)


def duplicate_step(journey: Journey, step_id: str, label: str, name: str) -> CompositeEdit:
    """A copy of the step named `name` right after it, with its cards and the emotion curves'
    values and notes there. The copy's ID is `edits[0].step.id`."""
    stage, step = require_step(journey, step_id)
    copy = step.model_copy(deep=True, update={"id": new_id("step-"), "name": name})
    index = stage.steps.index(step) + 1
    edits: list = [AddStep(journey.id, stage.id, copy, index)]
    edits += _copied_cards(journey, {step.id: copy.id})
    return CompositeEdit(label, edits)


def _copied_cards(journey: Journey, fresh: dict[str, str]) -> list:
    """Edits adding copies of the cards in the steps `fresh` maps (old ID to the copy's), and of
    the curves' values and notes at those steps."""
    edits: list = []
    # In cell order: each copy is added at the end of its cell.
    for card in sorted(journey.cards, key=lambda c: c.order):
        if card.step_id in fresh:
            twin = card.model_copy(deep=True, update={"id": new_id("card-")})
            twin.step_id = fresh[card.step_id]
            edits.append(AddCard(journey.id, twin))
    for lane in journey.lanes:
        for curve in lane.curves:
            for old, new in fresh.items():
                if old in curve.points:
                    edits.append(SetEmotionPoint(journey.id, curve.id, new, curve.points[old]))
                if curve.notes.get(old):
                    edits.append(SetEmotionNote(journey.id, curve.id, new, curve.notes[old]))
    return edits


def duplicate_lane(journey: Journey, lane_id: str, label: str, title: str) -> CompositeEdit:
    """A copy of the lane titled `title` below it, with its cards (and curves, for an emotion
    lane). The copy's ID is `edits[0].lane.id`."""
    lane = require_lane(journey, lane_id)
    copy = lane.model_copy(deep=True, update={"id": new_id("lane-"), "title": title})
    for curve in copy.curves:
        curve.id = new_id("curve-")
    edits: list = [AddLane(journey.id, copy, journey.lanes.index(lane) + 1)]
    # In cell order: each copy is added at the end of its cell.
    for card in sorted(journey.cards, key=lambda c: c.order):
        if card.lane_id == lane.id:
            twin = card.model_copy(deep=True, update={"id": new_id("card-")})
            twin.lane_id = copy.id
            edits.append(AddCard(journey.id, twin))
    return CompositeEdit(label, edits)
