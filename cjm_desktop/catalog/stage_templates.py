"""Stage templates: a named stage model (5A, See-Think-Do-Care, ...) with its stages, their steps
and the lanes a new map from it starts with, in Dutch and English.

A template file may leave out `lanes` (the index's default lanes are used) and a lane may be given
as its kind alone (the index's title for that kind is used); the loader passes both defaults in
the validation context under DEFAULTS.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..model import LaneKind
from .texts import CatalogId, CatalogRecord, Texts, pick

DEFAULTS = "template_defaults"


class TemplateStep(CatalogRecord):
    name: Texts

    def name_in(self, language: object) -> str:
        return pick(self.name, language)


class TemplateStage(CatalogRecord):
    name: Texts
    goal: Texts  # what the customer wants to achieve in this stage
    phase: CatalogId | None  # None: the stage is not tied to one phase (day in the life)
    steps: tuple[TemplateStep, ...] = Field(min_length=1, max_length=3)

    def name_in(self, language: object) -> str:
        return pick(self.name, language)

    def goal_in(self, language: object) -> str:
        return pick(self.goal, language)


class TemplateLane(CatalogRecord):
    kind: LaneKind
    title: Texts

    @model_validator(mode="before")
    @classmethod
    def _default_title(cls, data: Any, info: ValidationInfo) -> Any:
        if isinstance(data, str):
            data = {"kind": data}
        defaults = (info.context or {}).get(DEFAULTS)
        if isinstance(data, dict) and "title" not in data and defaults is not None:
            title = defaults.lane_titles.get(data.get("kind"))
            if title is not None:
                data = {**data, "title": title}
        return data

    def title_in(self, language: object) -> str:
        return pick(self.title, language)


class Template(CatalogRecord):
    id: CatalogId
    name: Texts
    description: Texts  # one line that tells when to use the model
    stages: tuple[TemplateStage, ...] = Field(min_length=1)
    lanes: tuple[TemplateLane, ...] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _default_lanes(cls, data: Any, info: ValidationInfo) -> Any:
        defaults = (info.context or {}).get(DEFAULTS)
        if isinstance(data, dict) and "lanes" not in data and defaults is not None:
            data = {**data, "lanes": list(defaults.default_lanes)}
        return data

    @field_validator("lanes")
    @classmethod
    def _one_emotion_lane(cls, lanes: tuple[TemplateLane, ...]) -> tuple[TemplateLane, ...]:
        # Every new map gets exactly one emotion curve to draw on (DOMAIN.md: emotion vs time).
        count = sum(1 for lane in lanes if lane.kind == LaneKind.EMOTION)
        if count != 1:
            raise ValueError(f"a template needs exactly one emotion lane, not {count}")
        return lanes

    def name_in(self, language: object) -> str:
        return pick(self.name, language)

    def description_in(self, language: object) -> str:
        return pick(self.description, language)

    def phases(self) -> list[str]:
        """The phase ids its stages map to, in stage order, without repeats."""
        return list(dict.fromkeys(s.phase for s in self.stages if s.phase is not None))


class TemplateDefaults(CatalogRecord):
    """templates/index.json: the order of the templates, the lane defaults they share and the
    titles a new project and a new map get."""

    project_title: Texts
    journey_title: Texts  # "{template}" is replaced by the template's name
    order: tuple[CatalogId, ...] = Field(min_length=1)
    default_lanes: tuple[LaneKind, ...] = Field(min_length=1)
    lane_titles: dict[LaneKind, Texts]

    @field_validator("journey_title")
    @classmethod
    def _names_the_template(cls, titles: dict[str, str]) -> dict[str, str]:
        for text in titles.values():
            try:
                text.format(template="")
            except (KeyError, IndexError, ValueError) as exc:
                raise ValueError(f"only {{template}} may be filled in, not {exc}") from exc
        return titles

    def project_title_in(self, language: object) -> str:
        return pick(self.project_title, language)

    def journey_title_in(self, template: Template, language: object) -> str:
        return pick(self.journey_title, language).format(template=template.name_in(language))

    @field_validator("lane_titles")
    @classmethod
    def _every_kind(cls, titles: dict[LaneKind, dict[str, str]]) -> dict[LaneKind, dict[str, str]]:
        missing = [kind.value for kind in LaneKind if kind not in titles]
        if missing:
            raise ValueError(f"no title for lane kinds {', '.join(missing)}")
        return titles
