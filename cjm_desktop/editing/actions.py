"""Edits of the action plan: add an action, remove one."""

from __future__ import annotations

from ..model import Action, Project
from ..user_message import QT_TRANSLATE_NOOP
from .edit import Change
from .lookup import insert_position, require_unused_ids
from .refusal import NOT_FOUND, refuse
from .soundness import require_sound_action
from .undo_log import RecordedEdit, UndoLog


class AddAction(RecordedEdit):
    """Insert an action at `index` (None: last); its map, stage and cards must exist."""

    def __init__(self, action: Action, index: int | None = None) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Add action"))
        self.action = action
        self.index = index

    def _apply(self, project: Project, log: UndoLog) -> Change:
        require_unused_ids(project, [self.action.id])
        require_sound_action(project, self.action)
        position = insert_position(self.index, len(project.actions))
        log.insert(project.actions, position, self.action)
        return Change(actions=True)


class RemoveAction(RecordedEdit):
    """Delete an action (nothing refers to actions)."""

    def __init__(self, action_id: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Edit", "Delete action"))
        self.action_id = action_id

    def _apply(self, project: Project, log: UndoLog) -> Change:
        action = project.action(self.action_id)
        if action is None:
            raise refuse(NOT_FOUND["action"], id=self.action_id)
        log.pop(project.actions, project.actions.index(action))
        return Change(actions=True)
