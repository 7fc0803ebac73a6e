"""The guided set-up's answers so far: plain dataclasses, no Qt, saved as JSON half-way through.

The wizard pages read and write a `WizardDraft`; `build_project` turns it into a Project at the
end. A draft file is user data like a project file, so loading it validates every field.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, TypeAdapter, ValidationError

from ...model import new_id
from ...model.images import EmbeddedImage
from ...user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

# 2: the experience is told per step of a stage (`DraftStage.steps`), no longer once per stage.
# 3: a touchpoint names the steps it happens in (`DraftTouchpoint.step_keys`); a version-2 draft
# reads as is (no steps named: the stage's first step). The number goes up so that an older
# program refuses the draft instead of dropping those steps unseen.
# 4: the set-up opens with a page that says what it gives (`page` counts it), and a step the user
# did not name has an empty name instead of the "Step 1" the wizard used to fill in (the map
# printed it as a column heading); older drafts are moved on by `_migrated`.
DRAFT_VERSION = 4
DRAFT_SUFFIX = ".cjmdraft"
# A draft holds at most two persona photos of MAX_IMAGE_BYTES each plus text: far below this.
MAX_DRAFT_BYTES = 16 * 1024 * 1024
_CTX = "GuidedSetup"

Emotion = Annotated[int, Field(ge=-2, le=2)]
Score = Annotated[int, Field(ge=1, le=5)]


@dataclass
class DraftPersona:
    """One persona as typed in step 2; `answers` maps QUESTIONNAIRE_FIELDS names to text."""

    name: str = ""
    tagline: str = ""
    quote: str = ""
    photo: EmbeddedImage | None = None  # base64 PNG or JPEG, checked like a project's photo
    answers: dict[str, str] = field(default_factory=dict)

    def is_empty(self) -> bool:
        texts = [self.name, self.tagline, self.quote, *self.answers.values()]
        return self.photo is None and not any(t.strip() for t in texts)


@dataclass
class DraftTouchpoint:
    """A touchpoint ticked in the library or typed by the user (step 4)."""

    title: str = ""
    channel: str | None = None
    mode: str | None = None
    moment_of_truth: bool = False
    library_id: str | None = None
    # The keys of the stage's steps where it happens (step 5); empty or none left: the first.
    step_keys: list[str] = field(default_factory=list)


@dataclass
class DraftStep:
    """One thing the customer does within a stage (step 5), with what they think and feel.

    `key` identifies the step inside the draft, so an action made from one of its gaps keeps
    pointing at the right card when steps are renamed or reordered.
    """

    key: str = field(default_factory=lambda: new_id("p"))
    name: str = ""
    doing: str = ""
    thinking: str = ""
    feeling: str = ""
    emotion: Emotion | None = None  # -2..+2, the five faces
    pain_points: str = ""  # one pain point a line
    drop_off: str = ""

    def pain_point_list(self) -> list[str]:
        return [line.strip() for line in self.pain_points.splitlines() if line.strip()]

    def has_answers(self) -> bool:
        texts = (self.doing, self.thinking, self.feeling, self.pain_points, self.drop_off)
        return self.emotion is not None or any(t.strip() for t in texts)


@dataclass
class DraftStage:
    """A stage with everything the later steps add to it.

    `key` identifies the stage inside the draft, so touchpoints, gaps and actions stay attached
    when stages are renamed or reordered.
    """

    key: str = field(default_factory=lambda: new_id("s"))
    name: str = ""
    goal: str = ""
    phase: str | None = None  # the catalog phase, used to suggest touchpoints
    time_frame: str = ""
    touchpoints: list[DraftTouchpoint] = field(default_factory=list)
    # Empty until step 5 shows the stage; the map then still gets one step for it.
    steps: list[DraftStep] = field(default_factory=list)
    measure_touchpoint: str = ""
    how_measured: str = ""
    target: str = ""

    def steps_of(self, touchpoint: DraftTouchpoint) -> list[DraftStep]:
        """The steps, in order, where the touchpoint happens: those it names that still exist, or
        the first step, so every chosen touchpoint stays on the map. Empty without steps."""
        named = [s for s in self.steps if s.key in touchpoint.step_keys]
        return named or self.steps[:1]


@dataclass
class DraftAction:
    """An improvement for the roadmap (step 6); `gap_key` names the candidate gap it answers."""

    title: str = ""
    description: str = ""
    stage_key: str | None = None
    gap_key: str | None = None
    owner: str = ""
    priority: Literal["high", "medium", "low"] = "medium"
    impact: Score = 3
    effort: Score = 3
    due: date | None = None

    def is_empty(self) -> bool:
        return not (self.title.strip() or self.description.strip())

    def is_untouched(self) -> bool:
        return self.is_empty() and not self.owner.strip() and self.due is None


@dataclass
class WizardDraft:
    """Everything the guided set-up has collected; `page` is where the user left off."""

    version: int = DRAFT_VERSION
    language: str = "nl"
    page: int = 0
    brand_name: str = ""
    product: str = ""
    description: str = ""
    usps: list[str] = field(default_factory=list)
    promise: str = ""
    personas: list[DraftPersona] = field(default_factory=lambda: [DraftPersona()])
    template_id: str | None = None
    stages: list[DraftStage] = field(default_factory=list)
    actions: list[DraftAction] = field(default_factory=list)

    def stage(self, key: str | None) -> DraftStage | None:
        return next((s for s in self.stages if s.key == key), None)

    def has_answers(self) -> bool:
        """Whether the user typed or chose anything that closing the set-up would throw away;
        the stage model the set-up starts with, untouched, is not the user's work."""
        brand = (self.brand_name, self.product, self.description, self.promise, *self.usps)
        if any(text.strip() for text in brand):
            return True
        if any(not p.is_empty() for p in self.personas):
            return True
        if any(not a.is_untouched() for a in self.actions):
            return True
        return any(_stage_has_answers(s) for s in self.stages) or not self._stages_as_offered()

    def _stages_as_offered(self) -> bool:
        """True when the stages are still those of the chosen model (or none was shown yet)."""
        if self.template_id is None:
            return not self.stages
        from .stage_models import stage_models

        model = next((m for m in stage_models(self.language) if m.id == self.template_id), None)
        offered = list(model.stages) if model is not None else []
        return [(s.name, s.phase) for s in self.stages] == offered

    def to_json(self) -> str:
        return _ADAPTER.dump_json(self, indent=2).decode("utf-8") + "\n"

    @classmethod
    def from_json(cls, text: str | bytes) -> WizardDraft:
        """Parse a saved draft; raises UserError naming the first wrong field."""
        if len(text) > MAX_DRAFT_BYTES:
            raise _too_large()
        if isinstance(text, bytes) and text.startswith(codecs.BOM_UTF8):
            text = text[len(codecs.BOM_UTF8) :]  # as Notepad saves UTF-8
        try:
            draft = _ADAPTER.validate_json(_migrated(text))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "-"
            raise UserError(
                UserMessage(
                    _CTX,
                    QT_TRANSLATE_NOOP(_CTX, "The saved set-up cannot be read ({where}: {reason})."),
                    where=where,
                    reason=first["msg"],
                )
            ) from exc
        if draft.version > DRAFT_VERSION:
            raise UserError(
                UserMessage(
                    _CTX,
                    QT_TRANSLATE_NOOP(
                        _CTX, "The saved set-up was made by a newer version of this program."
                    ),
                )
            )
        draft.version = DRAFT_VERSION  # saved again, it is of today's kind
        return draft

    def save(self, path: str | Path) -> None:
        from ...storage.atomic_write import atomic_write

        atomic_write(path, self.to_json().encode("utf-8"))

    @classmethod
    def load(cls, path: str | Path) -> WizardDraft:
        from ...storage.bounded_read import read_bounded

        # Size-capped, and refuses devices and pipes that never end; its messages name the file.
        return cls.from_json(read_bounded(path, MAX_DRAFT_BYTES))


# What step 5 asked once per stage in version 1; each becomes a field of the stage's one step.
_V1_EXPERIENCE = ("doing", "thinking", "feeling", "emotion", "pain_points", "drop_off")
_V1_GAP_KINDS = ("negative_emotion", "drop_off", "pain_point")


def _migrated(text: str | bytes) -> str | bytes:
    """An older draft in today's form; anything malformed is left to the validation."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return text  # validate_json reports where it breaks
    if not isinstance(data, dict) or not isinstance(data.get("version", 1), int):
        return text
    version = data.get("version", 1)
    if version >= DRAFT_VERSION:
        return text
    if isinstance(data.get("stages"), list):
        if version < 2:
            _experience_into_steps(data)
        _unname_default_steps(data)
    if isinstance(data.get("page"), int) and data["page"] > 0:
        data["page"] += 1  # the opening page came before the brand
    data["version"] = DRAFT_VERSION
    return json.dumps(data)


def _experience_into_steps(data: dict) -> None:
    """Version 1: its per-stage experience becomes one step a stage, and actions made from those
    gaps point at that step."""
    step_of: dict[str, str] = {}
    for stage in data["stages"]:
        if not isinstance(stage, dict):
            continue
        old = {name: stage.pop(name) for name in _V1_EXPERIENCE if name in stage}
        if "steps" in stage:
            continue
        step = {"key": new_id("p"), "name": _text(stage.get("goal")) or _text(stage.get("name"))}
        stage["steps"] = [step | old]
        if isinstance(stage.get("key"), str):
            step_of[stage["key"]] = step["key"]
    actions = data.get("actions")
    for action in actions if isinstance(actions, list) else []:
        gap = action.get("gap_key") if isinstance(action, dict) else None
        parts = gap.split(":") if isinstance(gap, str) else []
        if len(parts) == 3 and parts[0] in _V1_GAP_KINDS and parts[1] in step_of:
            action["gap_key"] = ":".join([parts[0], parts[1], step_of[parts[1]], parts[2]])


# The names versions 2 and 3 gave a step the user had not named ("Step 2", "Stap 2").
_DEFAULT_STEP_NAME = re.compile(r"(Step|Stap) \d+")


def _unname_default_steps(data: dict) -> None:
    for stage in data["stages"]:
        steps = stage.get("steps") if isinstance(stage, dict) else None
        for step in steps if isinstance(steps, list) else []:
            name = step.get("name") if isinstance(step, dict) else None
            if isinstance(name, str) and _DEFAULT_STEP_NAME.fullmatch(name.strip()):
                step["name"] = ""


def _stage_has_answers(stage: DraftStage) -> bool:
    texts = (
        stage.goal,
        stage.time_frame,
        stage.measure_touchpoint,
        stage.how_measured,
        stage.target,
    )
    if stage.touchpoints or any(text.strip() for text in texts):
        return True
    return any(step.has_answers() or step.name.strip() for step in stage.steps)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _too_large() -> UserError:
    return UserError(UserMessage(_CTX, QT_TRANSLATE_NOOP(_CTX, "The saved set-up is too large.")))


_ADAPTER = TypeAdapter(WizardDraft)
