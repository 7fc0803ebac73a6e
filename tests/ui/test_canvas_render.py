"""The canvas draws the map from the layout, updates only what an edit touched, and renders the
example project (pictures saved for a human to look at when CJM_CANVAS_SHOTS names a folder)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from test_canvas_support import make_canvas, make_document, redo, small_project, undo


def _save_shot(view, tmp_path: Path, name: str) -> QImage:
    folder = Path(os.environ.get("CJM_CANVAS_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    pixmap = view.grab()
    assert pixmap.save(str(folder / name))
    return pixmap.toImage()


def _distinct_colours(image: QImage, step: int = 7) -> int:
    colours = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_items_match_the_journey(qtbot):
    view, document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    journey = document.project.journeys[0]
    assert set(scene.cards) == {c.id for c in journey.cards}
    assert set(scene.stages) == {s.id for s in journey.stages}
    assert set(scene.steps) == {s.id for s in journey.steps()}
    assert set(scene.lanes) == {lane.id for lane in journey.lanes}
    assert set(scene.emotion) == {"lane-e"}
    assert all(item.card_id == card_id for card_id, item in scene.cards.items())
    # Stage headers span their steps.
    a = scene.stages["stage-a"].scene_rect()
    for step_id in ("step-a1", "step-a2"):
        step = scene.steps[step_id].scene_rect()
        assert a.left() - 0.5 <= step.left() and step.right() <= a.right() + 0.5
    # Cards sit inside their cells, in order from the top.
    cell = scene.cells[("lane-t", "step-a1")].scene_rect()
    tops = [scene.cards[c].scene_rect().top() for c in ("card-1", "card-2", "card-3")]
    assert tops == sorted(tops)
    assert all(cell.contains(scene.cards[c].scene_rect()) for c in ("card-1", "card-2", "card-3"))


def test_an_edit_updates_only_the_items_it_touched(qtbot):
    from cjm_desktop.editing import MoveStage, SetFields

    view, document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    items = dict(scene.cards)
    looks = {card_id: item.look for card_id, item in items.items()}
    headers = dict(scene.steps)
    document.push(SetFields("card-4", {"title": "Bestelt een grote taart"}))
    assert scene.cards == items  # the same item objects: nothing rebuilt
    assert scene.cards["card-4"].look is not looks["card-4"]
    assert all(scene.cards[c].look is looks[c] for c in ("card-1", "card-2", "card-3"))
    document.push(MoveStage("journey-1", "stage-a", 1))
    assert scene.cards == items and scene.steps == headers
    assert scene.steps["step-b1"].scene_rect().left() < scene.steps["step-a1"].scene_rect().left()
    undo(document)
    assert scene.steps["step-a1"].scene_rect().left() < scene.steps["step-b1"].scene_rect().left()
    redo(document)


def test_undo_restores_the_selection_of_a_removed_card(qtbot):
    from test_canvas_support import set_document_selection

    view, document = make_canvas(qtbot, small_project())
    scene = view.journey_scene()
    set_document_selection(document, ["card-2"])
    view.delete_selection()
    assert "card-2" not in scene.cards
    undo(document)
    assert "card-2" in scene.cards
    assert document.selection == ["card-2"]
    assert scene.cards["card-2"].isSelected()
    redo(document)
    assert "card-2" not in scene.cards
    assert scene.selectedItems() == []


def test_example_project_renders_at_100_percent_and_zoomed_out(qtbot, tmp_path, example_nl_path):
    from cjm_desktop.storage import load

    project = load(example_nl_path)
    view, _ = make_canvas(qtbot, project, size=(1600, 1000))
    view.set_zoom(1.0)
    view.centerOn(view.journey_scene().map_rect().topLeft())
    full = _save_shot(view, tmp_path, "canvas_100.png")
    view.zoom_fit()
    small = _save_shot(view, tmp_path, "canvas_fit.png")
    assert _distinct_colours(full) > 20
    assert _distinct_colours(small) > 20


def test_a_journey_switch_rebuilds_for_the_other_map(qtbot):
    from cjm_desktop.model import Journey, Stage, Step

    project = small_project()
    project.journeys.append(
        Journey(id="journey-2", title="Tweede", stages=[Stage(steps=[Step(id="step-x")])])
    )
    document = make_document(project)
    from cjm_desktop.ui.canvas import JourneyCanvas

    view = JourneyCanvas(document)
    qtbot.addWidget(view)
    assert set(view.journey_scene().cards) == {"card-1", "card-2", "card-3", "card-4"}
    document.set_current_journey("journey-2")
    assert view.journey_scene().cards == {}
    assert set(view.journey_scene().steps) == {"step-x"}


def test_a_project_without_maps_shows_an_empty_canvas(qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from cjm_desktop.model import Project

    view, _document = make_canvas(qtbot, Project())
    centre = view.viewport().rect().center()
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
    )
    QTest.keyClick(view, Qt.Key.Key_Delete)
    view.paste()
    view.zoom_fit()
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        centre + QPoint(5, 5),
    )
    assert view.journey_scene().cards == {}


def test_small_map_renders_at_100_percent_and_zoomed_out(qtbot, tmp_path):
    view, _ = make_canvas(qtbot, small_project(), size=(1000, 700))
    full = _save_shot(view, tmp_path, "canvas_small_100.png")
    view.set_zoom(0.4)
    small = _save_shot(view, tmp_path, "canvas_small_40.png")
    assert _distinct_colours(full) > 20
    assert _distinct_colours(small) > 10


def test_headers_stay_in_sight_while_scrolling(qtbot):
    from cjm_desktop.model import Card

    project = small_project()
    journey = project.journeys[0]
    journey.cards += [
        Card(lane_id="lane-d", step_id="step-a1", order=n, title=f"Kaart {n}") for n in range(30)
    ]
    view, _ = make_canvas(qtbot, project, size=(500, 400))
    scene = view.journey_scene()
    view.set_zoom(1.0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert scene.stages["stage-a"].scene_rect().top() == pytest.approx(visible.top(), abs=1)
    assert scene.steps["step-b2"].scene_rect().top() > visible.top()
    assert scene.lanes["lane-t"].scene_rect().left() == pytest.approx(visible.left(), abs=1)
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    assert scene.stages["stage-a"].scene_rect().top() == 0
    assert scene.lanes["lane-t"].scene_rect().left() == 0


def test_a_card_out_of_view_makes_its_look_when_first_needed(qtbot):
    from PySide6.QtCore import QPointF, QRectF

    view, document = make_canvas(qtbot, small_project(), size=(300, 200))
    scene = view.journey_scene()
    view.centerOn(QPointF(0, 0))
    view.viewport().repaint()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    hidden = [i for i in scene.cards.values() if not shown.intersects(i.sceneBoundingRect())]
    assert hidden, "the view should leave some cards out"
    # Not painted, not made: a big map makes only the looks of the cards on screen.
    assert all(item._look is None for item in hidden)
    card = document.project.journeys[0].card(hidden[0].card_id)
    assert hidden[0].look.lines and hidden[0].look.lines[0][1] in card.title
    # Scrolled into view, it paints with its look.
    later = hidden[-1]
    assert later is not hidden[0] and later._look is None
    view.centerOn(later.sceneBoundingRect().center())
    assert (
        view.mapToScene(view.viewport().rect())
        .boundingRect()
        .intersects(QRectF(later.sceneBoundingRect()))
    )
    view.grab()
    assert later._look is not None
