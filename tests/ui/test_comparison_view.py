"""The as-is / to-be comparison view: both emotion curves over each other and the touchpoints
added, removed and changed per stage, on the example project and on a project built here; it
follows edits and the map shown, and double-clicking a touchpoint asks to show it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_desktop.editing import SetFields
from cjm_desktop.model import (
    Card,
    Channel,
    EmotionCurve,
    Journey,
    JourneyState,
    Lane,
    LaneKind,
    Project,
    Stage,
    Step,
)
from cjm_desktop.storage import load
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.comparison_view import ComparisonView


def _show(qtbot, document) -> ComparisonView:
    view = ComparisonView(document)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def _tree(view) -> dict[str, list[tuple[str, str]]]:
    tree = view.tree
    result = {}
    for n in range(tree.topLevelItemCount()):
        stage = tree.topLevelItem(n)
        result[stage.text(0)] = [
            (stage.child(c).text(0), stage.child(c).text(1)) for c in range(stage.childCount())
        ]
    return result


@pytest.fixture
def example(qtbot, example_nl_path):
    document = Document(load(example_nl_path))
    document.set_current_journey("journey-tobe")
    return document, _show(qtbot, document)


def test_the_example_s_curves_and_touchpoint_changes(example):
    _document, view = example
    assert "10 touchpoints added, 11 removed, 1 changed" in view.summary.text()
    stages = _tree(view)
    assert list(stages) == [
        "Oriënteren",
        "Overwegen",
        "Kopen",
        "Gebruiken & beleven",
        "Ambassadeur",
    ]
    assert ("+ Bestelformulier in drie stappen", "added in the to-be map") in stages["Kopen"]
    assert ("− Papieren spaarkaart", "no longer in the to-be map") in stages["Ambassadeur"]
    assert ("~ De taart zelf: smaak en uiterlijk", "changed: evidence") in stages[
        "Gebruiken & beleven"
    ]
    # Both curves over each other, one point a step: as-is low where to-be is high.
    chart = view.chart
    as_is, to_be = chart.curve_points("as_is"), chart.curve_points("to_be")
    assert len(as_is) == len(to_be) == 10
    wa_step = 3  # "Stelt een vraag via WhatsApp": -2 then, +1 now
    assert as_is[wa_step].y() == chart.value_y(-2)
    assert to_be[wa_step].y() == chart.value_y(1)
    assert as_is[wa_step].x() == to_be[wa_step].x()
    # What is painted: halfway between two points of a curve lies its line, in its colour.
    image = chart.grab().toImage()
    assert _colour_near(image, (to_be[wa_step] + to_be[wa_step + 1]) / 2, "blue")
    assert _colour_near(image, (as_is[wa_step] + as_is[wa_step + 1]) / 2, "red")


def _colour_near(image, point, which: str) -> bool:
    """Some pixel within 3 px of `point` is clearly red or blue (the as-is line is dashed)."""
    for dx in range(-3, 4):
        for dy in range(-3, 4):
            c = image.pixelColor(round(point.x()) + dx, round(point.y()) + dy)
            if which == "blue" and c.blue() > 150 and c.red() < 100:
                return True
            if which == "red" and c.red() > 150 and c.blue() < 120 and c.green() < 120:
                return True
    return False


def test_the_as_is_map_on_screen_is_compared_with_its_to_be_map(example):
    document, view = example
    document.set_current_journey("journey-asis")
    QTest.qWait(0)
    assert view.comparison is not None and view.comparison.to_be_id == "journey-tobe"


def test_double_clicking_a_removed_touchpoint_asks_to_show_it_on_the_as_is_map(example):
    _document, view = example
    asked = []
    view.go_to.connect(lambda journey_id, card_id: asked.append((journey_id, card_id)))
    stage = view.tree.topLevelItem(4)  # Ambassadeur
    removed = next(
        stage.child(n) for n in range(stage.childCount()) if "spaarkaart" in stage.child(n).text(0)
    )
    view.tree.scrollToItem(removed)
    rect = view.tree.visualItemRect(removed)
    # A double-click as the system delivers it: a click, then the second press as DblClick.
    QTest.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked == [("journey-asis", "card-asis-tp-a2-1")]


def _built() -> Project:
    """An as-is map and its to-be copy, built here: "Flyer" goes, "App" comes, "Winkel" moves
    online, and the to-be emotion is better at the second step."""
    steps_old = [Step(id="s-o1", name="Zien"), Step(id="s-o2", name="Kopen")]
    steps_new = [Step(id="s-n1", name="Zien"), Step(id="s-n2", name="Kopen")]

    def journey(jid, steps, titles, curve_points, state, counterpart=None):
        lane = Lane(id=f"{jid}-tp", kind=LaneKind.TOUCHPOINTS, title="Touchpoints")
        emotion = Lane(
            id=f"{jid}-em",
            kind=LaneKind.EMOTION,
            title="Emotie",
            curves=[EmotionCurve(id=f"{jid}-curve", label="Anna", points=curve_points)],
        )
        cards = [
            Card(id=f"{jid}-{n}", lane_id=lane.id, step_id=step, order=n, title=title, channel=ch)
            for n, (step, title, ch) in enumerate(titles)
        ]
        return Journey(
            id=jid,
            title=jid,
            state=state,
            counterpart_id=counterpart,
            stages=[Stage(id=f"{jid}-stage", name="Kopen", steps=steps)],
            lanes=[lane, emotion],
            cards=cards,
        )

    old = journey(
        "as-is",
        steps_old,
        [("s-o1", "Flyer", None), ("s-o2", "Winkel", Channel.STORE)],
        {"s-o1": 0, "s-o2": -2},
        JourneyState.CURRENT,
    )
    new = journey(
        "to-be",
        steps_new,
        [("s-n1", "App", None), ("s-n2", "Winkel", Channel.WEBSHOP)],
        {"s-n1": 0, "s-n2": 1},
        JourneyState.FUTURE,
        "as-is",
    )
    return Project(journeys=[old, new])


def test_a_built_project_and_an_edit_that_changes_the_comparison(qtbot):
    document = Document(_built())
    document.set_current_journey("to-be")
    view = _show(qtbot, document)
    assert _tree(view) == {
        "Kopen": [
            ("+ App", "added in the to-be map"),
            ("− Flyer", "no longer in the to-be map"),
            ("~ Winkel", "changed: channel"),
        ]
    }
    assert view.tree.topLevelItem(0).text(1) == "1 added, 1 removed, 1 changed"
    document.push(SetFields("to-be-1", {"channel": Channel.STORE}))
    qtbot.waitUntil(lambda: len(_tree(view)["Kopen"]) == 2)
    assert view.tree.topLevelItem(0).text(1) == "1 added, 1 removed, 1 the same"
    points = view.chart.curve_points("to_be")
    assert [p.y() for p in points] == [view.chart.value_y(0), view.chart.value_y(1)]


def test_a_map_without_a_counterpart_says_how_to_get_one(qtbot):
    project = _built()
    project.journeys[1].counterpart_id = None
    document = Document(project)
    document.set_current_journey("to-be")
    view = _show(qtbot, document)
    assert view.comparison is None
    assert "to-be copy" in view.summary.text()
    assert view.tree.topLevelItemCount() == 0
    assert not view.chart.isVisible()
