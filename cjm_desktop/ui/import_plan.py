"""File > Import Action Plan: read an edited action-plan workbook back into the open project.

The import is checked as a whole first (exporters.action_plan_import): a malformed workbook is
refused with its problems listed and nothing changes. Otherwise the user sees what would change
and confirms; the import is then one step on the undo stack.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..user_message import UserError

if TYPE_CHECKING:
    from ..exporters.action_plan_import import ImportResult

#: Problems shown in the message itself; the rest are behind "Show Details…".
MAX_SHOWN_PROBLEMS = 8


def tr(text: str) -> str:
    return QCoreApplication.translate("ImportActionPlan", text)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def import_plan_from_window(window) -> bool:
    """Ask for a workbook and import it into `window`'s project; True when the project changed."""
    document = window.document
    folder = document.path.parent if document.path else Path.home()
    name, _ = QFileDialog.getOpenFileName(
        window, tr("Import action plan"), str(folder), tr("Excel workbooks (*.xlsx)")
    )
    if not name:
        return False
    return import_plan_file(window, Path(name))


def import_plan_file(window, path: Path) -> bool:
    # openpyxl is loaded on first use, not at every start of the program.
    from ..exporters.action_plan_import import import_action_plan

    document = window.document
    try:
        result = import_action_plan(document.project, path)
    except UserError as error:
        _show_problems(window, error)
        return False
    if result.is_empty():
        _show_nothing_to_do(window, path, result)
        return False
    if not _confirm(window, path, result):
        return False
    if not document.push(result.edit):
        return False
    window.statusBar().showMessage(
        tr("Imported the action plan from {name}: {summary}").format(
            name=path.name, summary=result.summary().render(_translate)
        ),
        8000,
    )
    return True


def _counts(result: ImportResult) -> str:
    # Counts as "label: n" lines, which read right for any number without plural forms.
    lines = [
        tr("Changed actions: {n}").format(n=result.n_changed),
        tr("New actions: {n}").format(n=result.n_new),
    ]
    if result.deleted_ids:
        lines.append(
            tr("Not in the sheet, kept in the project: {n}").format(n=len(result.deleted_ids))
        )
    note = result.formula_note()
    if note is not None:
        lines.append(note.render(_translate))
    return "\n".join(lines)


def _titles(window, result: ImportResult) -> str:
    project = window.document.project

    def title(action_id: str) -> str:
        action = next((a for a in project.actions if a.id == action_id), None)
        return action.title if action is not None and action.title else action_id

    lines = [tr("Changed: {title}").format(title=title(i)) for i in result.changed_ids]
    lines += [tr("New: {title}").format(title=a.title) for a in result.new_actions]
    lines += [
        tr("Kept, not in the sheet: {title}").format(title=title(i)) for i in result.deleted_ids
    ]
    return "\n".join(lines)


def _confirm(window, path: Path, result: ImportResult) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, tr("Import action plan"), "", parent=window)
    box.setObjectName("importPlanConfirmation")
    box.setText(tr("Import the action plan from “{name}”?").format(name=path.name))
    box.setInformativeText(_counts(result) + "\n\n" + tr("Edit > Undo takes the import back."))
    box.setDetailedText(_titles(window, result))
    do_import = box.addButton(tr("&Import"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(do_import)
    box.exec()
    return box.clickedButton() is do_import


def _show_nothing_to_do(window, path: Path, result: ImportResult) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, tr("Import action plan"), "", parent=window)
    box.setText(tr("The action plan in “{name}” has no changes.").format(name=path.name))
    if result.deleted_ids:
        box.setInformativeText(_counts(result))
        box.setDetailedText(_titles(window, result))
    box.exec()


def _show_problems(window, error: UserError) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Cannot import action plan"), "", parent=window)
    box.setObjectName("importPlanProblems")
    box.setText(error.message.render(_translate))
    shown = error.details[:MAX_SHOWN_PROBLEMS]
    text = "\n".join(f"• {line}" for line in shown)
    if len(error.details) > len(shown):
        text += "\n" + tr("… and {n} more (Show Details).").format(
            n=len(error.details) - len(shown)
        )
        box.setDetailedText("\n".join(error.details))
    box.setInformativeText(text)
    box.exec()
