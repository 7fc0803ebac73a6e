"""Three-way merge of projects by ids: BASE, OURS and THEIRS give one valid project.

A change on one side is taken; the same change on both sides is taken once. Different changes to
one field on both sides are a conflict: the merged project keeps OURS's value and records
THEIRS's, so nothing is lost and the file still loads with today's schema:

- on a card: the tag "merge-conflict" and a note appended to its details (two different
  pictures: THEIRS's goes on a copy of the card in the same cell, as no text can hold it; a
  persona's two photos likewise give a copy of the persona);
- on anything else (the project, brand, a persona, map, stage, step, lane, curve or action):
  an action "⚠ Merge conflict: …" in the action plan, whose description holds both values. The
  action plan is the project's to-do list, visible in the editor and every export, and deleting
  the action is how the user marks the conflict resolved.

Removing an object on one side while the other side changed it is a conflict that keeps the
changed object; an object removed on one side but still used on the other (a card added to a
removed step) is kept too. The result always passes the model's integrity checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Action, Project, find_problems
from ..model.ids import new_id
from ..model.project import SKIP_INTEGRITY
from ..user_message import UserError
from .entities import BRAND, CHILD_LISTS, Entity, Flat, flatten, rebuild
from .words import describe, field_label

CONFLICT_TAG = "merge-conflict"
CONFLICT_MARK = "⚠ Merge conflict"
_MISSING = object()
#: Lists of words or ids where each side's additions and removals combine (two people tagging
#: one card differently is no conflict): a card's tags, an action's cards, the brand's USPs.
SET_LIKE = frozenset({"tags", "card_ids", "usps"})


@dataclass(frozen=True)
class Conflict:
    """One thing both sides changed differently; `text` says what was kept and what not."""

    kind: str
    id: str
    where: str
    record: str  # what was kept and the other value, as written into the project

    @property
    def text(self) -> str:
        return f"{self.where}: {self.record}"

    def __str__(self) -> str:
        return self.text


@dataclass
class MergeResult:
    project: Project
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts


@dataclass
class _Sides:
    base: Flat
    ours: Flat
    theirs: Flat

    def any_version(self, oid: str) -> Entity | None:
        for flat in (self.ours, self.theirs, self.base):
            if oid in flat.entities:
                return flat.entities[oid]
        return None


@dataclass
class _Notes:
    """Conflicts found, per object, with the full values for the record in the project."""

    by_object: dict[str, list[str]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    #: card or persona id -> THEIRS's picture, which no text can hold: it goes on a copy.
    their_pictures: dict[str, str] = field(default_factory=dict)

    def add(self, entity: Entity, where: str, record: str) -> None:
        self.by_object.setdefault(entity.id, []).append(record)
        self.conflicts.append(Conflict(entity.kind, entity.id, where, record))


def merge_projects(base: Project, ours: Project, theirs: Project) -> MergeResult:
    sides = _Sides(flatten(base), flatten(ours), flatten(theirs))
    notes = _Notes()
    merged = Flat({}, {})
    for oid in _all_ids(sides):
        entity = _merge_entity(sides, oid, notes)
        if entity is not None:
            merged.entities[oid] = entity
    _keep_what_is_used(sides, merged, notes)
    _merge_orders(sides, merged)
    _compact_card_orders(merged)
    project = _checked(sides, merged, notes)
    _record(project, merged, notes)
    return MergeResult(Project.model_validate(project.model_dump()), notes.conflicts)


def _all_ids(sides: _Sides) -> list[str]:
    ids = dict.fromkeys(sides.ours.entities)
    ids.update(dict.fromkeys(sides.theirs.entities))
    ids.update(dict.fromkeys(sides.base.entities))
    return list(ids)


# -- objects and fields ------------------------------------------------------------------------


def _merge_entity(sides: _Sides, oid: str, notes: _Notes) -> Entity | None:
    b = sides.base.entities.get(oid)
    o = sides.ours.entities.get(oid)
    t = sides.theirs.entities.get(oid)
    if o is not None and t is not None:
        return _merge_both(sides, b, o, t, notes)
    kept, flat, name = (o, sides.ours, "ours") if o is not None else (t, sides.theirs, "theirs")
    if kept is None:
        return None  # removed on both sides
    if b is None:
        return _copy(kept)  # added on one side
    if _same(b, kept):
        return None  # removed on the other side, unchanged on this one
    other = "theirs" if name == "ours" else "ours"
    notes.add(
        kept,
        describe(flat, kept),
        f"removed in {other} but changed in {name}; kept {name}'s version",
    )
    return _copy(kept)


def _copy(entity: Entity) -> Entity:
    # Field values are shared with the sides' flat forms: nothing here changes one in place,
    # only whole fields are replaced (a deep copy of every card made big maps slow to merge).
    return Entity(entity.kind, entity.id, entity.parent, entity.slot, dict(entity.fields))


def _same(a: Entity, b: Entity) -> bool:
    """Unchanged, for a removal on the other side. A card's `order` is left out: removing
    another card of its cell renumbers it, which is no change the user made to it."""
    if a.kind == "card":
        return a.parent == b.parent and _without_order(a.fields) == _without_order(b.fields)
    return a.parent == b.parent and a.fields == b.fields


def _without_order(fields: dict) -> dict:
    return {key: value for key, value in fields.items() if key != "order"}


def _merge_both(sides: _Sides, b: Entity | None, o: Entity, t: Entity, notes: _Notes) -> Entity:
    merged = _copy(o)
    base_fields = b.fields if b is not None else {}
    parent, clash = _three_way(b.parent if b else _MISSING, o.parent, t.parent)
    merged.parent = parent
    if clash:
        notes.add(o, describe(sides.ours, o), "moved to different places; kept ours")
    names = dict.fromkeys([*base_fields, *o.fields, *t.fields])
    fields: dict[str, Any] = {}
    for name in names:
        ours_value = o.fields.get(name, _MISSING)
        theirs_value = t.fields.get(name, _MISSING)
        base_value = base_fields.get(name, _MISSING)
        value, clash = _three_way(base_value, ours_value, theirs_value)
        if clash and name in SET_LIKE:
            value, clash = _merged_items(base_value, ours_value, theirs_value), False
        if clash and o.kind == "project" and name == "modified":
            value = max(ours_value, theirs_value)  # each save sets it: the later one, no conflict
        elif clash and o.kind == "card" and name == "order":
            pass  # places within a cell are merged as a whole (_compact_card_orders)
        elif clash:
            if name in ("image", "photo") and isinstance(theirs_value, str):
                notes.their_pictures[o.id] = theirs_value
            label = field_label(o, name, sides.ours)
            notes.add(
                o,
                describe(sides.ours, o),
                f"{label}: kept ours {_full(sides, name, ours_value)}; "
                f"theirs {_full(sides, name, theirs_value)}",
            )
        if value is not _MISSING:
            fields[name] = value
    merged.fields = fields
    return merged


def _three_way(base: Any, ours: Any, theirs: Any) -> tuple[Any, bool]:
    """The merged value and whether the two sides clash."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return ours, True


def _merged_items(base: Any, ours: Any, theirs: Any) -> list:
    """Ours in its order, then what theirs added; without what either side removed."""
    base_items = set(base) if isinstance(base, list) else set()
    removed = (base_items - set(ours)) | (base_items - set(theirs))
    return list(dict.fromkeys(item for item in [*ours, *theirs] if item not in removed))


def _full(sides: _Sides, name: str, value: Any) -> str:
    """A value in full (not cut as in diffs): a conflict record must lose nothing."""
    if value is _MISSING or value is None:
        return "(none)"
    if name in ("lane_id", "step_id"):
        other = sides.any_version(value)
        return f"{other.kind} '{other.name()}'" if other is not None else repr(value)
    if name in ("photo", "image"):
        return "(a picture)"
    if isinstance(value, str):
        return f"'{value}'"
    return repr(value)


# -- references ------------------------------------------------------------------------------


def _references(entity: Entity) -> list[str]:
    f = entity.fields
    refs = [entity.parent] if entity.parent else []
    if entity.kind == "card":
        refs += [f.get("lane_id"), f.get("step_id")]
    elif entity.kind == "journey":
        refs += [f.get("persona_id"), f.get("counterpart_id")]
    elif entity.kind == "curve":
        refs.append(f.get("persona_id"))
        refs += [key.partition("/")[2] for key in f if "/" in key]
    elif entity.kind == "action":
        refs += [f.get("journey_id"), f.get("stage_id"), *f.get("card_ids", [])]
    return [ref for ref in refs if ref]


def _keep_what_is_used(sides: _Sides, merged: Flat, notes: _Notes) -> None:
    """Bring back objects one side removed while the merged project still uses them."""
    pending = list(merged.entities.values())
    while pending:
        entity = pending.pop()
        for ref in _references(entity):
            if ref in merged.entities:
                continue
            restored = sides.any_version(ref)
            if restored is None:
                continue  # cannot happen for valid inputs; the final check reports it
            restored = _copy(restored)
            merged.entities[ref] = restored
            pending.append(restored)
            notes.add(
                restored,
                describe(sides.base if ref in sides.base.entities else sides.ours, restored),
                f"removed on one side but still used by {describe(merged, entity)}; kept",
            )


# -- order -----------------------------------------------------------------------------------


def _merge_orders(sides: _Sides, merged: Flat) -> None:
    members: dict[tuple[str, str], set[str]] = {}
    for entity in merged.entities.values():
        if entity.parent is not None and entity.slot is not None:
            members.setdefault((entity.parent, entity.slot), set()).add(entity.id)
    for entity in merged.entities.values():
        for list_name, _ in CHILD_LISTS.get(entity.kind, ()):
            key = (entity.id, list_name)
            merged.children[key] = _merged_order(sides, key, members.get(key, set()))


def _merged_order(sides: _Sides, key: tuple[str, str], members: set[str]) -> list[str]:
    base = sides.base.children.get(key, [])
    ours = sides.ours.children.get(key, [])
    theirs = sides.theirs.children.get(key, [])
    ours_moved = _relative(ours, base) != _relative(base, ours)
    theirs_moved = _relative(theirs, base) != _relative(base, theirs)
    skeleton, other = (theirs, ours) if theirs_moved and not ours_moved else (ours, theirs)
    kept = [oid for oid in skeleton if oid in members]
    # extras[k]: what the other side (or the base, for objects kept against a removal) adds
    # before kept[k]; a dict of slots instead of list inserts keeps big maps fast.
    extras: dict[int, list[str]] = {}
    placed = {oid: index for index, oid in enumerate(kept)}
    slot_of: dict[str, int] = {}
    for source in (other, base):
        known = set(source)
        anchor: str | None = None
        for oid in source:
            if oid in members and oid not in placed and oid not in slot_of:
                slot = _slot_after(anchor, placed, slot_of, kept, known)
                extras.setdefault(slot, []).append(oid)
                slot_of[oid] = slot
            if oid in placed or oid in slot_of:
                anchor = oid
    result: list[str] = []
    for index in range(len(kept) + 1):
        result += extras.get(index, [])
        if index < len(kept):
            result.append(kept[index])
    seen = set(result)
    return result + sorted(members - seen)


def _slot_after(
    anchor: str | None,
    placed: dict[str, int],
    slot_of: dict[str, int],
    kept: list[str],
    known: set[str],
) -> int:
    """The slot right after `anchor`, past what the skeleton's side added there (both sides
    adding at the end gives ours, then theirs)."""
    if anchor is not None and anchor in slot_of:
        return slot_of[anchor]
    slot = placed[anchor] + 1 if anchor is not None else 0
    while slot < len(kept) and kept[slot] not in known:
        slot += 1
    return slot


def _relative(sequence: list[str], other: list[str]) -> list[str]:
    shared = set(other)
    return [oid for oid in sequence if oid in shared]


def _compact_card_orders(merged: Flat) -> None:
    """Cards of one cell numbered 0, 1, 2… again: both sides may have put a card at one spot."""
    cells: dict[tuple, list[Entity]] = {}
    for journey_id in [e.id for e in merged.entities.values() if e.kind == "journey"]:
        for index, card_id in enumerate(merged.children.get((journey_id, "cards"), [])):
            card = merged.entities[card_id]
            cell = (journey_id, card.fields.get("lane_id"), card.fields.get("step_id"))
            cells.setdefault(cell, []).append((card.fields.get("order", 0), index, card))
    for cards in cells.values():
        for number, (_, _, card) in enumerate(sorted(cards, key=lambda item: item[:2])):
            card.fields["order"] = number


# -- the result ------------------------------------------------------------------------------


def _checked(sides: _Sides, merged: Flat, notes: _Notes, tries: int = 20) -> Project:
    """The merged project; where combining both sides' fields broke a rule (a stage of another
    map, a card in a lane that became an emotion lane), that object takes one side's version."""
    for _ in range(tries):
        project = _validated(merged)
        problems = find_problems(project)
        if not problems:
            return project
        data = rebuild(merged)
        for problem in problems:
            oid = _object_at(data, problem.path)
            if oid is None or oid not in merged.entities:
                continue
            entity = merged.entities[oid]
            for flat, name in ((sides.ours, "ours"), (sides.theirs, "theirs")):
                version = flat.entities.get(oid)
                if version is not None and version.fields != entity.fields:
                    entity.fields = dict(version.fields)
                    notes.add(
                        entity,
                        describe(merged, entity),
                        f"the two sides' changes do not fit together ({problem.message}); "
                        f"took {name}'s version",
                    )
                    break
        _keep_what_is_used(sides, merged, notes)
        _merge_orders(sides, merged)
    raise UserError("The projects cannot be merged: " + "; ".join(str(p) for p in problems))


def _validated(merged: Flat) -> Project:
    from pydantic import ValidationError

    try:
        return Project.model_validate(rebuild(merged), context={SKIP_INTEGRITY: True})
    except ValidationError as exc:  # pragma: no cover - fields come from valid projects
        raise UserError(f"The projects cannot be merged: {exc}") from exc


def _object_at(data: dict, path: tuple) -> str | None:
    found = None
    node: Any = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            found = node["id"]
    return found


def _record(project: Project, merged: Flat, notes: _Notes) -> None:
    """Write each conflict into the project, where the user sees it (see the module's doc)."""
    for oid, records in notes.by_object.items():
        entity = merged.entities.get(oid)
        if entity is None:
            continue
        card = _card(project, oid) if entity.kind == "card" else None
        if card is not None:
            if CONFLICT_TAG not in card.tags:
                card.tags = [*card.tags, CONFLICT_TAG]
            lines = "\n".join(f"{CONFLICT_MARK} — {record}" for record in records)
            card.details = f"{card.details}\n\n{lines}" if card.details else lines
            if oid in notes.their_pictures:
                _add_picture_copy(project, card, notes.their_pictures[oid])
            continue
        if entity.kind == "persona" and oid in notes.their_pictures:
            _add_photo_copy(project, oid, notes.their_pictures[oid])
        title = describe(merged, entity) if oid != BRAND else "brand"
        journey_id = _journey_id(project, merged, entity)
        project.actions.append(
            Action(
                journey_id=journey_id,
                stage_id=oid if entity.kind == "stage" and journey_id else None,
                title=f"{CONFLICT_MARK}: {title}",
                description="\n".join(records),
                notes="Both values are kept here; delete this action once resolved.",
            )
        )


def _add_picture_copy(project: Project, card, picture: str) -> None:
    """THEIRS's picture of a card both sides gave a different one, on a copy of the card at
    the end of its cell, so the user can keep either."""
    journey = next(j for j in project.journeys if j.card(card.id) is not None)
    cell = journey.cards_in_cell(card.lane_id, card.step_id)
    copy = card.model_copy(
        update={
            "id": new_id("card-"),
            "order": max(c.order for c in cell) + 1,
            "image": picture,
            "title": f"{card.title} (theirs' picture)",
            "details": f"{CONFLICT_MARK} — theirs' picture of card '{card.title}'; keep one "
            "of the two cards.",
        },
        deep=True,
    )
    journey.cards.append(copy)


def _add_photo_copy(project: Project, persona_id: str, photo: str) -> None:
    """THEIRS's photo of a persona both sides gave a different one, on a copy of the persona."""
    persona = project.persona(persona_id)
    if persona is None:
        return
    copy = persona.model_copy(
        update={
            "id": new_id("persona-"),
            "photo": photo,
            "name": f"{persona.name} (theirs' photo)",
            "notes": f"{CONFLICT_MARK} — theirs' photo of persona '{persona.name}'; keep one "
            "of the two personas.",
        },
        deep=True,
    )
    project.personas.insert(project.personas.index(persona) + 1, copy)


def _journey_id(project: Project, merged: Flat, entity: Entity) -> str | None:
    """The map the conflicting object belongs to, so the action shows with that map."""
    current: Entity | None = entity
    while current is not None and current.kind != "journey":
        current = merged.entities.get(current.parent) if current.parent else None
    if current is None or project.journey(current.id) is None:
        return None
    return current.id


def _card(project: Project, card_id: str):
    for journey in project.journeys:
        card = journey.card(card_id)
        if card is not None:
            return card
    return None


__all__ = ["CONFLICT_MARK", "CONFLICT_TAG", "Conflict", "MergeResult", "merge_projects"]
