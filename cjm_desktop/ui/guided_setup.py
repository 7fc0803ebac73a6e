"""Starting and resuming the guided set-up from a window, and opening its result as one edit.

Every window imports this for its menu; the wizard itself is imported when it is first opened,
not during the editor's start-up (~10 ms).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFileDialog

from ..model import Project


def _translate(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def interface_language(window) -> str:
    """The language the user reads the interface in: a sensible default for a new project."""
    code = window.settings.language() or QLocale.system().name().split("_")[0]
    return "nl" if code == "nl" else "en"


def start_guided_setup(window, language: str | None = None) -> None:
    from .wizard import run_wizard

    project = run_wizard(window, language or interface_language(window))
    if project is not None:
        open_setup_result(window, project)


def continue_guided_setup(window) -> None:
    from .wizard.draft import DRAFT_SUFFIX
    from .wizard.wizard import resume_wizard

    name, _ = QFileDialog.getOpenFileName(
        window,
        _translate("Continue a saved set-up"),
        str(Path.home()),
        _translate("Unfinished set-up (*{suffix})").format(suffix=DRAFT_SUFFIX),
    )
    if not name:
        return
    project = resume_wizard(name, window)
    if project is not None:
        open_setup_result(window, project)


def open_setup_result(window, project: Project):
    """Show the finished set-up in this window when it holds nothing of the user's, else in a new
    one; the set-up is one step on the undo stack, so Undo takes it back to a blank project."""
    from .wizard.as_edit import blank_like, setup_edit

    target = window
    if window.document.is_modified() or window.document.path is not None:
        target = type(window)(project=blank_like(project), check_recovery=False)
        target.show()
    else:
        window.document.replace_project(blank_like(project), None)
    target.document.push(setup_edit(project))
    if project.journeys:
        target.document.set_current_journey(project.journeys[0].id)
    return target
