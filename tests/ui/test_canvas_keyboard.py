"""Everything on the canvas by keyboard alone: arrows and Tab move a visible focus between
stages, steps, lanes, cards and empty cells; Enter edits or adds, Ctrl+arrows move cards, headers
and emotion points as undoable edits, Insert adds, Delete removes; the canvas tells assistive
technology what has the focus and honours the system font size."""

from __future__ import annotations

import pytest
from main_window_support import app_files
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from test_canvas_support import ids_in_cell, small_project, undo, undo_count

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
__all__ = ["app_files"]
READING_ORDER = [
    "stage-a",
    "stage-b",
    "step-a1",
    "step-a2",
    "step-b1",
    "step-b2",
    "lane-t",
    "card-1",
    "card-2",
    "card-3",
    "lane-d",
    "card-4",
    "lane-e",
]


@pytest.fixture
def window(qtbot):
    """The canvas with a text field after it, in one focused window, so Tab can leave it."""
    from cjm_desktop.ui.canvas import JourneyCanvas
    from cjm_desktop.ui.canvas.clipboard_actions import clear_cards_from_clipboard
    from cjm_desktop.ui.document import Document

    document = Document(small_project())
    top = QWidget()
    view = JourneyCanvas(document, top)
    after = QLineEdit(top)
    column = QVBoxLayout(top)
    column.addWidget(view)
    column.addWidget(after)
    qtbot.addWidget(top, before_close_func=lambda _: clear_cards_from_clipboard())
    top.resize(1200, 800)
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.hasFocus)
    yield view, document, after
    del top  # held until here: the window owns the canvas


def key(view, which, modifier=NO) -> None:
    QTest.keyClick(view, which, modifier)


def press(view, which, times: int, modifier=NO) -> None:
    for _ in range(times):
        key(view, which, modifier)


def journey(document):
    return document.project.journeys[0]


def ring_around(view, focus_key) -> bool:
    """The focus ring is shown and encloses the focused item's rectangle."""
    ring = view.focus.ring
    rect = view.focus.item_rect(focus_key)
    return ring.isVisible() and rect is not None and ring.ring_rect().contains(rect)


def test_arrows_walk_headers_cards_and_empty_cells_with_a_visible_ring(window):
    view, document, _ = window
    key(view, Qt.Key.Key_Down)  # nothing focused yet: the first item of the map
    assert view.focus.key == "stage-a"
    assert document.selection == ["stage-a"]
    assert ring_around(view, "stage-a")
    visited = []
    for _ in range(6):
        key(view, Qt.Key.Key_Down)
        visited.append(view.focus.key)
    assert visited == [
        "step-a1",
        "card-1",
        "card-2",
        "card-3",
        ("lane-d", "step-a1"),  # a cell without cards
        ("lane-e", "step-a1"),  # the emotion lane's cell
    ]
    assert ring_around(view, ("lane-e", "step-a1"))
    assert document.selection == []  # cells are not objects the inspector shows
    key(view, Qt.Key.Key_Left)
    assert view.focus.key == "lane-e"
    key(view, Qt.Key.Key_Up)
    assert view.focus.key == "lane-d"
    assert document.selection == ["lane-d"]
    press(view, Qt.Key.Key_Right, 3)
    assert view.focus.key == "card-4"  # across two empty cells to the card at step b1
    assert ring_around(view, "card-4")


def test_shift_arrow_adds_to_the_selection(window):
    view, document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("card-1") + 1)
    assert view.focus.key == "card-1"
    key(view, Qt.Key.Key_Down, SHIFT)
    key(view, Qt.Key.Key_Down, SHIFT)
    assert sorted(document.selection) == ["card-1", "card-2", "card-3"]


def test_tab_goes_through_the_map_in_reading_order_then_leaves_the_canvas(window):
    view, _document, after = window
    seen = []
    for _ in READING_ORDER:
        key(view, Qt.Key.Key_Tab)
        seen.append(view.focus.key)
    assert seen == READING_ORDER
    assert view.hasFocus()
    key(view, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert not view.focus.ring.isVisible()
    QTest.keyClick(after, Qt.Key.Key_Backtab, SHIFT)
    assert view.hasFocus()
    assert view.focus.key == READING_ORDER[-1]  # came back in at the end
    assert ring_around(view, READING_ORDER[-1])
    key(view, Qt.Key.Key_Backtab, SHIFT)
    assert view.focus.key == READING_ORDER[-2]


def test_enter_edits_the_focused_card_title_in_place(window):
    view, document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("card-2") + 1)
    key(view, Qt.Key.Key_Return)
    assert view.journey_scene().inline_editor() is not None
    key(view, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(view, "Folder")
    key(view, Qt.Key.Key_Return)
    assert journey(document).card("card-2").title == "Folder"
    assert view.hasFocus()
    key(view, Qt.Key.Key_Down)  # the keyboard goes on from the edited card
    assert view.focus.key == "card-3"
    undo(document)
    assert journey(document).card("card-2").title == "Flyer"


def test_enter_in_an_empty_cell_adds_a_card_there(window):
    view, document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("card-1") + 1)
    key(view, Qt.Key.Key_Right)
    assert view.focus.key == ("lane-t", "step-a2")
    key(view, Qt.Key.Key_Return)
    QTest.keyClicks(view, "Website")
    key(view, Qt.Key.Key_Return)
    added = journey(document).cards_in_cell("lane-t", "step-a2")
    assert [c.title for c in added] == ["Website"]
    assert view.focus.key == added[0].id


def test_ctrl_arrows_move_the_focused_card_as_undoable_edits(window):
    view, document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("card-3") + 1)
    key(view, Qt.Key.Key_Up, CTRL)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-3", "card-2"]
    key(view, Qt.Key.Key_Down, CTRL)
    key(view, Qt.Key.Key_Down, CTRL)  # from the bottom of its cell into the lane below
    assert ids_in_cell(document.project, "lane-d", "step-a1") == ["card-3"]
    key(view, Qt.Key.Key_Right, CTRL)
    assert ids_in_cell(document.project, "lane-d", "step-a2") == ["card-3"]
    assert view.focus.key == "card-3"
    assert ring_around(view, "card-3")  # the ring went with the card
    assert undo_count(document) == 4
    for _ in range(4):
        undo(document)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-2", "card-3"]


def test_ctrl_arrows_move_stage_step_and_lane_headers(window):
    view, document, _ = window
    key(view, Qt.Key.Key_Tab)
    assert view.focus.key == "stage-a"
    key(view, Qt.Key.Key_Right, CTRL)
    assert [s.id for s in journey(document).stages] == ["stage-b", "stage-a"]
    undo(document)
    press(view, Qt.Key.Key_Tab, 3)
    assert view.focus.key == "step-a2"
    key(view, Qt.Key.Key_Right, CTRL)  # past its stage's last step: into the next stage
    assert [s.id for s in journey(document).stage("stage-b").steps] == [
        "step-a2",
        "step-b1",
        "step-b2",
    ]
    press(view, Qt.Key.Key_Tab, 3)
    assert view.focus.key == "lane-t"
    key(view, Qt.Key.Key_Down, CTRL)
    assert [lane.id for lane in journey(document).lanes] == ["lane-d", "lane-t", "lane-e"]
    assert ring_around(view, "lane-t")


def test_ctrl_up_and_down_set_the_emotion_point_of_the_focused_step(window):
    view, document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("card-4") + 1)
    key(view, Qt.Key.Key_Down)
    assert view.focus.key == ("lane-e", "step-b1")
    curve = journey(document).lane("lane-e").curves[0]
    assert curve.points["step-b1"] == -1
    key(view, Qt.Key.Key_Up, CTRL)
    key(view, Qt.Key.Key_Up, CTRL)
    assert journey(document).lane("lane-e").curves[0].points["step-b1"] == 1
    undo(document)
    assert journey(document).lane("lane-e").curves[0].points["step-b1"] == 0


def test_delete_removes_the_focused_card_and_the_focus_moves_on(window):
    view, document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("card-2") + 1)
    key(view, Qt.Key.Key_Delete)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-3"]
    assert view.focus.key == "card-3"
    assert document.selection == ["card-3"]
    undo(document)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-2", "card-3"]


def test_insert_adds_a_step_after_the_focused_step(window):
    view, document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("step-a1") + 1)
    key(view, Qt.Key.Key_Insert)
    QTest.keyClicks(view, "Vergelijken")
    key(view, Qt.Key.Key_Return)
    names = [s.name for s in journey(document).stage("stage-a").steps]
    assert names == ["Zien", "Vergelijken", "Zoeken"]


def test_alt_enter_asks_to_open_the_focused_item_in_the_inspector(window, qtbot):
    view, _document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("lane-d") + 1)
    with qtbot.waitSignal(view.open_requested) as opened:
        key(view, Qt.Key.Key_Return, ALT)
    assert opened.args == ["lane-d"]
    assert view.journey_scene().inline_editor() is None


def test_the_menu_key_opens_the_context_menu_of_the_focused_item(window, monkeypatch):
    view, _document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("step-b1") + 1)
    from cjm_desktop.ui.canvas import context_menu

    shown = []
    real_build = context_menu.build_context_menu

    class NotShown:
        """exec() of a real menu would wait for a click."""

        def exec(self, *args):
            pass

    def build(view, scene_pos):
        menu = real_build(view, scene_pos)
        shown.append([a.text() for a in menu.actions() if a.text()])
        return NotShown()

    monkeypatch.setattr(context_menu, "build_context_menu", build)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), view.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(view, event)
    assert shown and "Add step after" in shown[0]


def test_the_focus_is_described_for_screen_readers(window):
    view, _document, _ = window
    assert view.accessibleName() == "Journey map"
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("card-4") + 1)
    assert view.accessibleDescription() == "Card Bestelt taart: lane Doen, step Bestellen"
    key(view, Qt.Key.Key_Left)
    assert view.accessibleDescription() == "Empty cell: lane Doen, step Zoeken. Enter adds a card"


def test_a_mouse_press_hides_the_ring_and_the_keyboard_goes_on_from_the_click(window):
    view, document, _ = window
    press(view, Qt.Key.Key_Tab, 2)
    assert view.focus.ring.isVisible()
    card = view.journey_scene().cards["card-4"]
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        NO,
        view.mapFromScene(card.sceneBoundingRect().center()),
    )
    assert document.selection == ["card-4"]
    assert not view.focus.ring.isVisible()
    key(view, Qt.Key.Key_Up)
    assert view.focus.key == ("lane-t", "step-b1")
    assert view.focus.ring.isVisible()


def test_canvas_text_grows_with_the_system_font(window):
    view, _document, _ = window
    scene = view.journey_scene()
    before = scene.cards["card-1"].look.font.pixelSize()
    height_before = scene.cards["card-1"].sceneBoundingRect().height()
    app = QApplication.instance()
    original = QFont(app.font())
    bigger = QFont(original)
    bigger.setPointSizeF(original.pointSizeF() * 2)
    try:
        app.setFont(bigger)
        QApplication.processEvents()
        after = scene.cards["card-1"].look.font.pixelSize()
        assert after >= before * 1.4
        assert scene.cards["card-1"].sceneBoundingRect().height() > height_before
    finally:
        app.setFont(original)
        QApplication.processEvents()
    assert scene.cards["card-1"].look.font.pixelSize() == before


def test_tab_from_an_empty_cell_goes_on_in_reading_order(window):
    view, _document, _ = window
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("card-1") + 1)
    key(view, Qt.Key.Key_Right)
    assert view.focus.key == ("lane-t", "step-a2")
    key(view, Qt.Key.Key_Tab)
    assert view.focus.key == "lane-d"  # the next lane: lane-t has no cards after step a2
    key(view, Qt.Key.Key_Right)
    key(view, Qt.Key.Key_Backtab, SHIFT)
    assert view.focus.key == "lane-d"  # the cell (lane-d, step-a1) sits right after its header


def test_main_window_parts_have_accessible_names_and_alt_enter_reaches_the_inspector(
    qtbot, app_files, tmp_path
):
    from main_window_support import show_window, write_project

    from cjm_desktop.ui.main_window import MainWindow

    window = show_window(qtbot, MainWindow(write_project(tmp_path / "bakkerij.cjm")))
    assert window.canvas.accessibleName() == "Journey map"
    assert window.map_list.list.accessibleName() == "Maps"
    assert window.palette.search.accessibleName() == "Search touchpoints"
    assert window.inspector.accessibleName() == "Inspector"
    view = window.canvas
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.hasFocus)
    journey_ = window.document.current_journey()
    card = journey_.cards[0]
    while view.focus.key != card.id:
        key(view, Qt.Key.Key_Tab)
    key(view, Qt.Key.Key_Return, ALT)
    focused = QApplication.focusWidget()
    qtbot.waitUntil(lambda: window.inspector.isAncestorOf(QApplication.focusWidget()))
    focused = QApplication.focusWidget()
    assert focused.accessibleName()  # named after its form label
    QTest.keyClick(focused, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(focused, "Webshop")
    QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert journey_.card(card.id).title == "Webshop"


def test_new_project_dialog_tabs_in_reading_order(qtbot, app_files):
    from PySide6.QtWidgets import QDialogButtonBox, QPushButton

    from cjm_desktop.ui.dialogs.new_project_dialog import NewProjectDialog

    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.language.hasFocus)
    QTest.keyClick(dialog.language, Qt.Key.Key_Tab)
    assert dialog.templates.hasFocus()
    assert dialog.templates.accessibleName() == "Stages of the first map"
    QTest.keyClick(dialog.templates, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton)
    assert isinstance(focused.parent(), QDialogButtonBox)
    QTest.keyClick(focused, Qt.Key.Key_Backtab, SHIFT)
    assert dialog.templates.hasFocus()


def test_the_shortcut_table_lists_the_canvas_keys(qtbot, app_files, tmp_path):
    from main_window_support import show_window, write_project

    from cjm_desktop.ui.help.shortcuts import ShortcutsDialog
    from cjm_desktop.ui.main_window import MainWindow

    window = show_window(qtbot, MainWindow(write_project(tmp_path / "bakkerij.cjm")))
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    tree = dialog.tree
    group = next(
        tree.topLevelItem(g)
        for g in range(tree.topLevelItemCount())
        if tree.topLevelItem(g).text(0) == "Journey map"
    )
    canvas_rows = {
        group.child(r).text(0): group.child(r).text(1) for r in range(group.childCount())
    }
    assert canvas_rows["Open the item in the inspector"] == "Alt+Return"
    assert (
        "Ctrl+Left"
        in canvas_rows["Move the card or header; on the emotion curve, change the point"]
    )


def test_delete_in_the_main_window_moves_the_keyboard_focus_on(qtbot, app_files, tmp_path):
    from main_window_support import sample_project, show_window, write_project

    from cjm_desktop.model import Card
    from cjm_desktop.ui.main_window import MainWindow

    project = sample_project()
    journey_ = project.journeys[0]
    first = journey_.cards[0]
    journey_.cards.append(Card(lane_id=first.lane_id, step_id=first.step_id, order=1, title="Bon"))
    window = show_window(qtbot, MainWindow(write_project(tmp_path / "b.cjm", project)))
    view = window.canvas
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.hasFocus)
    while view.focus.key != first.id:
        key(view, Qt.Key.Key_Tab)
    key(view, Qt.Key.Key_Delete)  # Edit > Delete's shortcut
    cards = window.document.current_journey().cards
    assert [c.title for c in cards] == ["Bon"]
    assert view.focus.key == cards[0].id
    assert window.document.selection == [cards[0].id]


def test_the_focused_card_is_scrolled_out_from_under_the_pinned_headers(qtbot):
    from test_canvas_support import make_canvas

    view, _document = make_canvas(qtbot, small_project(), size=(520, 330))
    view.activateWindow()
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.hasFocus)
    scene = view.journey_scene()
    press(view, Qt.Key.Key_Tab, READING_ORDER.index("card-4") + 1)
    assert view.focus.key == "card-4"
    assert view.horizontalScrollBar().value() > 0  # scrolled right to reach card-4
    press(view, Qt.Key.Key_Left, 2)  # to the empty cell of step a1, under the lane headers
    key(view, Qt.Key.Key_Up)
    assert view.focus.key == "card-3"
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    card = scene.cards["card-3"].sceneBoundingRect()
    lanes_right = max(0.0, visible.left()) + scene.layout.lane_header_width
    headers_bottom = max(0.0, visible.top()) + scene.layout.header_height
    assert card.left() >= lanes_right
    assert card.top() >= headers_bottom
