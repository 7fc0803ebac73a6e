"""Paper for the PDF: named sheets, custom sizes, and the Auto choice of the smallest sheet on
which a map's card text stays readable.

Card text is 12 pt on the map (layout Style.card_font); printed at scale s it is 12*s pt, so a map
is readable at a scale of at least MIN_TEXT_PT / 12. Auto tries A4 up to A0 and takes the first on
which the map, columns widened or narrowed to the sheet's shape, fits at that scale; past A0 the
map is tiled at that scale over TILE_SHEET pages.
"""

from __future__ import annotations

import re

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

# reportlab's sizes in points (reportlab.lib.pagesizes and .units; a test checks they agree),
# written out because the settings of the window read this module at start-up, and reportlab's
# import costs the first window ~20 ms it does not need.
inch = 72.0
mm = inch / 25.4
A0 = (841 * mm, 1189 * mm)
A1 = (594 * mm, 841 * mm)
A2 = (420 * mm, 594 * mm)
A3 = (297 * mm, 420 * mm)
A4 = (210 * mm, 297 * mm)
LETTER = (8.5 * inch, 11 * inch)


def landscape(size: tuple[float, float]) -> tuple[float, float]:
    w, h = size
    return (h, w) if w < h else (w, h)


def portrait(size: tuple[float, float]) -> tuple[float, float]:
    w, h = size
    return (h, w) if w > h else (w, h)


#: The smallest printed text size (points) a default export keeps; `--min-text-pt` overrides it.
MIN_TEXT_PT = 7.0
AUTO = "auto"
SHEETS: dict[str, tuple[float, float]] = {
    "A4": A4,
    "A3": A3,
    "A2": A2,
    "A1": A1,
    "A0": A0,
    "letter": LETTER,
    "tabloid": (11 * inch, 17 * inch),
}
AUTO_SHEETS = ("A4", "A3", "A2", "A1", "A0")
#: Where Auto tiles a map too big for A0: a sheet an office printer takes.
TILE_SHEET = "A3"
#: What Auto prints the cover, personas and action plan on.
TEXT_SHEET = "A4"
_CUSTOM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(mm)?\s*$", re.I)
_CTX = "export"
# A custom sheet between a business card and a 5 m banner: outside that is a typo.
_CUSTOM_MM = (50.0, 5000.0)


def _bad_paper(text: str) -> UserError:
    return UserError(
        UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(
                _CTX,
                "Unknown paper size '{paper}'. Use auto, A4, A3, A2, A1, A0, letter, tabloid or "
                "a custom size such as 500x300mm (50 to 5000 mm a side).",
            ),
            paper=text,
        )
    )


def normalise_paper(text: str) -> str:
    """ "auto", a sheet name of SHEETS, or a custom "WxHmm"; UserError for anything else."""
    value = (text or "").strip()
    if value.lower() == AUTO:
        return AUTO
    for name in SHEETS:
        if value.lower() == name.lower():
            return name
    match = _CUSTOM.match(value)
    if match:
        w, h = (float(g.replace(",", ".")) for g in match.group(1, 2))
        low, high = _CUSTOM_MM
        if low <= w <= high and low <= h <= high:
            return f"{w:g}x{h:g}mm"
    raise _bad_paper(text)


def sheet_size(paper: str, orientation: str = "landscape") -> tuple[float, float]:
    """The page size in points of a named or custom sheet, turned to `orientation`."""
    name = normalise_paper(paper)
    if name == AUTO:
        name = TEXT_SHEET
    if name in SHEETS:
        size = SHEETS[name]
    else:
        match = _CUSTOM.match(name)
        w, h = (float(g) * mm for g in match.group(1, 2))
        size = (w, h)
    return landscape(size) if orientation == "landscape" else portrait(size)
