"""How user text is written into Mermaid `journey` diagrams, and read back.

Mermaid's journey lexer (user-journey/parser/journey.jison) knows no escapes. A task name ends at
":", "#" (a comment) or ";"; a section name too; a title at "#" or ";"; "%%" after any character
but "}" starts a comment; commas separate actors. So those characters are swapped for visible
look-alikes that render the same (U+A789 modifier colon, fullwidth number sign, semicolon and
percent sign, U+201A low comma), and newlines become spaces.

Only a task line starts with user text, so only a task name can be mistaken for a keyword
("Journey map", "Title page", "Section 2"): there one letter of the keyword is swapped for its
Cyrillic twin ("journ\u0435y"), which looks the same, is no keyword to Mermaid, and is swapped back
on import. A section name or a title follows its keyword and needs nothing of the kind. Exports
of older versions put an invisible zero-width space before such names; the importer drops it.
"""

from __future__ import annotations

import re
import unicodedata

LOOK_ALIKES = {":": "\ua789", "#": "\uff03", ";": "\uff1b"}
ACTOR_COMMA = "\u201a"
PERCENTS = ("%%", "%\uff05")
CLOSING_BRACE = "\uff5d"
ZERO_WIDTH_SPACE = "\u200b"
# A task line Mermaid would read as something else, and the letter that is swapped to stop it.
_KEYWORD_START = re.compile(
    r"^(journey|title\s|section\s|acctitle\s*:|accdescr\s*[:{])", re.IGNORECASE
)
_CYRILLIC = {"a": "\u0430", "A": "\u0410", "e": "\u0435", "E": "\u0415", "o": "\u043e"}
_CYRILLIC.update({"O": "\u041e"})
_LATIN = {cyrillic: latin for latin, cyrillic in _CYRILLIC.items()}
_SWAP_AT = {"journey": 1, "title": 4, "section": 1, "acctitle": 0, "accdescr": 0}


def _one_line(text: str, keep: str = "") -> str:
    # Control characters (NUL, escape, …) are no text anyone meant to show; Mermaid chokes on some.
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    line = " ".join(text.split())
    for char, look_alike in LOOK_ALIKES.items():
        if char not in keep:
            line = line.replace(char, look_alike)
    return line.replace(*PERCENTS)


def escape_title(text: str) -> str:
    """A title or accessible text: everything up to "#" or ";" belongs to it."""
    return _one_line(text, keep=":")


def escape_section(text: str) -> str:
    return _one_line(text)


def escape_task(text: str) -> str:
    """A task name, which opens its line: it must not read as a keyword."""
    line = _one_line(text)
    keyword = _KEYWORD_START.match(line)
    if keyword:
        word = re.match(r"[a-z]+", keyword.group(1), re.IGNORECASE).group(0).casefold()
        at = _SWAP_AT[word]
        line = line[:at] + _CYRILLIC[line[at]] + line[at + 1 :]
    return line


def escape_actor(text: str) -> str:
    return _one_line(text).replace(",", ACTOR_COMMA)


def escape_block(text: str) -> str:
    """Lines of an `accDescr { … }` block, which ends at the first "}"."""
    lines = (_one_line(line, keep=":#;") for line in text.splitlines())
    return "\n".join(line.replace("}", CLOSING_BRACE) for line in lines if line)


def unescape(text: str) -> str:
    text = text.replace(ZERO_WIDTH_SPACE, "")
    for char, look_alike in LOOK_ALIKES.items():
        text = text.replace(look_alike, char)
    text = text.replace(PERCENTS[1], PERCENTS[0]).replace(CLOSING_BRACE, "}")
    # A name is one line in Mermaid and is written with single spaces, so it is read so too.
    return " ".join(text.replace(ACTOR_COMMA, ",").split())


def unescape_task(text: str) -> str:
    """A task name back, with a keyword letter swapped by escape_task swapped back."""
    name = unescape(text)
    latin = "".join(_LATIN.get(char, char) for char in name[:9])
    if latin != name[:9] and _KEYWORD_START.match(latin + name[9:]):
        return latin + name[9:]
    return name
