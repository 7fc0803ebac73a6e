"""Finding what an edit names, or refusing the edit: journeys, stages, steps, lanes, curves, cards,
plus the checks for fresh IDs and list positions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..model import Card, EmotionCurve, Journey, Lane, Persona, Project, Stage, Step
from ..model.integrity import iter_objects, iter_project_objects
from ..user_message import QT_TRANSLATE_NOOP
from .refusal import NOT_FOUND, refuse


def require_journey(project: Project, journey_id: str) -> Journey:
    journey = project.journey(journey_id)
    if journey is None:
        raise refuse(NOT_FOUND["map"], id=journey_id)
    return journey


def require_persona(project: Project, persona_id: str) -> Persona:
    persona = project.persona(persona_id)
    if persona is None:
        raise refuse(NOT_FOUND["persona"], id=persona_id)
    return persona


def require_stage(journey: Journey, stage_id: str) -> Stage:
    stage = journey.stage(stage_id)
    if stage is None:
        raise refuse(NOT_FOUND["stage"], id=stage_id)
    return stage


def require_step(journey: Journey, step_id: str) -> tuple[Stage, Step]:
    """The step and the stage that holds it."""
    for stage in journey.stages:
        for step in stage.steps:
            if step.id == step_id:
                return stage, step
    raise refuse(NOT_FOUND["step"], id=step_id)


def require_lane(journey: Journey, lane_id: str) -> Lane:
    lane = journey.lane(lane_id)
    if lane is None:
        raise refuse(NOT_FOUND["lane"], id=lane_id)
    return lane


def require_curve(journey: Journey, curve_id: str) -> tuple[Lane, EmotionCurve]:
    """The curve and the emotion lane that holds it."""
    for lane in journey.lanes:
        for curve in lane.curves:
            if curve.id == curve_id:
                return lane, curve
    raise refuse(NOT_FOUND["curve"], id=curve_id)


def require_card(journey: Journey, card_id: str) -> Card:
    card = journey.card(card_id)
    if card is None:
        raise refuse(NOT_FOUND["card"], id=card_id)
    return card


def locate(project: Project, object_id: str) -> tuple[Any, Journey | None]:
    """Any identified object of the project and the journey holding it (None outside a map)."""
    for persona in project.personas:
        if persona.id == object_id:
            return persona, None
    for journey in project.journeys:
        if journey.id == object_id:
            return journey, journey
        for oid, obj, _ in iter_objects(journey):
            if oid == object_id:
                return obj, journey
    for action in project.actions:
        if action.id == object_id:
            return action, None
    raise refuse(NOT_FOUND["object"], id=object_id)


def ids_inside(obj: Any) -> list[str]:
    """The IDs of an object and of everything it holds (a journey, stage, lane or leaf)."""
    if isinstance(obj, Journey):
        return [obj.id, *(oid for oid, _, _ in iter_objects(obj))]
    if isinstance(obj, Stage):
        return [obj.id, *(step.id for step in obj.steps)]
    if isinstance(obj, Lane):
        return [obj.id, *(curve.id for curve in obj.curves)]
    return [obj.id]


def require_unused_ids(project: Project, ids: Iterable[str]) -> None:
    """Refuse an added object whose IDs are already in the project or repeated inside it."""
    ids = list(ids)
    used = {project.id, *(oid for oid, _, _ in iter_project_objects(project))}
    seen: set[str] = set()
    for object_id in ids:
        if object_id in used or object_id in seen:
            raise refuse(
                QT_TRANSLATE_NOOP("Edit", "The ID '{id}' is already used in the project."),
                id=object_id,
            )
        seen.add(object_id)


def insert_position(index: int | None, length: int) -> int:
    """Where to insert in a list of `length` items: None means at the end."""
    if index is None:
        return length
    if not 0 <= index <= length:
        raise refuse(
            QT_TRANSLATE_NOOP("Edit", "Position {index} is outside 0 to {last}."),
            index=index,
            last=length,
        )
    return index


def move_position(index: int, length: int) -> int:
    """Where an item of a list of `length` items may move to: an existing position."""
    if not 0 <= index < length:
        raise refuse(
            QT_TRANSLATE_NOOP("Edit", "Position {index} is outside 0 to {last}."),
            index=index,
            last=length - 1,
        )
    return index
