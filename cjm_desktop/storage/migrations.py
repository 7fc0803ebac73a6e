"""Bring older project files up to the current schema, one version step at a time.

Each step is a function from the JSON data of version N to version N+1, registered in STEPS and
tested with a stored fixture. A file newer than CURRENT is refused by the loader, never migrated.

Version 0 is the pre-release "draft" format written by the prototype:
  - no "schema_version" (or "version": 0); the project's title was "name";
  - journeys were called "maps"; each map's "name" is now its "title";
  - lanes had "type" instead of "kind";
  - emotion points were a list on the lane: "emotions": [{"step": ID, "score": 1..5}], scores as
    in Mermaid (now a curve with values -2..+2 held by the emotion lane).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model import SCHEMA_VERSION

CURRENT = SCHEMA_VERSION
Data = dict[str, Any]


class ShapeError(ValueError):
    """Data an older file holds in a shape no version ever wrote, so it cannot be migrated.

    `where` is the JSON path in the file as it is (`maps[0].lanes`), `expected` says in plain
    words what belongs there. The loader turns it into a clear message.
    """

    def __init__(self, where: str, expected: str, found: Any) -> None:
        super().__init__(f"{where}: {expected}")
        self.where = where
        self.expected = expected
        self.found = found


def file_version(data: Data) -> int:
    """The schema version a file declares; the draft format declared none."""
    version = data.get("schema_version", data.get("version", 0))
    return version if isinstance(version, int) and not isinstance(version, bool) else -1


def _list_at(container: Data, key: str, where: str) -> list:
    """`container[key]` when it is a list (absent: empty); anything else cannot be migrated."""
    value = container.get(key, [])
    if not isinstance(value, list):
        raise ShapeError(where, "should be a list", value)
    return value


def _v0_to_v1(data: Data) -> Data:
    out = {k: v for k, v in data.items() if k not in {"version", "name", "maps"}}
    out["schema_version"] = 1
    if "name" in data and "title" not in data:
        out["title"] = data["name"]
    maps = _list_at(data, "maps", "maps")
    out["journeys"] = [_v0_map(m, f"maps[{i}]") for i, m in enumerate(maps)]
    return out


def _v0_map(old: Any, where: str) -> Any:
    if not isinstance(old, dict):
        return old  # the loader reports the wrong type with its path
    journey = {k: v for k, v in old.items() if k != "name"}
    if "name" in old and "title" not in old:
        journey["title"] = old["name"]
    lanes = _list_at(old, "lanes", f"{where}.lanes")
    journey["lanes"] = [_v0_lane(lane, f"{where}.lanes[{i}]") for i, lane in enumerate(lanes)]
    return journey


def _v0_lane(old: Any, where: str) -> Any:
    if not isinstance(old, dict):
        return old
    lane = {k: v for k, v in old.items() if k not in {"type", "emotions"}}
    lane["kind"] = old.get("type", old.get("kind", "text"))
    emotions = _list_at(old, "emotions", f"{where}.emotions")
    if emotions:
        points = {}
        for i, point in enumerate(emotions):
            step, score = _v0_emotion(point, f"{where}.emotions[{i}]")
            points[step] = score - 3
        lane["curves"] = [{"id": f"{lane.get('id', 'lane')}-curve", "label": "", "points": points}]
    return lane


def _v0_emotion(point: Any, where: str) -> tuple[str, int]:
    """The step ID and score 1..5 of one draft emotion point; a point that is not one is refused
    rather than dropped, so migrating never loses a user's data unseen."""
    if not isinstance(point, dict):
        raise ShapeError(where, "should be an emotion point with a step and a score", point)
    step, score = point.get("step"), point.get("score")
    if not isinstance(step, str):
        raise ShapeError(f"{where}.step", "should be the ID of a step (text)", step)
    if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
        raise ShapeError(f"{where}.score", "should be a whole number from 1 to 5", score)
    return step, score


#: STEPS[n] turns version n into version n + 1.
STEPS: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1}


def migrate(
    data: Data, steps: dict[int, Callable[[Data], Data]] | None = None, current: int = CURRENT
) -> Data:
    """Apply every step from the file's version up to `current`."""
    steps = STEPS if steps is None else steps
    version = file_version(data)
    while version < current:
        data = steps[version](data)
        version += 1
    return data
