"""A project taken apart into its identified objects, and put together again.

Diff and merge work on this flat form: every object by its id, with its parent, the list of the
parent it sits in, and its own fields (child lists left out). Emotion points and notes are split
into one field per step, so two people setting different points of one curve do not collide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Keys no id can be (ids match [A-Za-z0-9_-]+), so a persona called "brand" stays a persona.
ROOT = "<project>"
BRAND = "<brand>"

#: kind -> the identified child lists it holds: (list name, kind of child).
CHILD_LISTS: dict[str, tuple[tuple[str, str], ...]] = {
    "project": (("personas", "persona"), ("journeys", "journey"), ("actions", "action")),
    "journey": (("stages", "stage"), ("lanes", "lane"), ("cards", "card")),
    "stage": (("steps", "step"),),
    "lane": (("curves", "curve"),),
}
#: Curve fields kept per step: "points/<step id>".
PER_STEP = ("points", "notes")
#: The field that names an object in words.
NAME_FIELD = {
    "persona": "name",
    "journey": "title",
    "stage": "name",
    "step": "name",
    "lane": "title",
    "curve": "label",
    "card": "title",
    "action": "title",
}


@dataclass
class Entity:
    kind: str
    id: str
    parent: str | None
    slot: str | None
    fields: dict[str, Any] = field(default_factory=dict)

    def name(self) -> str:
        text = self.fields.get(NAME_FIELD.get(self.kind, ""), "")
        return text if isinstance(text, str) and text.strip() else self.id


@dataclass
class Flat:
    """One project as entities by id, and each parent's child lists in order."""

    entities: dict[str, Entity]
    children: dict[tuple[str, str], list[str]]


def flatten(project) -> Flat:
    data = project.model_dump(mode="json")
    flat = Flat({}, {})
    brand = data.pop("brand")
    _add(flat, "project", ROOT, None, None, data)
    flat.entities[BRAND] = Entity("brand", BRAND, ROOT, None, brand)
    return flat


def _add(flat: Flat, kind: str, oid: str, parent, slot, data: dict) -> None:
    fields = dict(data)
    for list_name, child_kind in CHILD_LISTS.get(kind, ()):
        items = fields.pop(list_name)
        flat.children[(oid, list_name)] = [item["id"] for item in items]
        for item in items:
            _add(flat, child_kind, item["id"], oid, list_name, item)
    if kind == "curve":
        for name in PER_STEP:
            for step_id, value in fields.pop(name).items():
                fields[f"{name}/{step_id}"] = value
    flat.entities[oid] = Entity(kind, oid, parent, slot, fields)


def rebuild(flat: Flat) -> dict:
    """The project's JSON data from its flat form (for Project.model_validate)."""
    data = _build(flat, ROOT)
    data["brand"] = dict(flat.entities[BRAND].fields)
    return data


def _build(flat: Flat, oid: str) -> dict:
    entity = flat.entities[oid]
    data: dict[str, Any] = {}
    per_step: dict[str, dict] = {name: {} for name in PER_STEP}
    for key, value in entity.fields.items():
        name, _, step_id = key.partition("/")
        if entity.kind == "curve" and name in PER_STEP and step_id:
            per_step[name][step_id] = value
        else:
            data[key] = value
    if entity.kind == "curve":
        data.update(per_step)
    for list_name, _ in CHILD_LISTS.get(entity.kind, ()):
        data[list_name] = [_build(flat, child) for child in flat.children.get((oid, list_name), [])]
    return data
