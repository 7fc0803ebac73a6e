"""Checks that a journey or action an edit adds or changes keeps every reference resolving.

They reuse the model's own integrity rules (cjm_desktop.model.find_problems) on a probe project
that holds just the object in question, so an edit never lets through what a load would reject,
and problems elsewhere in the project are not blamed on this edit.
"""

from __future__ import annotations

from ..model import Action, Journey, Project, find_problems
from ..user_message import QT_TRANSLATE_NOOP
from .refusal import refuse

BROKEN = QT_TRANSLATE_NOOP("Edit", "This change would break the project: {problem}.")


def require_sound_journey(project: Project, journey: Journey) -> None:
    """Refuse if the journey's cards, curves, persona or counterpart do not resolve."""
    # The other maps only matter as counterpart targets, so their IDs are enough.
    others = [Journey.model_construct(id=j.id) for j in project.journeys if j is not journey]
    probe = Project.model_construct(
        id=project.id, personas=project.personas, journeys=[journey, *others], actions=[]
    )
    _refuse_problems(probe, ("journeys", 0))


def require_sound_action(project: Project, action: Action) -> None:
    """Refuse if the action's map, stage or cards do not resolve."""
    probe = Project.model_construct(
        id=project.id, personas=project.personas, journeys=project.journeys, actions=[action]
    )
    _refuse_problems(probe, ("actions", 0))


def _refuse_problems(probe: Project, prefix: tuple) -> None:
    for problem in find_problems(probe):
        if problem.path[: len(prefix)] == prefix:
            raise refuse(BROKEN, problem=problem.message)
