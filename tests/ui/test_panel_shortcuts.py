"""Keys for the main panels (Ctrl+1..5): the key brings its panel to the front with the keyboard
in it, also from behind another dock's tab; the same key again closes it and returns to the map.
The keys clash with no other shortcut and appear in the shortcut table."""

from collections import Counter

import pytest
from main_window_support import app_files, show_window, write_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_desktop.ui.help.shortcuts import _canvas_rows, shortcut_rows
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.panel_shortcuts import in_front

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files"]

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path):
    window = show_window(qtbot, MainWindow(write_project(tmp_path / "bakkerij.cjm")))
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    return window


def _press(key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, CTRL)


def _keyboard_in(dock) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and dock.isAncestorOf(focus)


def test_the_key_brings_a_panel_from_behind_a_tab_and_closes_it_the_second_time(qtbot, window):
    dock = window.persona_dock
    # Opened as a tab behind the inspector: shown, but not in front.
    assert not dock.isHidden() and not in_front(dock)
    _press(Qt.Key.Key_5)
    qtbot.waitUntil(lambda: in_front(dock))
    assert _keyboard_in(dock)
    assert not in_front(window.inspector_dock)
    _press(Qt.Key.Key_5)
    assert dock.isHidden()
    assert window.canvas.hasFocus()
    _press(Qt.Key.Key_5)
    qtbot.waitUntil(lambda: in_front(dock))


def test_the_key_opens_a_closed_panel(qtbot, window):
    dock = window.palette_dock
    dock.close()
    _press(Qt.Key.Key_2)
    qtbot.waitUntil(lambda: in_front(dock))
    assert _keyboard_in(dock)
    assert in_front(window.map_dock)


def test_the_keys_clash_with_nothing_and_are_in_the_shortcut_table(window):
    rows = shortcut_rows(window)
    panels = {command: keys for menu, command, keys in rows if menu == "View › Panels"}
    expected = ["Maps", "Touchpoint library", "Inspector", "Action plan", "Personas"]
    assert [panels.get(name) for name in expected] == [f"Ctrl+{n}" for n in range(1, 6)]
    keys = [k for _m, _c, text in rows + _canvas_rows() for k in text.split(", ")]
    assert [k for k, n in Counter(keys).items() if n > 1 and k.startswith("Ctrl+")] == []
