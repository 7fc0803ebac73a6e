"""Paragraphs of text in any script: shaped, in bidirectional order, wrapped where it fits.

reportlab's Paragraph wraps at spaces (a Chinese sentence has none), and without its rlbidi
(not on PyPI) it neither orders right-to-left text nor, here, shapes it. Text that needs that
(layout.shaping.needs_shaping) is set by ShapedParagraph instead: wrapped by the layout's
measuring (logical order, broken between characters where there are no spaces), each line drawn
by pdf_shaped_text as the map's card titles are. Everything else stays a reportlab Paragraph.

`paragraph` takes the markup pdf_text.markup makes (escaped text, <br/>, <font>, <b>), so the
report's sections build their paragraphs the same way whatever the script.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import unescape

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as PlainParagraph

from ..layout.shaping import needs_shaping, right_to_left
from ..layout.text_metrics import ascent, wrap
from .pdf_fonts import BOLD
from .pdf_shaped_text import draw_line, line_width

_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<br\s*/?>")
# More lines than any paragraph of a report has: wrap() cuts text at its max_lines.
_ALL_LINES = 10_000


class ShapedParagraph(Flowable):
    """Lines of (text, bold) pieces, each wrapped to the width it is given."""

    def __init__(self, pieces: list[tuple[str, bool]], style: ParagraphStyle) -> None:
        super().__init__()
        self.pieces = pieces
        self.style = style
        self.lines: list[tuple[str, bool]] = []

    def wrap(self, avail_width, avail_height):
        size = self.style.fontSize
        self.lines = [
            (line, bold)
            for text, bold in self.pieces
            for line in wrap(text, avail_width, size, bold, _ALL_LINES)
        ]
        self.width = avail_width
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.style.leading)
        if fits <= 0 or fits >= len(self.lines):
            return [] if fits <= 0 else [self]
        return [
            ShapedParagraph(self.lines[:fits], self.style),
            ShapedParagraph(self.lines[fits:], self.style),
        ]

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def draw(self) -> None:
        canv, style = self.canv, self.style
        canv.setFillColor(style.textColor)
        top = self.height
        for index, (line, bold) in enumerate(self.lines):
            size = style.fontSize
            y = top - index * style.leading - ascent(size, bold)
            x = 0.0
            if style.alignment == TA_CENTER:
                x = (self.width - line_width(line, size, bold)) / 2
            elif style.alignment == TA_RIGHT or right_to_left(line):
                x = self.width - line_width(line, size, bold)
            draw_line(canv, x, y, line, size, bold, False)


def paragraph(markup: str, style: ParagraphStyle, *args, **kwargs) -> Flowable:
    """A reportlab Paragraph of `markup`, or a ShapedParagraph when its text needs shaping."""
    plain = unescape(_TAG.sub("", _BREAK.sub("\n", markup)))
    if not needs_shaping(plain):
        return PlainParagraph(markup, style, *args, **kwargs)
    bold_style = style.fontName == BOLD
    pieces = [
        (unescape(_TAG.sub("", line)), bold_style or "<b>" in line) for line in _BREAK.split(markup)
    ]
    return ShapedParagraph(pieces, style)
