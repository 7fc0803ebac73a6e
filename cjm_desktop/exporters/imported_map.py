"""What an importer (Mermaid, cards table, CJML) hands back: a new map, the personas it needs,
and the notes on what was adjusted on the way, each with the line or row it concerns. Adding it
to a project is one Edit, so it is one undo step in the editor and the same code in `cjm`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..editing.composite import CompositeEdit
from ..editing.journeys import AddJourney
from ..editing.personas import AddPersona
from ..model import Journey, Persona, Project
from ..user_message import QT_TRANSLATE_NOOP, UserMessage


@dataclass(frozen=True)
class ImportNote:
    """One adjustment: where (a line or row number; 0 for the whole input) and what and why."""

    where: int
    message: UserMessage

    def render(self, translate=None) -> str:
        text = self.message.render(translate)
        if not self.where:
            return text
        template = QT_TRANSLATE_NOOP("imported_map", "line {line}: {note}")
        if translate:
            template = translate("imported_map", template)
        return template.format(line=self.where, note=text)


@dataclass
class ImportedMap:
    """A map read from outside, not yet part of any project."""

    journey: Journey
    new_personas: list[Persona] = field(default_factory=list)
    notes: list[ImportNote] = field(default_factory=list)
    #: Further maps read from the same file (CJML holds several journeys), added after `journey`.
    more_journeys: list[Journey] = field(default_factory=list)

    def edit(self) -> CompositeEdit:
        """Adds the new personas and then the map(s): one undo step."""
        edits = [AddPersona(persona) for persona in self.new_personas]
        edits.append(AddJourney(self.journey))
        edits.extend(AddJourney(journey) for journey in self.more_journeys)
        return CompositeEdit(QT_TRANSLATE_NOOP("Edit", "Import map"), edits)

    def new_project(self, language: str, title: str = "") -> Project:
        """A project that holds only this map (for `cjm import -o`)."""
        project = Project(language=language, title=title or self.journey.title)
        self.edit().apply(project)
        return project


def personas_by_name(personas: list[Persona]) -> dict[str, Persona]:
    """Existing personas under the key importers match names with (case and spacing ignored);
    the first of two with the same name wins."""
    found: dict[str, Persona] = {}
    for persona in personas:
        found.setdefault(name_key(persona.name), persona)
    return found


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()
