"""check: what a map still lacks, per rule of the completeness checklist (issue 5).

Each entry names the object to fix (its ID as the Document selects it: a stage, step, card,
action, or "curve_id/step_id" for a missing emotion value) and a translatable message.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Journey, LaneKind, Project
from ..user_message import QT_TRANSLATE_NOOP, UserMessage

_CTX = "Checklist"

STAGE_WITHOUT_GOAL = "stage_without_goal"
STEP_WITHOUT_EMOTION = "step_without_emotion"
STAGE_WITHOUT_TOUCHPOINTS = "stage_without_touchpoints"
PAIN_POINT_WITHOUT_ACTION = "pain_point_without_action"
ACTION_INCOMPLETE = "action_incomplete"

#: The rules in the order the checklist shows them.
CATEGORIES: tuple[str, ...] = (
    STAGE_WITHOUT_GOAL,
    STEP_WITHOUT_EMOTION,
    STAGE_WITHOUT_TOUCHPOINTS,
    PAIN_POINT_WITHOUT_ACTION,
    ACTION_INCOMPLETE,
)
CATEGORY_TITLES: dict[str, str] = {
    STAGE_WITHOUT_GOAL: QT_TRANSLATE_NOOP(_CTX, "Stages without a customer goal"),
    STEP_WITHOUT_EMOTION: QT_TRANSLATE_NOOP(_CTX, "Steps without an emotion"),
    STAGE_WITHOUT_TOUCHPOINTS: QT_TRANSLATE_NOOP(_CTX, "Stages without touchpoints"),
    PAIN_POINT_WITHOUT_ACTION: QT_TRANSLATE_NOOP(_CTX, "Pain points without an action"),
    ACTION_INCOMPLETE: QT_TRANSLATE_NOOP(_CTX, "Actions without an owner or a due date"),
}


@dataclass(frozen=True)
class ChecklistEntry:
    category: str  # one of CATEGORIES
    message: UserMessage
    target_id: str  # what to select to fix it
    target_kind: str  # "stage", "step", "emotion_point", "card" or "action"


def _entry(category: str, template: str, target_id: str, kind: str, **params) -> ChecklistEntry:
    return ChecklistEntry(category, UserMessage(_CTX, template, **params), target_id, kind)


def check(project: Project, journey_id: str) -> list[ChecklistEntry]:
    """Every gap of map `journey_id`, rule by rule in CATEGORIES order, in map order within a
    rule; an empty list for a complete map (or an unknown ID)."""
    journey = project.journey(journey_id)
    if journey is None:
        return []
    return [
        *_stages_without_goal(journey),
        *_steps_without_emotion(journey),
        *_stages_without_touchpoints(journey),
        *_pain_points_without_action(project, journey),
        *_incomplete_actions(project, journey),
    ]


def _name(text: str, fallback: str) -> str:
    return text.strip() or fallback


def _stages_without_goal(journey: Journey):
    for n, stage in enumerate(journey.stages, start=1):
        if not stage.goal.strip():
            yield _entry(
                STAGE_WITHOUT_GOAL,
                QT_TRANSLATE_NOOP(_CTX, "Stage “{stage}” has no customer goal."),
                stage.id,
                "stage",
                stage=_name(stage.name, f"#{n}"),
            )


def _steps_without_emotion(journey: Journey):
    curves = [curve for lane in journey.emotion_lanes() for curve in lane.curves]
    for stage in journey.stages:
        for step in stage.steps:
            step_name = _name(step.name, stage.name)
            if not curves:
                # No curve to hold a value: point at the step itself.
                yield _entry(
                    STEP_WITHOUT_EMOTION,
                    QT_TRANSLATE_NOOP(
                        _CTX, "Step “{step}” has no emotion: the map has no emotion curve."
                    ),
                    step.id,
                    "step",
                    step=step_name,
                )
                continue
            for curve in curves:
                if step.id in curve.points:
                    continue
                if len(curves) == 1:
                    yield _entry(
                        STEP_WITHOUT_EMOTION,
                        QT_TRANSLATE_NOOP(_CTX, "Step “{step}” has no emotion."),
                        f"{curve.id}/{step.id}",
                        "emotion_point",
                        step=step_name,
                    )
                else:
                    yield _entry(
                        STEP_WITHOUT_EMOTION,
                        QT_TRANSLATE_NOOP(_CTX, "Step “{step}” has no emotion on curve “{curve}”."),
                        f"{curve.id}/{step.id}",
                        "emotion_point",
                        step=step_name,
                        curve=curve.label or "?",
                    )


def _stages_without_touchpoints(journey: Journey):
    lanes = {lane.id for lane in journey.lanes if lane.kind == LaneKind.TOUCHPOINTS}
    used_steps = {card.step_id for card in journey.cards if card.lane_id in lanes}
    for n, stage in enumerate(journey.stages, start=1):
        if not any(step.id in used_steps for step in stage.steps):
            yield _entry(
                STAGE_WITHOUT_TOUCHPOINTS,
                QT_TRANSLATE_NOOP(_CTX, "Stage “{stage}” has no touchpoints."),
                stage.id,
                "stage",
                stage=_name(stage.name, f"#{n}"),
            )


def _map_order(journey: Journey):
    lane_index = {lane.id: n for n, lane in enumerate(journey.lanes)}
    step_index = {step.id: n for n, step in enumerate(journey.steps())}
    return lambda card: (
        step_index.get(card.step_id, 0),
        lane_index.get(card.lane_id, 0),
        card.order,
    )


def _pain_points_without_action(project: Project, journey: Journey):
    lanes = {lane.id for lane in journey.lanes if lane.kind == LaneKind.PAIN_POINTS}
    addressed = {card_id for action in project.actions for card_id in action.card_ids}
    pains = [card for card in journey.cards if card.lane_id in lanes]
    for card in sorted(pains, key=_map_order(journey)):
        if card.id not in addressed:
            yield _entry(
                PAIN_POINT_WITHOUT_ACTION,
                QT_TRANSLATE_NOOP(_CTX, "Pain point “{title}” has no action."),
                card.id,
                "card",
                title=_name(card.title, "…"),
            )


def _incomplete_actions(project: Project, journey: Journey):
    for action in project.actions:
        if action.journey_id != journey.id:
            continue
        no_owner, no_date = not action.owner.strip(), action.due is None
        if no_owner and no_date:
            template = QT_TRANSLATE_NOOP(_CTX, "Action “{title}” has no owner and no due date.")
        elif no_owner:
            template = QT_TRANSLATE_NOOP(_CTX, "Action “{title}” has no owner.")
        elif no_date:
            template = QT_TRANSLATE_NOOP(_CTX, "Action “{title}” has no due date.")
        else:
            continue
        yield _entry(
            ACTION_INCOMPLETE, template, action.id, "action", title=_name(action.title, "…")
        )
