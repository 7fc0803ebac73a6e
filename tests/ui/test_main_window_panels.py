"""Main window with its panels: clicking a card on the canvas shows it in the inspector, Ctrl+Z
in an inspector field undoes the typed word in one step, and the layout is remembered."""

import pytest
from main_window_support import app_files, show_window, write_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files"]


def _click_card(window, card_id: str) -> None:
    item = window.canvas.journey_scene().cards[card_id]
    point = window.canvas.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_card_shows_it_in_the_inspector_and_ctrl_z_undoes_typing(qtbot, tmp_path):
    window = show_window(qtbot, MainWindow(write_project(tmp_path / "bakkerij.cjm")))
    card = window.document.project.journeys[0].cards[0]
    _click_card(window, card.id)
    assert window.document.selection == [card.id]
    assert window.inspector.heading.text() == "Card"
    line = window.inspector.editor(card.id, "title").line
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_End)
    QTest.keyClicks(line, " en webwinkel")
    assert card.title == "Website en webwinkel"
    QTest.keyClick(line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert card.title == "Website"
    assert line.text() == "Website"
    assert not window.isWindowModified()


def test_dock_layout_and_recent_files_are_remembered(qtbot, tmp_path):
    path = write_project(tmp_path / "bakkerij.cjm")
    window = show_window(qtbot, MainWindow(path))
    window.palette_dock.hide()
    window.close()
    again = show_window(qtbot, MainWindow())
    assert again.palette_dock.isHidden()
    assert again.inspector_dock.isVisible()
    again.actions_.recent_menu.aboutToShow.emit()
    recent = [a.toolTip() for a in again.actions_.recent_menu.actions() if a.toolTip()]
    assert recent[0] == str(path.resolve())
