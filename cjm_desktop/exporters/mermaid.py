"""Mermaid `journey` text of one map: sections are stages, tasks are steps, the score is the
emotion of the first curve plus 3 (Mermaid's 1..5 against our -2..+2; 3 when a step has no value),
and the actor is the map's persona. Paste it in a Markdown file or mermaid.live."""

from __future__ import annotations

from ..model import Journey, Language, Project
from .mermaid_text import escape

NEUTRAL_SCORE = 3
SCORE_OFFSET = 3
_UNTITLED = {
    Language.NL: {"stage": "Fase {n}", "step": "Stap {n}"},
    Language.EN: {"stage": "Stage {n}", "step": "Step {n}"},
}


def export_mermaid(journey: Journey, project: Project) -> str:
    untitled = _UNTITLED[Language(project.language)]
    persona = project.persona(journey.persona_id) if journey.persona_id else None
    # Commas separate actors in Mermaid; a persona is one actor.
    actor = " ".join(escape(persona.name).replace(",", " ").split()) if persona else ""
    curve = journey.first_curve()
    lines = ["journey"]
    title = escape(journey.title, keep_colon=True)
    if title:
        lines.append(f"    title {title}")
    step_number = 0
    for stage_number, stage in enumerate(journey.stages, start=1):
        name = escape(stage.name) or untitled["stage"].format(n=stage_number)
        lines.append(f"    section {name}")
        for step in stage.steps:
            step_number += 1
            task = escape(step.name) or untitled["step"].format(n=step_number)
            value = curve.points.get(step.id) if curve else None
            score = NEUTRAL_SCORE if value is None else value + SCORE_OFFSET
            lines.append(f"      {task}: {score}" + (f": {actor}" if actor else ""))
    return "\n".join(lines) + "\n"
