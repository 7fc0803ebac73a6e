"""Edits: every change a user can make to a project, with apply and revert. Pure Python, no Qt.

Each edit validates before changing anything (raising EditRefused, a ValueError and UserError,
for an impossible edit), keeps the project's references intact, and reverts exactly.
"""

from .actions import AddAction, RemoveAction
from .cards import AddCard, MoveCards, RemoveCard
from .composite import CompositeEdit
from .edit import Change, Edit
from .emotions import AddCurve, RemoveCurve, SetEmotionNote, SetEmotionPoint
from .fields import SetBrandFields, SetFields, SetProjectFields
from .journey_copy import copy_with_new_ids
from .journeys import AddJourney, MoveJourney, RemoveJourney
from .lanes import AddLane, MoveLane, RemoveLane
from .personas import AddPersona, MovePersona, RemovePersona
from .refusal import EditRefused
from .stages import AddStage, MoveStage, RemoveStage
from .steps import AddStep, MoveStep, RemoveStep
from .undo_log import RecordedEdit, UndoLog

__all__ = [
    "AddAction",
    "AddCard",
    "AddCurve",
    "AddJourney",
    "AddLane",
    "AddPersona",
    "AddStage",
    "AddStep",
    "Change",
    "CompositeEdit",
    "Edit",
    "EditRefused",
    "MoveCards",
    "MoveJourney",
    "MoveLane",
    "MovePersona",
    "MoveStage",
    "MoveStep",
    "RecordedEdit",
    "RemoveAction",
    "RemoveCard",
    "RemoveCurve",
    "RemoveJourney",
    "RemoveLane",
    "RemovePersona",
    "RemoveStage",
    "RemoveStep",
    "SetBrandFields",
    "SetEmotionNote",
    "SetEmotionPoint",
    "SetFields",
    "SetProjectFields",
    "UndoLog",
    "copy_with_new_ids",
]
