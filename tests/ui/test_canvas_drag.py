"""Drags on the journey canvas, driven with real mouse events on the viewport: each ends in one
edit, which undo takes back and redo puts again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from test_canvas_support import (
    drag,
    ids_in_cell,
    make_canvas,
    redo,
    small_project,
    undo,
    undo_count,
)


@pytest.fixture
def canvas(qtbot):
    view, document = make_canvas(qtbot, small_project())
    return view, document, view.journey_scene()


def _journey(document):
    return document.project.journeys[0]


def test_card_dragged_to_another_cell(canvas):
    view, document, scene = canvas
    start = scene.cards["card-2"].sceneBoundingRect().center()
    target = scene.cells[("lane-d", "step-a2")].scene_rect().center()
    drag(view, start, target)
    assert ids_in_cell(document.project, "lane-d", "step-a2") == ["card-2"]
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-3"]
    # The item followed the model to its new cell.
    assert (
        scene.cells[("lane-d", "step-a2")]
        .scene_rect()
        .contains(scene.cards["card-2"].sceneBoundingRect().center())
    )
    undo(document)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-2", "card-3"]
    assert ids_in_cell(document.project, "lane-d", "step-a2") == []
    redo(document)
    assert ids_in_cell(document.project, "lane-d", "step-a2") == ["card-2"]


def test_card_reordered_within_its_cell(canvas):
    view, document, scene = canvas
    start = scene.cards["card-3"].sceneBoundingRect().center()
    first = scene.cards["card-1"].sceneBoundingRect()
    drag(view, start, QPointF(first.center().x(), first.top() + 2))
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-3", "card-1", "card-2"]
    assert undo_count(document) == 1
    undo(document)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-2", "card-3"]
    redo(document)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-3", "card-1", "card-2"]


def test_several_selected_cards_move_together(canvas):
    view, document, scene = canvas
    scene.select_only(["card-1", "card-3"])
    start = scene.cards["card-1"].sceneBoundingRect().center()
    drag(view, start, scene.cells[("lane-d", "step-b2")].scene_rect().center())
    assert ids_in_cell(document.project, "lane-d", "step-b2") == ["card-1", "card-3"]
    assert undo_count(document) == 1
    undo(document)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-2", "card-3"]


def test_stage_dragged_after_the_next_stage(canvas):
    view, document, scene = canvas
    start = scene.stages["stage-a"].scene_rect().center()
    b = scene.stages["stage-b"].scene_rect()
    drag(view, start, QPointF(b.right() - 4, b.center().y()))
    journey = _journey(document)
    assert [s.id for s in journey.stages] == ["stage-b", "stage-a"]
    assert [s.id for s in journey.steps()] == ["step-b1", "step-b2", "step-a1", "step-a2"]
    # Headers moved with the model: stage b is now left of stage a.
    assert scene.stages["stage-b"].scene_rect().left() < scene.stages["stage-a"].scene_rect().left()
    undo(document)
    assert [s.id for s in _journey(document).stages] == ["stage-a", "stage-b"]
    redo(document)
    assert [s.id for s in _journey(document).stages] == ["stage-b", "stage-a"]


def test_step_dragged_into_another_stage(canvas):
    view, document, scene = canvas
    start = scene.steps["step-a1"].scene_rect().center()
    b1 = scene.steps["step-b1"].scene_rect()
    drag(view, start, QPointF(b1.right() - 3, b1.center().y()))
    journey = _journey(document)
    assert [s.id for s in journey.stage("stage-a").steps] == ["step-a2"]
    assert [s.id for s in journey.stage("stage-b").steps] == ["step-b1", "step-a1", "step-b2"]
    undo(document)
    journey = _journey(document)
    assert [s.id for s in journey.stage("stage-a").steps] == ["step-a1", "step-a2"]
    assert [s.id for s in journey.stage("stage-b").steps] == ["step-b1", "step-b2"]
    redo(document)
    assert [s.id for s in _journey(document).stage("stage-b").steps][1] == "step-a1"


def test_lane_dragged_below_the_next_lane(canvas):
    view, document, scene = canvas
    start = scene.lanes["lane-t"].scene_rect().center()
    d = scene.lanes["lane-d"].scene_rect()
    drag(view, start, QPointF(d.center().x(), d.bottom() - 3))
    assert [lane.id for lane in _journey(document).lanes] == ["lane-d", "lane-t", "lane-e"]
    undo(document)
    assert [lane.id for lane in _journey(document).lanes] == ["lane-t", "lane-d", "lane-e"]
    redo(document)
    assert [lane.id for lane in _journey(document).lanes] == ["lane-d", "lane-t", "lane-e"]


def test_emotion_point_dragged_up_snaps_to_plus_two(canvas):
    view, document, scene = canvas
    lane = scene.emotion["lane-e"]
    start = lane.point_scene_pos("curve-1", "step-a1")
    top = lane.sceneBoundingRect().top()
    drag(view, start, QPointF(start.x(), top - 30), steps=8)
    assert _journey(document).curve("curve-1").points["step-a1"] == 2
    assert undo_count(document) == 1
    assert lane.override_value() is None
    undo(document)
    assert _journey(document).curve("curve-1").points["step-a1"] == 0
    redo(document)
    assert _journey(document).curve("curve-1").points["step-a1"] == 2


def test_emotion_point_dragged_down_one_band(canvas):
    view, document, scene = canvas
    lane = scene.emotion["lane-e"]
    start = lane.point_scene_pos("curve-1", "step-a2")  # value +1
    below = lane.point_scene_pos("curve-1", "step-b1")  # value -1
    drag(view, start, QPointF(start.x(), below.y()))
    assert _journey(document).curve("curve-1").points["step-a2"] == -1


def test_escape_cancels_a_drag(canvas, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    view, document, scene = canvas
    viewport = view.viewport()
    a = view.mapFromScene(scene.cards["card-1"].sceneBoundingRect().center())
    b = view.mapFromScene(scene.cells[("lane-d", "step-b2")].scene_rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(viewport, a + QPoint(20, 20))
    QTest.mouseMove(viewport, b)
    assert scene.indicator.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    assert ids_in_cell(document.project, "lane-t", "step-a1") == ["card-1", "card-2", "card-3"]
    assert undo_count(document) == 0
    assert not scene.indicator.isVisible()


def test_click_on_an_empty_step_of_the_curve_sets_a_point(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    project = small_project()
    del project.journeys[0].curve("curve-1").points["step-b2"]
    view, document = make_canvas(qtbot, project)
    lane = view.journey_scene().emotion["lane-e"]
    x = view.journey_scene().cells[("lane-e", "step-b2")].scene_rect().center().x()
    y = lane.point_scene_pos("curve-1", "step-a2").y()  # the height of +1
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(QPointF(x, y)),
    )
    assert document.project.journeys[0].curve("curve-1").points["step-b2"] == 1
    undo(document)
    assert "step-b2" not in document.project.journeys[0].curve("curve-1").points


def test_a_dragged_stage_takes_its_step_headers_along_until_cancelled(canvas):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    view, document, scene = canvas
    before = scene.steps["step-a1"].scene_rect().left()
    viewport = view.viewport()
    a = view.mapFromScene(scene.stages["stage-a"].scene_rect().center())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(viewport, a + QPoint(30, 0))
    QTest.mouseMove(viewport, a + QPoint(120, 0))
    moved = scene.steps["step-a1"].scene_rect().left() - before
    assert moved == pytest.approx(120 / view.zoom(), abs=2)
    assert scene.indicator.isVisible()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    assert scene.steps["step-a1"].scene_rect().left() == before
    assert undo_count(document) == 0
