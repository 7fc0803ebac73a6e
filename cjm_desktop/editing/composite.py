"""CompositeEdit: several edits as one user gesture and one undo step."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Project
from .edit import Change, Edit


class CompositeEdit(Edit):
    """Applies its edits in order and reverts them in reverse. If one fails, those already
    applied are reverted, so the project is as it was."""

    def __init__(self, label: str, edits: Iterable[Edit]) -> None:
        self.label = label
        self.edits = list(edits)

    def apply(self, project: Project) -> None:
        done: list[Edit] = []
        try:
            for edit in self.edits:
                edit.apply(project)
                done.append(edit)
        except BaseException:
            for edit in reversed(done):
                edit.revert(project)
            raise

    def revert(self, project: Project) -> None:
        for edit in reversed(self.edits):
            edit.revert(project)

    def change(self) -> Change:
        change = Change()
        for edit in self.edits:
            change = change | edit.change()
        return change
