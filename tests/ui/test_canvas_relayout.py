"""After a card drag the canvas relays out only the lanes it touched (and shifts the ones below):
every item must still sit where a canvas built afresh puts it, after the drop, undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from test_canvas_support import drag, ids_in_cell, make_canvas, redo, small_project, undo


def _rects(scene) -> dict:
    groups = {
        "card": scene.cards,
        "stage": scene.stages,
        "step": scene.steps,
        "lane": scene.lanes,
        "cell": scene.cells,
        "emotion": scene.emotion,
    }
    rects = {}
    for kind, items in groups.items():
        for key, item in items.items():
            rect = item.scene_rect()
            rects[kind, key] = (rect.x(), rect.y(), rect.width(), rect.height())
    return rects


def _fresh_rects(qtbot, document, keep: list) -> dict:
    from cjm_desktop.ui.canvas import JourneyCanvas

    fresh = JourneyCanvas(document)
    qtbot.addWidget(fresh)
    keep.append(fresh)  # alive until the test ends: its scene follows the document
    return _rects(fresh.journey_scene())


def test_items_after_drop_undo_and_redo_sit_where_a_fresh_canvas_puts_them(qtbot):
    view, document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    keep: list = []
    start = _rects(scene)
    assert start == _fresh_rects(qtbot, document, keep)
    # The three cards of the first cell into the doing lane: the touchpoints lane shrinks, the
    # doing lane grows, the emotion lane below moves.
    for card_id in ("card-1", "card-2"):
        card = scene.cards[card_id].scene_rect()
        target = scene.cells[("lane-d", "step-a2")].scene_rect()
        drag(view, card.center(), QPointF(target.center().x(), target.top() + 8))
    assert ids_in_cell(document.project, "lane-d", "step-a2") == ["card-2", "card-1"]
    moved = _rects(scene)
    assert moved != start
    assert moved == _fresh_rects(qtbot, document, keep)
    undo(document)
    undo(document)
    assert _rects(scene) == start
    redo(document)
    redo(document)
    assert _rects(scene) == moved


def test_a_dragged_card_draws_above_the_lanes_below_and_goes_back_into_its_lane(qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from test_canvas_support import view_point

    view, document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    card = scene.cards["card-1"]
    start = card.scene_rect().center()
    over = scene.cells[("lane-d", "step-a2")].scene_rect().center()
    viewport = view.viewport()
    a, b = view_point(view, start), view_point(view, over)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, 7):
        p = a + (b - a) * (i / 6)
        QTest.mouseMove(viewport, QPoint(round(p.x()), round(p.y())))
    # Topmost at the mouse: the card, not the cell of the lower lane it is over.
    assert scene.items(card.scene_rect().center())[0] is card
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    assert card.scene_rect().center() == start
    assert card.parentItem() is scene.lane_groups["lane-t"]
    assert ids_in_cell(document.project, "lane-d", "step-a2") == []


def test_after_a_lane_grows_every_card_and_cell_is_found_where_it_is_drawn(qtbot):
    # Qt finds a lane's cards through its group's rectangle: it must grow and move with it.
    view, document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    for card_id in ("card-1", "card-2"):
        card = scene.cards[card_id].scene_rect()
        target = scene.cells[("lane-d", "step-a2")].scene_rect()
        drag(view, card.center(), QPointF(target.center().x(), target.top() + 8))
    assert ids_in_cell(document.project, "lane-d", "step-a2") == ["card-2", "card-1"]
    for items in (scene.cards, scene.cells):
        for item in items.values():
            inside = item.scene_rect().adjusted(4, 4, -4, -4)  # clear of round corners
            for corner in (inside.topLeft(), inside.bottomRight()):
                assert item in scene.items(corner)
    assert scene.draggable_at(scene.cards["card-1"].scene_rect().center()) is scene.cards["card-1"]


def _scene_fits_map(scene) -> bool:
    # The map and its margin, and at most a little more below (kept across card edits).
    wanted = scene.map_rect().adjusted(-40, -40, 40, 40)
    rect = scene.sceneRect()
    return rect.contains(wanted) and rect.height() - wanted.height() <= 240


def test_the_scene_grows_with_the_map_after_a_drop_and_undo(qtbot):
    view, document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    start = scene.map_rect()
    # A fourth card in the touchpoints cell: the map grows.
    card = scene.cards["card-4"].scene_rect()
    target = scene.cells[("lane-t", "step-a1")].scene_rect()
    drag(view, card.center(), QPointF(target.center().x(), target.bottom() - 4))
    assert scene.map_rect().height() > start.height()
    assert _scene_fits_map(scene)
    undo(document)
    assert scene.map_rect() == start
    assert _scene_fits_map(scene)
    # The touchpoints lane shrinks more than the doing lane grows: the map gets shorter.
    for card_id in ("card-1", "card-2"):
        card = scene.cards[card_id].scene_rect()
        target = scene.cells[("lane-d", "step-a2")].scene_rect()
        drag(view, card.center(), QPointF(target.center().x(), target.top() + 8))
        assert _scene_fits_map(scene)
    assert scene.map_rect().height() < start.height()
