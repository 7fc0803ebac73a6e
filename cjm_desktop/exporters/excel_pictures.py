"""Card pictures on the map sheets: each embedded PNG/JPEG as a picture anchored in its card's cell.

A picture is checked like the PDF checks it (the model's decodable_picture): its header must
declare a size within the canvas's pixel budget before Pillow decodes it, and one that is refused
or fails to decode is left out, the card's text still in its cell. The file's own bytes go into
the workbook unchanged.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from openpyxl.drawing.image import Image
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
from openpyxl.drawing.xdr import XDRPositiveSize2D
from openpyxl.utils.units import pixels_to_EMU
from openpyxl.worksheet.worksheet import Worksheet
from PIL import Image as PILImage

from ..model import DecodablePicture, decodable_picture

#: Height of a picture on the sheet, in pixels: recognisable, a few lines of text tall.
HEIGHT_PX = 60
#: Room around and between pictures, in pixels.
GAP_PX = 3


class _CellImage(Image):
    """An openpyxl Image of bytes already checked: openpyxl's own constructor opens the file with
    Pillow again, and its writer would re-open it for every save."""

    def __init__(self, picture: DecodablePicture, anchor: OneCellAnchor) -> None:
        self.ref = None
        self.format = picture.format
        self.width, self.height = picture.width, picture.height
        self.anchor = anchor
        self._bytes = picture.data

    def _data(self) -> bytes:
        return self._bytes


class PictureCache:
    """Checked pictures by base64 text, so a picture used on several cards is decoded once."""

    def __init__(self) -> None:
        self._pictures: dict[str, DecodablePicture | None] = {}

    def picture(self, encoded: str | None) -> DecodablePicture | None:
        if not encoded:
            return None
        if encoded not in self._pictures:
            self._pictures[encoded] = _read(encoded)
        return self._pictures[encoded]


def _read(encoded: str) -> DecodablePicture | None:
    picture = decodable_picture(encoded)
    if picture is None:
        return None
    try:
        with PILImage.open(io.BytesIO(picture.data)) as image:
            image.load()  # a truncated or corrupt file fails here, not in Excel
            if image.size != (picture.width, picture.height):
                return None
    except Exception:  # Pillow raises many kinds for a broken file
        return None
    return picture


def column_pixels(width_chars: float) -> int:
    """A column `width_chars` wide in pixels at Calibri 11: 7 a character and 5 of padding."""
    return int(width_chars * 7 + 5)


def place_pictures(
    ws: Worksheet, row: int, col: int, pictures: Sequence[DecodablePicture], column_px: int
) -> int:
    """Anchor `pictures` at the top of the cell (`row`, `col`), side by side, onto a next line
    when the column is full; each HEIGHT_PX high (narrower when wider than the column). Return
    the pixels they take from the cell's top."""
    room = column_px - 2 * GAP_PX
    x = y = GAP_PX
    for picture in pictures:
        width = max(1, round(picture.width * HEIGHT_PX / picture.height))
        height = HEIGHT_PX
        if width > room:
            width, height = room, max(1, round(picture.height * room / picture.width))
        if x > GAP_PX and x + width > GAP_PX + room:
            x, y = GAP_PX, y + HEIGHT_PX + GAP_PX
        anchor = OneCellAnchor(
            _from=AnchorMarker(
                col=col - 1, colOff=pixels_to_EMU(x), row=row - 1, rowOff=pixels_to_EMU(y)
            ),
            ext=XDRPositiveSize2D(cx=pixels_to_EMU(width), cy=pixels_to_EMU(height)),
        )
        ws.add_image(_CellImage(picture, anchor))
        x += width + GAP_PX
    return y + HEIGHT_PX + GAP_PX if pictures else 0
