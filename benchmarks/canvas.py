"""Canvas timings on the L project (20 stages x 10 steps x 12 lanes, ~5,000 cards), each against a
floor in the same run: a plain QGraphicsScene holding one rectangle and one text item per card and
header, in a view of the same size. The floor is what Qt itself costs for that many items; the
ratio is what our cards, badges, curves and pinned headers add.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/canvas.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from PySide6.QtCore import QPoint, QRectF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
)
from synthetic import synthetic_project  # noqa: E402

Row = tuple[str, str, str, str, str]
VIEW_SIZE = (1600, 1000)
MOVES = 40


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _floor_scene(boxes: list[QRectF], titles: list[str]) -> QGraphicsScene:
    scene = QGraphicsScene()
    for box, title in zip(boxes, titles, strict=True):
        rect = QGraphicsRectItem(box)
        rect.setBrush(Qt.GlobalColor.yellow)
        scene.addItem(rect)
        text = QGraphicsSimpleTextItem(title, rect)
        text.setPos(box.topLeft())
    return scene


def _drag(view: QGraphicsView, start: QPoint) -> list[float]:
    """Press on `start`, then MOVES mouse moves each followed by a synchronous repaint."""
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    times = []
    for i in range(1, MOVES + 1):
        times.append(
            _timed(
                lambda i=i: (
                    QTest.mouseMove(viewport, start + QPoint(i * 5, i * 3)),
                    viewport.repaint(),
                )
            )
        )
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(9, 9)
    )
    return times


def canvas_rows(paths: dict[str, Path], repeat: int) -> list[Row]:
    app = QApplication.instance() or QApplication([])
    from cjm_desktop.ui.canvas import JourneyCanvas
    from cjm_desktop.ui.document import Document

    project = synthetic_project("L")
    document = Document(project)

    built: list = []
    ours_build = min(_timed(lambda: built.append(JourneyCanvas(document))) for _ in range(repeat))
    view = built[-1]
    view.resize(*VIEW_SIZE)
    view.show()
    app.processEvents()
    scene = view.journey_scene()
    items = [i for i in scene.items() if i.parentItem() is None]
    boxes = [i.sceneBoundingRect() for i in items]
    titles = [f"item {n}" for n in range(len(items))]

    floors: list = []
    floor_build = min(
        _timed(lambda: floors.append(_floor_scene(boxes, titles))) for _ in range(repeat)
    )
    floor_view = QGraphicsView(floors[-1])
    floor_view.setDragMode(QGraphicsView.DragMode.NoDrag)
    floor_view.resize(*VIEW_SIZE)
    floor_view.show()
    app.processEvents()

    def paint(v) -> float:
        return min(_timed(v.viewport().repaint) for _ in range(repeat))

    rows: list[Row] = []
    ours_paint, floor_paint = paint(view), paint(floor_view)

    journey = project.journeys[0]
    lane, step = journey.lanes[0], journey.steps()[1]
    card = journey.cards_in_cell(lane.id, step.id)[0]
    grip = view.mapFromScene(scene.cards[card.id].sceneBoundingRect().center())
    ours_drag = statistics.median(_drag(view, grip))
    for item in floors[-1].items():
        item.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsMovable)
    floor_grip = floor_view.mapFromScene(boxes[len(boxes) // 2].center())
    floor_view.centerOn(boxes[len(boxes) // 2].center())
    app.processEvents()
    floor_grip = floor_view.mapFromScene(boxes[len(boxes) // 2].center())
    floor_drag = statistics.median(_drag(floor_view, floor_grip))

    view.zoom_fit()
    floor_view.fitInView(floors[-1].itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    app.processEvents()
    ours_fit, floor_fit = paint(view), paint(floor_view)

    n = f"{len(items)} rects + texts"
    for name, ours, floor in (
        ("canvas L: build scene", ours_build, floor_build),
        ("canvas L: paint at 100 %", ours_paint, floor_paint),
        ("canvas L: drag, per move + repaint (median)", ours_drag, floor_drag),
        ("canvas L: paint whole map (fit)", ours_fit, floor_fit),
    ):
        rows.append((name, _ms(ours), n, _ms(floor), f"{ours / floor:.2f}x"))
    view.close()
    floor_view.close()
    return rows


if __name__ == "__main__":
    for row in canvas_rows({}, 3):
        print(" | ".join(row))
