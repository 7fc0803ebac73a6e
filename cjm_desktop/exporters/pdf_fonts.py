"""The embedded PDF font: the bundled Noto Sans, registered once with reportlab.

A TrueType font is embedded (subset) in every PDF, so Dutch and other text (ë, €, ‘’, Cyrillic)
prints right on any machine, and it is the face the layout measured with.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import tables

from ..layout.text_metrics import font_path

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ITALIC = "NotoSans-Italic"


@cache
def register_fonts() -> str:
    """Register the family (idempotent) and return the regular font's name."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path())))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path(bold=True))))
    pdfmetrics.registerFont(TTFont(ITALIC, str(font_path(italic=True))))
    # So <b> and <i> in Paragraph markup pick the right face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    # Table cells set their style's font even when they hold Paragraphs; the default is
    # Helvetica, which would then be named (not embedded) in the file.
    tables.CellStyle.fontname = REGULAR
    return REGULAR
