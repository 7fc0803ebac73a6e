"""Helpers for the canvas tests (no tests here): a small project, the canvas on a Document, and
mouse gestures on the view's viewport."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from cjm_desktop.model import Card, EmotionCurve, Journey, Lane, LaneKind, Project, Stage, Step


def small_project() -> Project:
    """Two stages (2 + 2 steps), a touchpoints lane, a doing lane and an emotion lane."""
    stages = [
        Stage(
            id="stage-a",
            name="Aandacht",
            steps=[Step(id="step-a1", name="Zien"), Step(id="step-a2", name="Zoeken")],
        ),
        Stage(
            id="stage-b",
            name="Actie",
            steps=[Step(id="step-b1", name="Bestellen"), Step(id="step-b2", name="Ophalen")],
        ),
    ]
    lanes = [
        Lane(id="lane-t", kind=LaneKind.TOUCHPOINTS, title="Touchpoints"),
        Lane(id="lane-d", kind=LaneKind.DOING, title="Doen"),
        Lane(
            id="lane-e",
            kind=LaneKind.EMOTION,
            title="Emotie",
            curves=[
                EmotionCurve(
                    id="curve-1",
                    label="Nu",
                    color="#d9534f",
                    points={"step-a1": 0, "step-a2": 1, "step-b1": -1, "step-b2": 2},
                )
            ],
        ),
    ]
    cards = [
        Card(id="card-1", lane_id="lane-t", step_id="step-a1", order=0, title="Instagram"),
        Card(id="card-2", lane_id="lane-t", step_id="step-a1", order=1, title="Flyer"),
        Card(id="card-3", lane_id="lane-t", step_id="step-a1", order=2, title="Vrienden"),
        Card(id="card-4", lane_id="lane-d", step_id="step-b1", order=0, title="Bestelt taart"),
    ]
    journey = Journey(id="journey-1", title="Taart", stages=stages, lanes=lanes, cards=cards)
    return Project(id="project-1", title="Test", journeys=[journey])


def ids_in_cell(project: Project, lane_id: str, step_id: str) -> list[str]:
    return [c.id for c in project.journeys[0].cards_in_cell(lane_id, step_id)]


def view_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def drag(view, start: QPointF, end: QPointF, steps: int = 6, button=Qt.MouseButton.LeftButton):
    """Press at `start`, move in several steps, release at `end` (scene coordinates)."""
    viewport = view.viewport()
    a, b = view_point(view, start), view_point(view, end)
    QTest.mousePress(viewport, button, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        QTest.mouseMove(viewport, QPoint(round(p.x()), round(p.y())))
    QTest.mouseRelease(viewport, button, Qt.KeyboardModifier.NoModifier, b)


def make_document(project: Project):
    from cjm_desktop.ui.document import Document

    return Document(project)


def make_canvas(qtbot, project: Project, size=(1200, 800)):
    from cjm_desktop.ui.canvas import JourneyCanvas
    from cjm_desktop.ui.canvas.clipboard_actions import clear_cards_from_clipboard

    document = make_document(project)
    view = JourneyCanvas(document)
    qtbot.addWidget(view, before_close_func=lambda _: clear_cards_from_clipboard())
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view, document


def undo(document) -> None:
    document.undo_stack.undo()


def redo(document) -> None:
    document.undo_stack.redo()


def undo_count(document) -> int:
    return document.undo_stack.index()


def set_document_selection(document, ids: list[str]) -> None:
    document.set_selection(ids)
