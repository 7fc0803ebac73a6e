"""EditRefused: the error an edit raises when it cannot be applied, with a translatable message.

It is a ValueError for callers that only care that the edit was impossible, and a UserError for
the GUI, which shows the message translated in context "Edit".
"""

from __future__ import annotations

from typing import Any

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

CONTEXT = "Edit"


class EditRefused(UserError, ValueError):
    """An impossible edit (unknown ID, a card into an emotion lane, a value out of range).

    Raised before the project changes, or after rolling back, so the project is as it was.
    """


def refuse(template: str, **params: Any) -> EditRefused:
    """The error to raise; `template` must be marked with QT_TRANSLATE_NOOP("Edit", ...)."""
    return EditRefused(UserMessage(CONTEXT, template, **params))


# One sentence per kind of object, so each translates as a whole.
NOT_FOUND = {
    "action": QT_TRANSLATE_NOOP("Edit", "There is no action with ID '{id}'."),
    "card": QT_TRANSLATE_NOOP("Edit", "There is no card with ID '{id}'."),
    "curve": QT_TRANSLATE_NOOP("Edit", "There is no emotion curve with ID '{id}'."),
    "lane": QT_TRANSLATE_NOOP("Edit", "There is no lane with ID '{id}'."),
    "map": QT_TRANSLATE_NOOP("Edit", "There is no map with ID '{id}'."),
    "object": QT_TRANSLATE_NOOP("Edit", "There is nothing with ID '{id}'."),
    "persona": QT_TRANSLATE_NOOP("Edit", "There is no persona with ID '{id}'."),
    "stage": QT_TRANSLATE_NOOP("Edit", "There is no stage with ID '{id}'."),
    "step": QT_TRANSLATE_NOOP("Edit", "There is no step with ID '{id}'."),
}
