"""Map list: switching maps by clicking, adding, duplicating, making a to-be copy and deleting,
each one undo step."""

from main_window_support import sample_project
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from cjm_desktop.model import JourneyState
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.map_list import MapList
from cjm_desktop.ui.panels.new_maps import template_choices


def _map_list(qtbot) -> tuple[MapList, Document]:
    document = Document(sample_project())
    panel = MapList(document)
    qtbot.addWidget(panel)
    panel.resize(280, 400)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, document


def _click_row(panel: MapList, row: int) -> None:
    rect = panel.list.visualItemRect(panel.list.item(row))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _titles(document: Document) -> list[str]:
    return [j.title for j in document.project.journeys]


def test_add_a_blank_map_and_switch_by_clicking(qtbot):
    panel, document = _map_list(qtbot)
    first = document.project.journeys[0].id
    panel.add_menu.aboutToShow.emit()
    blank = panel.add_menu.actions()[0]
    blank.trigger()
    assert len(document.project.journeys) == 2
    new = document.project.journeys[1]
    assert document.current_journey_id == new.id
    assert panel.list.count() == 2
    _click_row(panel, 0)
    assert document.current_journey_id == first
    document.undo_stack.undo()
    assert len(document.project.journeys) == 1 and panel.list.count() == 1


def test_duplicate_copies_with_new_ids(qtbot):
    panel, document = _map_list(qtbot)
    original = document.project.journeys[0]
    panel.duplicate_action.trigger()
    assert _titles(document) == ["Brood kopen", "Brood kopen (copy)"]
    copy = document.project.journeys[1]
    assert copy.id != original.id and copy.cards[0].id != original.cards[0].id
    assert copy.cards[0].title == original.cards[0].title
    document.undo_stack.undo()
    assert _titles(document) == ["Brood kopen"]


def test_to_be_copy_refers_to_its_as_is_map(qtbot):
    panel, document = _map_list(qtbot)
    original = document.project.journeys[0]
    assert panel.to_be_action.isEnabled()
    panel.to_be_action.trigger()
    to_be = document.project.journeys[1]
    assert to_be.state == JourneyState.FUTURE and to_be.counterpart_id == original.id
    assert "(to-be)" in panel.list.item(1).text()
    # A to-be map has no to-be copy of its own.
    assert not panel.to_be_action.isEnabled()
    document.undo_stack.undo()
    assert len(document.project.journeys) == 1


def test_delete_and_undo_brings_the_map_back(qtbot):
    panel, document = _map_list(qtbot)
    panel.to_be_action.trigger()
    _click_row(panel, 0)
    panel.delete_action.trigger()
    # The as-is map is gone; the to-be copy no longer refers to it and is shown instead.
    assert _titles(document) == ["Brood kopen (to-be)"]
    assert document.project.journeys[0].counterpart_id is None
    assert document.current_journey_id == document.project.journeys[0].id
    document.undo_stack.undo()
    assert _titles(document) == ["Brood kopen", "Brood kopen (to-be)"]
    assert document.project.journeys[1].counterpart_id == document.project.journeys[0].id


def test_rename_in_place(qtbot):
    panel, document = _map_list(qtbot)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.list.setFocus()
    QTest.keyClick(panel.list, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "Taart bestellen")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # The item view commits the editor's text from the event loop.
    qtbot.waitUntil(lambda: _titles(document) == ["Taart bestellen"])
    document.undo_stack.undo()
    assert _titles(document) == ["Brood kopen"]


def _choose_from_add_menu(qtbot, panel: MapList, text: str) -> None:
    """Click the Add button and then the entry `text` of its menu, as a user does. The button
    opens its menu in a nested event loop, so the entry is clicked from a timer."""
    button = next(w for w in panel.toolbar.findChildren(QToolButton) if w.menu() is panel.add_menu)
    clicked = []

    def click_entry() -> None:
        menu = panel.add_menu
        if not menu.isVisible():
            QTimer.singleShot(20, click_entry)
            return
        entry = next(a for a in menu.actions() if a.text() == text)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())
        clicked.append(entry)

    QTimer.singleShot(0, click_entry)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(clicked))


def test_a_map_from_a_template_belongs_to_the_first_persona_in_one_undo_step(qtbot):
    panel, document = _map_list(qtbot)
    persona = document.project.personas[0].id
    name = dict(template_choices(str(document.project.language)))["five_a"]
    _choose_from_add_menu(qtbot, panel, name)
    assert len(document.project.journeys) == 2
    new = document.project.journeys[1]
    assert new.persona_id == persona
    curves = [curve for lane in new.emotion_lanes() for curve in lane.curves]
    assert curves and all(curve.persona_id == persona for curve in curves)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert len(document.project.journeys) == 1
