"""Edits of lanes (the rows): add (with its curves), remove (with its cards and curves), move."""

from __future__ import annotations

from ..model import Lane, LaneKind, Project
from ..user_message import QT_TRANSLATE_NOOP
from .card_cells import remove_cards
from .edit import Change
from .lookup import (
    ids_inside,
    insert_position,
    move_position,
    require_journey,
    require_lane,
    require_unused_ids,
)
from .references import clear_references
from .refusal import refuse
from .soundness import require_sound_journey
from .undo_log import RecordedEdit, UndoLog

CURVES_NEED_EMOTION_LANE = QT_TRANSLATE_NOOP("Edit", "Only an emotion lane can hold curves.")


class AddLane(RecordedEdit):
    """Insert a lane, with its curves if it is an emotion lane, at `index` (None: last)."""

    def __init__(self, journey_id: str, lane: Lane, index: int | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Add lane"))
        self.journey_id = journey_id
        self.lane = lane
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        if self.lane.curves and self.lane.kind != LaneKind.EMOTION:
            raise refuse(CURVES_NEED_EMOTION_LANE)
        require_unused_ids(project, ids_inside(self.lane))
        log.insert(journey.lanes, insert_position(self.index, len(journey.lanes)), self.lane)
        if self.lane.curves:
            # Curve points must be on this map's steps and curve personas must exist.
            require_sound_journey(project, journey)
        return Change(journeys={journey.id}, structure=True, curves=bool(self.lane.curves))


class RemoveLane(RecordedEdit):
    """Delete a lane with its cards and curves; actions stop naming the removed cards."""

    def __init__(self, journey_id: str, lane_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Delete lane"))
        self.journey_id = journey_id
        self.lane_id = lane_id

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        lane = require_lane(journey, self.lane_id)
        log.pop(journey.lanes, journey.lanes.index(lane))
        cards = {c.id for c in journey.cards if c.lane_id == lane.id}
        touched = remove_cards(journey, cards, log)
        change = clear_references(project, set(ids_inside(lane)) | cards, log)
        return change | Change(
            journeys={journey.id}, cards=touched, structure=True, curves=bool(lane.curves)
        )


class MoveLane(RecordedEdit):
    """Move a lane to position `index` among the lanes."""

    def __init__(self, journey_id: str, lane_id: str, index: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Move lane"))
        self.journey_id = journey_id
        self.lane_id = lane_id
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        lane = require_lane(journey, self.lane_id)
        target = move_position(self.index, len(journey.lanes))
        log.move(journey.lanes, journey.lanes.index(lane), target)
        return Change(journeys={journey.id}, structure=True)
