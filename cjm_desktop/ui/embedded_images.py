"""Showing pictures embedded in a project (persona photos) without trusting them.

A .cjm file may come from anyone: the model only checks that a picture is PNG or JPEG and at most
a few MB, but a few MB of PNG can declare a picture of billions of pixels. QImageReader tells the
declared size before decoding, so a picture larger than our allocation budget is never decoded,
and the rest is decoded straight to the small size shown.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

# Decoding a picture takes 4 bytes a pixel; a photo never needs more than this.
MAX_DECODE_BYTES = 64 * 1024 * 1024


def decode_thumbnail(encoded: str | None, side: int) -> QImage:
    """The base64 picture `encoded` scaled to fit `side` pixels, or a null QImage when there is
    none or it cannot be shown safely."""
    if not encoded or side <= 0:
        return QImage()
    try:
        data = QByteArray(base64.b64decode(encoded, validate=True))
    except (binascii.Error, ValueError):
        return QImage()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() * 4 > MAX_DECODE_BYTES:
        return QImage()
    if max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image
