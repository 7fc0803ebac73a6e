"""When a project file cannot be opened: say so in plain words and offer the copies that may still
hold the user's work, the backup kept at the previous save (`NAME.cjm.bak`, storage's
`backup_path`) and a copy autosave wrote before a crash.

A copy the user chooses opens as an unsaved document whose save target is the original file:
the damaged file stays exactly as it is until the user saves, and saving replaces it as usual
(the damaged version then becomes the new `.bak`, the good content lives on in the file).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import storage
from ..model import Project
from ..user_message import UserError
from . import project_files

BACKUP = "backup"
RECOVERED = "recovered"


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenFailure", text)


@dataclass(frozen=True)
class SpareCopy:
    """A copy of a project file that loads: the backup or a recovered copy."""

    kind: str
    path: Path
    project: Project

    def saved_at(self) -> str:
        return datetime.fromtimestamp(self.path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def usable_backup(path: Path) -> SpareCopy | None:
    """The backup next to `path` when it exists and loads."""
    # storage's own backup_path_for (helper i11s) says the same but returns only the path; the
    # project is wanted here, so this loads the backup once, at storage's backup name.
    backup = storage.backup_path(Path(path))
    if not backup.is_file():
        return None
    try:
        return SpareCopy(BACKUP, backup, storage.load(backup))
    except (UserError, OSError):
        return None


def usable_recovered_copy(path: Path) -> SpareCopy | None:
    """The copy autosave wrote for `path` (newer or not: the file itself is unusable)."""
    try:
        wanted = Path(path).resolve()
        copies = [c for c in project_files.find_recoveries() if c.original == wanted]
    except OSError:
        return None
    for copy in sorted(copies, key=lambda c: c.path.stat().st_mtime, reverse=True):
        try:
            return SpareCopy(RECOVERED, copy.path, project_files.load_recovery(copy))
        except (UserError, OSError):
            continue
    return None


def spare_copies(path: Path) -> list[SpareCopy]:
    return [c for c in (usable_recovered_copy(path), usable_backup(path)) if c is not None]


def ask_what_to_open(
    parent: QWidget | None, path: Path, error: UserError, copies: list[SpareCopy]
) -> SpareCopy | None:
    """Tell the user `path` could not be opened and why; offer `copies`. The copy chosen, or
    None (Close)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Cannot open project file"))
    # The message without the storage layer's own hint (if it gives one): the copies it would
    # name are offered below, each with its button.
    box.setText(error.message.render(_translate))
    if error.details:
        box.setDetailedText("\n".join(f"  - {detail}" for detail in error.details))
    buttons = {}
    lines = []
    for copy in copies:
        if copy.kind == RECOVERED:
            label = tr("Open recovered copy")
            lines.append(
                tr("A copy saved automatically on {when} is available.").format(
                    when=copy.saved_at()
                )
            )
        else:
            label = tr("Open the backup")
            lines.append(
                tr(
                    "You can open the backup “{name}”, made when the file was saved before "
                    "({when})."
                ).format(name=copy.path.name, when=copy.saved_at())
            )
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName(f"open_{copy.kind}")
        buttons[button] = copy
    if copies:
        lines.append(
            tr("It opens as an unsaved project; “{name}” stays as it is until you save.").format(
                name=path.name
            )
        )
    elif _damaged(error):
        lines.append(
            tr(
                "No backup of this project file was found next to it. If you have another copy "
                "(an e-mail attachment, a USB stick, a cloud folder), open that one."
            )
        )
    if lines:
        box.setInformativeText("\n\n".join(lines))
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(next(iter(buttons), close))
    box.setEscapeButton(close)
    box.exec()
    return buttons.get(box.clickedButton())


def _damaged(error: UserError) -> bool:
    """The file is there but its content is unusable (not missing, not from a newer version):
    storage tells these apart once it has DamagedFile; until then any error counts."""
    return isinstance(error, getattr(storage, "DamagedFile", UserError))


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
