"""What changed between two projects, by ids, in words: added, removed, moved, changed.

Matching is by id, so a renamed card is one change, not a removal and an addition. The project's
`modified` time is left out: every save changes it, and it says nothing about the map.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ..model import Project
from .entities import Entity, Flat, flatten
from .words import describe, field_label, place_of_card, short_name, shown_value

IGNORED_FIELDS = {"project": frozenset({"modified"})}
CARD_PLACE = ("lane_id", "step_id", "order")


@dataclass(frozen=True)
class Difference:
    what: str  # "added", "removed", "moved" or "changed"
    kind: str
    id: str
    text: str

    def __str__(self) -> str:
        return self.text


def diff_projects(old: Project, new: Project) -> list[Difference]:
    """Every difference from `old` to `new`, in the order of the objects in `new`."""
    a, b = flatten(old), flatten(new)
    found: list[Difference] = []
    for oid, entity in a.entities.items():
        if oid not in b.entities:
            found.append(Difference("removed", entity.kind, oid, f"Removed {describe(a, entity)}"))
    moved = _reordered(a, b) | _cards_reordered(a, b)
    for oid, entity in b.entities.items():
        before = a.entities.get(oid)
        if before is None:
            found.append(Difference("added", entity.kind, oid, _added(b, entity)))
            continue
        found.extend(_moves(a, b, before, entity, oid in moved))
        found.extend(_changes(a, b, before, entity))
    return found


def _added(flat: Flat, entity: Entity) -> str:
    if entity.parent and entity.kind in ("step", "curve"):
        return f"Added {short_name(entity)} to {describe(flat, flat.entities[entity.parent])}"
    text = f"Added {describe(flat, entity)}"
    if entity.kind == "card":
        text += f" ({place_of_card(flat, entity.fields)})"
    return text


def _reordered(a: Flat, b: Flat) -> set[str]:
    """Ids whose place among the siblings both versions share changed: those outside the
    longest common order, so moving one step reports that step, not all it jumped over."""
    moved: set[str] = set()
    for key, new_ids in b.children.items():
        if key[1] == "cards":  # a card's place is its lane, step and order fields
            continue
        old_ids = a.children.get(key, [])
        common = set(old_ids) & set(new_ids)
        moved |= _out_of_order(
            [i for i in old_ids if i in common], [i for i in new_ids if i in common]
        )
    return moved


def _cards_reordered(a: Flat, b: Flat) -> set[str]:
    """Cards that stayed in their cell but changed places among the cell's other cards. Their
    `order` alone says too much: removing the first card of a cell renumbers all the others."""
    moved: set[str] = set()
    old_cells, new_cells = _cells(a), _cells(b)
    for cell, new_ids in new_cells.items():
        old_ids = old_cells.get(cell, [])
        common = set(old_ids) & set(new_ids)
        moved |= _out_of_order(
            [i for i in old_ids if i in common], [i for i in new_ids if i in common]
        )
    return moved


def _cells(flat: Flat) -> dict[tuple, list[str]]:
    cells: dict[tuple, list[tuple[int, str]]] = {}
    for entity in flat.entities.values():
        if entity.kind == "card":
            cell = (entity.parent, entity.fields.get("lane_id"), entity.fields.get("step_id"))
            cells.setdefault(cell, []).append((entity.fields.get("order", 0), entity.id))
    return {cell: [oid for _, oid in sorted(cards)] for cell, cards in cells.items()}


def _out_of_order(old_seq: list[str], new_seq: list[str]) -> set[str]:
    """The items outside the longest common order of two orderings of the same items."""
    if old_seq == new_seq:
        return set()
    kept: set[str] = set()
    matcher = SequenceMatcher(None, old_seq, new_seq, autojunk=False)
    for block in matcher.get_matching_blocks():
        kept.update(new_seq[block.b : block.b + block.size])
    return set(new_seq) - kept


def _moves(a: Flat, b: Flat, before: Entity, after: Entity, reordered: bool) -> list[Difference]:
    if after.kind == "card":
        other_cell = any(before.fields.get(f) != after.fields.get(f) for f in CARD_PLACE[:2])
        if other_cell or reordered:
            text = (
                f"Moved {describe(b, after)} from {place_of_card(a, before.fields)} "
                f"to {place_of_card(b, after.fields)}"
            )
            return [Difference("moved", after.kind, after.id, text)]
        return []
    if before.parent != after.parent:
        old_parent = short_name(a.entities[before.parent]) if before.parent else "?"
        new_parent = short_name(b.entities[after.parent]) if after.parent else "?"
        text = f"Moved {describe(b, after)} from {old_parent} to {new_parent}"
        return [Difference("moved", after.kind, after.id, text)]
    if reordered:
        position = b.children[(after.parent, after.slot)].index(after.id) + 1
        text = f"Moved {describe(b, after)} to position {position}"
        return [Difference("moved", after.kind, after.id, text)]
    return []


def _changes(a: Flat, b: Flat, before: Entity, after: Entity) -> list[Difference]:
    ignored = IGNORED_FIELDS.get(after.kind, frozenset())
    if after.kind == "card":
        ignored = ignored | frozenset(CARD_PLACE)
    found = []
    for name in _field_names(before, after):
        if name in ignored:
            continue
        old, new = before.fields.get(name), after.fields.get(name)
        if old != new:
            text = (
                f"Changed {describe(b, after)}: {field_label(after, name, b)} "
                f"{shown_value(name, old)} → {shown_value(name, new)}"
            )
            found.append(Difference("changed", after.kind, after.id, text))
    return found


def _field_names(before: Entity, after: Entity) -> list[str]:
    names = list(before.fields)
    names += [name for name in after.fields if name not in before.fields]
    return names
