"""Small pictures for the example projects (persona photo, storyboard cards), made in code.

The PNG is written by hand with uncompressed ("stored") deflate blocks, so the bytes depend on
nothing but this file: zlib's compressor output may differ between builds, which would break the
byte-identical regeneration of the examples. No Qt: the build script runs without a display.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable

Rgb = tuple[int, int, int]
Grid = list[list[int]]

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_STORED_BLOCK = 65535


def _hex(color: str) -> Rgb:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def _stored_zlib(data: bytes) -> bytes:
    """A zlib stream of stored deflate blocks: valid, deterministic, not compressed."""
    out = bytearray(b"\x78\x01")
    blocks = [data[i : i + _STORED_BLOCK] for i in range(0, len(data), _STORED_BLOCK)] or [b""]
    for n, block in enumerate(blocks):
        final = 1 if n == len(blocks) - 1 else 0
        out += struct.pack("<BHH", final, len(block), len(block) ^ 0xFFFF) + block
    out += struct.pack(">I", zlib.adler32(data) & 0xFFFFFFFF)
    return bytes(out)


def palette_png(grid: Grid, palette: list[str]) -> bytes:
    """An 8-bit palette PNG of `grid` (rows of palette indices)."""
    height, width = len(grid), len(grid[0])
    header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)
    plte = b"".join(bytes(_hex(c)) for c in palette)
    raw = b"".join(b"\x00" + bytes(row) for row in grid)  # filter type 0 on every row
    return (
        _PNG_SIGNATURE
        + _chunk(b"IHDR", header)
        + _chunk(b"PLTE", plte)
        + _chunk(b"IDAT", _stored_zlib(raw))
        + _chunk(b"IEND", b"")
    )


class Canvas:
    """A grid of palette indices with the few shapes the pictures need."""

    def __init__(self, width: int, height: int, background: int = 0) -> None:
        self.width, self.height = width, height
        self.grid: Grid = [[background] * width for _ in range(height)]

    def _fill(self, inside: Callable[[int, int], bool], color: int) -> None:
        for y in range(self.height):
            for x in range(self.width):
                if inside(x, y):
                    self.grid[y][x] = color

    def rect(self, x0: int, y0: int, x1: int, y1: int, color: int) -> None:
        """Fill x0 <= x < x1, y0 <= y < y1."""
        self._fill(lambda x, y: x0 <= x < x1 and y0 <= y < y1, color)

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, color: int) -> None:
        self._fill(lambda x, y: ((x + 0.5 - cx) / rx) ** 2 + ((y + 0.5 - cy) / ry) ** 2 <= 1, color)


# Colours shared by the pictures (index = position).
PALETTE = [
    "#f6eadb",  # 0 warm background
    "#2e6f73",  # 1 teal (sweater, awning)
    "#e2b08f",  # 2 skin
    "#6b3e26",  # 3 hair, crust
    "#263238",  # 4 dark (eyes, phone)
    "#ffffff",  # 5 white
    "#f4a7b9",  # 6 pink icing
    "#d99a4e",  # 7 bread, cake sponge
    "#8c5a2b",  # 8 brown (shop front)
    "#fbe38c",  # 9 candle flame, light window
    "#c94f4f",  # 10 red (mouth, cherries)
    "#cfd8dc",  # 11 grey (pavement, table)
]


def persona_photo() -> bytes:
    """An illustrated portrait: a woman with a ponytail in a teal sweater."""
    c = Canvas(80, 80)
    c.ellipse(40, 92, 34, 30, 1)  # shoulders
    c.rect(34, 52, 46, 64, 2)  # neck
    c.ellipse(40, 33, 21, 23, 3)  # hair behind the face
    c.ellipse(61, 30, 6, 13, 3)  # ponytail
    c.ellipse(40, 38, 16, 19, 2)  # face
    c.ellipse(40, 22, 17, 8, 3)  # fringe
    c.ellipse(33, 38, 2, 2.4, 4)  # eyes
    c.ellipse(47, 38, 2, 2.4, 4)
    c.rect(35, 47, 45, 49, 10)  # smile
    c.rect(37, 49, 43, 50, 10)
    return palette_png(c.grid, PALETTE)


def phone_scene() -> bytes:
    """Storyboard: scrolling past cake photos on a phone in the evening."""
    c = Canvas(64, 48, 11)
    c.rect(0, 34, 64, 48, 8)  # sofa
    c.rect(22, 4, 42, 44, 4)  # phone
    c.rect(24, 8, 40, 38, 5)  # screen
    c.rect(26, 24, 38, 32, 6)  # cake in the photo
    c.rect(26, 29, 38, 32, 7)
    c.rect(31, 19, 33, 24, 9)  # candle
    c.ellipse(32, 12, 3, 2, 10)  # heart
    return palette_png(c.grid, PALETTE)


def shop_scene() -> bytes:
    """Storyboard: the shop front with its awning and a queue out of the door."""
    c = Canvas(64, 48, 0)
    c.rect(0, 42, 64, 48, 11)  # pavement
    c.rect(4, 8, 60, 42, 8)  # shop front
    for x in range(4, 60, 8):  # striped awning
        c.rect(x, 8, x + 4, 15, 1)
        c.rect(x + 4, 8, x + 8, 15, 5)
    c.rect(8, 19, 34, 36, 9)  # window with bread
    c.ellipse(15, 31, 5, 3, 7)
    c.ellipse(27, 31, 5, 3, 7)
    c.rect(40, 19, 52, 42, 4)  # door
    for x in (50, 55, 60):  # the queue
        c.ellipse(x + 1, 33, 2, 2, 2)
        c.rect(x - 1, 35, x + 3, 43, 1)
    return palette_png(c.grid, PALETTE)


def cake_scene() -> bytes:
    """Storyboard: the birthday cake on the party table."""
    c = Canvas(64, 48, 0)
    c.rect(0, 36, 64, 48, 11)  # table
    c.ellipse(32, 37, 22, 4, 5)  # plate
    c.rect(14, 22, 50, 36, 7)  # sponge
    c.rect(14, 22, 50, 27, 6)  # icing
    for x in (18, 26, 34, 42):
        c.rect(x, 27, x + 3, 30, 6)  # drips
    for x in (22, 31, 40):
        c.rect(x, 13, x + 2, 22, 5)  # candles
        c.ellipse(x + 1, 11, 1.6, 2.4, 9)
    c.ellipse(32, 20, 2, 2, 10)  # cherry
    return palette_png(c.grid, PALETTE)
