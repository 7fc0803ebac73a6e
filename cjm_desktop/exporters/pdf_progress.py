"""Progress through one PDF report while reportlab lays it out and writes it, with a chance to
stop at every flowable and page.

The work is measured in weights: a map page weighs by the cards it draws, a table by its rows,
anything else 1. The work left is the weight of the flowables reportlab has not placed yet (it
consumes the story list it is given, and puts a split table's remainder back at its head), so
the report moves within a long action plan too. Writing the pages out is the last tenth.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from .export_progress import PartProgress, StopCheck, check
from .pdf_map import MapFlowable

# Drawing a card costs about a 25th of laying out and drawing an action plan row (measured on
# the synthetic L project: 5,000 cards and 200 rows take about as long).
CARDS_PER_ROW = 25


def weight(flowable: Flowable) -> int:
    if isinstance(flowable, MapFlowable):
        g, r = flowable.geometry, flowable.region
        _, _, width, height = g.bounds
        body = max((width - g.lane_header_width) * (height - g.header_height), 1.0)
        shown = (r.x1 - r.x0) * (r.y1 - r.y0) / body
        return 1 + round(len(g.cards) * min(shown, 1.0) / CARDS_PER_ROW)
    if isinstance(flowable, Table):
        return max(flowable._nrows, 1)
    content = getattr(flowable, "_content", None)  # KeepTogether and its kin
    if isinstance(content, list):
        return max(sum(weight(f) for f in content), 1)
    return 1


class PdfProgress:
    """Follows one build of `story`: `on_build` is reportlab's progress callback, `on_page`
    is called as each finished page is written out. Reports only when the work done grows."""

    def __init__(self, story: list, report: PartProgress | None, stop: StopCheck | None):
        self.story = story  # the very list doc.build consumes
        self.report = report
        self.stop = stop
        # The weight from each of the story's flowables to its end, by identity (the object
        # is kept, so its id cannot be reused by a split part).
        self._suffix: dict[int, tuple[Flowable, int]] = {}
        left = 0
        for flowable in reversed(story):
            left += weight(flowable)
            self._suffix[id(flowable)] = (flowable, left)
        self.build_total = max(left, 1)
        self.total = self.build_total + max(self.build_total // 10, 1)
        self.done = 0

    def _left(self) -> int:
        """The weight of what is still in the story: new head parts, then a known tail."""
        head = 0
        for flowable in self.story:
            known = self._suffix.get(id(flowable))
            if known is not None and known[0] is flowable:
                return head + known[1]
            head += weight(flowable)
        return head

    def _advance(self, done: int) -> None:
        check(self.stop)
        if done > self.done:
            self.done = done
            if self.report is not None:
                self.report(done, self.total)

    def on_build(self, kind: str, value: int) -> None:
        if kind in ("PROGRESS", "PAGE"):
            self._advance(max(self.build_total - self._left(), 0))
        else:
            check(self.stop)

    def on_page(self, number: int, pages: int) -> None:
        self._advance(self.build_total + (self.total - self.build_total) * number // pages)
