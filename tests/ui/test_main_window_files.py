"""Main window: the title, saving, the unsaved-changes prompt, a file that fails to load, and
opening a file that is already open."""

from pathlib import Path

import pytest
from main_window_support import MessageBoxes, app_files, sample_project, show_window, write_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from cjm_desktop.editing import SetFields
from cjm_desktop.ui import window_registry
from cjm_desktop.ui.app_settings import AppSettings
from cjm_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("app_files")
Button = QMessageBox.StandardButton
__all__ = ["app_files"]


def _rename_first_map(window, title: str) -> None:
    journey = window.document.project.journeys[0]
    window.document.push(SetFields(journey.id, {"title": title}))


def test_title_shows_file_name_and_modified_marker(qtbot, tmp_path):
    path = write_project(tmp_path / "bakkerij.cjm")
    window = show_window(qtbot, MainWindow(path))
    assert window.windowTitle().startswith("bakkerij.cjm[*]")
    assert not window.isWindowModified()
    _rename_first_map(window, "Taart bestellen")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_writes_the_file_and_keeps_a_backup(qtbot, tmp_path):
    path = write_project(tmp_path / "bakkerij.cjm")
    before = path.read_bytes()
    window = show_window(qtbot, MainWindow(path))
    _rename_first_map(window, "Taart bestellen")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Taart bestellen" in path.read_text(encoding="utf-8")
    assert (tmp_path / "bakkerij.cjm.bak").read_bytes() == before
    assert not window.isWindowModified()
    assert AppSettings().recent_files()[0] == path.resolve()


def test_close_with_unsaved_changes_can_be_cancelled(qtbot, tmp_path, monkeypatch):
    path = write_project(tmp_path / "bakkerij.cjm")
    window = show_window(qtbot, MainWindow(path))
    _rename_first_map(window, "Taart bestellen")
    boxes = MessageBoxes(monkeypatch, Button.Cancel)
    assert not window.close()
    assert window.isVisible()
    assert "bakkerij.cjm" in boxes.texts[0]
    assert "Taart bestellen" not in path.read_text(encoding="utf-8")


def test_close_and_save(qtbot, tmp_path, monkeypatch):
    path = write_project(tmp_path / "bakkerij.cjm")
    window = show_window(qtbot, MainWindow(path))
    _rename_first_map(window, "Taart bestellen")
    MessageBoxes(monkeypatch, Button.Save)
    assert window.close()
    assert "Taart bestellen" in path.read_text(encoding="utf-8")


def test_close_and_discard(qtbot, tmp_path, monkeypatch):
    path = write_project(tmp_path / "bakkerij.cjm")
    window = show_window(qtbot, MainWindow(path))
    _rename_first_map(window, "Taart bestellen")
    MessageBoxes(monkeypatch, Button.Discard)
    assert window.close()
    assert "Taart bestellen" not in path.read_text(encoding="utf-8")


def test_a_corrupt_file_shows_the_message_and_the_window_stays_usable(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "kapot.cjm"
    path.write_text('{"schema_version": 1, "journeys": [', encoding="utf-8")
    boxes = MessageBoxes(monkeypatch)
    window = show_window(qtbot, MainWindow(path))
    assert len(boxes.texts) == 1 and "kapot.cjm" in boxes.texts[0]
    assert window.document.path is None
    # Still a working editor: a map can be added and edited.
    count = len(window.document.project.journeys)
    window.map_list.add_blank()
    assert len(window.document.project.journeys) == count + 1
    _rename_first_map(window, "Toch bewerken")
    assert window.document.project.journeys[0].title == "Toch bewerken"
    assert window.isWindowModified()


def test_opening_a_file_that_is_open_focuses_its_window(qtbot, tmp_path):
    path = write_project(tmp_path / "bakkerij.cjm")
    window = show_window(qtbot, MainWindow(path))
    other = show_window(qtbot, MainWindow(project=sample_project()))
    _rename_first_map(other, "Bezig")  # so the other window does not reuse itself
    assert other.open_path(Path(str(tmp_path) + "/./bakkerij.cjm")) is window
    assert len([w for w in window_registry.windows() if w.document.path]) == 1


def test_undo_shortcut_and_menu_undo_the_last_edit(qtbot, tmp_path):
    path = write_project(tmp_path / "bakkerij.cjm")
    window = show_window(qtbot, MainWindow(path))
    _rename_first_map(window, "Taart bestellen")
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.journeys[0].title == "Brood kopen"
    window.actions_.redo.trigger()
    assert window.document.project.journeys[0].title == "Taart bestellen"
