"""Edits of the emotion curves: set or clear a point or a note, add or remove a curve.

Setting a point can merge with the next setting of the same point, so dragging a point up and
down is one undo step.
"""

from __future__ import annotations

from collections.abc import Hashable

from pydantic import ValidationError

from ..model import EMOTION_MAX, EMOTION_MIN, EmotionCurve, LaneKind, Project
from ..user_message import QT_TRANSLATE_NOOP
from .edit import Change, Edit
from .lanes import CURVES_NEED_EMOTION_LANE
from .lookup import (
    insert_position,
    require_curve,
    require_journey,
    require_lane,
    require_step,
    require_unused_ids,
)
from .refusal import refuse
from .soundness import require_sound_journey
from .undo_log import RecordedEdit, UndoLog


class SetEmotionPoint(RecordedEdit):
    """Set a curve's value at a step (EMOTION_MIN..EMOTION_MAX), or clear it with None."""

    def __init__(
        self,
        journey_id: str,
        curve_id: str,
        step_id: str,
        value: int | None,
        *,
        mergeable: bool = False,
    ) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Change emotion"))
        self.journey_id = journey_id
        self.curve_id = curve_id
        self.step_id = step_id
        self.value = value
        self.mergeable = mergeable

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        _, curve = require_curve(journey, self.curve_id)
        require_step(journey, self.step_id)
        points = dict(curve.points)
        if self.value is None:
            points.pop(self.step_id, None)
        elif _is_whole(self.value) and EMOTION_MIN <= self.value <= EMOTION_MAX:
            points[self.step_id] = self.value
        else:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Edit", "An emotion must be a whole number from {low} to {high}."
                ),
                low=EMOTION_MIN,
                high=EMOTION_MAX,
            )
        log.set(curve, "points", points)
        return Change(journeys={journey.id}, curves=True)

    def merge_key(self) -> Hashable | None:
        if not self.mergeable:
            return None
        return ("emotion point", self.journey_id, self.curve_id, self.step_id)

    def merge(self, newer: Edit) -> bool:
        # The log of this edit still restores the value from before the gesture; only the value
        # to apply on redo changes.
        if not isinstance(newer, SetEmotionPoint) or newer.merge_key() != self.merge_key():
            return False
        if self.merge_key() is None:
            return False
        self.value = newer.value
        return True


def _is_whole(value: object) -> bool:
    # bool is an int in Python, but True is no emotion.
    return isinstance(value, int) and not isinstance(value, bool)


class SetEmotionNote(RecordedEdit):
    """Set a curve's short note at a step, or clear it with an empty text."""

    def __init__(self, journey_id: str, curve_id: str, step_id: str, note: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Change emotion note"))
        self.journey_id = journey_id
        self.curve_id = curve_id
        self.step_id = step_id
        self.note = note

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        _, curve = require_curve(journey, self.curve_id)
        require_step(journey, self.step_id)
        notes = dict(curve.notes)
        if self.note:
            notes[self.step_id] = self.note
        else:
            notes.pop(self.step_id, None)
        try:
            log.set(curve, "notes", notes)
        except ValidationError as exc:
            raise refuse(
                QT_TRANSLATE_NOOP("Edit", "The note is not valid: {error}"),
                error=exc.errors()[0]["msg"],
            ) from exc
        return Change(journeys={journey.id}, curves=True)


class AddCurve(RecordedEdit):
    """Add a curve to an emotion lane at `index` among its curves (None: last)."""

    def __init__(
        self, journey_id: str, lane_id: str, curve: EmotionCurve, index: int | None = None
    ) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Add emotion curve"))
        self.journey_id = journey_id
        self.lane_id = lane_id
        self.curve = curve
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        lane = require_lane(journey, self.lane_id)
        if lane.kind != LaneKind.EMOTION:
            raise refuse(CURVES_NEED_EMOTION_LANE)
        require_unused_ids(project, [self.curve.id])
        log.insert(lane.curves, insert_position(self.index, len(lane.curves)), self.curve)
        require_sound_journey(project, journey)
        return Change(journeys={journey.id}, curves=True)


class RemoveCurve(RecordedEdit):
    """Delete an emotion curve (nothing else refers to a curve)."""

    def __init__(self, journey_id: str, curve_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Delete emotion curve"))
        self.journey_id = journey_id
        self.curve_id = curve_id

    def _apply(self, project: Project, log: UndoLog) -> Change:
        journey = require_journey(project, self.journey_id)
        lane, curve = require_curve(journey, self.curve_id)
        log.pop(lane.curves, lane.curves.index(curve))
        return Change(journeys={journey.id}, curves=True)
