"""The one place that turns user text into reportlab Paragraph markup.

Paragraphs interpret <b>, &amp; and friends; user text must print literally, so it is escaped
here and nowhere else. Control characters that PDF text cannot carry are dropped; characters the
main font lacks are set in the symbol font (pdf_glyphs).
"""

from __future__ import annotations

import re

from .pdf_glyphs import markup_runs

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def plain(text: str | None) -> str:
    """User text for drawString: no control characters."""
    return _CONTROL.sub("", text or "")


def markup(text: str | None) -> str:
    """User text as safe Paragraph markup; line breaks are kept."""
    cleaned = plain(text).replace("\r\n", "\n").replace("\r", "\n")
    return markup_runs(cleaned).replace("\n", "<br/>")
