"""File > Import Map > Map from Spreadsheet…: the preview matches the columns by name, lets the
user match the rest, lists the rows that cannot be read, offers the sample workbook, and imports
only when the user presses Import; the import is one undo step."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from modal_support import click_box_button, modals
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from cjm_desktop.storage.canonical_json import dumps
from cjm_desktop.ui.dialogs.cards_import_dialog import CardsImportDialog
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.starting_projects import example_path

__all__ = ["app_files", "modals"]

EXAMPLE = Path(example_path()).with_name("bakkerij_nl.cjm")


@pytest.fixture
def window(qtbot, app_files):
    path = shutil.copy(EXAMPLE, app_files / "bakkerij_nl.cjm")
    return show_window(qtbot, MainWindow(path, check_recovery=False))


def _table(folder: Path, rows) -> Path:
    path = folder / "research.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream, delimiter=";").writerows(rows)
    return path


def _choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args: (str(path), "Spreadsheets (*.xlsx *.csv)")
    )


ROWS = [
    ["Fase", "Stap", "Wat", "Titel", "Kanaal"],
    ["Kopen", "Bestelt", "Contactmomenten", "Webshop", "webshop"],
    ["Kopen", "Betaalt", "Contactmomenten", "iDEAL", "duif"],
]


def _pick(qtbot, dialog: CardsImportDialog, column: int, field_name: str) -> None:
    chooser = dialog.choosers[column]
    chooser.setFocus()
    index = chooser.findText(field_name)
    qtbot.keyClick(chooser, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(chooser, Qt.Key.Key_Down)
    assert chooser.currentText() == field_name


def test_match_a_column_see_the_bad_row_and_import(qtbot, window, app_files, modals, monkeypatch):
    document = window.document
    before = dumps(document.project)
    _choose_file(monkeypatch, _table(app_files, ROWS))
    seen: dict = {}

    def preview(dialog: CardsImportDialog) -> None:
        seen["first"] = dialog.summary.text()
        assert not dialog.import_button.isEnabled()  # "Wat" is no known column: no lane yet
        _pick(qtbot, dialog, 2, "Lane")
        seen["summary"] = dialog.summary.text()
        seen["problems"] = dialog.problems.toPlainText()
        seen["button"] = dialog.import_button.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    modals.when(CardsImportDialog, preview)
    choose(qtbot, window, "File", "Import Map", "Map from Spreadsheet")

    assert "needs the columns Baan" in seen["first"]  # the table's words: a Dutch project
    assert "2 rows: 1 stages, 1 steps, 1 lanes and 1 cards." in seen["summary"]
    assert "1 rows cannot be read" in seen["summary"]
    assert "row 3: Kanaal: “duif” is not one of the known values" in seen["problems"]
    assert seen["button"] == "&Import Without Those Rows"
    journey = document.project.journeys[-1]
    assert journey.title == "research"
    assert [c.title for c in journey.cards] == ["Webshop"]
    assert document.current_journey_id == journey.id
    assert document.undo_stack.count() == 1
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dumps(document.project) == before


def test_cancel_imports_nothing(qtbot, window, app_files, modals, monkeypatch):
    before = dumps(window.document.project)
    _choose_file(monkeypatch, _table(app_files, ROWS))
    modals.when(CardsImportDialog, lambda dialog: dialog.reject())
    choose(qtbot, window, "File", "Import Map", "Map from Spreadsheet")
    assert dumps(window.document.project) == before
    assert window.document.undo_stack.count() == 0


def test_the_template_can_be_saved_from_the_dialog(qtbot, window, app_files, modals, monkeypatch):
    _choose_file(monkeypatch, _table(app_files, ROWS))
    target = app_files / "template.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(target), "Excel workbooks (*.xlsx)")
    )

    def save_template(dialog: QDialog) -> None:
        button = dialog.findChild(object, "cardsTemplateButton")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog.reject()

    modals.when(CardsImportDialog, save_template)
    choose(qtbot, window, "File", "Import Map", "Map from Spreadsheet")
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]][:5] == ["Fase", "Stap", "Baan", "Soort baan", "Titel"]
    assert sheet.max_row == 5  # two lanes, two cards


def test_an_unreadable_file_gets_a_message(qtbot, window, app_files, modals, monkeypatch):
    fake = app_files / "cards.xlsx"
    fake.write_text("no workbook", encoding="utf-8")
    _choose_file(monkeypatch, fake)
    seen: list[str] = []

    def acknowledge(box: QMessageBox) -> None:
        seen.append(box.text())
        click_box_button(qtbot, box, "OK")

    modals.when(QMessageBox, acknowledge)
    choose(qtbot, window, "File", "Import Map", "Map from Spreadsheet")
    assert "is not an Excel workbook (.xlsx) or is damaged" in seen[0]
