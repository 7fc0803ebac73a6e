"""Where Ctrl+arrow sends a focused header: a stage or step one column left or right (a step at
the edge of its stage crosses into the neighbouring stage), a lane one row up or down. The same
edits a drag of the header pushes."""

from __future__ import annotations

from ...editing import MoveLane, MoveStage, MoveStep
from ...model import Journey


def header_move(journey: Journey, kind: str, object_id: str, dx: int, dy: int):
    """The edit moving header `object_id` one place in direction (dx, dy), or None."""
    if kind == "stage" and dx:
        ids = [s.id for s in journey.stages]
        index = ids.index(object_id) + dx
        return MoveStage(journey.id, object_id, index) if 0 <= index < len(ids) else None
    if kind == "lane" and dy:
        ids = [lane.id for lane in journey.lanes]
        index = ids.index(object_id) + dy
        return MoveLane(journey.id, object_id, index) if 0 <= index < len(ids) else None
    if kind == "step" and dx:
        return _step_move(journey, object_id, dx)
    return None


def _step_move(journey: Journey, step_id: str, dx: int):
    stage = journey.stage_of_step(step_id)
    steps = [s.id for s in stage.steps]
    index = steps.index(step_id) + dx
    if 0 <= index < len(steps):
        return MoveStep(journey.id, step_id, stage.id, index)
    stages = journey.stages
    n = stages.index(stage) + dx
    if not 0 <= n < len(stages):
        return None
    # Into the neighbouring stage, on the side it came from: end of the previous, start of the next.
    neighbour = stages[n]
    return MoveStep(journey.id, step_id, neighbour.id, len(neighbour.steps) if dx < 0 else 0)
