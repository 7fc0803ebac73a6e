"""Mermaid `journey` text of one map: sections are stages, tasks are steps, and each task's score
is its step's emotion plus 3 (Mermaid's 1..5 against our -2..+2, exact both ways; 3 when no curve
has a value there). The actors of a task are the personas of the curves with a value at that step;
a map whose curves follow no persona names its own persona on every task. The title is written as
`title`, the scenario as `accDescr`. Paste it in a Markdown file or mermaid.live.
"""

from __future__ import annotations

from ..model import EmotionCurve, Journey, Language, Project, Step
from .mermaid_text import escape_actor, escape_block, escape_section, escape_task, escape_title

NEUTRAL_SCORE = 3
SCORE_OFFSET = 3
_UNTITLED = {
    Language.NL: {"stage": "Fase {n}", "step": "Stap {n}"},
    Language.EN: {"stage": "Stage {n}", "step": "Step {n}"},
}


def export_mermaid(journey: Journey, project: Project) -> str:
    untitled = _UNTITLED[Language(project.language)]
    curves = [curve for lane in journey.emotion_lanes() for curve in lane.curves]
    lines = ["journey"]
    title = escape_title(journey.title)
    if title:
        lines.append(f"    title {title}")
    description = escape_block(journey.scenario)
    if description:
        lines.append("    accDescr {")
        lines.extend(f"      {line}" for line in description.splitlines())
        lines.append("    }")
    step_number = 0
    for stage_number, stage in enumerate(journey.stages, start=1):
        name = escape_section(stage.name) or untitled["stage"].format(n=stage_number)
        lines.append(f"    section {name}")
        for step in stage.steps:
            step_number += 1
            task = escape_task(step.name) or untitled["step"].format(n=step_number)
            actors = ", ".join(_actors(step, curves, journey, project))
            line = f"      {task}: {_score(step, curves)}"
            lines.append(f"{line}: {actors}" if actors else line)
    return "\n".join(lines) + "\n"


def _score(step: Step, curves: list[EmotionCurve]) -> int:
    value = next((c.points[step.id] for c in curves if step.id in c.points), None)
    return NEUTRAL_SCORE if value is None else value + SCORE_OFFSET


def _actors(step: Step, curves: list[EmotionCurve], journey: Journey, project: Project):
    if any(curve.persona_id for curve in curves):
        persona_ids = [c.persona_id for c in curves if c.persona_id and step.id in c.points]
    else:
        persona_ids = [journey.persona_id] if journey.persona_id else []
    names: list[str] = []
    for persona_id in persona_ids:
        persona = project.persona(persona_id)
        name = escape_actor(persona.name) if persona else ""
        if name and name not in names:
            names.append(name)
    return names
