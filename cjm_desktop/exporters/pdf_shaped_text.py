"""Shaped lines on a reportlab canvas: the glyphs of layout.shaping, each set where HarfBuzz
placed it, in the fallback font that has it (registered with reportlab on first use and
embedded as a subset of the glyphs used).

The glyphs of a shaped line are in display order and some (Arabic joining forms, ligatures)
stand for no single character, so the line is wrapped in a marked-content span whose
/ActualText is the text in logical order: copy, search and pdftotext read what was typed.
Characters no installed font has are drawn as boxes and collected (`collect_missing`) so the
export can say which could not be printed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from ..layout.font_fallback import Face
from ..layout.shaping import MISSING, Run, missing_run, shaped_line
from .pdf_fonts import GLYPH_TEXT, register_fonts

_missing: ContextVar[set[str] | None] = ContextVar("missing_characters", default=None)

# Private-use code points (plane 15) stand for glyphs that no character maps to.
_PRIVATE_START = 0xF0000


@contextmanager
def collect_missing() -> Iterator[set[str]]:
    """Collect, in the set yielded, every character drawn as a box in this context."""
    found: set[str] = set()
    token = _missing.set(found)
    try:
        yield found
    finally:
        _missing.reset(token)


def note_missing(text: str) -> None:
    found = _missing.get()
    if found is not None:
        found.update(c for c in text if not c.isspace())


def font_name(face: Face) -> str:
    """The reportlab name of `face`, registered on first use."""
    register_fonts()
    if face.key not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(face.key, str(face.path), subfontIndex=face.index))
        # One face only: in a Paragraph's <b> or <i> it keeps its regular shape.
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(face.key, bold, italic, face.key)
    return face.key


_private: dict[tuple[str, int, str], int] = {}


def _code_for(font: TTFont, gid: int, text: str, advance: float) -> str:
    """The code point to draw glyph `gid` of `font` as: the character itself when the font maps
    it to that glyph, else a private code point that reads (ToUnicode) as `text`."""
    ttf = font.face
    if len(text) == 1 and ttf.charToGlyph.get(ord(text)) == gid:
        return text
    key = (font.fontName, gid, text)
    code = _private.get(key)
    if code is None:
        code = _PRIVATE_START + len(GLYPH_TEXT)
        while code in ttf.charToGlyph or code in GLYPH_TEXT:
            code += 1
        ttf.charToGlyph[code] = gid
        ttf.charWidths[code] = advance
        GLYPH_TEXT[code] = text
        _private[key] = code
    return chr(code)


def _glyph_texts(run: Run) -> list[str]:
    """What each glyph of `run` (display order) reads as: the characters of its HarfBuzz
    cluster, one a glyph in logical order, the last glyph taking what is left (a ligature),
    reversed in a right-to-left run."""
    starts = sorted({g.cluster for g in run.glyphs})
    ends = dict(zip(starts, [*starts[1:], len(run.text)], strict=True))
    texts = [""] * len(run.glyphs)
    order = range(len(run.glyphs) - 1, -1, -1) if run.rtl else range(len(run.glyphs))
    members: dict[int, list[int]] = {}
    for index in order:
        members.setdefault(run.glyphs[index].cluster, []).append(index)
    for cluster, indices in members.items():
        chars = run.text[cluster : ends[cluster]]
        for n, index in enumerate(indices):
            last = n == len(indices) - 1
            texts[index] = chars[n:] if last else chars[n : n + 1]
    if run.rtl:
        # Extractors read a right-to-left run as drawn and reverse it: a ligature's characters
        # (lam-alef) must then read in drawing order too.
        texts = [text[::-1] for text in texts]
    return texts


def _actual_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def line_width(text: str, size: float, bold: bool) -> float:
    return sum(run.width for run in shaped_line(text, bold)) * 0.001 * size


def draw_line(
    canv: Canvas, x: float, y: float, text: str, size: float, bold: bool, centre: bool
) -> None:
    """Draw one line whose baseline starts (or, `centre`, is centred) at (x, y)."""
    runs = shaped_line(text, bold)
    if centre:
        x -= sum(run.width for run in runs) * 0.001 * size / 2
    # q/Q: the fonts set here must not outlive the line (the painter tracks the canvas's font).
    canv.saveState()
    for run in runs:
        x = _draw_run(canv, x, y, run, size)
    canv.restoreState()


def _draw_run(canv: Canvas, x: float, y: float, run: Run, size: float) -> float:
    """Glyphs in display order. A right-to-left run reads back through ToUnicode, glyph by
    glyph, as text extractors expect (they reverse right-to-left words themselves); a
    left-to-right one, whose marks may be reordered (Devanagari), through /ActualText."""
    if run.missing:
        note_missing(run.text)
    try:
        name = font_name(run.face)
    except TTFError:  # an installed font reportlab cannot read after all: print boxes
        run = missing_run(run.text)
        note_missing(run.text)
        name = font_name(run.face)
    font = pdfmetrics.getFont(name)
    scale = 0.001 * size
    text = canv.beginText()
    text.setFont(name, size)
    texts = [MISSING] * len(run.glyphs) if run.missing else _glyph_texts(run)
    for glyph, reads in zip(run.glyphs, texts, strict=True):
        text.setTextOrigin(x + glyph.dx * scale, y + glyph.dy * scale)
        text.textOut(_code_for(font, glyph.gid, reads, glyph.advance))
        x += glyph.advance * scale
    if not run.rtl and not run.missing:
        canv._code.append(f"/Span <</ActualText {_actual_text(run.text)}>> BDC")
    canv.drawText(text)
    if not run.rtl and not run.missing:
        canv._code.append("EMC")
    return x
