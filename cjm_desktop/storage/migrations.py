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


def file_version(data: Data) -> int:
    """The schema version a file declares; the draft format declared none."""
    version = data.get("schema_version", data.get("version", 0))
    return version if isinstance(version, int) and not isinstance(version, bool) else -1


def _v0_to_v1(data: Data) -> Data:
    out = {k: v for k, v in data.items() if k not in {"version", "name", "maps"}}
    out["schema_version"] = 1
    if "name" in data and "title" not in data:
        out["title"] = data["name"]
    out["journeys"] = [_v0_map(m) for m in data.get("maps", [])]
    return out


def _v0_map(old: Any) -> Any:
    if not isinstance(old, dict):
        return old  # the loader reports the wrong type with its path
    journey = {k: v for k, v in old.items() if k != "name"}
    if "name" in old and "title" not in old:
        journey["title"] = old["name"]
    journey["lanes"] = [_v0_lane(lane) for lane in old.get("lanes", [])]
    return journey


def _v0_lane(old: Any) -> Any:
    if not isinstance(old, dict):
        return old
    lane = {k: v for k, v in old.items() if k not in {"type", "emotions"}}
    lane["kind"] = old.get("type", old.get("kind", "text"))
    emotions = old.get("emotions")
    if isinstance(emotions, list) and emotions:
        points = {}
        for point in emotions:
            if isinstance(point, dict) and isinstance(point.get("score"), int):
                points[point.get("step")] = point["score"] - 3
        lane["curves"] = [{"id": f"{lane.get('id', 'lane')}-curve", "label": "", "points": points}]
    return lane


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
