"""compare: a to-be map against the as-is map it improves (Journey.counterpart_id).

Per stage: the touchpoints added, removed and changed (same title, other channel, mode,
sentiment, details, ...), and per step the value of both emotion curves, so a chart can draw
them over each other. Stages, steps and touchpoints are paired by name, then by position
(see matching.py), because "make to-be copy" gives the copy fresh IDs.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Card, EmotionCurve, Journey, JourneyState, LaneKind, Project, Stage
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .matching import pair_up, same_text

_CTX = "Review"

# The touchpoint fields whose difference makes a touchpoint "changed", with their names for the
# user (translated in context "Review").
FIELD_LABELS: dict[str, str] = {
    "step": QT_TRANSLATE_NOOP(_CTX, "step"),
    "channel": QT_TRANSLATE_NOOP(_CTX, "channel"),
    "mode": QT_TRANSLATE_NOOP(_CTX, "online/offline"),
    "sentiment": QT_TRANSLATE_NOOP(_CTX, "sentiment"),
    "details": QT_TRANSLATE_NOOP(_CTX, "details"),
    "moment_of_truth": QT_TRANSLATE_NOOP(_CTX, "moment of truth"),
    "drop_off": QT_TRANSLATE_NOOP(_CTX, "drop-off"),
    "evidence": QT_TRANSLATE_NOOP(_CTX, "evidence"),
}
_CARD_FIELDS = tuple(name for name in FIELD_LABELS if name != "step")


@dataclass(frozen=True)
class TouchpointChange:
    """One touchpoint that differs: kind is "added", "removed" or "changed"."""

    kind: str
    title: str
    as_is_card_id: str | None
    to_be_card_id: str | None
    fields: tuple[str, ...] = ()  # for "changed": the keys of FIELD_LABELS that differ


@dataclass(frozen=True)
class StepPair:
    """One column of the comparison chart: a step of either map (or both) and both values."""

    name: str
    as_is_step_id: str | None
    to_be_step_id: str | None
    as_is_value: int | None
    to_be_value: int | None


@dataclass(frozen=True)
class StagePair:
    """A stage of the to-be map with its as-is counterpart (either may be missing)."""

    name: str
    as_is_stage_id: str | None
    to_be_stage_id: str | None
    steps: tuple[StepPair, ...]
    touchpoints: tuple[TouchpointChange, ...]
    unchanged: int  # touchpoints equal in both maps

    def count(self, kind: str) -> int:
        return sum(1 for change in self.touchpoints if change.kind == kind)


@dataclass(frozen=True)
class Comparison:
    as_is_id: str
    to_be_id: str
    as_is_title: str
    to_be_title: str
    as_is_curve: str | None  # the ID of the curve drawn for each map, if it has one
    to_be_curve: str | None
    stages: tuple[StagePair, ...]

    def steps(self) -> list[StepPair]:
        return [step for stage in self.stages for step in stage.steps]

    def count(self, kind: str) -> int:
        return sum(stage.count(kind) for stage in self.stages)


def as_is_of(project: Project, journey_id: str | None) -> Journey | None:
    """The as-is map that the to-be map `journey_id` improves, if it is one and has one."""
    journey = project.journey(journey_id) if journey_id else None
    if journey is None or journey.state != JourneyState.FUTURE or not journey.counterpart_id:
        return None
    counterpart = project.journey(journey.counterpart_id)
    return counterpart if counterpart is not None and counterpart.id != journey.id else None


def compare(project: Project, to_be_journey_id: str) -> Comparison:
    """The differences of to-be map `to_be_journey_id` from its as-is map; raises UserError when
    the map is not a to-be map linked to an as-is map."""
    to_be = project.journey(to_be_journey_id)
    as_is = as_is_of(project, to_be_journey_id)
    if to_be is None or as_is is None:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX,
                    "This map is not a to-be map linked to an as-is map, so there is "
                    "nothing to compare it with.",
                ),
            )
        )
    old_curve, new_curve = _main_curve(as_is), _main_curve(to_be)
    stages = tuple(
        _stage_pair(as_is, old, to_be, new, old_curve, new_curve)
        for old, new in pair_up(as_is.stages, to_be.stages, lambda s: s.name)
    )
    return Comparison(
        as_is_id=as_is.id,
        to_be_id=to_be.id,
        as_is_title=as_is.title,
        to_be_title=to_be.title,
        as_is_curve=old_curve.id if old_curve else None,
        to_be_curve=new_curve.id if new_curve else None,
        stages=stages,
    )


def _main_curve(journey: Journey) -> EmotionCurve | None:
    """The curve that stands for the map: the one of the map's persona, else the first."""
    curves = [c for lane in journey.emotion_lanes() for c in lane.curves]
    if journey.persona_id:
        mine = next((c for c in curves if c.persona_id == journey.persona_id), None)
        if mine is not None:
            return mine
    return curves[0] if curves else None


def _stage_pair(
    as_is: Journey,
    old: Stage | None,
    to_be: Journey,
    new: Stage | None,
    old_curve: EmotionCurve | None,
    new_curve: EmotionCurve | None,
) -> StagePair:
    steps = tuple(
        StepPair(
            name=(b or a).name,
            as_is_step_id=a.id if a else None,
            to_be_step_id=b.id if b else None,
            as_is_value=old_curve.points.get(a.id) if a and old_curve else None,
            to_be_value=new_curve.points.get(b.id) if b and new_curve else None,
        )
        for a, b in pair_up(old.steps if old else [], new.steps if new else [], lambda s: s.name)
    )
    changes, unchanged = _touchpoint_changes(as_is, old, to_be, new)
    return StagePair(
        name=(new or old).name,
        as_is_stage_id=old.id if old else None,
        to_be_stage_id=new.id if new else None,
        steps=steps,
        touchpoints=tuple(changes),
        unchanged=unchanged,
    )


def touchpoints_of(journey: Journey, stage: Stage | None) -> list[Card]:
    """The touchpoint cards of one stage, in map order (step by step, top to bottom)."""
    if stage is None:
        return []
    lanes = {lane.id for lane in journey.lanes if lane.kind == LaneKind.TOUCHPOINTS}
    return [
        card
        for step in stage.steps
        for lane in journey.lanes
        if lane.id in lanes
        for card in journey.cards_in_cell(lane.id, step.id)
    ]


def _touchpoint_changes(
    as_is: Journey, old: Stage | None, to_be: Journey, new: Stage | None
) -> tuple[list[TouchpointChange], int]:
    changes: list[TouchpointChange] = []
    unchanged = 0
    pairs = pair_up(
        touchpoints_of(as_is, old), touchpoints_of(to_be, new), lambda c: c.title, False
    )
    for a, b in pairs:
        if a is None:
            changes.append(TouchpointChange("added", b.title, None, b.id))
        elif b is None:
            changes.append(TouchpointChange("removed", a.title, a.id, None))
        else:
            fields = _differences(as_is, a, to_be, b)
            if fields:
                changes.append(TouchpointChange("changed", b.title, a.id, b.id, fields))
            else:
                unchanged += 1
    return changes, unchanged


def _differences(as_is: Journey, a: Card, to_be: Journey, b: Card) -> tuple[str, ...]:
    fields = []
    step_a, step_b = as_is.step(a.step_id), to_be.step(b.step_id)
    if same_text(step_a.name if step_a else "") != same_text(step_b.name if step_b else ""):
        fields.append("step")
    for name in _CARD_FIELDS:
        va, vb = getattr(a, name), getattr(b, name)
        if isinstance(va, str) and isinstance(vb, str):
            va, vb = va.strip(), vb.strip()
        if va != vb:
            fields.append(name)
    return tuple(fields)
