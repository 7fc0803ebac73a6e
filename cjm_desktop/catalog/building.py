"""Model objects made from a template: the stages, steps and lanes of a new map in one language,
and a new project holding one such map. Every call gives fresh IDs, so two maps from the same
template can live in one project."""

from __future__ import annotations

from ..model import EmotionCurve, Journey, Lane, LaneKind, Language, Project, Stage, Step
from .errors import UnknownLanguageError
from .stage_templates import Template, TemplateDefaults


def language_of(value: object) -> Language:
    """ "nl", "en" or a Language as a Language; UnknownLanguageError for anything else."""
    try:
        return Language(str(value))
    except ValueError:
        raise UnknownLanguageError(value, [lang.value for lang in Language]) from None


def build_journey(template: Template, language: Language, defaults: TemplateDefaults) -> Journey:
    stages = [
        Stage(
            name=stage.name_in(language),
            goal=stage.goal_in(language),
            steps=[Step(name=step.name_in(language)) for step in stage.steps],
        )
        for stage in template.stages
    ]
    lanes = [Lane(kind=lane.kind, title=lane.title_in(language)) for lane in template.lanes]
    for lane in lanes:
        if lane.kind == LaneKind.EMOTION:
            # One curve to draw on; it gets its persona when the user picks one for the map.
            lane.curves = [EmotionCurve()]
    return Journey(
        title=defaults.journey_title_in(template, language),
        template=template.id,
        stages=stages,
        lanes=lanes,
    )


def build_project(
    template: Template, language: Language, defaults: TemplateDefaults, title: str | None
) -> Project:
    return Project(
        title=defaults.project_title_in(language) if title is None else title,
        language=language,
        journeys=[build_journey(template, language, defaults)],
    )
