"""Starting and resuming the guided set-up from a window, and opening its result.

A set-up from File > Guided Set-up makes a new project: a new document whose undo stack starts
clean (as a word processor's new document from a template), shown in this window when it holds
nothing of the user's, else in a new one. File > Add Map with Guided Set-up adds the result to the
open project as one undoable step ("Guided set-up: <brand>") that Undo takes back exactly.

Every window imports this for its menu; the wizard itself is imported when it is first opened,
not during the editor's start-up (~10 ms).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..model import Project


def _translate(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def interface_language(window) -> str:
    """The language a new project starts in: Preferences' choice, by default the interface's."""
    return window.settings.new_project_language()


def start_guided_setup(window, language: str | None = None) -> None:
    from .wizard import run_wizard

    project = run_wizard(window, language or interface_language(window))
    if project is not None:
        open_setup_result(window, project)


def add_map_with_guided_setup(window) -> None:
    """The set-up's map, persona and actions added to the open project, as one undoable step."""
    from .wizard import run_wizard

    project = run_wizard(window, str(window.document.project.language.value))
    if project is not None:
        add_setup_result(window, project)


def offer_unfinished_setup(window) -> None:
    """At start: a set-up that was neither finished nor discarded (a crash, a power cut) is
    offered to continue; Later keeps it for the next start."""
    from .wizard.auto_draft import discard_auto_draft, unfinished_setup

    found = unfinished_setup()
    if found is None:
        return
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_translate("Unfinished guided set-up"))
    box.setText(_translate("Continue the guided set-up you were doing?"))
    name = found.draft.brand_name.strip()
    if name:
        box.setInformativeText(_translate("Your answers for “{name}” were kept.").format(name=name))
    go_on = box.addButton(_translate("Continue"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(_translate("Discard"), QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton(_translate("Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(go_on)
    box.setEscapeButton(later)
    box.exec()
    if box.clickedButton() is discard:
        discard_auto_draft(found.path)
    elif box.clickedButton() is go_on:
        from .wizard.wizard import resume_wizard

        project = resume_wizard(found.path, window, automatic=True)
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
    """Show the finished set-up as a new document: in this window when it holds nothing of the
    user's, else in a new one. Its undo stack starts clean, so Undo cannot empty the new map;
    it is unsaved (closing asks to save it) and the autosave keeps it from the first minute."""
    target = window
    if window.document.is_modified() or window.document.path is not None:
        target = type(window)(project=project, check_recovery=False)
        target.show()
    else:
        window.document.replace_project(project, None)
    target.document.mark_modified()
    if project.journeys:
        target.document.set_current_journey(project.journeys[0].id)
    return target


def add_setup_result(window, project: Project) -> None:
    """Add the set-up's result to the window's project as one undoable step."""
    from .wizard.as_edit import add_to_project_edit, setup_label

    label = setup_label(project, QCoreApplication.translate)
    window.document.push(add_to_project_edit(project, window.document.project, label))
    if project.journeys:
        window.document.set_current_journey(project.journeys[0].id)
