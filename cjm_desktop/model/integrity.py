"""Checks that go beyond one field: unique IDs and references that resolve.

Returns every problem with the JSON path where it is, so a user can find and fix it in the file.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .enums import LaneKind
from .journey import Journey

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    path: Path
    message: str

    def where(self) -> str:
        return format_path(self.path)

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}" if self.path else self.message


def format_path(path: Path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def iter_objects(journey: Journey, base: Path = ()) -> Iterator[tuple[str, Any, Path]]:
    """Every identified object inside a journey, with its path."""
    for si, stage in enumerate(journey.stages):
        yield stage.id, stage, (*base, "stages", si)
        for ti, step in enumerate(stage.steps):
            yield step.id, step, (*base, "stages", si, "steps", ti)
    for li, lane in enumerate(journey.lanes):
        yield lane.id, lane, (*base, "lanes", li)
        for ci, curve in enumerate(lane.curves):
            yield curve.id, curve, (*base, "lanes", li, "curves", ci)
    for ci, card in enumerate(journey.cards):
        yield card.id, card, (*base, "cards", ci)


def iter_project_objects(project) -> Iterator[tuple[str, Any, Path]]:
    for pi, persona in enumerate(project.personas):
        yield persona.id, persona, ("personas", pi)
    for ji, journey in enumerate(project.journeys):
        yield journey.id, journey, ("journeys", ji)
        yield from iter_objects(journey, ("journeys", ji))
    for ai, action in enumerate(project.actions):
        yield action.id, action, ("actions", ai)


def find_problems(project) -> list[Problem]:
    problems = _duplicate_id_problems(project)
    persona_ids = {p.id for p in project.personas}
    journey_ids = {j.id for j in project.journeys}
    for ji, journey in enumerate(project.journeys):
        problems.extend(_journey_problems(journey, ("journeys", ji), persona_ids, journey_ids))
    problems.extend(_action_problems(project))
    return problems


def _all_ids(project) -> list[str]:
    ids = [project.id]
    ids.extend(p.id for p in project.personas)
    for journey in project.journeys:
        ids.append(journey.id)
        for stage in journey.stages:
            ids.append(stage.id)
            ids.extend(step.id for step in stage.steps)
        for lane in journey.lanes:
            ids.append(lane.id)
            ids.extend(curve.id for curve in lane.curves)
        ids.extend(card.id for card in journey.cards)
    ids.extend(a.id for a in project.actions)
    return ids


def _duplicate_id_problems(project) -> list[Problem]:
    # Fast path first: projects are loaded often and duplicates are rare, so paths are only
    # built when a duplicate exists.
    ids = _all_ids(project)
    if len(set(ids)) == len(ids):
        return []
    problems: list[Problem] = []
    seen: dict[str, Path] = {project.id: ("id",)}
    for object_id, _, path in iter_project_objects(project):
        if object_id in seen:
            problems.append(
                Problem(
                    (*path, "id"),
                    f"ID '{object_id}' is used twice (also at {format_path(seen[object_id])})",
                )
            )
        else:
            seen[object_id] = (*path, "id")
    return problems


def _missing(path: Path, what: str, object_id: str) -> Problem:
    return Problem(path, f"refers to {what} '{object_id}', which does not exist")


def _journey_problems(
    journey: Journey, base: Path, persona_ids: set[str], journey_ids: set[str]
) -> list[Problem]:
    problems: list[Problem] = []
    if journey.persona_id is not None and journey.persona_id not in persona_ids:
        problems.append(_missing((*base, "persona_id"), "persona", journey.persona_id))
    if journey.counterpart_id is not None:
        if journey.counterpart_id == journey.id:
            problems.append(Problem((*base, "counterpart_id"), "a map cannot be its own as-is map"))
        elif journey.counterpart_id not in journey_ids:
            problems.append(_missing((*base, "counterpart_id"), "journey", journey.counterpart_id))
    step_ids = {step.id for step in journey.steps()}
    lane_kinds = {lane.id: lane.kind for lane in journey.lanes}
    for li, lane in enumerate(journey.lanes):
        for ci, curve in enumerate(lane.curves):
            path = (*base, "lanes", li, "curves", ci)
            if lane.kind != LaneKind.EMOTION:
                problems.append(Problem(path, f"only emotion lanes hold curves, not '{lane.kind}'"))
            if curve.persona_id is not None and curve.persona_id not in persona_ids:
                problems.append(_missing((*path, "persona_id"), "persona", curve.persona_id))
            for field in ("points", "notes"):
                for step_id in getattr(curve, field):
                    if step_id not in step_ids:
                        problems.append(_missing((*path, field, step_id), "step", step_id))
    for ci, card in enumerate(journey.cards):
        kind = lane_kinds.get(card.lane_id)
        if kind is None:
            problems.append(_missing((*base, "cards", ci, "lane_id"), "lane", card.lane_id))
        elif kind == LaneKind.EMOTION:
            problems.append(
                Problem((*base, "cards", ci, "lane_id"), "cards cannot go in an emotion lane")
            )
        if card.step_id not in step_ids:
            problems.append(_missing((*base, "cards", ci, "step_id"), "step", card.step_id))
    return problems


def _action_problems(project) -> list[Problem]:
    problems: list[Problem] = []
    journeys = {j.id: j for j in project.journeys}
    cards_of = {j.id: {c.id for c in j.cards} for j in project.journeys}
    all_cards = set().union(*cards_of.values())
    for ai, action in enumerate(project.actions):
        path: Path = ("actions", ai)
        journey = journeys.get(action.journey_id) if action.journey_id else None
        if action.journey_id is not None and journey is None:
            problems.append(_missing((*path, "journey_id"), "journey", action.journey_id))
        if action.stage_id is not None:
            if journey is None:
                if action.journey_id is None:
                    problems.append(
                        Problem((*path, "stage_id"), "a stage needs the journey it belongs to")
                    )
            elif journey.stage(action.stage_id) is None:
                problems.append(_missing((*path, "stage_id"), "stage", action.stage_id))
        cards = cards_of[journey.id] if journey else all_cards
        for ki, card_id in enumerate(action.card_ids):
            if card_id not in cards:
                problems.append(_missing((*path, "card_ids", ki), "card", card_id))
    return problems
