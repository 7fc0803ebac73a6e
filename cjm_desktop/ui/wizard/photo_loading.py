"""Loading a persona photo safely: checked before decoding, scaled down, re-encoded.

The file is read with QImageReader, which reports the picture's size before decoding it, so a
huge or hostile file is refused without allocating it. The result is always a fresh PNG (pictures
with transparency) or JPEG that fits the model's MAX_IMAGE_BYTES.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from ...model import MAX_IMAGE_BYTES, encode_image

# A photo larger than this on disk is refused before reading; phone photos stay well below it.
MAX_SOURCE_BYTES = 8 * MAX_IMAGE_BYTES
MAX_SOURCE_SIDE = 12000
PHOTO_SIDE = 512


class PhotoError(Exception):
    """A picture that cannot be used; the message is translated and meant for the user."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuidedSetup", text)


def load_photo(path: str | Path) -> str:
    """The picture at `path` as base64 PNG/JPEG for Persona.photo; raises PhotoError."""
    source = Path(path)
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise PhotoError(_tr("The file cannot be opened.")) from exc
    if size > MAX_SOURCE_BYTES:
        raise PhotoError(
            _tr("The picture is too large ({size} MB). Choose one under {limit} MB.").format(
                size=size // (1024 * 1024), limit=MAX_SOURCE_BYTES // (1024 * 1024)
            )
        )
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)
    dimensions = reader.size()
    if not reader.canRead() or not dimensions.isValid():
        raise PhotoError(_tr("This file is not a picture this program can read."))
    if max(dimensions.width(), dimensions.height()) > MAX_SOURCE_SIDE:
        raise PhotoError(_tr("The picture has too many pixels."))
    if max(dimensions.width(), dimensions.height()) > PHOTO_SIDE:
        # Let the decoder scale while reading: far less memory than decoding at full size.
        reader.setScaledSize(dimensions.scaled(QSize(PHOTO_SIDE, PHOTO_SIDE), Qt.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise PhotoError(
            _tr("The picture cannot be read: {reason}").format(reason=reader.errorString())
        )
    data = _encode(image)
    if len(data) > MAX_IMAGE_BYTES:
        raise PhotoError(_tr("The picture is still too large after shrinking it."))
    return encode_image(data)


def _encode(image: QImage) -> bytes:
    fmt, quality = (b"PNG", -1) if image.hasAlphaChannel() else (b"JPEG", 85)
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt.decode(), quality)
    buffer.close()
    return bytes(array.data())
