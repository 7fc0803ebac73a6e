"""Showing pictures embedded in a project (persona photos, card pictures) without trusting them.

A .cjm file may come from anyone: the model only checks that a picture is PNG or JPEG and at most
a few MB, but a few MB of PNG can declare a picture of billions of pixels. QImageReader tells the
declared size before decoding, so a picture larger than our allocation budget is never decoded,
and the rest is decoded straight to the small size shown.
"""

from __future__ import annotations

import base64
import binascii
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ..model.images import MAX_DECODE_PIXELS

# Decoding a picture takes 4 bytes a pixel: the same budget the exporters check before decoding.
MAX_DECODE_BYTES = MAX_DECODE_PIXELS * 4


def decode_thumbnail(encoded: str | None, side: int) -> QImage:
    """The base64 picture `encoded` scaled to fit `side` pixels, or a null QImage when there is
    none or it cannot be shown safely."""
    return _decode(encoded, side, side, auto_transform=True)


@lru_cache(maxsize=256)
def decode_card_picture(encoded: str | None, width: int, height: int) -> QImage:
    """A card's picture scaled to fit `width` x `height` pixels (never enlarged), or a null QImage.

    Cached: a card repaints at every zoom step and a relayout re-looks changed cards. The stored
    pixel order is kept (no EXIF rotation), as the layout sized the card's picture box from it
    and the PDF draws it so."""
    return _decode(encoded, width, height, auto_transform=False)


def _decode(encoded: str | None, width: int, height: int, auto_transform: bool) -> QImage:
    if not encoded or width <= 0 or height <= 0:
        return QImage()
    try:
        data = QByteArray(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError):
        return QImage()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(auto_transform)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() * 4 > MAX_DECODE_BYTES:
        return QImage()
    if size.width() > width or size.height() > height:
        reader.setScaledSize(size.scaled(QSize(width, height), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image
