"""StepHeaderItem: the header of one step (a column); drag it to reorder steps, also into another
stage; double-click its "+" zone to add a step after it."""

from __future__ import annotations

from .header_item import HeaderItem


class StepHeaderItem(HeaderItem):
    """Header of a step."""

    kind = "step"

    @property
    def step_id(self) -> str:
        return self.object_id
