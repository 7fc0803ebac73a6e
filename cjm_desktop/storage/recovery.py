"""Crash-recovery copies of unsaved projects: one file per original path (or per untitled
project) in a recovery folder, written atomically by the autosave and removed after a save.

Pure Python so the CLI or a future second front end can find and restore the same copies; the
GUI reaches it through ui/project_files.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..model import Project
from .atomic_write import atomic_write
from .canonical_json import dumps
from .file_format import load

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
    text = str(original.resolve()) if original is not None else f"untitled:{project.id}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def write_recovery(project: Project, original: Path | None) -> Path:
    """Write the unsaved state of `project`; returns the recovery file."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    key = _key(original, project)
    origin = folder / f"{key}.origin"
    atomic_write(origin, (str(original.resolve()) if original else "").encode("utf-8"))
    target = folder / f"{key}.cjm"
    atomic_write(target, dumps(project).encode("utf-8"))
    return target


def find_recoveries() -> list[RecoveredCopy]:
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.cjm")):
        origin = path.with_suffix(".origin")
        text = origin.read_text(encoding="utf-8") if origin.exists() else ""
        found.append(RecoveredCopy(path, Path(text) if text else None))
    return found


def recovery_for(original: Path | None) -> RecoveredCopy | None:
    """The recovered copy written for `original`, if one is newer than that file."""
    wanted = original.resolve() if original is not None else None
    for copy in find_recoveries():
        if copy.original == wanted and copy.newer_than_original():
            return copy
    return None


def untitled_recoveries() -> list[RecoveredCopy]:
    return [copy for copy in find_recoveries() if copy.original is None]


def load_recovery(copy: RecoveredCopy) -> Project:
    return load(copy.path)


def discard(copy: RecoveredCopy) -> None:
    for path in (copy.path, copy.path.with_suffix(".origin")):
        path.unlink(missing_ok=True)


def discard_recovery(original: Path | None, project: Project | None = None) -> None:
    """Remove the recovery file of `original` (or of the untitled `project`) after a save."""
    if original is None and project is None:
        return
    key = _key(original, project or Project())
    for suffix in (".cjm", ".origin"):
        (recovery_dir() / f"{key}{suffix}").unlink(missing_ok=True)
