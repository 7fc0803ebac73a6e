"""The one text sanitiser for every XML-based output (SVG pictures, the xlsx workbook, and any
later XML export): user text made into characters XML 1.0 can hold.

XML 1.0 forbids the C0 control characters except tab, newline and carriage return, lone
surrogates and the non-characters U+FFFE and U+FFFF; a file holding one is not well-formed, so
browsers refuse the SVG and openpyxl raises IllegalCharacterError. A vertical tab or form feed is
what Word and some web forms paste for a manual line break (Shift+Enter), so those two become a
newline rather than vanish; the other forbidden characters carry no meaning in a title and are
dropped. No Qt here: the openpyxl exporters use it too.
"""

from __future__ import annotations

import re

# Line breaks by another name: Word's manual line break (VT) and the page break (FF).
_LINE_BREAKS = re.compile("[\x0b\x0c]")
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """`text` with every character XML 1.0 forbids replaced (line breaks) or removed."""
    return _ILLEGAL.sub("", _LINE_BREAKS.sub("\n", text))


def is_xml_safe(text: str) -> bool:
    return xml_text(text) == text
