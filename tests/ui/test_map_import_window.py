"""File > Import Map > Mermaid Journey… and pasting Mermaid journey text (Ctrl+V) onto the canvas
or the map list: a new map, shown at once, as one undo step; adjustments are listed first and
nothing is added unless the user agrees; unreadable text gets a message and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from modal_support import click_box_button, message_text, modals
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from cjm_desktop.storage.canonical_json import dumps
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.starting_projects import example_path

__all__ = ["app_files", "modals"]

EXAMPLE = Path(example_path()).with_name("bakkerij_nl.cjm")
CORPUS = Path(__file__).parent.parent / "exporters" / "mermaid_corpus"


@pytest.fixture
def window(qtbot, app_files):
    path = shutil.copy(EXAMPLE, app_files / "bakkerij_nl.cjm")
    return show_window(qtbot, MainWindow(path, check_recovery=False))


@pytest.fixture
def clipboard():
    board = QGuiApplication.clipboard()
    yield board
    board.clear()


def _choose_file(monkeypatch, path: Path, asked: list) -> None:
    def get_open_file_name(parent, caption, folder, filter_):
        asked.append(filter_)
        return str(path), filter_

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)


def _undo(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_menu_import_adds_the_map_as_one_undo_step(qtbot, window, monkeypatch):
    document = window.document
    before = dumps(document.project)
    asked: list = []
    _choose_file(monkeypatch, CORPUS / "viewer_restaurant.mmd", asked)
    choose(qtbot, window, "File", "Import Map", "Mermaid Journey")

    assert "Mermaid journeys (*.mmd" in asked[0]
    journey = document.project.journeys[-1]
    assert journey.title == "Restaurant Order Process"
    assert document.current_journey_id == journey.id
    names = [p.name for p in document.project.personas]
    assert names[-4:] == ["Customer", "Waiter", "Kitchen", "Manager"]
    assert document.undo_stack.count() == 1
    assert "Imported the map “Restaurant Order Process”" in window.statusBar().currentMessage()
    _undo(qtbot, window)
    assert dumps(document.project) == before


def test_adjustments_are_listed_and_cancel_adds_nothing(qtbot, window, modals, monkeypatch):
    before = dumps(window.document.project)
    _choose_file(monkeypatch, CORPUS / "mermaid_score_23.mmd", [])
    seen: list[str] = []

    def cancel(box: QMessageBox) -> None:
        seen.append(message_text(box))
        click_box_button(qtbot, box, "Cancel")

    modals.when(QMessageBox, cancel)
    choose(qtbot, window, "File", "Import Map", "Mermaid Journey")
    assert "read with 1 adjustments" in seen[0]
    assert "line 5: score 23 clamped to 5" in seen[0]
    assert dumps(window.document.project) == before
    assert window.document.undo_stack.count() == 0


def test_agreeing_to_the_adjustments_imports(qtbot, window, modals, monkeypatch):
    _choose_file(monkeypatch, CORPUS / "mermaid_score_23.mmd", [])
    modals.when(QMessageBox, lambda box: click_box_button(qtbot, box, "Import"))
    choose(qtbot, window, "File", "Import Map", "Mermaid Journey")
    journey = window.document.project.journeys[-1]
    assert [s.name for s in journey.stages] == ["Go to work", "Go home"]
    assert window.document.undo_stack.count() == 1


def test_an_unreadable_file_is_refused_with_its_line(qtbot, window, modals, monkeypatch, tmp_path):
    bad = tmp_path / "bad.mmd"
    bad.write_text("%% hi\nflowchart LR\n  a --> b\n", encoding="utf-8")
    before = dumps(window.document.project)
    _choose_file(monkeypatch, bad, [])
    seen: list[str] = []

    def acknowledge(box: QMessageBox) -> None:
        seen.append(box.windowTitle() + "\n" + message_text(box))
        click_box_button(qtbot, box, "OK")

    modals.when(QMessageBox, acknowledge)
    choose(qtbot, window, "File", "Import Map", "Mermaid Journey")
    assert "Cannot import map" in seen[0]
    assert "line 2: Mermaid journey text starts with the word 'journey'" in seen[0]
    assert dumps(window.document.project) == before


JOURNEY = "journey\n  title Pasted\n  section Kopen\n    Betaalt: 4: Ans, 54\n"


def test_ctrl_v_on_the_canvas_pastes_a_journey_as_a_new_map(qtbot, window, clipboard):
    document = window.document
    count = len(document.project.journeys)
    clipboard.setText(JOURNEY)
    canvas = window.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(document.project.journeys) == count + 1
    journey = document.project.journeys[-1]
    assert journey.title == "Pasted"
    assert document.current_journey_id == journey.id
    assert document.undo_stack.count() == 1
    _undo(qtbot, window)
    assert len(document.project.journeys) == count


def test_ctrl_v_on_the_map_list_pastes_markdown_with_a_journey(qtbot, window, clipboard):
    document = window.document
    count = len(document.project.journeys)
    clipboard.setText("Notes\n\n```mermaid\n" + JOURNEY + "```\n")
    maps = window.findChild(object, "mapListView")
    maps.setFocus()
    qtbot.waitUntil(maps.hasFocus)
    qtbot.keyClick(maps, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(document.project.journeys) == count + 1
    assert document.project.journeys[-1].title == "Pasted"


def test_ordinary_text_on_the_clipboard_is_no_map(qtbot, window, clipboard):
    before = dumps(window.document.project)
    clipboard.setText("just some words")
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dumps(window.document.project) == before


def test_menu_import_of_cjml_adds_the_journeys_as_one_undo_step(
    qtbot, window, modals, monkeypatch, tmp_path
):
    from cjm_desktop.exporters.cjml import export_cjml
    from cjm_desktop.storage import load

    source = tmp_path / "journeys.xml"
    source.write_bytes(export_cjml(load(EXAMPLE)))
    document = window.document
    count = len(document.project.journeys)
    personas = len(document.project.personas)
    asked: list = []
    _choose_file(monkeypatch, source, asked)
    seen: list[str] = []

    def agree(box: QMessageBox) -> None:
        seen.append(message_text(box))
        click_box_button(qtbot, box, "Import")

    modals.when(QMessageBox, agree)
    choose(qtbot, window, "File", "Import Map", "CJML Journeys")
    assert "kept in card details only, not as personas" in seen[0]
    assert "CJML files (*.xml *.cjml)" in asked[0]
    assert len(document.project.journeys) == count + 2
    assert len(document.project.personas) == personas  # matched by name
    assert document.undo_stack.count() == 1
    _undo(qtbot, window)
    assert len(document.project.journeys) == count
