"""One language: what starts a project (the example, File > New, its templates, the touchpoint
library) follows the interface language unless the user picks another; a new interface language
applies at once, Qt's own dialogs included; numbers and the matrix read naturally in Dutch."""

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from modal_support import modals
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QToolBar,
    QToolButton,
)

from cjm_desktop.model import Language
from cjm_desktop.ui import window_registry
from cjm_desktop.ui.app_settings import AppSettings
from cjm_desktop.ui.dialogs.new_project_dialog import NewProjectDialog
from cjm_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.translators import install_translators

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files", "modals"]

#: What each interface language calls the menus and panels the tests use.
WORDS = {
    "en": {
        "file": "File",
        "new": "New",
        "edit": "Edit",
        "preferences": "Preferences",
        "menus": ["&File", "&Edit", "&View", "&Map", "&Help"],
        "inspector": "Inspector",
        "library": "Touchpoint library",
        "new_action": "New action",
        "canvas_hint": "Double-click to open the persona",
        "same": "Same as the interface",
        "lane": "Doing",
    },
    "nl": {
        "file": "Bestand",
        "new": "Nieuw",
        "edit": "Bewerken",
        "preferences": "Voorkeuren",
        "menus": ["&Bestand", "Be&werken", "Bee&ld", "&Klantreis", "&Help"],
        "inspector": "Eigenschappen",
        "library": "Touchpointbibliotheek",
        "new_action": "Nieuwe actie",
        "canvas_hint": "Dubbelklik om de persona te openen",
        "same": "Zelfde als het programma",
        "lane": "Doen",
    },
}


@pytest.fixture
def system_language(monkeypatch, qapp, dutch_qm):
    """Pretend the system speaks `code` (settings leave the interface language to it) and start
    the interface as app.py does."""

    def speak(code: str) -> None:
        locale = QLocale("nl_NL" if code == "nl" else "en_US")
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(locale)))
        install_translators(qapp, AppSettings().language())

    return speak


@pytest.fixture
def dutch_qm():
    from translation_support import load_packaging_module

    load_packaging_module("build_translations").main()


def _pick(combo: QComboBox, text: str) -> None:
    """Choose `text` in a combo box with the keyboard."""
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in {combo.objectName()}")


def _click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def _palette_titles(window) -> list[str]:
    palette = window.palette
    return [palette.list.item(row).text() for row in range(palette.list.count())]


@pytest.mark.parametrize("code", ["en", "nl"])
def test_everything_that_starts_a_project_follows_the_interface(
    qtbot, modals, system_language, code
):
    system_language(code)
    words = WORDS[code]
    window = show_window(qtbot, MainWindow())
    # The example opened without a file, and the touchpoint library beside it.
    assert window.document.project.language == Language(code)
    assert ("Nieuwsbrief" in _palette_titles(window)) == (code == "nl")
    assert ("Newsletter" in _palette_titles(window)) == (code == "en")

    seen = {}

    def create(dialog: NewProjectDialog) -> None:
        seen["language"] = dialog.language.currentText()
        seen["templates"] = [
            dialog.templates.item(i).text() for i in range(dialog.templates.count())
        ]
        _click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    modals.when(NewProjectDialog, create)
    choose(qtbot, window, words["file"], words["new"])
    qtbot.waitUntil(lambda: "language" in seen)
    assert seen["language"] == ("Nederlands" if code == "nl" else "English")
    assert ("5 fasen" in seen["templates"]) == (code == "nl")
    assert ("Five phases" in seen["templates"]) == (code == "en")
    [window] = window_registry.windows()
    project = window.document.project
    assert project.language == Language(code)
    assert words["lane"] in [lane.title for lane in project.journeys[0].lanes]


def test_the_project_language_stays_a_visible_choice(qtbot, modals, system_language):
    system_language("en")
    window = show_window(qtbot, MainWindow())
    choose(qtbot, window, "Edit", "Preferences")
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    project_language = dialog.findChild(QComboBox, "projectLanguage")
    assert project_language.currentText() == "Same as the interface"
    _pick(project_language, "Nederlands")
    _click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert AppSettings().project_language() == "nl"

    seen = {}

    def look(dialog: NewProjectDialog) -> None:
        seen["language"] = dialog.language.currentText()
        seen["first"] = dialog.templates.item(1).text()
        # And the New dialog still lets this one project be English.
        _pick(dialog.language, "English")
        seen["english_first"] = dialog.templates.item(1).text()
        _click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel))

    modals.when(NewProjectDialog, look)
    choose(qtbot, window, "File", "New")
    qtbot.waitUntil(lambda: "english_first" in seen)
    assert seen["language"] == "Nederlands"
    assert seen["first"] == "5 fasen"
    assert seen["english_first"] == "Five phases"


def _switch_in_preferences(qtbot, window, words: dict, language_name: str):
    [new] = _switch_in_preferences_of(qtbot, window, words, language_name, expected=1)
    qtbot.waitExposed(new)
    new.activateWindow()
    qtbot.waitUntil(new.isActiveWindow)
    return new


def _switch_in_preferences_of(qtbot, window, words, language_name, *, expected: int) -> list:
    """Choose `language_name` in Preferences of `window`; the `expected` windows that follow."""
    choose(qtbot, window, words["edit"], words["preferences"])
    qtbot.waitUntil(lambda: window.findChild(PreferencesDialog) is not None)
    dialog = window.findChild(PreferencesDialog)
    qtbot.waitUntil(dialog.isVisible)
    _pick(dialog.findChild(QComboBox, "uiLanguage"), language_name)
    _click(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: window not in window_registry.windows())
    windows = window_registry.windows()
    assert len(windows) == expected
    return windows


def _assert_reads(window, code: str) -> None:
    words = WORDS[code]
    assert [a.text() for a in window.menuBar().actions()] == words["menus"]
    assert window.inspector_dock.windowTitle() == words["inspector"]
    assert window.palette_dock.windowTitle() == words["library"]
    assert window.findChild(QToolButton, "addAction").text() == words["new_action"]
    persona_card = window.canvas.journey_scene().persona_card
    assert persona_card.toolTip().endswith(words["canvas_hint"])


def test_a_new_interface_language_applies_without_a_restart(
    qtbot, system_language, example_nl_path
):
    AppSettings().set_language("nl")
    system_language("en")
    window = show_window(qtbot, MainWindow(example_nl_path))
    _assert_reads(window, "nl")
    document = window.document
    # An edit and a selection that must survive the switches.
    _click(window.findChild(QToolButton, "addAction"))
    actions_before = len(document.project.actions)
    assert document.undo_stack.count() == 1
    selection = document.selection
    journey = document.current_journey_id
    toolbar = window.findChild(QToolBar, "mainToolbar")
    _click(toolbar.widgetForAction(window.actions_.zoom_in))
    zoom = window.canvas.zoom()
    assert zoom != pytest.approx(1.0)
    size = window.size()

    window = _switch_in_preferences(qtbot, window, WORDS["nl"], "English")
    _assert_reads(window, "en")
    # The undo step made in Dutch is named in English now.
    assert window.actions_.undo.text() == "&Undo Add action"
    assert AppSettings().language() == "en"
    window = _switch_in_preferences(qtbot, window, WORDS["en"], "Nederlands")
    _assert_reads(window, "nl")

    assert window.document is document
    assert window.canvas.zoom() == pytest.approx(zoom) and window.size() == size
    assert document.undo_stack.count() == 1 and window.isWindowModified()
    assert document.selection == selection and document.current_journey_id == journey
    assert window.actions_.undo.text().startswith("&Ongedaan maken")
    window.canvas.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(document.project.actions) == actions_before - 1
    assert not window.isWindowModified()


def test_qt_dialogs_and_standard_buttons_are_dutch_in_dutch(qtbot, qapp, system_language):
    system_language("nl")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Opslaan"
    dialog = QFileDialog(None, "Open")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    # Qt 6's Dutch translation lacks these two; ours fills them in.
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestanden van &type:"
    assert labels["fileNameLabel"] == "Bestands&naam:"


def test_a_dialog_open_during_the_switch_follows_too(qtbot, qapp, system_language):
    system_language("en")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    install_translators(qapp, "nl")
    QApplication.processEvents()  # LanguageChange is posted
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"


def test_view_language_switches_at_once_too(qtbot, system_language):
    system_language("en")
    window = show_window(qtbot, MainWindow())
    document = window.document
    choose(qtbot, window, "View", "Language", "Nederlands")
    qtbot.waitUntil(lambda: window not in window_registry.windows())
    [window] = window_registry.windows()
    assert window.document is document
    _assert_reads(window, "nl")
    checked = [a.data() for a in window.actions_.language_group.actions() if a.isChecked()]
    assert checked == ["nl"]


def test_every_open_window_follows_the_switch(qtbot, system_language, example_nl_path):
    system_language("en")
    first = show_window(qtbot, MainWindow())
    second = show_window(qtbot, MainWindow(example_nl_path))
    documents = {first.document, second.document}
    _switch_in_preferences_of(qtbot, second, WORDS["en"], "Nederlands", expected=2)
    windows = window_registry.windows()
    assert {w.document for w in windows} == documents
    for window in windows:
        _assert_reads(window, "nl")


def test_focus_on_the_map_survives_a_language_switch(qtbot, system_language):
    system_language("en")
    window = show_window(qtbot, MainWindow())
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert window.focus_mode.active and window.inspector_dock.isHidden()
    choose(qtbot, window, "View", "Language", "Nederlands")
    qtbot.waitUntil(lambda: window not in window_registry.windows())
    [window] = window_registry.windows()
    assert window.focus_mode.active and window.inspector_dock.isHidden()
    # Leaving it brings back the panels that were shown before the switch.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert not window.focus_mode.active and not window.inspector_dock.isHidden()
