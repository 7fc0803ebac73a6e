"""The workbook's one typeface for every styled cell.

openpyxl's Font() names no face and no size; LibreOffice then sets such cells (every header)
in a serif at 10 pt beside the body's Calibri 11, and Excel falls back on its own.
"""

from __future__ import annotations

from openpyxl.styles import Font

FACE = "Calibri"  # the workbook's default style, which unstyled cells use
SIZE = 11.0


def font(*, size: float = SIZE, **kwargs) -> Font:
    """A Font in the workbook's face: bold, italic, colour and size as given."""
    return Font(name=FACE, size=size, **kwargs)
