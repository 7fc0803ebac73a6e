"""New maps for the map list: a blank map with the usual lanes, or one built from a stage template
of cjm_desktop.catalog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...model import EmotionCurve, Journey, Lane, LaneKind, Project, Stage, Step

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
    from ..model_labels import label

    def tr(text: str) -> str:
        return QCoreApplication.translate("NewMaps", text)

    stages = [
        Stage(name=tr("Stage {n}").format(n=n), steps=[Step(name=tr("Step {n}").format(n=n))])
        for n in (1, 2, 3)
    ]
    lanes = [Lane(kind=kind, title=label(kind)) for kind in _BLANK_LANES]
    for lane in lanes:
        if lane.kind == LaneKind.EMOTION:
            lane.curves = [EmotionCurve()]
    journey = Journey(title=title, stages=stages, lanes=lanes)
    give_first_persona(journey, project)
    return journey


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
