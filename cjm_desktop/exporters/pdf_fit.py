"""User text cut to the room it has in the PDF, ending in an ellipsis, so no text can make a
table row or a heading taller than a page.

reportlab cannot break one table row over pages, and a 100,000-character action title or map
title made a row "too large on page" (LayoutError); a heading taller than the page pushed the map
to a negative scale. Each such paragraph is built from its texts at full length when it fits its
box, else from the longest beginning that fits (found by bisection over the text's length,
after a cheap upper bound so a huge text is never laid out whole). The full text stays in the
project and in the Excel workbook; the report says so where it cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from .pdf_shaped_paragraph import paragraph as Paragraph  # any script (see there)
from .pdf_text import markup

ELLIPSIS = "…"
#: The narrowest glyph of the report's fonts (a space, "i", "l") is about a quarter em; a fifth
#: keeps the upper bound on what can fit safely above what really fits.
_NARROWEST_EM = 0.2
#: The widest glyphs (W, M, symbols) are about an em: text shorter than a line of those (halved
#: for word wrapping) surely fits and is not measured, which keeps a long plan as fast as before.
_WIDEST_EM = 1.0


def cut_texts(texts: Sequence[str], length: int) -> list[str]:
    """The first `length` characters of `texts` read one after another; the text that is cut
    ends in an ellipsis and the ones after it become empty."""
    out: list[str] = []
    left, cut = length, False
    for text in texts:
        if cut:
            out.append("")
        elif left >= len(text):
            out.append(text)
            left -= len(text)
        else:
            out.append(text[:left].rstrip() + ELLIPSIS)
            cut = True
    return out


def _height(flowable: Flowable, width: float) -> float:
    return flowable.wrap(width, 1e9)[1]


def fitted(
    texts: Sequence[str],
    build: Callable[[list[str]], Flowable],
    style: ParagraphStyle,
    width: float,
    max_height: float,
) -> tuple[Flowable, bool]:
    """`build(texts)` when it is at most `max_height` tall at `width`; else `build` of the texts
    cut (cut_texts) to the longest beginning that is. Returns the flowable and whether it cut."""
    total = sum(len(t) for t in texts)
    safe_per_line = max(1.0, width / (style.fontSize * _WIDEST_EM) / 2)
    breaks = sum(t.count("\n") for t in texts)
    if (total / safe_per_line + breaks + 1) * style.leading <= max_height:
        return build(list(texts)), False
    lines = max(1, int(max_height / style.leading) + 1)
    per_line = max(1, int(width / (style.fontSize * _NARROWEST_EM)) + 1)
    bound = lines * per_line  # more characters than this cannot fit
    if total <= bound:
        whole = build(list(texts))
        if _height(whole, width) <= max_height:
            return whole, False
    low, high = 0, min(total, bound)  # build(cut to low) fits; cut to high does not
    best = build(cut_texts(texts, 0))
    while high - low > 1:
        middle = (low + high) // 2
        candidate = build(cut_texts(texts, middle))
        if _height(candidate, width) <= max_height:
            low, best = middle, candidate
        else:
            high = middle
    return best, True


def fitted_paragraph(
    text: str, style: ParagraphStyle, width: float, max_height: float
) -> tuple[Paragraph, bool]:
    """A Paragraph of user `text` (escaped with markup) no taller than `max_height`."""
    return fitted([text], lambda t: Paragraph(markup(t[0]), style), style, width, max_height)


def fitted_text(text: str, style: ParagraphStyle, width: float, max_height: float) -> str:
    """`text` as fitted_paragraph would set it: whole, or cut and ending in an ellipsis (for a
    table that builds its own Paragraphs from the text)."""

    def build(texts: list[str]) -> Paragraph:
        paragraph = Paragraph(markup(texts[0]), style)
        paragraph.source_text = texts[0]
        return paragraph

    paragraph, _ = fitted([text], build, style, width, max_height)
    return paragraph.source_text
