"""The wizard's result added to an open project as one Edit, so the whole set-up undoes in one step
and Undo returns exactly to what was there before.

Pure Python: personas go in first (maps point at them), then the maps, then the actions (which
point at cards), then the brand fields the project has not filled in yet. The project's title,
language and existing brand stay as they are: the user's own words win over the set-up's.
"""

from __future__ import annotations

from ...editing import AddAction, AddJourney, AddPersona, CompositeEdit, Edit, SetBrandFields
from ...model import Project
from ...user_message import QT_TRANSLATE_NOOP

LABEL = QT_TRANSLATE_NOOP("Edit", "Guided set-up")
LABEL_OF = QT_TRANSLATE_NOOP("Edit", "Guided set-up: {name}")


def setup_label(result: Project, translate=lambda _context, text: text) -> str:
    """The undo text, named for the brand; translated here, as the document's own lookup of
    the label cannot fill in the name."""
    name = result.brand.name.strip()
    if not name:
        return translate("Edit", LABEL)
    return translate("Edit", LABEL_OF).format(name=name)


def add_to_project_edit(result: Project, project: Project, label: str) -> Edit:
    """Adds result's personas, maps and actions to `project`, and its brand fields where the
    project's are empty, as one CompositeEdit called `label` (see setup_label)."""
    edits: list[Edit] = []
    edits += [AddPersona(p.model_copy(deep=True)) for p in result.personas]
    edits += [AddJourney(j.model_copy(deep=True)) for j in result.journeys]
    edits += [AddAction(a.model_copy(deep=True)) for a in result.actions]
    current = project.brand.model_dump()
    missing = {k: v for k, v in result.brand.model_dump().items() if v and not current.get(k)}
    if missing:
        edits.append(SetBrandFields(missing))
    return CompositeEdit(label, edits)
