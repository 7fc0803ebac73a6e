"""The embedded PDF fonts: the bundled Noto Sans, and a symbol font for the characters Noto Sans
lacks (pdf_glyphs decides which draws what), registered once with reportlab.

A TrueType font is embedded (subset) in every PDF, so Dutch and other text (ë, €, ‘’, Cyrillic)
prints right on any machine, and it is the face the layout measured with.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import tables

from ..layout.text_metrics import font_path
from ..resource_paths import resource

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"
SYMBOLS = "CjmSymbols"


def symbol_font_path() -> Path:
    return resource("fonts", "CjmSymbols-Regular.ttf")


_plain_to_unicode_cmap = ttfonts.makeToUnicodeCMap
_ENTRY = re.compile(r"^<([0-9A-F]{2})> <([0-9A-F]{4,6})>$", re.MULTILINE)

# Private code points that stand for shaped glyphs (pdf_shaped_text), and the text each glyph
# reads as: a ToUnicode CMap entry may name several characters (a ligature's).
GLYPH_TEXT: dict[int, str] = {}


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _entry(match: re.Match) -> str:
    code = int(match.group(2), 16)
    return f"<{match.group(1)}> <{_utf16(GLYPH_TEXT.get(code, chr(code)))}>"


def _to_unicode_cmap(fontname, subset) -> str:
    """reportlab writes a character beyond U+FFFF (😀) as 5 hex digits, which text extraction
    and search read as a wrong character; a ToUnicode CMap wants UTF-16, a surrogate pair. A
    shaped glyph's private code point is written as the text it stands for."""
    return _ENTRY.sub(_entry, _plain_to_unicode_cmap(fontname, subset))


@cache
def register_fonts() -> str:
    """Register the family (idempotent) and return the regular font's name."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path())))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path(bold=True))))
    pdfmetrics.registerFont(TTFont(ITALIC, str(font_path(italic=True))))
    # So <b> and <i> in Paragraph markup pick the right face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    pdfmetrics.registerFont(TTFont(SYMBOLS, str(symbol_font_path())))
    # One face only: a symbol inside <b> or <i> keeps its regular shape.
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(SYMBOLS, bold, italic, SYMBOLS)
    # Table cells set their style's font even when they hold Paragraphs; the default is
    # Helvetica, which would then be named (not embedded) in the file.
    tables.CellStyle.fontname = REGULAR
    return REGULAR
