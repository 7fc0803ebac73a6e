"""The map's persona in the top-left corner of a printed map (PDF, PNG, SVG): photo, name and
tagline, as on the canvas (ui/canvas/persona_card_item.py), so every page of a map, tiled ones
too, says whose journey it is. Drawn through a map painter (see map_drawing.py)."""

from __future__ import annotations

from ..layout.geometry import Box
from ..layout.style import BACKGROUND, TEXT_COLOR
from ..layout.text_metrics import ascent, wrap
from ..model import Persona

PHOTO = 46.0
PAD = 8.0
BADGE = "#b0bec5"
MUTED = "#7d8b93"  # the canvas's text colour at 65% on white
BORDER = "#d5dbe1"
LINE = 1.362  # Noto Sans ascent + descent, in ems: Qt's line height for the font


def _photo_circle(p, box: Box, persona: Persona, reader: object | None) -> None:
    x, y, w, h = box
    cx, cy, r = x + w / 2, y + h / 2, w / 2
    if reader is None:
        p.circle(cx, cy, r, BADGE)
        letters = "".join(word[0] for word in persona.name.split()[:2]).upper() or "?"
        p.text(cx, cy + ascent(17, True) / 2 - 1, letters, 17, "#ffffff", bold=True, centre=True)
        return
    p.photo_circle(cx, cy, r, reader)


def draw_persona_card(
    p, corner: Box, persona: Persona, caption: str, photo_reader: object | None
) -> None:
    """The card filling `corner` (map coordinates): photo left, caption, name and tagline right;
    the persona's initials in the circle without a usable photo (`photo_reader` None)."""
    x, y, w, h = corner
    if w <= 0 or h <= 0:
        return
    p.rect(corner, BACKGROUND)
    card = (x + 3, y + 3, w - 6, h - 6)
    p.rect(card, "#ffffff", BORDER, radius=6, width=1)
    cx, cy, cw, ch = card
    photo = (cx + PAD, cy + ch / 2 - PHOTO / 2, PHOTO, PHOTO)
    _photo_circle(p, photo, persona, photo_reader)
    left = photo[0] + PHOTO + PAD
    width = cx + cw - PAD - left
    rows = [(9.0, True, caption.upper(), MUTED)]
    rows += [
        (13.0, True, line, TEXT_COLOR) for line in wrap(persona.name or "—", width, 13, True, 2)
    ]
    if persona.tagline:
        rows.append((10.0, False, wrap(persona.tagline, width, 10, False, 1)[0], TEXT_COLOR))
    top = cy + ch / 2 - sum(size * LINE for size, *_ in rows) / 2
    for size, bold, text, colour in rows:
        p.text(left, top + ascent(size, bold), text, size, colour, bold=bold)
        top += size * LINE
