"""The guided set-up's answers so far: plain dataclasses, no Qt, saved as JSON half-way through.

The wizard pages read and write a `WizardDraft`; `build_project` turns it into a Project at the
end. A draft file is user data like a project file, so loading it validates every field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, TypeAdapter, ValidationError

from ...model import new_id
from ...model.images import EmbeddedImage
from ...user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

DRAFT_VERSION = 1
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
    doing: str = ""
    thinking: str = ""
    feeling: str = ""
    emotion: Emotion | None = None  # -2..+2, the five faces
    pain_points: str = ""  # one pain point a line
    drop_off: str = ""
    measure_touchpoint: str = ""
    how_measured: str = ""
    target: str = ""

    def pain_point_list(self) -> list[str]:
        return [line.strip() for line in self.pain_points.splitlines() if line.strip()]


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

    def to_json(self) -> str:
        return _ADAPTER.dump_json(self, indent=2).decode("utf-8") + "\n"

    @classmethod
    def from_json(cls, text: str | bytes) -> WizardDraft:
        """Parse a saved draft; raises UserError naming the first wrong field."""
        if len(text) > MAX_DRAFT_BYTES:
            raise _too_large()
        try:
            draft = _ADAPTER.validate_json(text)
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
        return draft

    def save(self, path: str | Path) -> None:
        from ...storage.atomic_write import atomic_write

        atomic_write(path, self.to_json().encode("utf-8"))

    @classmethod
    def load(cls, path: str | Path) -> WizardDraft:
        target = Path(path)
        try:
            if target.stat().st_size > MAX_DRAFT_BYTES:
                raise _too_large()
            data = target.read_bytes()
        except OSError as exc:
            raise UserError(
                UserMessage(
                    _CTX,
                    QT_TRANSLATE_NOOP(_CTX, "Cannot open {path}: {reason}"),
                    path=target,
                    reason=exc.strerror or str(exc),
                )
            ) from exc
        return cls.from_json(data)


def _too_large() -> UserError:
    return UserError(UserMessage(_CTX, QT_TRANSLATE_NOOP(_CTX, "The saved set-up is too large.")))


_ADAPTER = TypeAdapter(WizardDraft)
