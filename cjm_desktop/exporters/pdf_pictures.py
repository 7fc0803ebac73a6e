"""Pictures for the PDF (card pictures, persona photos): each embedded PNG/JPEG decoded whole,
shrunk to the size it is printed at, and handed to reportlab as a small image.

A picture is handed to the decoder only when the model's check passes it (decodable_picture: a
declared size within the canvas's pixel budget). It is then decoded completely before anything
is drawn, so a truncated file (its header intact) fails here and is left out, its box drawn
empty or the persona's initials shown, instead of failing mid-page. Decoded pictures are shrunk
and only a few are held at a time: kept at full size for the whole export, 50 pictures of
4000 x 4000 took the export to 1.6 GB.
"""

from __future__ import annotations

import io
import math
from collections import OrderedDict

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from ..model import decodable_picture

#: Print resolution of a picture: sharp in print and on screen, a tenth of the pixels of 600 dpi.
PRINT_DPI = 200
#: The largest box a picture is printed in, in points: a card's picture on a map at full scale
#: is at most about 160 pt wide, a persona page's photo 40 mm (113 pt); some room above both.
MAX_PRINTED_PT = 240
#: The longest side a picture keeps (667 px): more pixels than that are never seen on paper.
MAX_SIDE = math.ceil(MAX_PRINTED_PT / 72 * PRINT_DPI)
#: Decoded pictures held at once. One map page shows a few dozen at most; a picture dropped
#: and drawn again is decoded again, and reportlab embeds it once all the same (by content).
MAX_DECODED = 16

_MODES = ("RGB", "RGBA", "L", "LA")


class PictureCache:
    """ImageReaders by base64 text, so a picture used on several cards or tiles is usually read
    once; at most MAX_DECODED are held, the least recently used dropped first."""

    def __init__(self, max_decoded: int = MAX_DECODED) -> None:
        self.max_decoded = max_decoded
        self._readers: OrderedDict[str, ImageReader] = OrderedDict()
        self._broken: set[str] = set()

    def __len__(self) -> int:
        """The decoded pictures held now."""
        return len(self._readers)

    def reader(self, encoded: str | None) -> ImageReader | None:
        if not encoded or encoded in self._broken:
            return None
        if encoded in self._readers:
            self._readers.move_to_end(encoded)
            return self._readers[encoded]
        reader = read_picture(encoded)
        if reader is None:
            self._broken.add(encoded)
            return None
        self._readers[encoded] = reader
        while len(self._readers) > self.max_decoded:
            self._readers.popitem(last=False)
        return reader


def _decoded(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        # A JPEG can decode straight at a fraction of its size: far less memory and time.
        image.draft("RGB", (MAX_SIDE, MAX_SIDE))
        image.load()  # all of it now: a truncated file raises here, not while a page is drawn
        has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
        small = image if image.mode in _MODES else image.convert("RGBA" if has_alpha else "RGB")
        small = small.copy() if small is image else small
    small.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return small


def read_picture(encoded: str) -> ImageReader | None:
    """A reader of the picture, decoded whole and at most MAX_SIDE pixels on its longest side,
    when it passes the check and decodes; else None."""
    picture = decodable_picture(encoded)
    if picture is None:
        return None
    try:
        return ImageReader(_decoded(picture.data))
    except Exception:  # PIL raises many kinds for a broken file (OSError, SyntaxError, ...)
        return None


class PictureFlowable(Flowable):
    """A decoded picture (an ImageReader) drawn at `width` x `height` points in a story."""

    def __init__(self, reader: ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.reader = reader
        self.width = width
        self.height = height

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")
