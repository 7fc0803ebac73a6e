"""Embedded pictures (persona photos, storyboard cards): base64 PNG or JPEG, size-limited.

Only the two formats are accepted, recognised by their signature, so a file cannot smuggle in
anything a renderer would have to interpret.
"""

import base64
import binascii
from typing import Annotated, NamedTuple

from pydantic import AfterValidator

MAX_IMAGE_BYTES = 2 * 1024 * 1024
#: Pixels a picture may declare before an exporter hands it to a decoder: 64 MB at 4 bytes a
#: pixel, the canvas's budget (ui/embedded_images). A few MB of PNG can declare billions.
MAX_DECODE_PIXELS = 16 * 1024 * 1024

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"


def image_format(data: bytes) -> str | None:
    """Return "png" or "jpeg" for a supported picture, else None."""
    if data.startswith(_PNG_SIGNATURE):
        return "png"
    if data.startswith(_JPEG_SIGNATURE):
        return "jpeg"
    return None


def decode_image(value: str) -> bytes:
    return base64.b64decode(value, validate=True)


def encode_image(data: bytes) -> str:
    """Check `data` like a loaded file would be checked, and return its base64 text."""
    return _check_image(base64.b64encode(data).decode("ascii"))


def _check_image(value: str) -> str:
    if len(value) > MAX_IMAGE_BYTES * 4 // 3 + 4:
        raise ValueError(f"picture larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB")
    try:
        data = decode_image(value)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("picture is not valid base64") from exc
    if image_format(data) is None:
        raise ValueError("picture is neither PNG nor JPEG")
    return value


EmbeddedImage = Annotated[str, AfterValidator(_check_image)]


def image_size(data: bytes) -> tuple[int, int] | None:
    """The (width, height) in pixels a PNG or JPEG declares in its header, read without decoding
    it (the layout reserves a card's picture box from it, without Qt); None when unreadable.

    The stored pixel order is meant: an EXIF rotation is not applied here, nor by the canvas and
    the PDF, so all three agree (pictures loaded through the app are re-encoded without one)."""
    fmt = image_format(data)
    if fmt == "png":
        # The IHDR chunk comes first: length, b"IHDR", width, height (big-endian).
        if len(data) >= 24 and data[12:16] == b"IHDR":
            return _positive(int.from_bytes(data[16:20]), int.from_bytes(data[20:24]))
        return None
    if fmt == "jpeg":
        return _jpeg_size(data)
    return None


# Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic
# coding conditioning) share the range but are not frames.
_JPEG_FRAMES = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_STANDALONE = frozenset(range(0xD0, 0xDA)) | {0x01}  # RSTn, SOI, EOI, TEM: no length


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte before a marker
            pos += 1
            continue
        if marker in _JPEG_STANDALONE:
            pos += 2
            continue
        if marker == 0xDA:  # start of scan without a frame header before it
            return None
        length = int.from_bytes(data[pos + 2 : pos + 4])
        if length < 2:
            return None
        if marker in _JPEG_FRAMES:
            if pos + 9 > len(data):
                return None
            height = int.from_bytes(data[pos + 5 : pos + 7])
            width = int.from_bytes(data[pos + 7 : pos + 9])
            return _positive(width, height)
        pos += 2 + length
    return None


def _positive(width: int, height: int) -> tuple[int, int] | None:
    return (width, height) if width > 0 and height > 0 else None


class DecodablePicture(NamedTuple):
    data: bytes
    format: str  # "png" or "jpeg"
    width: int
    height: int


def decodable_picture(encoded: str) -> DecodablePicture | None:
    """The base64 picture `encoded` with its format and declared size, when its header may be
    handed to a decoder (PNG or JPEG, a readable size within MAX_DECODE_PIXELS); else None.
    The exporters still let their decoder check the rest and leave out what fails."""
    try:
        data = decode_image(encoded)
    except ValueError:
        return None
    fmt = image_format(data)
    size = image_size(data)
    if fmt is None or size is None or size[0] * size[1] > MAX_DECODE_PIXELS:
        return None
    return DecodablePicture(data, fmt, *size)
