"""The checklist view: what each map still lacks, rule by rule; it follows edits, and clicking
an entry in the main window shows that map and selects the item on the canvas."""

from __future__ import annotations

import shutil

import pytest
from main_window_support import app_files, show_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_desktop.editing import SetFields
from cjm_desktop.model import (
    Action,
    Card,
    EmotionCurve,
    Journey,
    Lane,
    LaneKind,
    Project,
    Stage,
    Step,
)
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.panels.checklist_view import ChecklistView

__all__ = ["app_files"]


def _built() -> Project:
    """One stage without goal or touchpoints, a step without emotion, a pain point without an
    action and an action without owner and date."""
    steps = [Step(id="st-1", name="Zoeken"), Step(id="st-2", name="Kiezen")]
    pains = Lane(id="l-pain", kind=LaneKind.PAIN_POINTS, title="Pijnpunten")
    emotion = Lane(
        id="l-emo",
        kind=LaneKind.EMOTION,
        title="Emotie",
        curves=[EmotionCurve(id="c-1", label="Anna", points={"st-1": 1})],
    )
    journey = Journey(
        id="j-1",
        title="Brood kopen",
        stages=[Stage(id="sg-1", name="Oriënteren", steps=steps)],
        lanes=[pains, emotion],
        cards=[Card(id="pain-1", lane_id="l-pain", step_id="st-2", title="Lange rij")],
    )
    action = Action(id="a-1", title="Tweede kassa", journey_id="j-1")
    return Project(journeys=[journey, Journey(id="j-2", title="Leeg")], actions=[action])


def _texts(view) -> list[str]:
    return [item.text(0) for item in view.entry_items()]


def _show(qtbot, document) -> ChecklistView:
    view = ChecklistView(document)
    qtbot.addWidget(view)
    view.resize(500, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_every_rule_of_a_built_map_and_an_edit_that_fixes_one(qtbot):
    document = Document(_built())
    view = _show(qtbot, document)
    assert _texts(view) == [
        "Stage “Oriënteren” has no customer goal.",
        "Step “Kiezen” has no emotion.",
        "Stage “Oriënteren” has no touchpoints.",
        "Pain point “Lange rij” has no action.",
        "Action “Tweede kassa” has no owner and no due date.",
    ]
    assert "5 points to finish" in view.summary.text()
    top = view.tree.topLevelItem(0)
    assert top.text(0) == "Brood kopen  (5)" and top.isExpanded()
    assert view.tree.topLevelItem(1).text(0) == "Leeg — complete"
    document.push(SetFields("sg-1", {"goal": "Vers brood voor het ontbijt"}))
    qtbot.waitUntil(lambda: len(_texts(view)) == 4)
    assert "Stage “Oriënteren” has no customer goal." not in _texts(view)
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: len(_texts(view)) == 5)


def test_a_closed_rule_stays_closed_after_an_edit(qtbot):
    document = Document(_built())
    view = _show(qtbot, document)
    rule = view.tree.topLevelItem(0).child(0)
    rect = view.tree.visualItemRect(rule)
    # Double-clicking a branch opens or closes it, as the user would.
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not rule.isExpanded()
    document.push(SetFields("pain-1", {"title": "Heel lange rij"}))
    qtbot.waitUntil(lambda: "Heel lange rij" in " ".join(_texts(view)))
    assert not view.tree.topLevelItem(0).child(0).isExpanded()
    assert view.tree.topLevelItem(0).child(1).isExpanded()


def _click(view, item) -> None:
    view.tree.scrollToItem(item)
    rect = view.tree.visualItemRect(item)
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def example_window(qtbot, tmp_path, example_nl_path):
    path = tmp_path / "bakkerij.cjm"
    shutil.copy(example_nl_path, path)
    window = show_window(qtbot, MainWindow(path))
    window.show_checklist_action.trigger()
    qtbot.waitUntil(window.checklist_view.isVisible)
    return window


def test_clicking_an_entry_selects_the_item_on_the_canvas(qtbot, example_window):
    window = example_window
    view = window.checklist_view
    assert window.document.current_journey_id == "journey-asis"
    # The example's as-is map misses two of Henk's emotion values; its to-be map two actions.
    assert _texts(view)[:2] == [
        "Step “Zoekt bakkers online” has no emotion on curve “Henk”.",
        "Step “Leest reviews en bekijkt foto’s” has no emotion on curve “Henk”.",
    ]
    to_be = view.tree.topLevelItem(1)
    assert to_be.text(0).startswith("Sanne bestelt online") and not to_be.isExpanded()
    _click(view, to_be)
    QTest.keyClick(view.tree, Qt.Key.Key_Right)  # open the other map's branch
    assert to_be.isExpanded()
    pain = next(item for item in view.entry_items() if "Bezorgkosten" in item.text(0))
    _click(view, pain)
    # The to-be map is shown now, with the pain point selected on the canvas and in view.
    assert window.document.current_journey_id == "journey-tobe"
    assert window.document.selection == ["card-tobe-pain-a2-1"]
    scene = window.canvas.journey_scene()
    card = scene.cards["card-tobe-pain-a2-1"]
    assert card.isSelected()
    visible = window.canvas.mapToScene(window.canvas.viewport().rect()).boundingRect()
    assert visible.intersects(card.sceneBoundingRect())
    # The list follows the map shown, and the clicked entry stays the current one.
    qtbot.waitUntil(lambda: view.tree.topLevelItem(0).text(0).startswith("Sanne bestelt online"))
    assert "Bezorgkosten" in view.tree.currentItem().text(0)


def test_clicking_a_missing_emotion_selects_that_point(qtbot, example_window):
    window = example_window
    view = window.checklist_view
    entry = view.entry_items()[1]
    _click(view, entry)
    assert window.document.selection == ["curve-asis-henk/step-asis-v1"]
    # The inspector opens that emotion curve, where the value can be set.
    assert window.inspector.heading.text() == "Emotion curve"
    assert window.document.current_journey_id == "journey-asis"
