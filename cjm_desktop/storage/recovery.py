"""Crash-recovery copies of unsaved projects: one file per original path (or per untitled
project) in a recovery folder, written atomically by the autosave and removed after a save.

Pure Python so the CLI or a future second front end can find and restore the same copies; the
GUI reaches it through ui/project_files.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..model import Project
from ..user_message import QT_TRANSLATE_NOOP, UserError, UserMessage
from .atomic_write import atomic_write
from .bounded_read import read_bounded, shown_path
from .canonical_json import dumps
from .file_format import load

_CTX = "storage"
#: An .origin file holds one path; a longer one is not ours.
_MAX_ORIGIN_BYTES = 64 * 1024

#: Tests (and portable installs) point this at another folder.
RECOVERY_DIR_ENV = "CJM_RECOVERY_DIR"


@dataclass(frozen=True)
class RecoveredCopy:
    """A recovery file and the file it was written for (None: an unsaved new project)."""

    path: Path
    original: Path | None

    def newer_than_original(self) -> bool:
        if self.original is None or not self.original.exists():
            return True
        return self.path.stat().st_mtime > self.original.stat().st_mtime


def recovery_dir() -> Path:
    configured = os.environ.get(RECOVERY_DIR_ENV)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_data_dir("cjm-desktop", "cjm-desktop")) / "recovery"


def _key(original: Path | None, project: Project) -> str:
    # The path's own bytes (os.fsencode), so a name that is not valid UTF-8 (possible on Linux)
    # gets a key like any other; the untitled key stays as it always was.
    raw = (
        os.fsencode(original.resolve())
        if original is not None
        else b"untitled:" + (project.id.encode("utf-8"))
    )
    return hashlib.sha256(raw).hexdigest()[:24]


def write_recovery(project: Project, original: Path | None) -> Path:
    """Write the unsaved state of `project`; returns the recovery file.

    Raises UserError naming the recovery folder when it cannot be written (no space, no
    permission, or its path is taken by a file).
    """
    folder = recovery_dir()
    if folder.exists() and not folder.is_dir():
        raise UserError(
            UserMessage(
                _CTX,
                QT_TRANSLATE_NOOP(
                    _CTX,
                    "Cannot write the automatic recovery copy: {folder} should be a folder, "
                    "but it is a file.",
                ),
                folder=shown_path(folder),
            )
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(folder, exc.strerror or str(exc)) from exc
    key = _key(original, project)
    origin = folder / f"{key}.origin"
    atomic_write(origin, os.fsencode(original.resolve()) if original else b"")
    target = folder / f"{key}.cjm"
    atomic_write(target, dumps(project).encode("utf-8"))
    return target


def recovery_write_error(error: OSError) -> UserError:
    """The message for an OSError while writing a recovery copy."""
    return _cannot_write(recovery_dir(), error.strerror or str(error))


def _cannot_write(folder: Path, reason: str) -> UserError:
    return UserError(
        UserMessage(
            _CTX,
            QT_TRANSLATE_NOOP(
                _CTX, "Cannot write the automatic recovery copy to {folder}: {reason}."
            ),
            folder=shown_path(folder),
            reason=reason,
        )
    )


def find_recoveries() -> list[RecoveredCopy]:
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.cjm")):
        found.append(RecoveredCopy(path, _origin_of(path)))
    return found


def _origin_of(copy: Path) -> Path | None:
    origin = copy.with_suffix(".origin")
    try:
        raw = read_bounded(origin, _MAX_ORIGIN_BYTES) if origin.exists() else b""
    except UserError:
        return None
    return Path(os.fsdecode(raw)) if raw else None


def recovery_for(original: Path | None) -> RecoveredCopy | None:
    """The recovered copy written for `original`, if one is newer than that file."""
    wanted = original.resolve() if original is not None else None
    for copy in find_recoveries():
        if copy.original == wanted and copy.newer_than_original():
            return copy
    return None


def any_recovery_for(original: Path) -> RecoveredCopy | None:
    """The recovered copy written for `original`, old or new: when the file itself is damaged,
    any copy is worth offering."""
    wanted = original.resolve()
    return next((c for c in find_recoveries() if c.original == wanted), None)


def untitled_recoveries() -> list[RecoveredCopy]:
    return [copy for copy in find_recoveries() if copy.original is None]


def load_recovery(copy: RecoveredCopy) -> Project:
    return load(copy.path)


def discard(copy: RecoveredCopy) -> None:
    for path in (copy.path, copy.path.with_suffix(".origin")):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def discard_recovery(original: Path | None, project: Project | None = None) -> None:
    """Remove the recovery file of `original` (or of the untitled `project`) after a save."""
    if original is None and project is None:
        return
    key = _key(original, project or Project())
    for suffix in (".cjm", ".origin"):
        # Best effort after a save that succeeded: an unusable recovery folder must not turn it
        # into an error (autosave already reports that folder).
        with contextlib.suppress(OSError):
            (recovery_dir() / f"{key}{suffix}").unlink(missing_ok=True)
