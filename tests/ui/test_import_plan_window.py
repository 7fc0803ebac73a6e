"""File > Import Action Plan: an action plan edited in Excel comes back as one undo step after
the user saw what it changes; a malformed workbook is refused with its problems listed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from modal_support import click_box_button, message_text, modals
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cjm_desktop.exporters.action_plan_sheet import HEADER_ROW, column_index, column_letter
from cjm_desktop.exporters.excel import export_excel
from cjm_desktop.model import Status
from cjm_desktop.storage.canonical_json import dumps
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.starting_projects import example_path

__all__ = ["app_files", "modals"]

EXAMPLE = Path(example_path()).with_name("bakkerij_nl.cjm")
FIRST = HEADER_ROW + 1  # the first action's row, below the title row and the header


@pytest.fixture
def window(qtbot, app_files):
    path = shutil.copy(EXAMPLE, app_files / "bakkerij_nl.cjm")
    return show_window(qtbot, MainWindow(path, check_recovery=False))


def _edited_plan(window, folder: Path, change) -> Path:
    path = folder / "plan.xlsx"
    export_excel(window.document.project, path)
    workbook = load_workbook(path)
    change(workbook.worksheets[0])
    workbook.save(path)
    return path


def _choose_file(monkeypatch, path: Path, asked: list) -> None:
    def get_open_file_name(parent, caption, folder, filter_):
        asked.append((folder, filter_))
        return str(path), filter_

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)


def _set(ws, row: int, key: str, value) -> None:
    ws.cell(row=row, column=column_index(key)).value = value


def _row_of(ws, action_id: str) -> int:
    """The sheet's row of an action (the plan is sorted by score, not in project order)."""
    column = column_index("id")
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, column).value == action_id)


def test_edited_plan_is_imported_as_one_undo_step(qtbot, window, app_files, modals, monkeypatch):
    document = window.document
    first, removed = document.project.actions[0], document.project.actions[3]
    assert first.status != Status.DONE
    before = dumps(document.project)

    def change(ws):
        _set(ws, _row_of(ws, first.id), "status", "Klaar")
        ws.delete_rows(_row_of(ws, removed.id))
        row = ws.max_row + 1
        _set(ws, row, "title", "Taarten ook op zondag ophalen")
        _set(ws, row, "status", "Idee")
        _set(ws, row, "priority", "Laag")

    plan = _edited_plan(window, app_files, change)
    asked: list = []
    _choose_file(monkeypatch, plan, asked)
    seen: list[str] = []

    def confirm(box: QMessageBox) -> None:
        seen.append(message_text(box))
        click_box_button(qtbot, box, "Import")

    modals.when(QMessageBox, confirm)
    choose(qtbot, window, "File", "Import Action Plan")

    assert asked == [(str(app_files), "Excel workbooks (*.xlsx)")]
    assert len(seen) == 1
    assert "“plan.xlsx”" in seen[0]
    assert "Changed actions: 1\nNew actions: 1\nNot in the sheet, kept in the project: 1" in seen[0]
    assert f"Kept, not in the sheet: {removed.title}" in seen[0]
    assert f"Changed: {first.title}" in seen[0]
    assert "New: Taarten ook op zondag ophalen" in seen[0]
    project = document.project
    assert project.actions[0].status == Status.DONE
    assert project.actions[-1].title == "Taarten ook op zondag ophalen"
    assert removed in project.actions
    assert document.undo_stack.count() == 1 and document.is_modified()
    assert "Imported the action plan from plan.xlsx" in window.statusBar().currentMessage()

    # Shortcuts reach only the active window: the message box had been it.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dumps(document.project) == before
    assert not document.is_modified()


def test_cancelling_the_confirmation_changes_nothing(qtbot, window, app_files, modals, monkeypatch):
    before = dumps(window.document.project)
    plan = _edited_plan(window, app_files, lambda ws: _set(ws, FIRST, "owner", "Iemand anders"))
    _choose_file(monkeypatch, plan, [])
    modals.when(QMessageBox, lambda box: click_box_button(qtbot, box, "Cancel"))
    choose(qtbot, window, "File", "Import Action Plan")
    assert dumps(window.document.project) == before
    assert window.document.undo_stack.count() == 0


def test_malformed_plan_lists_its_problems_and_changes_nothing(
    qtbot, window, app_files, modals, monkeypatch
):
    before = dumps(window.document.project)

    def break_it(ws):
        _set(ws, FIRST, "status", "Misschien ooit")
        _set(ws, FIRST + 1, "due", "morgen")

    plan = _edited_plan(window, app_files, break_it)
    _choose_file(monkeypatch, plan, [])
    seen: list[str] = []

    def acknowledge(box: QMessageBox) -> None:
        seen.append(message_text(box))
        assert box.windowTitle() == "Cannot import action plan"
        click_box_button(qtbot, box, "OK")

    modals.when(QMessageBox, acknowledge)
    choose(qtbot, window, "File", "Import Action Plan")

    assert len(seen) == 1
    assert "was not imported: 2 problems. Nothing was changed." in seen[0]
    assert f"row {FIRST}, column {column_letter('status')} (Status)" in seen[0]
    assert "Misschien ooit" in seen[0]
    assert f"row {FIRST + 1}, column {column_letter('due')} (Deadline)" in seen[0]
    assert "morgen" in seen[0]
    assert dumps(window.document.project) == before
    assert window.document.undo_stack.count() == 0
    assert not window.document.is_modified()


def test_formulas_in_the_plan_are_named_in_the_confirmation_and_the_problems(
    qtbot, window, app_files, modals, monkeypatch
):
    from helpers.workbook_parts import set_cell_xml

    before = dumps(window.document.project)
    plan = _edited_plan(window, app_files, lambda ws: None)
    cell = f"{column_letter('title')}{FIRST}"
    where = f"row {FIRST}, column {column_letter('title')} (Actie)"
    set_cell_xml(plan, cell, f'<c r="{cell}" t="str"><f>UPPER("taart")</f><v>TAART</v></c>')
    _choose_file(monkeypatch, plan, [])
    seen: list[str] = []

    def answer(button: str):
        def act(box: QMessageBox) -> None:
            seen.append(message_text(box))
            click_box_button(qtbot, box, button)

        return act

    modals.when(QMessageBox, answer("Cancel"))
    choose(qtbot, window, "File", "Import Action Plan")
    assert "Cells holding a formula: 1; their calculated values were imported" in seen[-1]
    assert where in seen[-1]

    set_cell_xml(plan, cell, f'<c r="{cell}"><f>UPPER("taart")</f></c>')  # never calculated
    modals.when(QMessageBox, answer("OK"))
    choose(qtbot, window, "File", "Import Action Plan")
    assert f'{where}: the cell holds a formula (=UPPER("taart"))' in seen[-1]
    assert dumps(window.document.project) == before
