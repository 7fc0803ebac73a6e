"""Helpers for the action plan tests (no tests here): a project with pain points, an opportunity,
a drop-off touchpoint and four actions over two maps, and clicks on a table cell."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from cjm_desktop.model import (
    Action,
    Card,
    Journey,
    Lane,
    LaneKind,
    Priority,
    Project,
    Stage,
    Status,
    Step,
)


def plan_project() -> Project:
    stages = [
        Stage(id="stage-a", name="Orientation", steps=[Step(id="step-a1", name="Search")]),
        Stage(id="stage-b", name="Purchase", steps=[Step(id="step-b1", name="Order")]),
    ]
    lanes = [
        Lane(id="lane-t", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
        Lane(id="lane-p", kind=LaneKind.PAIN_POINTS, title="Pain points"),
        Lane(id="lane-o", kind=LaneKind.OPPORTUNITIES, title="Opportunities"),
        Lane(id="lane-d", kind=LaneKind.DOING, title="Doing"),
    ]
    cards = [
        Card(id="card-web", lane_id="lane-t", step_id="step-a1", title="Website"),
        Card(
            id="card-checkout",
            lane_id="lane-t",
            step_id="step-b1",
            title="Checkout",
            drop_off=True,
        ),
        Card(id="card-slow", lane_id="lane-p", step_id="step-a1", title="Slow site"),
        Card(id="card-cost", lane_id="lane-p", step_id="step-b1", title="Delivery cost"),
        Card(id="card-app", lane_id="lane-o", step_id="step-b1", title="Order app"),
        Card(id="card-walk", lane_id="lane-d", step_id="step-a1", title="Walks by"),
    ]
    shop = Journey(id="journey-shop", title="Web shop", stages=stages, lanes=lanes, cards=cards)
    store = Journey(
        id="journey-store",
        title="Store",
        stages=[Stage(id="stage-s", name="Visit", steps=[Step(id="step-s1", name="Enter")])],
        lanes=[Lane(id="lane-sp", kind=LaneKind.PAIN_POINTS, title="Pain points")],
        cards=[Card(id="card-queue", lane_id="lane-sp", step_id="step-s1", title="Queue")],
    )
    actions = [
        Action(
            id="action-speed",
            title="Faster pages",
            journey_id="journey-shop",
            stage_id="stage-a",
            card_ids=["card-slow"],
            owner="Bram",
            priority=Priority.HIGH,
            impact=4,
            effort=2,
            status=Status.PLANNED,
            due=date(2031, 3, 1),
        ),
        Action(
            id="action-free",
            title="Free delivery over 25",
            journey_id="journey-shop",
            stage_id="stage-b",
            card_ids=["card-cost", "card-checkout"],
            owner="Anna",
            priority=Priority.MEDIUM,
            impact=5,
            effort=4,
            status=Status.IDEA,
        ),
        Action(
            id="action-queue",
            title="Second till",
            journey_id="journey-store",
            stage_id="stage-s",
            card_ids=["card-queue"],
            owner="Anna",
            priority=Priority.LOW,
            impact=2,
            effort=3,
            status=Status.DONE,
            due=date(2030, 6, 15),
        ),
        Action(id="action-loose", title="Ask for reviews", impact=3, effort=1),
    ]
    return Project(id="project-plan", title="Shop", journeys=[shop, store], actions=actions)


def cell_point(table, row: int, column: int) -> QPoint:
    return table.visualRect(table.model().index(row, column)).center()


def click_cell(table, row: int, column: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, modifier, cell_point(table, row, column)
    )


def double_click_cell(table, row: int, column: int) -> None:
    point = cell_point(table, row, column)
    # A double-click is press, release, then a double-click event: QTest's mouseDClick only
    # sends the last, and the view needs the first press to set the current index.
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
