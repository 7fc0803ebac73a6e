"""Advance widths and ascent read straight from a TrueType file, as reportlab reads them.

The canvas lays out text at start-up; reportlab's TTFont parses every table of the font (and
importing it pulls in PIL and half of reportlab), ~45 ms of a cold start for two numbers per
character. This reads only head, hhea, maxp, OS/2, cmap and hmtx, and gives the same widths in
the same units (1/1000 em), so a line wraps the same on screen and in the PDF (the tests compare
it with reportlab's face for each bundled font).
"""

from __future__ import annotations

import struct
from itertools import repeat
from pathlib import Path


class FontMetrics:
    """The widths of one font face in 1/1000 em, keyed by code point."""

    def __init__(
        self,
        widths: dict[int, float],
        default_width: float,
        ascent: float,
        embeddable: bool = True,
    ) -> None:
        self.widths = widths
        self.default_width = default_width
        self.ascent = ascent
        # False when the font's licence (OS/2 fsType) forbids embedding a subset in a PDF.
        self.embeddable = embeddable

    def string_width(self, text: str, size: float) -> float:
        # Summed, then scaled in reportlab's order: equal to its stringWidth to the last bit.
        return sum(map(self.widths.get, map(ord, text), repeat(self.default_width))) * 0.001 * size


def read_metrics(path: str | Path, index: int = 0) -> FontMetrics:
    """The metrics of the font at `path`; of its `index`-th font when it is a collection."""
    data = Path(path).read_bytes()
    tables = _tables(data, font_offset(data, index))
    units_per_em = _u16(data, tables["head"] + 18)
    if units_per_em == 1000:

        def scale(value: int) -> float:
            return value
    else:
        factor = 1000 / units_per_em

        def scale(value: int) -> float:
            return value * factor

    glyph_count = _u16(data, tables["maxp"] + 4)
    metric_count = _u16(data, tables["hhea"] + 34)
    embeddable = True
    if "OS/2" in tables:
        ascent = scale(struct.unpack_from(">h", data, tables["OS/2"] + 68)[0])
        # Restricted licence, or no subsetting / bitmap only: reportlab refuses these.
        fs_type = _u16(data, tables["OS/2"] + 8)
        embeddable = fs_type != 0x0002 and not fs_type & 0x0300
    else:  # Apple fonts may lack OS/2; reportlab then takes the bounding box
        ascent = scale(struct.unpack_from(">h", data, tables["head"] + 42)[0])
    pairs = struct.unpack_from(f">{2 * metric_count}H", data, tables["hmtx"])
    advances = [scale(a) for a in pairs[::2]]
    # Glyphs past the long metrics share the last advance.
    advances += [advances[-1]] * max(0, glyph_count - metric_count)
    widths = {
        char: advances[glyph]
        for char, glyph in _char_to_glyph(data, tables["cmap"])
        if glyph < glyph_count
    }
    if 0x20 in widths:
        widths[0xA0] = widths[0x20]
    elif 0xA0 in widths:
        widths[0x20] = widths[0xA0]
    return FontMetrics(widths, advances[0], ascent, embeddable)


def _u16(data: bytes, offset: int) -> int:
    return struct.unpack_from(">H", data, offset)[0]


def font_offset(data: bytes, index: int = 0) -> int:
    """Where font `index` of a TrueType collection (.ttc) starts; 0 for a single font."""
    if data[:4] != b"ttcf":
        return 0
    (count,) = struct.unpack_from(">I", data, 8)
    if not 0 <= index < count:
        raise ValueError(f"the collection has no font {index}")
    return struct.unpack_from(">I", data, 12 + 4 * index)[0]


def collection_size(data: bytes) -> int:
    """How many fonts the file holds: a collection's count, else 1."""
    return struct.unpack_from(">I", data, 8)[0] if data[:4] == b"ttcf" else 1


def _tables(data: bytes, base: int = 0) -> dict[str, int]:
    """Table tag -> offset (from the start of the file, in a collection too)."""
    count = _u16(data, base + 4)
    tables = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, base + 12 + 16 * index)
        if offset + length > len(data):
            raise ValueError(f"the font's {tag!r} table runs past the end of the file")
        tables[tag.decode("latin-1")] = offset
    return tables


def _subtable(data: bytes, cmap: int) -> int:
    """The encoding record reportlab picks: the last Unicode one (platform 3, or 0 but not 5)."""
    version, count = struct.unpack_from(">HH", data, cmap)
    if count == 0 and version != 0:
        count = version
    chosen, kind = None, 0
    for index in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * index)
        if platform == 3 or (platform == 1 and encoding == 1) or (platform == 0 and encoding != 5):
            chosen, kind = offset, 1
        elif platform == 1 and encoding == 0 and kind != 1:
            chosen, kind = offset, 2
    if chosen is None:
        raise ValueError("no Unicode cmap in the font")
    return cmap + chosen


def _char_to_glyph(data: bytes, cmap: int):
    start_of = _subtable(data, cmap)
    fmt = _u16(data, start_of)
    if fmt == 4:
        yield from _format4(data, start_of)
    elif fmt == 12:
        (groups,) = struct.unpack_from(">I", data, start_of + 12)
        for index in range(groups):
            first, last, glyph = struct.unpack_from(">III", data, start_of + 16 + 12 * index)
            for char in range(first, last + 1):
                yield char, glyph + char - first
    else:
        raise ValueError(f"cmap format {fmt} is not read here")


def _format4(data: bytes, start_of: int):
    length = _u16(data, start_of + 2)
    segments = _u16(data, start_of + 6) // 2
    ends = struct.unpack_from(f">{segments}H", data, start_of + 14)
    starts = struct.unpack_from(f">{segments}H", data, start_of + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, start_of + 16 + 4 * segments)
    range_at = start_of + 16 + 6 * segments
    range_offsets = struct.unpack_from(f">{segments}H", data, range_at)
    limit = start_of + length
    for n in range(segments):
        first, delta, range_offset = starts[n], deltas[n], range_offsets[n]
        for char in range(first, ends[n] + 1):
            if range_offset == 0:
                yield char, (char + delta) & 0xFFFF
                continue
            offset = range_at + 2 * n + range_offset + 2 * (char - first)
            glyph = 0 if offset >= limit else _u16(data, offset)
            yield char, (glyph + delta) & 0xFFFF if glyph else 0
