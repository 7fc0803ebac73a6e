"""Embedded pictures (persona photos, storyboard cards): base64 PNG or JPEG, size-limited.

Only the two formats are accepted, recognised by their signature, so a file cannot smuggle in
anything a renderer would have to interpret.
"""

import base64
import binascii
from typing import Annotated

from pydantic import AfterValidator

MAX_IMAGE_BYTES = 2 * 1024 * 1024

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
