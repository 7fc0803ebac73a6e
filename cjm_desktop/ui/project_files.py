"""The window's way to cjm_desktop.storage: load, save and crash-recovery copies of a project.

Kept in one module so the GUI names storage in one place.
"""

from __future__ import annotations

from pathlib import Path

from .. import storage
from ..model import Project
from ..storage.atomic_write import remove_stale_temps
from ..storage.recovery import (
    RECOVERY_DIR_ENV,
    RecoveredCopy,
    discard,
    discard_recovery,
    find_recoveries,
    load_recovery,
    recovery_dir,
    recovery_for,
    recovery_write_error,
    untitled_recoveries,
    write_recovery,
)

__all__ = [
    "RECOVERY_DIR_ENV",
    "RecoveredCopy",
    "discard",
    "discard_recovery",
    "find_recoveries",
    "load",
    "load_recovery",
    "recovery_dir",
    "recovery_for",
    "recovery_write_error",
    "save",
    "untitled_recoveries",
    "write_recovery",
]


def load(path: Path) -> Project:
    project = storage.load(path)
    # Temporary files a killed save left next to it (and its backup) are of no use to anyone.
    remove_stale_temps(path)
    remove_stale_temps(storage.backup_path(path))
    return project


def save(project: Project, path: Path) -> None:
    storage.save(project, path, backup=True)
