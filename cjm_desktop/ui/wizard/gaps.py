"""Candidate gaps in a draft journey (step 6): where the map suggests something to improve.

Seed 003, step 6: "note the gaps in your customer journey map". The wizard proposes them from what
the user typed earlier: negative emotions, drop-off moments and pain points of each step, and
stages that have no touchpoint yet. Each gap has a stable key, so an action made from it can point
at the card it addresses once the project is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .draft import DraftStage, DraftStep, WizardDraft


class GapKind(StrEnum):
    NO_TOUCHPOINTS = "no_touchpoints"
    NEGATIVE_EMOTION = "negative_emotion"
    DROP_OFF = "drop_off"
    PAIN_POINT = "pain_point"


@dataclass(frozen=True)
class Gap:
    """One suggestion: what kind, in which stage and step, and the user's own words it comes from.

    `step_key` is None for a gap of the whole stage (no touchpoints)."""

    key: str
    kind: GapKind
    stage_key: str
    text: str = ""
    step_key: str | None = None


def gap_key(kind: GapKind, stage_key: str, index: int = 0, step_key: str | None = None) -> str:
    if step_key is None:
        return f"{kind.value}:{stage_key}:{index}"
    return f"{kind.value}:{stage_key}:{step_key}:{index}"


def find_gaps(draft: WizardDraft) -> list[Gap]:
    """The gaps of every stage, in stage order, the most serious kinds first within a stage."""
    gaps: list[Gap] = []
    for stage in draft.stages:
        gaps.extend(_stage_gaps(stage))
    return gaps


def _stage_gaps(stage: DraftStage) -> list[Gap]:
    gaps: list[Gap] = []
    for step in stage.steps:
        gaps.extend(_step_gaps(stage.key, step))
    if not stage.touchpoints:
        gaps.append(
            Gap(gap_key(GapKind.NO_TOUCHPOINTS, stage.key), GapKind.NO_TOUCHPOINTS, stage.key)
        )
    return gaps


def _step_gaps(stage_key: str, step: DraftStep) -> list[Gap]:
    def gap(kind: GapKind, text: str, index: int = 0) -> Gap:
        return Gap(gap_key(kind, stage_key, index, step.key), kind, stage_key, text, step.key)

    gaps: list[Gap] = []
    if step.drop_off.strip():
        gaps.append(gap(GapKind.DROP_OFF, step.drop_off.strip()))
    if step.emotion is not None and step.emotion < 0:
        gaps.append(gap(GapKind.NEGATIVE_EMOTION, step.feeling.strip()))
    for index, pain in enumerate(step.pain_point_list()):
        gaps.append(gap(GapKind.PAIN_POINT, pain, index))
    return gaps
