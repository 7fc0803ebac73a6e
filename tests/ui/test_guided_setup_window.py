"""The guided set-up reached from the main window: File > Guided Set-up and the New dialog's
button; the finished set-up lands in the window as one undoable step."""

from main_window_support import app_files, show_window  # noqa: F401  (fixture)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWizard

from cjm_desktop.model import find_problems
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.wizard import GuidedSetupWizard

FINISH = QWizard.WizardButton.FinishButton
NEXT = QWizard.WizardButton.NextButton


def _fill_and_finish(qtbot, seen: dict) -> None:
    """Runs inside the wizard's modal loop: type a brand name, go to the end, finish."""
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, GuidedSetupWizard)
    seen["language"] = wizard.draft.language
    page = wizard.currentPage()
    page.brand_name.setFocus()
    qtbot.keyClicks(page.brand_name, "Bakkerij Jansen")
    while wizard.button(FINISH).isHidden() or not wizard.button(FINISH).isEnabled():
        before = wizard.currentId()
        qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
        assert wizard.currentId() != before, "Next did not move on"
    qtbot.mouseClick(wizard.button(FINISH), Qt.MouseButton.LeftButton)


def _window(qtbot) -> MainWindow:
    # app_files closes the window after the test without asking about the unsaved set-up.
    return show_window(qtbot, MainWindow(check_recovery=False))


def _trigger_from_file_menu(qtbot, window: MainWindow, action) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    action.trigger()


def test_file_menu_setup_fills_the_window_as_one_undo_step(qtbot, app_files):  # noqa: F811
    window = _window(qtbot)
    seen: dict = {}
    QTimer.singleShot(0, lambda: _fill_and_finish(qtbot, seen))
    _trigger_from_file_menu(qtbot, window, window.actions_.guided_setup)

    project = window.document.project
    assert project.brand.name == "Bakkerij Jansen"
    assert project.journeys, "the set-up made no map"
    assert find_problems(project) == []
    assert window.document.current_journey().id == project.journeys[0].id
    assert window.document.is_modified()
    stack = window.document.undo_stack
    assert stack.count() == 1

    stack.undo()
    assert window.document.project.journeys == []
    assert window.document.project.brand.name == ""
    stack.redo()
    assert window.document.project.brand.name == "Bakkerij Jansen"


def test_new_dialog_offers_the_setup_in_the_chosen_language(qtbot, app_files):  # noqa: F811
    window = _window(qtbot)
    seen: dict = {}

    def choose_english_then_guided() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.language.setCurrentIndex(dialog.language.findText("English"))
        button = dialog.findChild(QPushButton, "guidedSetupButton")
        assert button is not None
        QTimer.singleShot(0, lambda: _fill_and_finish(qtbot, seen))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_english_then_guided)
    _trigger_from_file_menu(qtbot, window, window.actions_.new)
    assert seen["language"] == "en"
    assert str(window.document.project.language) in {"en", "Language.EN"}
