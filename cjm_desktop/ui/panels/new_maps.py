"""New maps for the map list: a blank map with the usual lanes, or one built from a stage template
of cjm_desktop.catalog."""

from __future__ import annotations

from ...model import EmotionCurve, Journey, Lane, LaneKind, Project, Stage, Step
from ...user_message import QT_TRANSLATE_NOOP

CONTEXT = "NewMaps"
STAGE_NAME = QT_TRANSLATE_NOOP(CONTEXT, "Stage {n}")
STEP_NAME = QT_TRANSLATE_NOOP(CONTEXT, "Step {n}")
_BLANK_LANES = (
    LaneKind.TOUCHPOINTS,
    LaneKind.DOING,
    LaneKind.THINKING,
    LaneKind.EMOTION,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
)


def blank_journey(project: Project, title: str) -> Journey:
    """A map with three empty stages of one step and the lanes most maps start with."""
    from ..project_texts import translate_in

    # In the project's language, like a map from a template, whatever the interface speaks.
    language = str(project.language)

    stage_name = translate_in(language, CONTEXT, STAGE_NAME)
    step_name = translate_in(language, CONTEXT, STEP_NAME)
    stages = [
        Stage(name=stage_name.format(n=n), steps=[Step(name=step_name.format(n=n))])
        for n in (1, 2, 3)
    ]
    lanes = [Lane(kind=kind, title=_lane_title(kind, language)) for kind in _BLANK_LANES]
    for lane in lanes:
        if lane.kind == LaneKind.EMOTION:
            lane.curves = [EmotionCurve()]
    journey = Journey(title=title, stages=stages, lanes=lanes)
    give_first_persona(journey, project)
    return journey


def _lane_title(kind: LaneKind, language: str) -> str:
    """The catalog's lane title (the one template maps get), else the label of the kind."""
    from .. import model_labels
    from ..project_texts import translate_in

    try:
        from ... import catalog

        return catalog.shipped_catalog().defaults.lane_titles[kind][language]
    except (ImportError, AttributeError, LookupError):
        english = model_labels._NAMES.get(kind, str(kind))
        return translate_in(language, model_labels.CONTEXT, english)


def give_first_persona(journey: Journey, project: Project) -> None:
    """Make a new map, and its emotion curves that have no persona yet, belong to the project's
    first persona: most projects have one, and a curve without one has no name in the legend."""
    if not project.personas:
        return
    persona = project.personas[0].id
    if journey.persona_id is None:
        journey.persona_id = persona
    for lane in journey.lanes:
        for curve in lane.curves:
            if curve.persona_id is None:
                curve.persona_id = persona


def template_choices(language: str) -> list[tuple[str, str]]:
    """(template id, name) of the catalog's stage templates; empty if there is no catalog."""
    try:
        from ... import catalog

        templates = catalog.templates()
    except (ImportError, AttributeError):
        return []
    return [(t.id, _name(t, language)) for t in templates]


def _name(template, language: str) -> str:
    name = getattr(template, "name", template.id)
    if callable(name):
        return name(language)
    if isinstance(name, dict):  # the catalog's texts: {"nl": ..., "en": ...}
        return name.get(language) or next(iter(name.values()), template.id)
    return str(name)


def journey_from_template(
    template_id: str, language: str, project: Project | None = None
) -> Journey | None:
    """A map from the catalog's template; with `project`, it belongs to the project's first
    persona (the catalog builds maps without knowing the project)."""
    try:
        from ... import catalog

        journey = catalog.new_journey(template_id, language)
    except (ImportError, AttributeError, LookupError):
        return None
    if project is not None:
        give_first_persona(journey, project)
    return journey
