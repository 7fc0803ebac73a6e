"""Candidate gaps in a draft journey (step 6): where the map suggests something to improve.

Seed 003, step 6: "note the gaps in your customer journey map". The wizard proposes them from what
the user typed earlier: negative emotions, drop-off moments, pain points and stages that have no
touchpoint yet. Each gap has a stable key, so an action made from it can point at the card it
addresses once the project is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .draft import DraftStage, WizardDraft


class GapKind(StrEnum):
    NO_TOUCHPOINTS = "no_touchpoints"
    NEGATIVE_EMOTION = "negative_emotion"
    DROP_OFF = "drop_off"
    PAIN_POINT = "pain_point"


@dataclass(frozen=True)
class Gap:
    """One suggestion: what kind, in which stage, and the user's own words it comes from."""

    key: str
    kind: GapKind
    stage_key: str
    text: str = ""


def gap_key(kind: GapKind, stage_key: str, index: int = 0) -> str:
    return f"{kind.value}:{stage_key}:{index}"


def find_gaps(draft: WizardDraft) -> list[Gap]:
    """The gaps of every stage, in stage order, the most serious kinds first within a stage."""
    gaps: list[Gap] = []
    for stage in draft.stages:
        gaps.extend(_stage_gaps(stage))
    return gaps


def _stage_gaps(stage: DraftStage) -> list[Gap]:
    gaps: list[Gap] = []
    if stage.drop_off.strip():
        gaps.append(
            Gap(
                gap_key(GapKind.DROP_OFF, stage.key),
                GapKind.DROP_OFF,
                stage.key,
                stage.drop_off.strip(),
            )
        )
    if stage.emotion is not None and stage.emotion < 0:
        gaps.append(
            Gap(
                gap_key(GapKind.NEGATIVE_EMOTION, stage.key),
                GapKind.NEGATIVE_EMOTION,
                stage.key,
                stage.feeling.strip(),
            )
        )
    for index, pain in enumerate(stage.pain_point_list()):
        gaps.append(
            Gap(gap_key(GapKind.PAIN_POINT, stage.key, index), GapKind.PAIN_POINT, stage.key, pain)
        )
    if not stage.touchpoints:
        gaps.append(
            Gap(gap_key(GapKind.NO_TOUCHPOINTS, stage.key), GapKind.NO_TOUCHPOINTS, stage.key)
        )
    return gaps
