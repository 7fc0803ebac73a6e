"""The guided set-up reached from the main window: File > Guided Set-up and the New dialog's
button make a new document (its undo stack starts clean); File > Add Map with Guided Set-up adds
to the open project as one undoable step. Nothing typed is lost: closing asks, an automatic draft
survives a crash and is offered at the next start."""

# ruff: noqa: F811  (fixtures imported from the support modules are parameters here)

from main_window_support import app_files, show_window  # noqa: F401  (fixture)
from modal_support import click_box_button, modals  # noqa: F401  (fixture)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton, QWizard
from wizard_support import close_quietly, wizard_files  # noqa: F401  (fixture)

from cjm_desktop.model import find_problems
from cjm_desktop.ui.guided_setup import offer_unfinished_setup
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.wizard import GuidedSetupWizard, WizardDraft

FINISH = QWizard.WizardButton.FinishButton
NEXT = QWizard.WizardButton.NextButton


def _fill_and_finish(qtbot, seen: dict) -> None:
    """Runs inside the wizard's modal loop: type a brand name, go to the end, finish."""
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, GuidedSetupWizard)
    seen["language"] = wizard.draft.language
    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)  # past the opening page
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


def test_file_menu_setup_is_a_new_document_that_undo_cannot_empty(qtbot, app_files):
    window = _window(qtbot)
    seen: dict = {}
    QTimer.singleShot(0, lambda: _fill_and_finish(qtbot, seen))
    _trigger_from_file_menu(qtbot, window, window.actions_.guided_setup)

    project = window.document.project
    assert project.brand.name == "Bakkerij Jansen"
    assert project.journeys, "the set-up made no map"
    assert find_problems(project) == []
    assert window.document.current_journey().id == project.journeys[0].id
    assert window.document.is_modified()  # unsaved: closing asks to save it
    # A new document, as a word processor's from a template: nothing to undo.
    assert window.document.undo_stack.count() == 0
    assert not window.actions_.undo.isEnabled()
    window.activateWindow()  # back from the set-up's modal window
    qtbot.waitUntil(window.isActiveWindow)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.journeys == project.journeys  # still the map


def test_add_map_with_the_setup_is_one_step_that_undo_takes_back_exactly(
    qtbot,
    app_files,
):
    window = _window(qtbot)
    before = window.document.project.model_dump()
    assert before["journeys"], "the window starts with a project of its own"
    seen: dict = {}
    QTimer.singleShot(0, lambda: _fill_and_finish(qtbot, seen))
    _trigger_from_file_menu(qtbot, window, window.actions_.add_map_setup)

    project = window.document.project
    assert len(project.journeys) == len(before["journeys"]) + 1
    assert window.document.current_journey().id == project.journeys[-1].id
    assert find_problems(project) == []
    stack = window.document.undo_stack
    assert stack.count() == 1
    assert stack.undoText() == "Guided set-up: Bakkerij Jansen"
    assert window.actions_.undo.text().endswith("Guided set-up: Bakkerij Jansen")
    window.activateWindow()  # back from the set-up's modal window
    qtbot.waitUntil(window.isActiveWindow)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.project.model_dump() == before  # exactly what was there
    stack.redo()
    assert len(window.document.project.journeys) == len(before["journeys"]) + 1


def test_new_dialog_offers_the_setup_in_the_chosen_language(qtbot, app_files):
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


def _type_brand(qtbot, wizard: GuidedSetupWizard) -> None:
    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)  # past the opening page
    page = wizard.currentPage()
    page.brand_name.setFocus()
    qtbot.keyClicks(page.brand_name, "Bakkerij De Korenschoof")


def _open_wizard(qtbot) -> GuidedSetupWizard:
    wizard = GuidedSetupWizard(None, "en")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_closing_without_typing_asks_nothing(qtbot, wizard_files):
    wizard = _open_wizard(qtbot)
    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert not list(wizard_files.glob("*"))


def test_esc_after_typing_asks_and_keep_working_is_the_default(qtbot, modals, wizard_files):
    wizard = _open_wizard(qtbot)
    _type_brand(qtbot, wizard)
    seen: dict = {}

    def answer_with_esc(box: QMessageBox) -> None:
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    modals.when(QMessageBox, answer_with_esc)
    qtbot.keyClick(wizard.currentPage().brand_name, Qt.Key.Key_Escape)
    assert sorted(seen["buttons"]) == ["Discard", "Keep working", "Save and continue later"]
    assert seen["default"] == "Keep working"
    assert wizard.isVisible()
    assert wizard.currentPage().brand_name.text() == "Bakkerij De Korenschoof"

    # The window's close button asks the same; Discard closes and keeps nothing.
    modals.when(QMessageBox, lambda box: click_box_button(qtbot, box, "Discard"))
    wizard.close()
    assert not wizard.isVisible()
    assert not list(wizard_files.glob("*"))


def test_cancel_then_save_and_continue_later_keeps_the_answers_in_a_file(
    qtbot, modals, wizard_files, tmp_path, monkeypatch
):
    wizard = _open_wizard(qtbot)
    _type_brand(qtbot, wizard)
    target = tmp_path / "korenschoof.cjmdraft"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    modals.when(QMessageBox, lambda box: click_box_button(qtbot, box, "Save and continue later"))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert WizardDraft.load(target).brand_name == "Bakkerij De Korenschoof"
    assert not list(wizard_files.glob("*"))  # in the user's file now, not offered at start


def test_a_set_up_cut_short_is_offered_at_the_next_start(
    qtbot,
    modals,
    app_files,
):
    recovery = app_files / "recovery"
    wizard = _open_wizard(qtbot)
    _type_brand(qtbot, wizard)
    qtbot.mouseClick(wizard.button(NEXT), Qt.MouseButton.LeftButton)  # a page change writes it
    (kept,) = recovery.glob("guided-setup-*.cjmdraft")
    assert WizardDraft.load(kept).brand_name == "Bakkerij De Korenschoof"
    # Typing on a page is kept by the timer too, without waiting for Next.
    page = wizard.currentPage()
    page.forms[0].name.setFocus()
    qtbot.keyClicks(page.forms[0].name, "Anna")
    wizard.auto_draft_timer.timeout.emit()
    assert WizardDraft.load(kept).personas[0].name == "Anna"
    close_quietly(wizard)  # the power goes off: the set-up never closes
    wizard.hide()

    window = _window(qtbot)
    seen: dict = {}
    modals.when(
        QMessageBox,
        lambda box: (seen.update(text=box.text()), click_box_button(qtbot, box, "Later")),
    )
    offer_unfinished_setup(window)
    assert seen["text"] == "Continue the guided set-up you were doing?"
    assert kept.exists()  # Later: asked again next time

    def finish_resumed(resumed: GuidedSetupWizard) -> None:
        seen["page"] = resumed.currentId()
        seen["name"] = resumed.currentPage().forms[0].name.text()
        while resumed.button(FINISH).isHidden():
            qtbot.mouseClick(resumed.button(NEXT), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(resumed.button(FINISH), Qt.MouseButton.LeftButton)

    modals.when(QMessageBox, lambda box: click_box_button(qtbot, box, "Continue"))
    modals.when(GuidedSetupWizard, finish_resumed)
    offer_unfinished_setup(window)
    assert (seen["page"], seen["name"]) == (2, "Anna")
    assert window.document.project.brand.name == "Bakkerij De Korenschoof"
    assert not kept.exists()  # finished: not offered again


def test_discard_at_start_removes_the_unfinished_set_up(qtbot, modals, app_files):
    recovery = app_files / "recovery"
    draft = WizardDraft(language="en", brand_name="Bakkerij De Korenschoof")
    recovery.mkdir()
    draft.save(recovery / "guided-setup-x.cjmdraft")
    window = _window(qtbot)
    modals.when(QMessageBox, lambda box: click_box_button(qtbot, box, "Discard"))
    offer_unfinished_setup(window)
    assert not list(recovery.glob("guided-setup-*"))
