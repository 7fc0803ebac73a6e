"""Messages for the user from layers that know no Qt (storage, importers, the CLI).

A message keeps its English template and its parameters apart, so the GUI can translate the
template with `QCoreApplication.translate(context, template)` before filling it in, while the CLI
prints the English text. `QT_TRANSLATE_NOOP` marks templates for `pyside6-lupdate`.
"""

from collections.abc import Mapping
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


class UserMessage:
    """One sentence for the user: a translatable template and the values to fill in."""

    def __init__(self, context: str, template: str, **params: Any) -> None:
        self.context = context
        self.template = template
        self.params: Mapping[str, Any] = params

    def render(self, translate=None) -> str:
        """The text, translated when `translate(context, template)` is given."""
        template = translate(self.context, self.template) if translate else self.template
        # A parameter may itself be a message (a reason inside a sentence): translated alike.
        params = {
            key: value.render(translate) if isinstance(value, UserMessage) else value
            for key, value in self.params.items()
        }
        return template.format(**params)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"UserMessage({self.render()!r})"


class UserError(Exception):
    """An error whose message is meant for the user, not a traceback.

    `details` lists further problems (e.g. every broken reference of a file); `hint` says what
    the user can do about it and is shown with the message, before the details.
    """

    def __init__(
        self,
        message: UserMessage,
        details: list[str] | None = None,
        hint: UserMessage | None = None,
    ) -> None:
        super().__init__(str(message))
        self.message = message
        self.details = list(details or [])
        self.hint = hint

    def render(self, translate=None) -> str:
        first = self.message.render(translate)
        if self.hint is not None:
            first = f"{first} {self.hint.render(translate)}"
        lines = [first]
        lines.extend(f"  - {d}" for d in self.details)
        return "\n".join(lines)


_SIZE_UNITS = ("KiB", "MiB", "GiB", "TiB")


def format_size(size: int) -> str:
    """A byte count as people read it, in binary units: "512 bytes", "1.5 KiB", "100 MiB".

    The one formatter for sizes in messages, so a limit of 100 MiB never reads as "104 MB".
    """
    if size < 1024:
        return f"{size} bytes" if size != 1 else "1 byte"
    value = float(size)
    for unit in _SIZE_UNITS:
        value /= 1024
        if value < 1024 or unit == _SIZE_UNITS[-1]:
            break
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text} {unit}"
