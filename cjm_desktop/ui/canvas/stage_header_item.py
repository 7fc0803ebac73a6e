"""StageHeaderItem: the coloured band over the steps of one stage; drag it to reorder stages."""

from __future__ import annotations

from .header_item import HeaderItem


class StageHeaderItem(HeaderItem):
    """Header of a stage; spans the headers of its steps."""

    kind = "stage"

    @property
    def stage_id(self) -> str:
        return self.object_id
