"""The one place that writes files: atomically, so a crash never leaves a half-written file.

Writes a temporary file in the target's folder, flushes and fsyncs it, optionally keeps the old
file as `<name>.bak`, then replaces the target in one rename. Used for projects and exports. A
symbolic link is written through: the file it points to is replaced, next to it, and the link
stays. Temporary files a killed save left behind are removed at the next save.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from pathlib import Path

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .bounded_read import shown_path

_CTX = "storage"
#: A temporary file of ours this old is left from a save that was killed (a save takes seconds;
#: a younger one may belong to another window or program saving the same file right now).
STALE_TEMP_SECONDS = 10 * 60
_TEMP_SUFFIX = ".tmp"
# mkstemp adds eight characters of this alphabet between our prefix and suffix.
_TEMP_MIDDLE = re.compile(r"[a-z0-9_]{8}")


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path` atomically; with `backup`, the previous file becomes `<path>.bak`.

    Raises UserError with a clear message (missing folder, no permission, file locked); the
    target is then unchanged and no temporary file is left behind.
    """
    shown = shown_path(path)
    target = written_path(Path(path))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "Cannot save {path}: the folder {folder} does not exist."),
                path=shown,
                folder=shown_path(folder),
            )
        )
    if target.is_dir():
        raise UserError(
            UserMessage(
                _CTX, QT_TRANSLATE_NOOP(_CTX, "Cannot save {path}: it is a folder."), path=shown
            )
        )
    if target.exists() and not target.is_file():
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX, "Cannot save {path}: it is a device or a pipe, not a regular file."
                ),
                path=shown,
            )
        )
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=_temp_prefix(target), suffix=_TEMP_SUFFIX, dir=folder
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            _copy_mode(target, Path(tmp_name))
            if backup:
                _replace(target, backup_path(target), keep_source=True)
        else:
            _default_mode(Path(tmp_name))
        _replace(Path(tmp_name), target)
        tmp_name = None
        _fsync_folder(folder)
    except PermissionError as exc:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX,
                    "Cannot save {path}: permission denied, or the file is open in another "
                    "program. Close it there or choose another name.",
                ),
                path=shown,
            )
        ) from exc
    except OSError as exc:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "Cannot save {path}: {reason}"),
                path=shown,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    remove_stale_temps(target)


def written_path(path: Path) -> Path:
    """The file a save of `path` really writes: a symbolic link's final target (so the link
    stays a link and the file it points to gets the change), else `path` itself."""
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def remove_stale_temps(path: str | os.PathLike) -> list[Path]:
    """Remove the temporary files a killed save of `path` left next to it; returns them.

    Only files named as atomic_write names its own (`.NAME.xxxxxxxx.tmp`), only regular files,
    and only those older than STALE_TEMP_SECONDS: never a user's file, never a save under way.
    Best effort: a file that cannot be removed is left.
    """
    target = written_path(Path(path))
    folder = target.parent if str(target.parent) else Path(".")
    prefix = _temp_prefix(target)
    removed = []
    now = time.time()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(_TEMP_SUFFIX)):
                continue
            if not _TEMP_MIDDLE.fullmatch(name[len(prefix) : -len(_TEMP_SUFFIX)]):
                continue
            with contextlib.suppress(OSError):
                if not entry.is_file(follow_symlinks=False):
                    continue
                if now - entry.stat(follow_symlinks=False).st_mtime < STALE_TEMP_SECONDS:
                    continue
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _replace(source: Path, target: Path, *, keep_source: bool = False) -> None:
    if keep_source:
        # The backup is a copy, so the original stays in place until the final rename.
        data = source.read_bytes()
        atomic_write(target, data)
    else:
        os.replace(source, target)


def _copy_mode(source: Path, target: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(target, source.stat().st_mode & 0o777)


def _default_mode(path: Path) -> None:
    # mkstemp makes private files (0600); a new file should get the mode any other program's
    # new file would get (0666 less the umask).
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o666 & ~umask)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
