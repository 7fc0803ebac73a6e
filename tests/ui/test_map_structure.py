"""Stages and lanes are added, duplicated and moved on an existing map by mouse, keyboard and
menu, each one undoable step: a sixth stage on the example map with the mouse alone (the stage
header's menu) and with the keyboard alone (Tab to the header, Insert, type, Enter)."""

from __future__ import annotations

import pytest
from main_window_support import app_files, show_window
from menu_clicks import choose
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cjm_desktop.model import LaneKind
from cjm_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files"]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, example_en_path):
    window = show_window(qtbot, MainWindow(example_en_path))
    window.canvas.setFocus()
    qtbot.waitUntil(window.canvas.hasFocus)
    # Ctrl+0: the whole map in view, so every header can be clicked.
    QTest.keyClick(window.canvas, Qt.Key.Key_0, CTRL)
    return window


def _journey(window):
    return window.document.current_journey()


def _stage_names(window) -> list[str]:
    return [stage.name for stage in _journey(window).stages]


def _header_point(window, object_id: str) -> QPoint:
    scene = window.canvas.journey_scene()
    item = scene.stages.get(object_id) or scene.lanes.get(object_id)
    rect = item.sceneBoundingRect()
    return window.canvas.mapFromScene(rect.center())


def _right_click_and_choose(qtbot, window, object_id: str, entry: str) -> None:
    """Right-click the header with the mouse, then click `entry` in the menu that opens."""
    clicked = []

    def click_entry() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None or not menu.isVisible():
            QTimer.singleShot(20, click_entry)
            return
        action = next(a for a in menu.actions() if a.text() == entry)
        clicked.append(action.isEnabled())
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, click_entry)
    viewport = window.canvas.viewport()
    point = _header_point(window, object_id)
    QTest.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
    # The context menu event the platform sends after a right click (QTest's click does not).
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: bool(clicked))
    assert clicked == [True]


def _type_and_enter(window, text: str) -> None:
    canvas = window.canvas
    assert canvas.journey_scene().inline_editor() is not None
    QTest.keyClick(canvas, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(canvas, text)
    QTest.keyClick(canvas, Qt.Key.Key_Return)


def test_a_sixth_stage_with_the_mouse_alone(qtbot, window):
    before = _stage_names(window)
    assert len(before) == 5
    last = _journey(window).stages[-1].id
    _right_click_and_choose(qtbot, window, last, "Add stage after")
    _type_and_enter(window, "Aftercare")
    assert _stage_names(window) == [*before, "Aftercare"]
    # It has a step, so it shows as a column of the map.
    assert len(_journey(window).stages[-1].steps) == 1
    new_id = _journey(window).stages[-1].id
    assert new_id in window.canvas.journey_scene().stages
    window.document.undo_stack.undo()  # the name
    window.document.undo_stack.undo()  # the stage
    assert _stage_names(window) == before


def test_a_sixth_stage_with_the_keyboard_alone(qtbot, example_en_path):
    window = show_window(qtbot, MainWindow(example_en_path))
    canvas = window.canvas
    # The map has the keyboard when the window opens: no click needed.
    assert QApplication.focusWidget() is canvas
    before = _stage_names(window)
    last = _journey(window).stages[-1].id
    for _ in range(12):
        if canvas.focus.key == last:
            break
        QTest.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.focus.key == last
    QTest.keyClick(canvas, Qt.Key.Key_Insert)
    QTest.keyClicks(canvas, "Aftercare")
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert _stage_names(window) == [*before, "Aftercare"]
    # The keyboard stays on the new stage's header, ready for the next key.
    assert canvas.focus.key == _journey(window).stages[-1].id


def test_shift_insert_adds_a_stage_before_the_focused_one(qtbot, window):
    canvas = window.canvas
    first = _journey(window).stages[0].id
    QTest.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.focus.key == first
    QTest.keyClick(canvas, Qt.Key.Key_Insert, SHIFT)
    QTest.keyClicks(canvas, "Dreaming")
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert _stage_names(window)[0] == "Dreaming"
    assert _journey(window).stages[1].id == first


def test_add_stage_before_from_the_header_menu(qtbot, window):
    second = _journey(window).stages[1]
    _right_click_and_choose(qtbot, window, second.id, "Add stage before")
    _type_and_enter(window, "Comparing")
    names = _stage_names(window)
    assert names.index("Comparing") == 1 and names[2] == second.name


def test_duplicate_a_stage_with_its_steps_and_cards_in_one_undo_step(qtbot, window):
    journey = _journey(window)
    stage = journey.stages[1]
    step_ids = {s.id for s in stage.steps}
    cards = sorted(c.title for c in journey.cards if c.step_id in step_ids)
    count = window.document.undo_stack.count()
    _right_click_and_choose(qtbot, window, stage.id, "Duplicate stage")
    QTest.keyClick(window.canvas, Qt.Key.Key_Escape)  # keep the suggested name
    copy = _journey(window).stages[2]
    assert copy.name == f"{stage.name} (copy)"
    assert [s.name for s in copy.steps] == [s.name for s in stage.steps]
    copied = {s.id for s in copy.steps}
    assert not copied & step_ids
    assert sorted(c.title for c in _journey(window).cards if c.step_id in copied) == cards
    assert window.document.undo_stack.count() == count + 1
    window.document.undo_stack.undo()
    assert len(_journey(window).stages) == 5


def test_move_a_stage_right_from_the_header_menu(qtbot, window):
    first = _journey(window).stages[0]
    _right_click_and_choose(qtbot, window, first.id, "Move right")
    assert _journey(window).stages[1].id == first.id
    window.document.undo_stack.undo()
    assert _journey(window).stages[0].id == first.id


def test_ctrl_d_duplicates_the_focused_lane(qtbot, window):
    canvas = window.canvas
    lane = _journey(window).lanes[1]
    for _ in range(60):
        if canvas.focus.key == lane.id:
            break
        QTest.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.focus.key == lane.id
    cards = sorted(c.title for c in _journey(window).cards if c.lane_id == lane.id)
    QTest.keyClick(canvas, Qt.Key.Key_D, CTRL)
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    copy = _journey(window).lanes[2]
    assert (copy.kind, copy.title) == (lane.kind, f"{lane.title} (copy)")
    assert sorted(c.title for c in _journey(window).cards if c.lane_id == copy.id) == cards


def test_duplicate_lane_from_its_header_menu(qtbot, window):
    lane = _journey(window).lanes[0]
    _right_click_and_choose(qtbot, window, lane.id, "Duplicate lane")
    QTest.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert _journey(window).lanes[1].title == f"{lane.title} (copy)"


def test_the_map_menu_adds_a_stage_after_the_selected_one(qtbot, window):
    journey = _journey(window)
    stage = journey.stages[2]
    QTest.mouseClick(
        window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=_header_point(window, stage.id)
    )
    assert window.document.selection == [stage.id]
    choose(qtbot, window, "Map", "Add Stage After")
    _type_and_enter(window, "Tasting")
    assert _stage_names(window)[3] == "Tasting"
    # Without a selection the menu adds at the end.
    QTest.keyClick(window.canvas, Qt.Key.Key_Escape)
    window.document.set_selection([])
    choose(qtbot, window, "Map", "Add Stage After")
    _type_and_enter(window, "Last")
    assert _stage_names(window)[-1] == "Last"


def test_emotion_curves_are_added_duplicated_and_deleted_from_the_lane_menu(qtbot, window):
    journey = _journey(window)
    lane = next(lane for lane in journey.lanes if lane.kind == LaneKind.EMOTION)
    before = [c.label for c in lane.curves]
    first = lane.curves[0]
    _right_click_and_choose(qtbot, window, lane.id, f"Duplicate curve “{first.label}”")
    curves = _journey(window).lane(lane.id).curves
    assert [c.label for c in curves][:2] == [first.label, f"{first.label} (copy)"]
    assert curves[1].points == first.points and curves[1].color != first.color
    _right_click_and_choose(qtbot, window, lane.id, "Add emotion curve")
    assert _journey(window).lane(lane.id).curves[-1].label == "New curve"
    _right_click_and_choose(qtbot, window, lane.id, f"Delete curve “{first.label}”")
    assert first.id not in [c.id for c in _journey(window).lane(lane.id).curves]
    for _ in range(3):
        window.document.undo_stack.undo()
    assert [c.label for c in _journey(window).lane(lane.id).curves] == before


def _titles(window) -> list[str]:
    return [j.title for j in window.document.project.journeys]


def test_maps_are_moved_duplicated_and_deleted_with_keys_in_the_map_list(qtbot, window):
    maps = window.map_list.list
    titles = _titles(window)
    assert len(titles) == 2
    QTest.mouseClick(
        maps.viewport(), Qt.MouseButton.LeftButton, pos=maps.visualItemRect(maps.item(0)).center()
    )
    assert maps.hasFocus()
    QTest.keyClick(maps, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _titles(window) == [titles[1], titles[0]]
    assert maps.currentRow() == 1
    QTest.keyClick(maps, Qt.Key.Key_D, CTRL)
    assert _titles(window) == [titles[1], titles[0], f"{titles[0]} (copy)"]
    # The canvas's stages stay as they were: Ctrl+D went to the list.
    count = window.document.undo_stack.count()
    QTest.keyClick(maps, Qt.Key.Key_Delete)
    assert _titles(window) == [titles[1], titles[0]]
    assert window.document.undo_stack.count() == count + 1
    QTest.keyClick(maps, Qt.Key.Key_Down)  # to the last map, then up with it
    QTest.keyClick(maps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _titles(window) == titles


def test_ctrl_d_in_the_persona_list_duplicates_the_persona(qtbot, window):
    QTest.keyClick(window.canvas, Qt.Key.Key_5, CTRL)  # the personas
    qtbot.waitUntil(lambda: window.persona_dock.widget() is not None)
    panel = window.persona_dock.widget()
    qtbot.waitUntil(lambda: panel.list.count() > 0 and panel.list.isVisible())
    first = panel.list.visualItemRect(panel.list.item(0)).center()
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert panel.list.hasFocus()
    names = [p.name for p in window.document.project.personas]
    QTest.keyClick(panel.list, Qt.Key.Key_D, CTRL)
    # Right after the persona it copies.
    assert [p.name for p in window.document.project.personas] == [
        names[0],
        f"{names[0]} (copy)",
        *names[1:],
    ]


def test_a_step_is_duplicated_and_moved_from_its_header_menu(qtbot, window):
    journey = _journey(window)
    stage = journey.stages[0]
    step = stage.steps[0]
    cards = sorted(c.title for c in journey.cards if c.step_id == step.id)
    scene = window.canvas.journey_scene()
    point = window.canvas.mapFromScene(scene.steps[step.id].sceneBoundingRect().center())

    clicked = []

    def click_entry(entry: str) -> None:
        menu = QApplication.activePopupWidget()
        if menu is None or not menu.isVisible():
            QTimer.singleShot(20, lambda: click_entry(entry))
            return
        action = next(a for a in menu.actions() if a.text() == entry)
        clicked.append(entry)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    def right_click(entry: str) -> None:
        QTimer.singleShot(0, lambda: click_entry(entry))
        viewport = window.canvas.viewport()
        QTest.mouseClick(viewport, Qt.MouseButton.RightButton, pos=point)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point)
        )
        QApplication.sendEvent(viewport, event)
        qtbot.waitUntil(lambda: entry in clicked)

    right_click("Duplicate step")
    QTest.keyClick(window.canvas, Qt.Key.Key_Escape)
    steps = _journey(window).stages[0].steps
    assert [s.name for s in steps[:2]] == [step.name, f"{step.name} (copy)"]
    assert sorted(c.title for c in _journey(window).cards if c.step_id == steps[1].id) == cards
    copy_id = steps[1].id
    right_click("Move right")  # the original, right of its copy
    assert [s.id for s in _journey(window).stages[0].steps][:2] == [copy_id, step.id]


def test_the_map_menu_adds_a_step_and_a_lane_next_to_the_selected_card(qtbot, window):
    journey = _journey(window)
    card = journey.cards[0]
    scene = window.canvas.journey_scene()
    point = window.canvas.mapFromScene(scene.cards[card.id].sceneBoundingRect().center())
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.document.selection == [card.id]
    stage = journey.stage_of_step(card.step_id)
    steps = [s.id for s in stage.steps]
    choose(qtbot, window, "Map", "Add Step")
    _type_and_enter(window, "Tasting")
    names = [s.name for s in _journey(window).stage_of_step(card.step_id).steps]
    assert names[steps.index(card.step_id) + 1] == "Tasting"
    lanes = [lane.id for lane in _journey(window).lanes]
    QTest.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    choose(qtbot, window, "Map", "Add Lane")
    _type_and_enter(window, "Smells")
    new = _journey(window).lanes[lanes.index(card.lane_id) + 1]
    assert (new.title, new.kind) == ("Smells", _journey(window).lane(card.lane_id).kind)


def test_personas_are_moved_with_alt_arrows_in_their_list(qtbot, window):
    QTest.keyClick(window.canvas, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(lambda: window.persona_dock.widget() is not None)
    panel = window.persona_dock.widget()
    qtbot.waitUntil(lambda: panel.list.count() > 1 and panel.list.isVisible())
    names = [p.name for p in window.document.project.personas]
    first = panel.list.visualItemRect(panel.list.item(0)).center()
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=first)
    QTest.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.name for p in window.document.project.personas] == [names[1], names[0], *names[2:]]
    assert panel.list.currentRow() == 1
    QTest.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [p.name for p in window.document.project.personas] == names
    window.document.undo_stack.undo()
    assert window.document.project.personas[0].name == names[1]
