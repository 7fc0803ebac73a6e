"""Pictures for the PDF (card pictures, persona photos): the embedded PNG/JPEG read through
reportlab, once per picture.

A picture is handed to the decoder only when the model's check passes it (decodable_picture: a
declared size within the canvas's pixel budget). A picture that is refused or fails to decode
leaves its box drawn empty, as on the canvas.
"""

from __future__ import annotations

import io

from reportlab.lib.utils import ImageReader

from ..model import decodable_picture


class PictureCache:
    """ImageReaders by base64 text, so a picture used on several cards or pages is read once
    (reportlab then embeds it once too)."""

    def __init__(self) -> None:
        self._readers: dict[str, ImageReader | None] = {}

    def reader(self, encoded: str | None) -> ImageReader | None:
        if not encoded:
            return None
        if encoded not in self._readers:
            self._readers[encoded] = read_picture(encoded)
        return self._readers[encoded]


def read_picture(encoded: str) -> ImageReader | None:
    """A reader of the picture when it passes the check and its header decodes, else None."""
    picture = decodable_picture(encoded)
    if picture is None:
        return None
    try:
        reader = ImageReader(io.BytesIO(picture.data))
        reader.getSize()  # decodes the header now, so a broken picture fails here, not mid-page
    except Exception:  # PIL raises many kinds for a broken file
        return None
    return reader
