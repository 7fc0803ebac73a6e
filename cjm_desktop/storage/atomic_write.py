"""The one place that writes files: atomically, so a crash never leaves a half-written file.

Writes a temporary file in the target's folder, flushes and fsyncs it, optionally keeps the old
file as `<name>.bak`, then replaces the target in one rename. Used for projects and exports.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage

_CTX = "storage"


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write(path: str | os.PathLike, data: bytes, *, backup: bool = False) -> None:
    """Write `data` to `path` atomically; with `backup`, the previous file becomes `<path>.bak`.

    Raises UserError with a clear message (missing folder, no permission, file locked); the
    target is then unchanged and no temporary file is left behind.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "Cannot save {path}: the folder {folder} does not exist."),
                path=target,
                folder=folder,
            )
        )
    if target.is_dir():
        raise UserError(
            UserMessage(
                _CTX, QT_TRANSLATE_NOOP(_CTX, "Cannot save {path}: it is a folder."), path=target
            )
        )
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
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
                path=target,
            )
        ) from exc
    except OSError as exc:
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(_CTX, "Cannot save {path}: {reason}"),
                path=target,
                reason=exc.strerror or str(exc),
            )
        ) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


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
