"""Card pictures for the PDF: the embedded PNG/JPEG read through reportlab, once per picture.

A picture is handed to the decoder only when its header declares a size within the same budget
the canvas decodes (embedded_images): a few MB of PNG can claim billions of pixels. A picture that
is refused or fails to decode leaves its box drawn empty, as on the canvas.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader

from ..model import decode_image, image_size

#: Pixels a picture may declare: 64 MB at 4 bytes a pixel, the canvas's budget.
MAX_PIXELS = 16 * 1024 * 1024


class PictureCache:
    """ImageReaders by base64 text, so a picture used on several cards or pages is read once
    (reportlab then embeds it once too)."""

    def __init__(self) -> None:
        self._readers: dict[str, ImageReader | None] = {}

    def reader(self, encoded: str | None) -> ImageReader | None:
        if not encoded:
            return None
        if encoded not in self._readers:
            self._readers[encoded] = _read(encoded)
        return self._readers[encoded]


def _read(encoded: str) -> ImageReader | None:
    try:
        data = decode_image(encoded)
    except ValueError:
        return None
    size = image_size(data)
    if size is None or size[0] * size[1] > MAX_PIXELS:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()  # decodes the header now, so a broken picture fails here, not mid-page
    except Exception:  # PIL raises many kinds for a broken file
        return None
    return reader
