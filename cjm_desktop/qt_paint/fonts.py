"""The canvas font: the bundled Noto Sans, the same face the PDF embeds, so text wraps on screen
where the layout (and so the PDF) wraps it; then the bundled Noto Sans Arabic and Hebrew, which
the PDF falls back to as well. Other scripts (CJK, Thai, emoji) Qt finds among the installed
fonts itself, and shapes every script itself."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from ..resource_paths import resource

FONT_DIR = resource("fonts")


@cache
def _add(names: tuple[str, ...], fallback: str) -> str:
    family = fallback
    for name in names:
        font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def _family() -> str:
    return _add(("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"), "Sans Serif")


@cache
def _families() -> list[str]:
    """Noto Sans first, then the bundled right-to-left faces in the order the PDF tries them."""
    scripts = [
        _add((f"NotoSans{script}-Regular.ttf", f"NotoSans{script}-Bold.ttf"), "")
        for script in ("Arabic", "Hebrew")
    ]
    return [_family(), *filter(None, scripts)]


@cache
def canvas_font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font whose em is `size` scene units (scene units are the layout's points)."""
    font = QFont(_family())
    font.setFamilies(_families())
    # Pixel sizes do not depend on the screen's dpi, so one scene unit is one layout point.
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setItalic(italic)
    # Layout measured the text without hinting; hinting would change widths per zoom level.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
