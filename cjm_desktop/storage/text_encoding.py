"""The text of a project file from its bytes: UTF-8 as we write it, and the Unicode encodings
other editors save JSON in (UTF-8 with a byte-order mark, UTF-16 and UTF-32, with or without a
mark), so a file that went through Notepad still opens. Anything else gets a clear message.
"""

from __future__ import annotations

import codecs

from . import load_errors as errors

# Longest marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def decode_text(data: bytes, source: str) -> str:
    """The text of `data`; raises UserError when it is binary or in another encoding."""
    encoding, name, skip = _encoding_of(data)
    if encoding == "utf-8":
        if b"\x00" in data[:8192]:
            raise errors.binary(source)
        try:
            return data[skip:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise errors.not_utf8(source, exc) from exc
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise errors.not_utf16(source, name) from exc
    if "\x00" in text[:8192]:
        raise errors.binary(source)
    return text


def _encoding_of(data: bytes) -> tuple[str, str, int]:
    """(codec, name for messages, bytes of mark to skip). Without a mark, the zero bytes around
    the first character tell UTF-16 and UTF-32 apart (JSON starts with an ASCII character),
    as RFC 4627 describes."""
    for mark, encoding, name in _MARKS:
        if data.startswith(mark):
            return encoding, name, len(mark)
    head = data[:4]
    if len(head) == 4 and head[0] and not any(head[1:]):
        return "utf-32-le", "UTF-32", 0
    if len(head) == 4 and head[3] and not any(head[:3]):
        return "utf-32-be", "UTF-32", 0
    if len(head) >= 2 and head[0] and not head[1] and _mostly_zero(data[1::2]):
        return "utf-16-le", "UTF-16", 0
    if len(head) >= 2 and head[1] and not head[0] and _mostly_zero(data[0::2]):
        return "utf-16-be", "UTF-16", 0
    return "utf-8", "UTF-8", 0


def _mostly_zero(every_other: bytes) -> bool:
    # ASCII-heavy JSON in UTF-16 has a zero in every other byte; a binary file rarely does.
    sample = every_other[:4096]
    return sample.count(0) >= len(sample) * 0.9
