"""The one way to read a file a user brings (project, draft, backup, recovered copy, a plan to
import): never more than a limit, and never from something that does not end.

`stat()` cannot be trusted for the size: devices such as /dev/zero report 0 bytes and never end,
a pipe has no size, and a file can grow while it is read. So only regular files are read, and
at most `limit + 1` bytes of them, in chunks: one byte past the limit proves the file too large.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage, format_size

CTX = "storage"
#: Bytes read at a time: large enough to be quick, small enough not to overshoot a limit by much.
CHUNK_BYTES = 1024 * 1024
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX only
_BINARY = getattr(os, "O_BINARY", 0)  # Windows only


def read_bounded(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    Raises UserError with a clear message when the file is missing, a folder, a device, pipe or
    socket, unreadable, or larger than `limit`. Reads nothing past `limit + 1` bytes.
    """
    source = Path(path)
    try:
        # O_NONBLOCK: opening a pipe nobody writes to would otherwise wait for ever.
        fd = os.open(source, os.O_RDONLY | _NONBLOCK | _BINARY)
    except FileNotFoundError as exc:
        raise _error(QT_TRANSLATE_NOOP(CTX, "{source} does not exist."), source) from exc
    except IsADirectoryError as exc:
        raise _folder(source) from exc
    except PermissionError as exc:
        if source.is_dir():  # Windows refuses to open a folder with "permission denied"
            raise _folder(source) from exc
        raise unreadable(source, "permission denied") from exc
    except OSError as exc:
        raise unreadable(source, exc.strerror or str(exc)) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _folder(source)
        if not stat.S_ISREG(info.st_mode):
            raise _error(
                QT_TRANSLATE_NOOP(
                    CTX,
                    "{source} is not a file that can be opened: it is a device, a pipe or "
                    "a socket, which may never end.",
                ),
                source,
            )
        if info.st_size > limit:
            raise too_large(source, info.st_size, limit)
        with os.fdopen(fd, "rb", buffering=0) as handle:
            fd = -1  # the handle closes it now
            return _read_at_most(handle, source, limit)
    except OSError as exc:
        raise unreadable(source, exc.strerror or str(exc)) from exc
    finally:
        if fd >= 0:
            os.close(fd)


def _read_at_most(handle, source: Path, limit: int) -> bytes:
    buffer = bytearray()
    while len(buffer) <= limit:
        chunk = handle.read(min(CHUNK_BYTES, limit + 1 - len(buffer)))
        if not chunk:
            return bytes(buffer)
        buffer += chunk
    # The file grew past the limit after stat() or reported a wrong size.
    raise too_large(source, None, limit)


def too_large(source: str | os.PathLike, size: int | None, limit: int) -> UserError:
    if size is None or format_size(size) == format_size(limit):
        # "100 MiB; the limit is 100 MiB" would read as no reason at all.
        return _error(
            QT_TRANSLATE_NOOP(CTX, "{source} is too large to open (more than {limit})."),
            source,
            limit=format_size(limit),
        )
    return _error(
        QT_TRANSLATE_NOOP(CTX, "{source} is too large to open ({size}; the limit is {limit})."),
        source,
        size=format_size(size),
        limit=format_size(limit),
    )


def unreadable(source: str | os.PathLike, reason: str) -> UserError:
    return _error(QT_TRANSLATE_NOOP(CTX, "Cannot read {source}: {reason}"), source, reason=reason)


def _folder(source: Path) -> UserError:
    return _error(QT_TRANSLATE_NOOP(CTX, "{source} is a folder, not a file."), source)


def _error(template: str, source: str | os.PathLike, **params) -> UserError:
    return UserError(UserMessage(CTX, template, source=shown_path(source), **params))


def shown_path(path: str | os.PathLike) -> str:
    """A path as text that can always be shown and printed: bytes that are not valid in the
    file system's encoding (a Latin-1 name on a UTF-8 system) appear as "\\xe9" instead of
    raising UnicodeEncodeError later in a message box, a terminal or a log."""
    raw = os.fspath(path)
    if isinstance(raw, str):
        try:
            raw = os.fsencode(raw)
        except UnicodeEncodeError:  # a lone surrogate that no file system byte stands for
            return raw.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")
