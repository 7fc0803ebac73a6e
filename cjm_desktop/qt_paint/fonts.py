"""The canvas font: the bundled Noto Sans, the same face the PDF embeds, so text wraps on screen
where the layout (and so the PDF) wraps it."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from ..resource_paths import resource

FONT_DIR = resource("fonts")


@cache
def _family() -> str:
    family = "Sans Serif"
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


@cache
def canvas_font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font whose em is `size` scene units (scene units are the layout's points)."""
    font = QFont(_family())
    # Pixel sizes do not depend on the screen's dpi, so one scene unit is one layout point.
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setItalic(italic)
    # Layout measured the text without hinting; hinting would change widths per zoom level.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
