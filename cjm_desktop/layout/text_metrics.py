"""Text measured with the bundled Noto Sans, so text wraps alike on screen and in the PDF.

The advance widths come from the font files themselves (as reportlab reads them, without any Qt);
the canvas draws with the same font files, unhinted, so a line that fits here fits there.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..resource_paths import resource
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


def text_width(text: str, size: float, bold: bool = False) -> float:
    return _face(bold).string_width(text, size)


def ascent(size: float, bold: bool = False) -> float:
    return _face(bold).ascent * size / 1000


def _break_word(word: str, width: float, size: float, bold: bool) -> list[str]:
    """Split a word wider than the line into pieces that fit."""
    pieces, piece = [], ""
    for char in word:
        if piece and text_width(piece + char, size, bold) > width:
            pieces.append(piece)
            piece = char
        else:
            piece += char
    return [*pieces, piece]


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
