"""The wizard's result as one Edit on a blank project, so the whole set-up undoes in one step.

Pure Python: personas go in first (maps point at them), then the maps, then the actions (which
point at cards), then the brand and the project's title.
"""

from __future__ import annotations

from ...editing import (
    AddAction,
    AddJourney,
    AddPersona,
    CompositeEdit,
    Edit,
    SetBrandFields,
    SetProjectFields,
)
from ...model import Project
from ...user_message import QT_TRANSLATE_NOOP

LABEL = QT_TRANSLATE_NOOP("Edit", "Guided set-up")


def blank_like(project: Project) -> Project:
    """The empty project the set-up is applied to: same ID and language, nothing else."""
    return Project(id=project.id, language=project.language)


def setup_edit(result: Project) -> Edit:
    """Turns blank_like(result) into result, as one CompositeEdit."""
    edits: list[Edit] = []
    edits += [AddPersona(p.model_copy(deep=True)) for p in result.personas]
    edits += [AddJourney(j.model_copy(deep=True)) for j in result.journeys]
    edits += [AddAction(a.model_copy(deep=True)) for a in result.actions]
    brand = result.brand.model_dump()
    if any(brand.values()):
        edits.append(SetBrandFields(brand))
    fields = {k: v for k, v in {"title": result.title, "author": result.author}.items() if v}
    if fields:
        edits.append(SetProjectFields(fields))
    return CompositeEdit(LABEL, edits)
