"""One line of text as the glyphs that print it: cut into runs by font (font_fallback), ordered
for display by the Unicode bidirectional algorithm (python-bidi), each run shaped by HarfBuzz
(uharfbuzz): Arabic joined, Devanagari and Thai marks placed, ligatures formed.

The layout measures a line with these glyphs and the PDF draws them, so the two agree. Plain
text that the primary face draws alone never comes here (font_fallback.is_simple): shaping is
kept off the path of Latin text, which is nearly all text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from .font_fallback import Face, is_simple, items, symbol_face

MISSING = "□"

_RTL_CLASSES = frozenset(("R", "AL", "RLE", "RLO", "RLI"))


@dataclass(frozen=True)
class Glyph:
    """A glyph id of its run's face, its advance and offsets in 1/1000 em."""

    gid: int
    cluster: int
    advance: float
    dx: float
    dy: float


@dataclass(frozen=True)
class Run:
    """Text of one face and one direction, with its glyphs in display order (left to right).

    `missing`: no installed font has these characters; the run is a visible box for each, drawn
    in the symbol face, instead of nothing."""

    text: str
    face: Face
    rtl: bool
    glyphs: tuple[Glyph, ...]
    missing: bool = False

    @property
    def width(self) -> float:
        """Advance of the run in 1/1000 em."""
        return sum(g.advance for g in self.glyphs)


@cache
def _hb_font(face: Face):
    import uharfbuzz as hb

    hb_face = hb.Face(hb.Blob.from_file_path(str(face.path)), face.index)
    font = hb.Font(hb_face)
    return font, 1000 / hb_face.upem


def _shape(text: str, face: Face, rtl: bool) -> tuple[Glyph, ...]:
    import uharfbuzz as hb

    font, scale = _hb_font(face)
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(font, buf, {"kern": True, "liga": True})
    return tuple(
        Glyph(
            info.codepoint,
            info.cluster,
            pos.x_advance * scale,
            pos.x_offset * scale,
            pos.y_offset * scale,
        )
        for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True)
    )


def _levels(text: str) -> list[int]:
    """The bidi embedding level of each character (0 everywhere for left-to-right text)."""
    if not any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text):
        return [0] * len(text)
    from bidi import algorithm

    # A character newer than Python's Unicode tables has no bidi class, which python-bidi
    # refuses (an assertion): take the Unicode default for it, left-to-right ("A" stands in).
    text = "".join(c if unicodedata.bidirectional(c) else "A" for c in text)
    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    # Rule X9 took out the embedding controls and boundary neutrals (U+0080, U+200B ...): each
    # gets the level of the character before it.
    resolved = storage["chars"]
    levels, at, level = [], 0, base
    for char in text:
        if at < len(resolved) and resolved[at]["ch"] == char:
            level = resolved[at]["level"]
            at += 1
        levels.append(level)
    return levels


def _logical_runs(text: str, bold: bool) -> list[tuple[str, Face | None, int]]:
    levels = _levels(text)
    out: list[tuple[str, Face | None, int]] = []
    at = 0
    for piece, face in items(text, bold):
        start = at
        for index in range(at + 1, at + len(piece) + 1):
            if index == at + len(piece) or levels[index] != levels[start]:
                out.append((text[start:index], face, levels[start]))
                start = index
        at += len(piece)
    return out


def _display_order(runs: list[tuple[str, Face | None, int]]) -> list[tuple[str, Face | None, int]]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs
    at that level or above."""
    if not runs:
        return runs
    highest = max(level for _, _, level in runs)
    lowest_odd = min((level for _, _, level in runs if level % 2), default=highest + 1)
    order = list(runs)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(order):
            if order[index][2] >= level:
                end = index
                while end < len(order) and order[end][2] >= level:
                    end += 1
                order[index:end] = order[index:end][::-1]
                index = end
            else:
                index += 1
    return order


def missing_run(text: str) -> Run:
    """A box for each visible character of `text`, which no font can print."""
    boxes = MISSING * sum(unicodedata.category(c) not in ("Cf", "Mn") for c in text)
    return Run(text, symbol_face(), False, _shape(boxes, symbol_face(), False), True)


@lru_cache(maxsize=4096)
def shaped_line(text: str, bold: bool = False) -> tuple[Run, ...]:
    """The runs of one line (no line breaks) in display order, each shaped."""
    runs = []
    for piece, face, level in _display_order(_logical_runs(text, bold)):
        rtl = bool(level % 2)
        if face is None:
            runs.append(missing_run(piece))
        else:
            runs.append(Run(piece, face, rtl, _shape(piece, face, rtl)))
    return tuple(runs)


def needs_shaping(text: str) -> bool:
    """True when `text` has characters set in a script's own face (Arabic, CJK, Thai ...) or
    right-to-left ones: text that a plain left-to-right run of one font cannot print."""
    if is_simple(text):
        return False
    if any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text):
        return True
    return any(
        face is None or not (face.primary or face is symbol_face()) for _, face in items(text)
    )


def right_to_left(text: str) -> bool:
    """True when the first strong character of `text` is right-to-left (rule P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind != "L"
    return False


def missing_characters(text: str, bold: bool = False) -> str:
    """The characters of `text` that no installed font has."""
    return "".join(run.text for run in shaped_line(text, bold) if run.missing)
