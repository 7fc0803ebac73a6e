"""The guided set-up's automatic draft: what was typed so far, written to the recovery folder as
the user goes, so that a crash or a power cut mid-set-up offers to continue at the next start.

Pure Python (no Qt): one file a running set-up in the folder of the projects' recovery copies,
written atomically by `WizardDraft.save`, removed when the set-up is finished or discarded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...model import new_id
from ...storage.recovery import recovery_dir
from ...user_message import UserError
from .draft import DRAFT_SUFFIX, WizardDraft

PREFIX = "guided-setup-"


def new_auto_draft_path() -> Path:
    """A file of its own for each set-up, so two windows' set-ups do not overwrite each other."""
    return recovery_dir() / f"{PREFIX}{new_id('w')}{DRAFT_SUFFIX}"


def write_auto_draft(draft: WizardDraft, path: Path) -> None:
    """Raises UserError when the folder cannot be written (the caller says so, once)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    draft.save(path)


def discard_auto_draft(path: Path | None) -> None:
    if path is not None:
        path.unlink(missing_ok=True)


@dataclass(frozen=True)
class UnfinishedSetup:
    path: Path
    draft: WizardDraft


def unfinished_setup() -> UnfinishedSetup | None:
    """The most recent automatic draft that can be read; unreadable ones are left alone (the user
    may want to look at them) and skipped."""
    folder = recovery_dir()
    if not folder.is_dir():
        return None
    candidates = sorted(
        folder.glob(f"{PREFIX}*{DRAFT_SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True
    )
    for path in candidates:
        try:
            return UnfinishedSetup(path, WizardDraft.load(path))
        except UserError:
            continue
    return None
