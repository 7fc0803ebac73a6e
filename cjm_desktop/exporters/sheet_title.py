"""Worksheet names made from user text: what Excel accepts, and unique within the workbook.

Excel allows at most 31 characters, none of [ ] : * ? / \\, no leading or trailing apostrophe,
not the reserved name "History", and compares names without regard to case.
"""

from __future__ import annotations

import re

from .safe_cell import clean_text

MAX_TITLE = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_RESERVED = {"history"}


def _trimmed(text: str) -> str:
    """Cut to MAX_TITLE first, then trimmed: the cut can leave an apostrophe or a space at the
    end, so the edges are cleaned after it, never before."""
    title = " ".join(_FORBIDDEN.sub(" ", clean_text(text)).split())
    return title[:MAX_TITLE].strip("' ")


def sanitize_title(text: str, fallback: str) -> str:
    """`text` as a valid sheet name (without the uniqueness rule); `fallback` when nothing of
    `text` is left or it is a reserved name."""
    title = _trimmed(text)
    if not title or title.casefold() in _RESERVED:
        title = _trimmed(fallback) or "Sheet"
    return title


class SheetTitles:
    """Hands out sheet names, each unique (case-insensitively) among those handed out before."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def take(self, text: str, fallback: str) -> str:
        base = sanitize_title(text, fallback)
        title = base
        n = 2
        while title.casefold() in self._used:
            suffix = f" ({n})"
            title = base[: MAX_TITLE - len(suffix)].rstrip("' ") + suffix
            n += 1
        self._used.add(title.casefold())
        return title
