"""What goes wrong with the catalog: an unknown id asked for (the user's mistake, with a message
for them), or broken catalog data (a packaging mistake, found when the catalog is loaded)."""

from __future__ import annotations

from collections.abc import Iterable

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

CONTEXT = "Catalog"


class CatalogError(RuntimeError):
    """The catalog files shipped with the program are missing or invalid."""


class UnknownTemplateError(UserError, LookupError):
    def __init__(self, template_id: str, known: Iterable[str]) -> None:
        super().__init__(
            UserMessage(
                CONTEXT,
                QT_TRANSLATE_NOOP(CONTEXT, "Unknown template '{template_id}'. Known: {known}."),
                template_id=template_id,
                known=", ".join(known),
            )
        )
        self.template_id = template_id


class UnknownTouchpointError(UserError, LookupError):
    def __init__(self, touchpoint_id: str) -> None:
        super().__init__(
            UserMessage(
                CONTEXT,
                QT_TRANSLATE_NOOP(
                    CONTEXT, "The touchpoint library has no entry '{touchpoint_id}'."
                ),
                touchpoint_id=touchpoint_id,
            )
        )
        self.touchpoint_id = touchpoint_id


class UnknownLanguageError(UserError, ValueError):
    def __init__(self, language: object, known: Iterable[str]) -> None:
        super().__init__(
            UserMessage(
                CONTEXT,
                QT_TRANSLATE_NOOP(CONTEXT, "Unknown language '{language}'. Known: {known}."),
                language=str(language),
                known=", ".join(known),
            )
        )
