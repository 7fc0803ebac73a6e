"""How user text is written into Mermaid `journey` diagrams, and read back.

Mermaid's journey lexer ends a task name at ":" and a line at "#" (a comment) or ";" and knows no
escapes, and it reads a line that starts with a keyword (journey, title, section, accTitle,
accDescr) or "%%" as something else. So the characters are swapped for look-alikes that render
the same (U+A789 modifier colon, fullwidth number sign and semicolon), newlines become spaces, and
a name that starts like a keyword gets an invisible zero-width space in front. The importer swaps
them back, so text survives a round trip.
"""

from __future__ import annotations

import re

LOOK_ALIKES = {":": "\ua789", "#": "\uff03", ";": "\uff1b"}
ZERO_WIDTH_SPACE = "\u200b"
_KEYWORD_START = re.compile(r"^(journey|title\s|section\s|acctitle|accdescr|%%)", re.IGNORECASE)


def escape(text: str, *, keep_colon: bool = False) -> str:
    """`text` as one line Mermaid reads back unchanged (apart from newlines)."""
    line = " ".join(text.split())
    for char, look_alike in LOOK_ALIKES.items():
        if not (keep_colon and char == ":"):
            line = line.replace(char, look_alike)
    if _KEYWORD_START.match(line):
        line = ZERO_WIDTH_SPACE + line
    return line


def unescape(text: str) -> str:
    text = text.replace(ZERO_WIDTH_SPACE, "")
    for char, look_alike in LOOK_ALIKES.items():
        text = text.replace(look_alike, char)
    return text.strip()
