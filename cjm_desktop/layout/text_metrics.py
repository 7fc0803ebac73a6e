"""Text measured with the bundled Noto Sans, so text wraps alike on screen and in the PDF.

The advance widths come from the font files themselves (as reportlab reads them, without any Qt);
the canvas draws with the same font files, unhinted, so a line that fits here fits there.
Text Noto Sans lacks (Arabic, CJK, emoji ...) is measured as the PDF draws it, shaped in its
fallback fonts (shaping), with a margin: the canvas's fallback may be another installed font of
the script (a colour emoji font is wider than the monochrome one the PDF embeds).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..resource_paths import resource
from .font_fallback import is_simple, joins_previous
from .font_metrics import FontMetrics, read_metrics

ELLIPSIS = "…"


def font_path(bold: bool = False, italic: bool = False) -> Path:
    name = (
        "NotoSans-Bold.ttf"
        if bold
        else ("NotoSans-Italic.ttf" if italic else "NotoSans-Regular.ttf")
    )
    return resource("fonts", name)


@cache
def _face(bold: bool) -> FontMetrics:
    return read_metrics(font_path(bold))


# Widen fallback runs by this much: the canvas may draw them in another face of the script.
BUNDLED_MARGIN = 1.1
SYSTEM_MARGIN = 1.3


def text_width(text: str, size: float, bold: bool = False) -> float:
    if is_simple(text, bold):
        return _face(bold).string_width(text, size)
    return _shaped_width(text, bold) * 0.001 * size


@cache
def _shaped_width(text: str, bold: bool) -> float:
    from .shaping import shaped_line

    total = 0.0
    for line in text.splitlines() or [""]:
        width = 0.0
        for run in shaped_line(line, bold):
            if run.face.primary:
                width += run.width
            else:
                width += run.width * (BUNDLED_MARGIN if run.face.bundled else SYSTEM_MARGIN)
        total = max(total, width)
    return total


def ascent(size: float, bold: bool = False) -> float:
    return _face(bold).ascent * size / 1000


def _break_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Split a word wider than the line into pieces that fit."""
    pieces, piece = [], ""
    for char in word:
        # Never between a character and its marks or joiners, nor inside an emoji sequence.
        if piece and not _glued(piece[-1], char) and text_width(piece + char, size, bold) > width:
            if char in NO_LINE_START and len(piece) > 1 and not _glued(piece[-2], piece[-1]):
                # A CJK comma or closing bracket never starts a line: take a character along.
                pieces.append(piece[:-1])
                piece = piece[-1] + char
            else:
                pieces.append(piece)
                piece = char
        else:
            piece += char
    return [*pieces, piece]


# Punctuation a Chinese or Japanese line does not start with (kinsoku shori, simplified).
NO_LINE_START = frozenset("、。，．：；？！）」』】〕〉》’”・ー")


def _glued(before: str, char: str) -> bool:
    return before == "\u200d" or (not char.isascii() and joins_previous(char))


@cache
def wrap(text: str, width: float, size: float, bold: bool = False, max_lines: int = 6) -> tuple:
    """The lines of `text` within `width`; an ellipsis marks text cut at `max_lines`."""
    lines: list[str] = []
    for paragraph in (text or "").splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if text_width(candidate, size, bold) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            pieces = _break_word(word, width, size, bold)
            lines.extend(pieces[:-1])
            line = pieces[-1]
        lines.append(line)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and text_width(last + " " + ELLIPSIS, size, bold) > width:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], (last.rstrip() + " " + ELLIPSIS).strip()]
    return tuple(lines)
