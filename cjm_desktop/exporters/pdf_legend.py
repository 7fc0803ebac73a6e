"""The legend strip under every PDF map: the symbols and curves the map uses, in its language."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from ..drawing.legend import LegendEntry
from ..layout.style import TEXT_COLOR
from .pdf_fonts import BOLD, REGULAR
from .pdf_painter import Painter

TEXT = 8.0  # points on paper: above the report's 7 pt floor at any map scale
SYMBOL = 10.0
ROW = 14.0
GAP = 12.0
CHIP_FILL = "#e4e7ea"


def _entry_width(entry: LegendEntry, text: float) -> float:
    if entry.line:
        mark = 18.0
    elif entry.chip:
        mark = SYMBOL + 8
    else:
        mark = len(entry.symbols) * (SYMBOL + 1)
    return mark + 4 + stringWidth(entry.label, REGULAR, text)


class MapLegend(Flowable):
    """Entries laid out left to right in rows as wide as the frame, after a bold title."""

    def __init__(self, title: str, entries: list[LegendEntry], text: float = TEXT):
        super().__init__()
        self.text = max(text, TEXT)  # never smaller than the map's own smallest text
        self.row = ROW * self.text / TEXT
        self.title = title
        self.entries = entries
        self._rows: list[list[tuple[float, LegendEntry]]] = []

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        x = stringWidth(self.title, BOLD, self.text) + GAP
        rows: list[list[tuple[float, LegendEntry]]] = [[]]
        for entry in self.entries:
            w = _entry_width(entry, self.text)
            if rows[-1] and x + w > avail_width:
                rows.append([])
                x = 0.0
            rows[-1].append((x, entry))
            x += w + GAP
        self._rows = rows
        self.height = 4 + self.row * len(rows)
        return self.width, self.height

    def draw(self) -> None:
        p = Painter(self.canv, 1.0, self.height)
        p.line((0, 1), (self.width, 1), "#d5dbe1", 0.6)
        t = self.text
        baseline = 4 + self.row / 2 + t * 0.35
        p.text(0, baseline, self.title, t, TEXT_COLOR, bold=True)
        for n, row in enumerate(self._rows):
            mid = 4 + self.row * n + self.row / 2
            for x, entry in row:
                x = self._mark(p, x, mid, entry)
                p.text(x + 4, mid + t * 0.35, entry.label, t, TEXT_COLOR)

    @staticmethod
    def _mark(p: Painter, x: float, mid: float, entry: LegendEntry) -> float:
        """Draws the entry's mark at `x`; returns where its words start."""
        if entry.line:
            p.line((x, mid), (x + 18, mid), entry.line, 2.4)
            return x + 18
        if entry.chip:
            h = SYMBOL + 2
            p.rect((x, mid - h / 2, SYMBOL + 8, h), CHIP_FILL, radius=h / 2)
            p.symbol(entry.symbols[0], (x + 4, mid - SYMBOL / 2 + 1, SYMBOL - 2, SYMBOL - 2))
            return x + SYMBOL + 8
        for symbol in entry.symbols:
            p.symbol(symbol, (x, mid - SYMBOL / 2, SYMBOL, SYMBOL))
            x += SYMBOL + 1
        return x
