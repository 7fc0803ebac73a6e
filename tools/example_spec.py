"""The vocabulary the example content is written in: bilingual text and compact card entries.

Every text is a pair (Dutch, English), so both example projects tell the same story from one
source and cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Text = tuple[str, str]


def pick(text: Text, language: str) -> str:
    return text[0] if language == "nl" else text[1]


@dataclass(frozen=True)
class CardSpec:
    """One card: lane and step keys, a title and the model fields that differ from defaults.

    Fields holding text are given as (nl, en) pairs; the rest as the model takes them.
    """

    lane: str
    step: str
    title: Text
    text: dict[str, Text] = field(default_factory=dict)
    other: dict[str, Any] = field(default_factory=dict)


_TEXT_FIELDS = ("details", "metric", "how_measured", "target", "actual")


def card(lane: str, step: str, nl: str, en: str, **fields: Any) -> CardSpec:
    text = {name: fields.pop(name) for name in _TEXT_FIELDS if name in fields}
    return CardSpec(lane, step, (nl, en), text, fields)


def touch(
    step: str, nl: str, en: str, channel: str, mode: str, sentiment: int, **fields: Any
) -> CardSpec:
    """A touchpoint card: channel, mode and sentiment always filled in."""
    return card(
        "touchpoints", step, nl, en, channel=channel, mode=mode, sentiment=sentiment, **fields
    )


def metric(step: str, title: Text, what: Text, how: Text, target: Text, actual: Text) -> CardSpec:
    """A row of seed 004's measurement table: what is measured, how, the target, the result."""
    return card(
        "metrics",
        step,
        *title,
        metric=what,
        how_measured=how,
        target=target,
        actual=actual,
        evidence="researched",
    )


@dataclass(frozen=True)
class StageSpec:
    key: str
    name: Text
    goal: Text
    description: Text
    time_frame: Text
    color: str
    steps: tuple[tuple[str, Text, Text], ...]  # key, name, description


@dataclass(frozen=True)
class CurveSpec:
    key: str
    persona: str
    label: Text
    color: str
    points: dict[str, int]
    notes: dict[str, Text] = field(default_factory=dict)


@dataclass(frozen=True)
class JourneySpec:
    key: str
    title: Text
    persona: str
    scenario: Text
    expectations: Text
    state: str
    counterpart: str | None
    template: str | None
    stages: tuple[StageSpec, ...]
    lanes: tuple[tuple[str, Text], ...]  # kind, title (the lane ID is made from the kind)
    curves: tuple[CurveSpec, ...]
    cards: tuple[CardSpec, ...]
    step_names: dict[str, Text] = field(default_factory=dict)  # renamed steps of a to-be map
    time_frames: dict[str, Text] = field(default_factory=dict)  # changed time frames by stage


@dataclass(frozen=True)
class ActionSpec:
    key: str
    title: Text
    description: Text
    journey: str
    stage: str | None
    cards: tuple[str, ...]  # card IDs as the builder makes them
    owner: Text
    priority: str
    impact: int
    effort: int
    status: str
    start: str | None
    due: str | None
    kpi: Text
    target: Text
    notes: Text = ("", "")


# Short names of the lane kinds, used in lane and card IDs ("card-asis-pain-o2-1").
LANE_KEYS = {
    "images": "img",
    "doing": "do",
    "touchpoints": "tp",
    "thinking": "think",
    "feeling": "feel",
    "emotion": "emo",
    "pain_points": "pain",
    "moments_of_truth": "mot",
    "opportunities": "opp",
    "metrics": "kpi",
    "backstage": "back",
    "time": "time",
    "text": "note",
}


def card_id(journey: str, lane: str, step: str, n: int = 1) -> str:
    """The ID of the n-th card (from 1) of a cell, as the builder makes it."""
    return f"card-{journey}-{LANE_KEYS[lane]}-{step}-{n}"
