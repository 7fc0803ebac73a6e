"""Which embedded font draws each character of Paragraph text (cover, tables, persona pages):
Noto Sans, else the first face of the fallback chain that has it (layout.font_fallback: the
bundled Arabic, Hebrew and symbol faces, then installed fonts), else a visible '□'.

reportlab draws nothing for a character its font has no glyph for, so "≥ 4,7 ★" would print as
" 4,7" in Noto Sans; what no font has prints as '□' instead of vanishing, and is reported
(pdf_shaped_text.collect_missing). Paragraphs are not shaped: map text is (pdf_shaped_text).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from ..layout.font_fallback import is_simple, items
from ..layout.shaping import MISSING
from .pdf_fonts import SYMBOLS
from .pdf_shaped_text import font_name, note_missing

__all__ = ["MISSING", "markup_runs", "runs"]

# Default-ignorable code points (variation selectors, joiners, bidi marks, soft hyphen, tags):
# invisible by design, so they are dropped rather than shown as '□' (an emoji's U+FE0F).
_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3\U000e0000-\U000e0fff]"
)


def runs(text: str) -> list[tuple[str, str | None]]:
    """`text` as (piece, font) runs, font None for Noto Sans; missing characters as '□'."""
    if is_simple(text):
        return [(text, None)] if text else []
    text = _IGNORABLE.sub("", text)
    out: list[tuple[str, str | None]] = []
    for piece, face in items(text):
        if face is None:
            note_missing(piece)
            piece, name = MISSING * len(piece), SYMBOLS
        else:
            name = None if face.primary else font_name(face)
        if out and out[-1][1] == name:
            out[-1] = (out[-1][0] + piece, name)
        else:
            out.append((piece, name))
    return out


def markup_runs(text: str) -> str:
    """Escaped Paragraph markup of `text` with each run in the font that has it."""
    return "".join(
        f'<font name="{name}">{escape(piece)}</font>' if name else escape(piece)
        for piece, name in runs(text)
    )
