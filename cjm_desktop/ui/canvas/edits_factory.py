"""Builds the edits that canvas gestures push: the one place that knows how a drop target, a new
card or a pasted card becomes an Edit. Returns None when the gesture would change nothing."""

from __future__ import annotations

from ...editing import (
    AddCard,
    AddLane,
    AddStep,
    CompositeEdit,
    MoveCards,
    MoveLane,
    MoveStage,
    MoveStep,
    RemoveCard,
    RemoveLane,
    RemoveStage,
    RemoveStep,
    SetEmotionPoint,
    SetFields,
)
from ...model import Card, Journey, Lane, Step
from .drop_targets import CardDropTarget, LaneDropTarget, StageDropTarget, StepDropTarget


def move_edit(scene, item, card_ids: list[str], target):
    journey: Journey = scene.journey
    if isinstance(target, CardDropTarget):
        return _move_cards(journey, card_ids, target)
    if isinstance(target, StageDropTarget):
        ids = [s.id for s in journey.stages]
        if ids.index(item.object_id) == target.index:
            return None
        return MoveStage(journey.id, item.object_id, target.index)
    if isinstance(target, StepDropTarget):
        stage = journey.stage_of_step(item.object_id)
        same_stage = stage is not None and stage.id == target.stage_id
        if same_stage and [s.id for s in stage.steps].index(item.object_id) == target.index:
            return None
        return MoveStep(journey.id, item.object_id, target.stage_id, target.index)
    if isinstance(target, LaneDropTarget):
        ids = [lane.id for lane in journey.lanes]
        if ids.index(item.object_id) == target.index:
            return None
        return MoveLane(journey.id, item.object_id, target.index)
    return None


def _move_cards(journey: Journey, card_ids: list[str], target: CardDropTarget):
    cell = [c.id for c in journey.cards_in_cell(target.lane_id, target.step_id)]
    rest = [cid for cid in cell if cid not in card_ids]
    after = rest[: target.index] + list(card_ids) + rest[target.index :]
    if after == cell:
        return None
    return MoveCards(journey.id, list(card_ids), target.lane_id, target.step_id, target.index)


def set_emotion_point(scene, curve_id: str, step_id: str, value: int):
    curve = scene.journey.curve(curve_id)
    if curve is None or curve.points.get(step_id) == value:
        return None
    return SetEmotionPoint(scene.journey.id, curve_id, step_id, value)


def add_card(journey: Journey, lane_id: str, step_id: str, index: int | None = None, **fields):
    card = Card(lane_id=lane_id, step_id=step_id, **fields)
    return AddCard(journey.id, card, index)


def add_step_after(journey: Journey, step_id: str, name: str):
    return add_step_at(journey, step_id, name, after=True)


def add_step_at(journey: Journey, step_id: str, name: str, after: bool):
    stage = journey.stage_of_step(step_id)
    index = [s.id for s in stage.steps].index(step_id) + (1 if after else 0)
    return AddStep(journey.id, stage.id, Step(name=name), index)


def add_lane_below(journey: Journey, lane_id: str, title: str):
    return add_lane_at(journey, lane_id, title, below=True)


def add_lane_at(journey: Journey, lane_id: str, title: str, below: bool):
    lane = journey.lane(lane_id)
    index = journey.lanes.index(lane) + (1 if below else 0)
    return AddLane(journey.id, Lane(kind=lane.kind, title=title), index)


def set_title(object_id: str, field_name: str, text: str):
    return SetFields(object_id, {field_name: text})


def remove_objects(journey: Journey, ids: list[str], label: str):
    """One edit removing the selected cards, steps, stages and lanes."""
    edits = []
    stage_ids = {s.id for s in journey.stages}
    step_ids = {s.id for s in journey.steps()}
    lane_ids = {lane.id for lane in journey.lanes}
    gone_with_parent: set[str] = set()
    for stage in journey.stages:
        if stage.id in ids:
            gone_with_parent.update(s.id for s in stage.steps)
    for object_id in ids:
        if object_id in stage_ids:
            edits.append(RemoveStage(journey.id, object_id))
        elif object_id in step_ids and object_id not in gone_with_parent:
            edits.append(RemoveStep(journey.id, object_id))
        elif object_id in lane_ids:
            edits.append(RemoveLane(journey.id, object_id))
    removed_cells = gone_with_parent | set(ids)
    for card in journey.cards:
        if (
            card.id in ids
            and card.lane_id not in removed_cells
            and card.step_id not in removed_cells
        ):
            edits.append(RemoveCard(journey.id, card.id))
    if not edits:
        return None
    return edits[0] if len(edits) == 1 else CompositeEdit(label, edits)


def paste_cards(journey: Journey, cards: list[Card], lane_id: str, step_id: str, label: str):
    """Add copies of `cards` (already given new IDs) at the end of one cell."""
    if not cards:
        return None
    start = len(journey.cards_in_cell(lane_id, step_id))
    edits = []
    for offset, card in enumerate(cards):
        card.lane_id, card.step_id = lane_id, step_id
        edits.append(AddCard(journey.id, card, start + offset))
    return edits[0] if len(edits) == 1 else CompositeEdit(label, edits)
