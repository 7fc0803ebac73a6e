"""A persona's page in the PDF report: name, tagline, photo and quote, then the questionnaire.

The answers sit in one wide column when they fit on the page, else in two columns side by side;
a persona with more than two columns of answers continues on a next page under a heading that
says so, rather than spilling a few rows onto a page of their own.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from ..model import QUESTIONNAIRE_FIELDS, Persona
from .pdf_fit import fitted, fitted_paragraph, fitted_text
from .pdf_labels import Labels
from .pdf_pictures import PictureFlowable, read_picture
from .pdf_shaped_paragraph import paragraph as Paragraph  # any script (see there)
from .pdf_text import markup

LABEL_W = 55 * mm
COLUMN_LABEL_W = 38 * mm
GUTTER = 8 * mm
QUOTE_W = 140 * mm
_ROW_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#e0e4e8")),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
]
_OUTER_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _answers(persona: Persona, labels: Labels) -> list[tuple[str, str]]:
    rows = [
        (labels.persona_field(name), getattr(persona, name))
        for name in QUESTIONNAIRE_FIELDS
        if getattr(persona, name)
    ]
    rows += [(f.label or labels["custom"], f.value) for f in persona.custom_fields if f.value]
    return rows


def _table(rows: list[tuple[str, str]], st, label_w: float, width: float) -> Table:
    cells = [
        [Paragraph(markup(label), st["muted"]), Paragraph(markup(value), st["base"])]
        for label, value in rows
    ]
    table = Table(cells, colWidths=[label_w, width - label_w], hAlign="LEFT")
    table.setStyle(TableStyle(_ROW_STYLE))
    return table


def _heights(rows: list[tuple[str, str]], st, label_w: float, width: float) -> list[float]:
    return [_table([row], st, label_w, width).wrap(width, 1e6)[1] for row in rows]


def _fill(heights: list[float], start: int, avail: float) -> int:
    """The end of the rows from `start` that fit in `avail` (at least one row)."""
    end, used = start, 0.0
    while end < len(heights) and (end == start or used + heights[end] <= avail):
        used += heights[end]
        end += 1
    return end


def _balanced(heights: list[float], start: int) -> int:
    """Where to split rows start.. into two columns of about equal height."""
    total = sum(heights[start:])
    best, best_tallest, left = start + 1, float("inf"), 0.0
    for split in range(start + 1, len(heights) + 1):
        left += heights[split - 1]
        tallest = max(left, total - left)
        if tallest < best_tallest:
            best, best_tallest = split, tallest
    return best


def _header(persona: Persona, labels: Labels, st, title: str, frame_w: float) -> list:
    # Name and tagline cut to two lines, the quote to a few: the answers need the page.
    parts: list = [fitted_paragraph(title, st["h2"], frame_w, 2 * st["h2"].leading)[0]]
    if persona.tagline:
        parts.append(
            fitted_paragraph(persona.tagline, st["muted"], frame_w, 4 * st["muted"].leading)[0]
        )
    head: list = []
    widths: list[float] = []
    reader = read_picture(persona.photo) if persona.photo else None
    if reader is not None:
        w, h = reader.getSize()
        scale = min(40 * mm / w, 40 * mm / h)
        head.append(PictureFlowable(reader, w * scale, h * scale))
        widths.append(w * scale + 10 * mm)
    if persona.quote:
        # The quote beside the photo, not pushed to the far half of the page.
        quote, _ = fitted(
            [persona.quote],
            lambda t: Paragraph("“" + markup(t[0]) + "”", st["quote"]),
            st["quote"],
            QUOTE_W - 12,
            6 * st["quote"].leading,
        )
        head.append(quote)
        widths.append(QUOTE_W)
    if head:
        style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)]
        parts += [Spacer(1, 3 * mm), Table([head], colWidths=widths, hAlign="LEFT", style=style)]
    return [*parts, Spacer(1, 4 * mm)]


def _used(flowables: list, width: float, height: float) -> float:
    return sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def persona_pages(persona: Persona, labels: Labels, st, frame: tuple[float, float]) -> list:
    frame_w, frame_h = frame
    title = f"{labels['persona']}: {persona.name or '—'}"
    header = _header(persona, labels, st, title, frame_w)
    # Each answer cut to half a page (in the narrow column, so it fits the wide one too): an
    # answer split over many pages made reportlab lay it out again for every page (minutes).
    value_w = (frame_w - GUTTER) / 2 - COLUMN_LABEL_W - 12
    rows = [
        (
            fitted_text(label, st["muted"], COLUMN_LABEL_W - 12, frame_h / 4),
            fitted_text(value, st["base"], value_w, frame_h / 2),
        )
        for label, value in _answers(persona, labels)
    ]
    avail = frame_h - _used(header, frame_w, frame_h) - 2
    wide = _heights(rows, st, LABEL_W, frame_w)
    if sum(wide) <= avail:
        return (
            [*header, _table(rows, st, LABEL_W, frame_w), PageBreak()]
            if rows
            else [
                *header,
                PageBreak(),
            ]
        )
    column_w = (frame_w - GUTTER) / 2
    narrow = _heights(rows, st, COLUMN_LABEL_W, column_w)
    if max(narrow) > frame_h / 2:
        # An answer too long for a column: one wide table, its rows split over pages.
        table = _table(rows, st, LABEL_W, frame_w)
        table.splitInRow = 1
        return [*header, table, PageBreak()]
    out, start = list(header), 0
    while start < len(rows):
        middle = _balanced(narrow, start)
        if max(sum(narrow[start:middle]), sum(narrow[middle:])) <= avail:
            end = len(rows)
        else:
            middle = _fill(narrow, start, avail)
            end = _fill(narrow, middle, avail) if middle < len(rows) else middle
        columns = [
            _table(rows[start:middle], st, COLUMN_LABEL_W, column_w),
            _table(rows[middle:end], st, COLUMN_LABEL_W, column_w) if end > middle else "",
        ]
        outer = Table([columns], colWidths=[column_w + GUTTER, column_w], hAlign="LEFT")
        outer.setStyle(TableStyle(_OUTER_STYLE))
        out += [outer, PageBreak()]
        start = end
        if start < len(rows):
            text = labels["continued"].format(title=title)
            heading, _ = fitted_paragraph(text, st["h2"], frame_w, 2 * st["h2"].leading)
            out += [heading, Spacer(1, 4 * mm)]
            avail = frame_h - _used(out[-2:], frame_w, frame_h) - 2
    return out
