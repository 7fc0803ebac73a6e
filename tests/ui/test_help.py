"""The Help menu: the journey mapping guide in the interface language, a shortcut table read
from the window's own menus, and About with the version and licences."""

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel
from translation_support import dutch_qm

from cjm_desktop import __version__
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.translators import install_translators, remove_translators

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files", "dutch_qm"]


def _dialog(qtbot, window, name: str) -> QDialog:
    qtbot.waitUntil(lambda: window.findChild(QDialog, name) is not None)
    dialog = window.findChild(QDialog, name)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _close(qtbot, dialog: QDialog) -> None:
    # Escape closes it, and a help dialog deletes itself once closed.
    with qtbot.waitSignal(dialog.destroyed):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_guide_opens_from_the_help_menu_in_english(qtbot):
    window = show_window(qtbot, MainWindow())
    choose(qtbot, window, "Help", "Journey Mapping Guide")
    dialog = _dialog(qtbot, window, "guideDialog")
    text = dialog.browser.toPlainText()
    assert "Journey mapping in short" in text
    assert "Moments of truth" in text
    _close(qtbot, dialog)


def test_guide_is_dutch_with_the_dutch_translation(qtbot, qapp, dutch_qm):
    translators = install_translators(qapp, "nl")
    try:
        window = show_window(qtbot, MainWindow())
        choose(qtbot, window, "Help", "Handleiding klantreizen")
        dialog = _dialog(qtbot, window, "guideDialog")
        assert dialog.windowTitle() == "Handleiding klantreizen"
        text = dialog.browser.toPlainText()
        assert "Klantreizen in het kort" in text
        assert "Bestand > Stappenplan" in text
        _close(qtbot, dialog)
    finally:
        remove_translators(qapp, translators)


def test_f1_opens_the_guide(qtbot):
    window = show_window(qtbot, MainWindow())
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
    if not keys:
        pytest.skip("this platform has no Help key")
    QTest.keySequence(window, keys[0])
    _close(qtbot, _dialog(qtbot, window, "guideDialog"))


def _rows(dialog) -> list[tuple[str, str, str]]:
    """(area, command, keys) of the dialog's tree."""
    tree = dialog.tree
    rows = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for r in range(group.childCount()):
            item = group.child(r)
            rows.append((group.text(0), item.text(0), item.text(1)))
    return rows


def test_shortcut_table_lists_the_window_actions_and_follows_changes(qtbot):
    window = show_window(qtbot, MainWindow())
    choose(qtbot, window, "Help", "Keyboard Shortcuts")
    dialog = _dialog(qtbot, window, "shortcutsDialog")
    rows = _rows(dialog)
    native = QKeySequence.SequenceFormat.NativeText
    save_keys = window.actions_.save.shortcut().toString(native)
    assert ("File", "Save", save_keys) in [(m, c, k.split(", ")[0]) for m, c, k in rows]
    assert any(c == "Undo" and m == "Edit" for m, c, _ in rows)
    assert any(c == "Zoom In" and m == "View" for m, c, _ in rows)
    # Qt's bindings for dedicated keys (a keyboard's own New or Copy key) are left out.
    assert not any(k.endswith("New") or ", Copy" in k for _, _, k in rows)
    _close(qtbot, dialog)

    # A shortcut given later shows up the next time: the table is read, not written down.
    window.actions_.zoom_fit.setShortcut(QKeySequence("Ctrl+Shift+F"))
    choose(qtbot, window, "Help", "Keyboard Shortcuts")
    dialog = _dialog(qtbot, window, "shortcutsDialog")
    wanted = QKeySequence("Ctrl+Shift+F").toString(native)
    assert ("View", "Fit Map in Window", wanted) in _rows(dialog)
    _close(qtbot, dialog)


def test_about_names_the_version_and_the_licences(qtbot):
    window = show_window(qtbot, MainWindow())
    choose(qtbot, window, "Help", "About CJM Desktop")
    dialog = _dialog(qtbot, window, "aboutDialog")
    title = dialog.findChild(QLabel, "aboutTitle")
    assert __version__ in title.text()
    assert "offline editor" in title.text()
    details = dialog.details.toPlainText()
    for expected in ("NotoSans-Regular", "SIL Open Font License", "PySide6", "LGPL-3.0"):
        assert expected in details
    for library in ("pydantic", "ReportLab", "openpyxl"):
        assert library in details
    _close(qtbot, dialog)


def test_dutch_menu_bar_has_help_and_preferences(qtbot, qapp, dutch_qm):
    translators = install_translators(qapp, "nl")
    try:
        window = show_window(qtbot, MainWindow())
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Bestand" in titles and "&Help" in titles
        assert window.actions_.preferences.text() == "Voo&rkeuren…"
        assert QCoreApplication.translate("Help", "en") == "nl"
    finally:
        remove_translators(qapp, translators)
