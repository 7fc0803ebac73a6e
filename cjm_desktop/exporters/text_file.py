"""Reading a text file an importer was given (Mermaid, Markdown, CSV): size-limited, UTF-8 with or
without BOM, and otherwise Windows-1252 (what Excel and Notepad write on Dutch Windows) with a note
saying so. A file that is too big, missing or binary is refused with a clear message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

_CTX = "text_file"
MAX_TEXT_BYTES = 5_000_000


@dataclass(frozen=True)
class TextFile:
    text: str
    #: Set when the file was not UTF-8 and was read as Windows-1252.
    encoding_note: UserMessage | None = None


def read_text_file(path: Path, max_bytes: int = MAX_TEXT_BYTES) -> TextFile:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            _refuse(
                QT_TRANSLATE_NOOP(
                    _CTX, "“{name}” is {size} MB; files of more than {limit} MB are not read."
                ),
                name=path.name,
                size=round(size / 1_000_000, 1),
                limit=round(max_bytes / 1_000_000, 1),
            )
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError as error:
        _refuse(
            QT_TRANSLATE_NOOP(_CTX, "Cannot read “{name}”: {reason}"),
            name=path.name,
            reason=error.strerror or str(error),
        )
    if len(data) > max_bytes:  # the file grew after stat()
        _refuse(QT_TRANSLATE_NOOP(_CTX, "“{name}” is too big to read."), name=path.name)
    if b"\x00" in data:
        _refuse(
            QT_TRANSLATE_NOOP(_CTX, "“{name}” is not a text file (it holds binary data)."),
            name=path.name,
        )
    try:
        return TextFile(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return TextFile(
            data.decode("cp1252", errors="replace"),
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX, "“{name}” is not UTF-8; it was read as Windows-1252 (Western European)."
                ),
                name=path.name,
            ),
        )


def _refuse(template: str, **params) -> None:
    raise UserError(UserMessage(_CTX, template, **params))
