"""Which embedded font draws each character: Noto Sans, else the symbol fallback, else '□'.

reportlab draws nothing for a character its font has no glyph for, so "≥ 4,7 ★" would print as
" 4,7" in Noto Sans. Text is cut into runs by glyph coverage: characters Noto Sans lacks go to
the bundled symbol font (a DejaVu Sans subset: arrows, maths, shapes, ★ ✓ ☎, emoticons); what
neither font has (CJK, Arabic, most emoji) prints as a visible '□' instead of vanishing.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase.ttfonts import TTFontFile

from ..layout.text_metrics import font_path
from .pdf_fonts import SYMBOLS, symbol_font_path

MISSING = "□"

# Default-ignorable code points (variation selectors, joiners, bidi marks, soft hyphen, tags):
# invisible by design, so they are dropped rather than shown as '□' (an emoji's U+FE0F).
_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3\U000e0000-\U000e0fff]"
)


@cache
def _coverage() -> tuple[frozenset[int], frozenset[int]]:
    """Code points of Noto Sans (its three faces cover the same) and of the symbol font."""
    primary = frozenset(TTFontFile(str(font_path())).charToGlyph)
    symbols = frozenset(TTFontFile(str(symbol_font_path())).charToGlyph)
    return primary, symbols


def runs(text: str) -> list[tuple[str, bool]]:
    """`text` as (piece, in_symbol_font) runs; missing characters replaced by '□'."""
    if text.isascii():
        return [(text, False)] if text else []
    primary, symbols = _coverage()
    if _IGNORABLE.search(text):
        text = _IGNORABLE.sub("", text)
    if all(ord(c) in primary for c in text):
        return [(text, False)] if text else []
    out: list[tuple[str, bool]] = []
    piece, fallback = "", False
    for char in text:
        code = ord(char)
        if code in primary or char in "\n\t":
            wanted, char_out = False, char
        else:
            wanted, char_out = True, char if code in symbols else MISSING
        if wanted != fallback and piece:
            out.append((piece, fallback))
            piece = ""
        fallback = wanted
        piece += char_out
    if piece:
        out.append((piece, fallback))
    return out


def markup_runs(text: str) -> str:
    """Escaped Paragraph markup of `text` with symbol runs in the fallback font."""
    return "".join(
        f'<font name="{SYMBOLS}">{escape(piece)}</font>' if fallback else escape(piece)
        for piece, fallback in runs(text)
    )
