"""UndoLog and RecordedEdit: edits change the project through a log that can undo every step.

Recording each low-level change (a field set, a list insert or pop) as it happens gives exact
reverts for free, including list order and card `order` values, and lets a failed apply roll back
what it had already done.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from ..model import Project, format_path
from ..model.broken_text import lone_surrogate_in
from ..user_message import QT_TRANSLATE_NOOP
from .edit import Change, Edit
from .refusal import refuse


class UndoLog:
    """The low-level changes of one apply, in order; `undo` takes them back in reverse."""

    def __init__(self) -> None:
        self._undo_steps: list[Callable[[], None]] = []

    def set(self, obj: BaseModel, name: str, value: Any) -> None:
        """Assign a field through pydantic's assignment validation (raises on a wrong value)."""
        _require_whole_text(value, (name,))
        old = obj.__dict__[name]
        was_set = name in obj.model_fields_set
        setattr(obj, name, value)
        self._undo_steps.append(lambda: _restore_field(obj, name, old, was_set))

    def insert(self, items: list, index: int, item: Any) -> None:
        _require_whole_text(item, ())
        self._insert(items, index, item)

    def _insert(self, items: list, index: int, item: Any) -> None:
        items.insert(index, item)
        self._undo_steps.append(lambda: items.pop(index))

    def pop(self, items: list, index: int) -> Any:
        item = items.pop(index)
        self._undo_steps.append(lambda: items.insert(index, item))
        return item

    def move(self, items: list, source: int, target: int) -> None:
        """Move an item so that it ends at `target` in the list."""
        # Already in the project, so already checked.
        self._insert(items, target, self.pop(items, source))

    def undo(self) -> None:
        while self._undo_steps:
            self._undo_steps.pop()()


def _require_whole_text(value: Any, path: tuple) -> None:
    """Every change of a project passes here: text with a lone surrogate (half of a UTF-16
    pair, which no file can hold) is refused, so saving, autosaving and exports never fail."""
    broken = lone_surrogate_in(value, path)
    if broken is not None:
        where = format_path(broken[0]).encode("utf-8", "backslashreplace").decode("utf-8")
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Edit",
                "The text of '{field}' holds a broken character ({code}) that cannot be saved; "
                "type the text again.",
            ),
            field=where or "-",
            code=broken[1],
        )


def _restore_field(obj: BaseModel, name: str, old: Any, was_set: bool) -> None:
    # The old value was valid when it was set; writing it back without validation keeps the very
    # same object (no copy) and cannot fail half-way through an undo.
    obj.__dict__[name] = old
    if not was_set:
        obj.__pydantic_fields_set__.discard(name)


class RecordedEdit(Edit):
    """An edit whose apply records its changes in an UndoLog; revert plays the log back.

    Subclasses implement `_apply(project, log) -> Change`. It validates before changing anything
    where it can; whatever it raises, the changes already made are rolled back. Applying again
    after a revert runs `_apply` again on the same state, so it gives the same result.
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self._log: UndoLog | None = None
        self._change = Change()

    def apply(self, project: Project) -> None:
        if self._log is not None:
            raise RuntimeError(f"{type(self).__name__} is already applied")
        log = UndoLog()
        try:
            change = self._apply(project, log)
        except BaseException:
            log.undo()
            raise
        self._log = log
        self._change = change

    def revert(self, project: Project) -> None:
        if self._log is None:
            raise RuntimeError(f"{type(self).__name__} is not applied")
        self._log.undo()
        self._log = None

    def change(self) -> Change:
        """What the last apply touched (also what its revert touches)."""
        return self._change

    @abstractmethod
    def _apply(self, project: Project, log: UndoLog) -> Change: ...
