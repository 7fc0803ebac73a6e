"""PDF bookmarks: named destinations (the cover's findings link to them) and outline entries."""

from __future__ import annotations

from reportlab.platypus import Flowable


class Anchor(Flowable):
    """Takes no room; marks the page it lands on with `keys` and, given a `title`, lists the
    first key in the PDF outline at `level`."""

    def __init__(self, keys: list[str], title: str = "", level: int = 0):
        super().__init__()
        self.keys = keys
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self) -> None:
        for key in self.keys:
            self.canv.bookmarkPage(key)
        if self.title and self.keys:
            self.canv.addOutlineEntry(self.title, self.keys[0], level=self.level)
