"""Edits of the persona list: add a persona, remove one (maps and curves stop naming it), move
one to another place in the list."""

from __future__ import annotations

from ..model import Persona, Project
from ..user_message import QT_TRANSLATE_NOOP
from .edit import Change
from .lookup import insert_position, move_position, require_persona, require_unused_ids
from .references import clear_references
from .undo_log import RecordedEdit, UndoLog


class AddPersona(RecordedEdit):
    """Insert a persona at `index` (None: last)."""

    def __init__(self, persona: Persona, index: int | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Add persona"))
        self.persona = persona
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        require_unused_ids(project, [self.persona.id])
        position = insert_position(self.index, len(project.personas))
        log.insert(project.personas, position, self.persona)
        return Change(personas=True)


class RemovePersona(RecordedEdit):
    """Delete a persona; maps and emotion curves that follow it are left without a persona."""

    def __init__(self, persona_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Delete persona"))
        self.persona_id = persona_id

    def _apply(self, project: Project, log: UndoLog) -> Change:
        persona = require_persona(project, self.persona_id)
        log.pop(project.personas, project.personas.index(persona))
        return clear_references(project, {persona.id}, log) | Change(personas=True)


class MovePersona(RecordedEdit):
    """Move a persona to position `index` in the list of personas."""

    def __init__(self, persona_id: str, index: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Move persona"))
        self.persona_id = persona_id
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        persona = require_persona(project, self.persona_id)
        target = move_position(self.index, len(project.personas))
        log.move(project.personas, project.personas.index(persona), target)
        return Change(personas=True)
