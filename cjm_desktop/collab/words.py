"""How objects and values of a project are named in diff and merge messages (English)."""

from __future__ import annotations

from typing import Any

from .entities import Entity, Flat

MAX_SHOWN = 60
PICTURE_FIELDS = frozenset({"photo", "image"})


def shown_value(field: str, value: Any) -> str:
    """A value as the user reads it: quoted text cut to a line, pictures not spelled out."""
    if value is None:
        return "(none)"
    if field in PICTURE_FIELDS:
        return "(a picture)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        one_line = " ".join(value.split())
        if len(one_line) > MAX_SHOWN:
            one_line = one_line[: MAX_SHOWN - 1] + "…"
        return f"'{one_line}'"
    if isinstance(value, list):
        return "[" + ", ".join(shown_value("", item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {shown_value('', v)}" for k, v in value.items()) + "}"
    return str(value)


def describe(flat: Flat, entity: Entity) -> str:
    """ "card 'Call the shop' in map 'Buying bread'" and the like."""
    if entity.kind == "project":
        return "project"
    if entity.kind == "brand":
        return "brand"
    text = short_name(entity)
    journey = _journey_of(flat, entity)
    if journey is not None and journey is not entity:
        text += f" in map {shown_value('', journey.name())}"
    return text


def short_name(entity: Entity) -> str:
    """ "stage 'Orientation'", without the map (for a second object in one sentence)."""
    return f"{entity.kind} {shown_value('', entity.name())}"


def field_label(entity: Entity, field: str, flat: Flat) -> str:
    """A field's name in words; a curve's per-step field names the step."""
    name, _, step_id = field.partition("/")
    if entity.kind == "curve" and step_id:
        step = flat.entities.get(step_id)
        step_name = shown_value("", step.name()) if step is not None else step_id
        return f"{'point' if name == 'points' else 'note'} at step {step_name}"
    return name.replace("_", " ")


def place_of_card(flat: Flat, fields: dict) -> str:
    lane = flat.entities.get(fields.get("lane_id", ""))
    step = flat.entities.get(fields.get("step_id", ""))
    lane_name = shown_value("", lane.name()) if lane else "?"
    step_name = shown_value("", step.name()) if step else "?"
    return f"lane {lane_name}, step {step_name}, position {fields.get('order', 0) + 1}"


def _journey_of(flat: Flat, entity: Entity) -> Entity | None:
    current: Entity | None = entity
    while current is not None and current.kind != "journey":
        current = flat.entities.get(current.parent) if current.parent else None
    return current
