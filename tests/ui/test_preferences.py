"""Edit > Preferences: interface language and appearance (at once), the
language of new projects and the autosave interval, stored in the application's settings."""

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QSpinBox

from cjm_desktop.ui import theme, window_registry
from cjm_desktop.ui.app_settings import AppSettings
from cjm_desktop.ui.autosave import INTERVAL_MS
from cjm_desktop.ui.dialogs.new_project_dialog import NewProjectDialog
from cjm_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from cjm_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files"]


@pytest.fixture
def restore_look(qapp):
    palette, style = QGuiApplication.palette(), qapp.style().name()
    yield
    qapp.setStyle(style)
    QApplication.setPalette(palette)


def _open(qtbot, window) -> PreferencesDialog:
    choose(qtbot, window, "Edit", "Preferences")
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _pick(qtbot, combo: QComboBox, text: str) -> None:
    """Choose `text` in a combo box with the keyboard, as a user tabbing through would."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentText() != text:
        before = combo.currentIndex()
        QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{text!r} is not in the list"


def _button(dialog, which: QDialogButtonBox.StandardButton):
    return dialog.findChild(QDialogButtonBox).button(which)


def test_preferences_are_stored_and_applied(qtbot, restore_look):
    window = show_window(qtbot, MainWindow())
    dialog = _open(qtbot, window)
    _pick(qtbot, dialog.findChild(QComboBox, "uiLanguage"), "Nederlands")
    _pick(qtbot, dialog.findChild(QComboBox, "appearance"), "Dark")
    _pick(qtbot, dialog.findChild(QComboBox, "projectLanguage"), "English")
    minutes = dialog.findChild(QSpinBox, "autosaveMinutes")
    minutes.setFocus()
    minutes.selectAll()
    QTest.keyClicks(minutes, "5")
    QTest.mouseClick(_button(dialog, QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    stored = AppSettings()
    assert stored.language() == "nl"
    assert stored.appearance() == "dark"
    assert stored.project_language() == "en"
    assert stored.autosave_minutes() == 5
    # Everything changes at once: the window is built again in Dutch around the same project.
    assert theme.is_dark()
    [window] = window_registry.windows()
    assert window.menuBar().actions()[0].text() == "&Bestand"
    assert window.autosave.timer.interval() == 5 * INTERVAL_MS
    checked = [a.data() for a in window.actions_.language_group.actions() if a.isChecked()]
    assert checked == ["nl"]
    # A new project starts in the chosen project language.
    assert NewProjectDialog(window).chosen_language() == "en"


def test_cancel_changes_nothing(qtbot, restore_look):
    window = show_window(qtbot, MainWindow())
    dialog = _open(qtbot, window)
    _pick(qtbot, dialog.findChild(QComboBox, "uiLanguage"), "English")
    _pick(qtbot, dialog.findChild(QComboBox, "appearance"), "Dark")
    QTest.mouseClick(
        _button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = AppSettings()
    assert stored.language() is None
    assert stored.appearance() == "system"
    assert window.autosave.timer.interval() == INTERVAL_MS


def test_dialog_shows_what_is_stored(qtbot):
    settings = AppSettings()
    settings.set_language("en")
    settings.set_appearance("light")
    settings.set_project_language("en")
    settings.set_autosave_minutes(7)
    window = show_window(qtbot, MainWindow())
    assert window.autosave.timer.interval() == 7 * INTERVAL_MS
    dialog = _open(qtbot, window)
    assert dialog.findChild(QComboBox, "uiLanguage").currentText() == "English"
    assert dialog.findChild(QComboBox, "appearance").currentText() == "Light"
    assert dialog.findChild(QComboBox, "projectLanguage").currentText() == "English"
    assert dialog.findChild(QSpinBox, "autosaveMinutes").value() == 7
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
