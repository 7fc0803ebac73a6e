"""Canvas timings on the L project (20 stages x 10 steps x 12 lanes, ~5,000 cards), as issue 3
defines them, each against a floor from the same run:

- scene build and first paint, against a scene of as many plain QGraphicsRectItems painted once;
- a card drag: from the mouse release to the repainted frame (the edit, the relayout, the
  repaint), median and 95th percentile over 50 drags; the floor is one plain rectangle dragged
  in the floor scene and dropped the same way;
- each mouse move of a drag with its repaint (what the eye follows while dragging);
- peak memory of a process with L open on the canvas, against one with L loaded and Qt shown.

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

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)
from synthetic import synthetic_project  # noqa: E402

Row = tuple[str, str, str, str, str]
VIEW_SIZE = (1600, 1000)
DRAGS = 50
MOVES_PER_DRAG = 4
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def _timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _floor_view(boxes: list[QRectF]) -> QGraphicsView:
    scene = QGraphicsScene()
    for box in boxes:
        rect = QGraphicsRectItem(box)
        rect.setBrush(Qt.GlobalColor.yellow)
        rect.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        scene.addItem(rect)
    view = QGraphicsView(scene)
    view.keep_scene = scene  # a view does not own its scene
    view.resize(*VIEW_SIZE)
    return view


def _discard(app: QApplication, views: list) -> None:
    """Destroy the views of the earlier build rounds: a closed canvas still follows its document,
    so left alive each would relayout on every drop and the drop timing would count them all."""
    for old in views:
        old.close()
        old.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _drags(view: QGraphicsView, grip_of) -> tuple[list[float], list[float]]:
    """DRAGS drags of the item under grip_of(n), there and back: (release times, move times)."""
    viewport = view.viewport()
    releases, moves = [], []
    for n in range(DRAGS):
        start = grip_of(n)
        offset = QPoint(230, 0) if n % 2 == 0 else QPoint(-230, 0)
        QTest.mousePress(viewport, LEFT, NO_KEYS, start)
        for i in range(1, MOVES_PER_DRAG + 1):
            to = start + offset * i / MOVES_PER_DRAG
            moves.append(_timed(lambda to=to: (QTest.mouseMove(viewport, to), viewport.repaint())))
        releases.append(
            _timed(
                lambda s=start + offset: (
                    QTest.mouseRelease(viewport, LEFT, NO_KEYS, s),
                    viewport.repaint(),
                )
            )
        )
    return releases, moves


OURS_MEMORY = """
import sys
sys.path.insert(0, "benchmarks")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from synthetic import synthetic_project
from cjm_desktop.ui.canvas import JourneyCanvas
from cjm_desktop.ui.document import Document
view = JourneyCanvas(Document(synthetic_project("L")))
view.resize(1600, 1000)
view.show()
app.processEvents()
view.zoom_fit()
view.viewport().repaint()
"""

FLOOR_MEMORY = """
import sys
sys.path.insert(0, "benchmarks")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
from synthetic import synthetic_project
import cjm_desktop.ui.canvas
project = synthetic_project("L")
window = QMainWindow()
window.resize(1600, 1000)
window.show()
app.processEvents()
"""


def canvas_rows(paths: dict[str, Path], repeat: int) -> list[Row]:
    app = QApplication.instance() or QApplication([])
    from cjm_desktop.ui.canvas import JourneyCanvas
    from cjm_desktop.ui.document import Document

    project = synthetic_project("L")
    document = Document(project)

    def build_ours() -> JourneyCanvas:
        view = JourneyCanvas(document)
        view.resize(*VIEW_SIZE)
        view.show()
        app.processEvents()
        view.viewport().repaint()
        return view

    views: list = []
    ours_build = min(_timed(lambda: views.append(build_ours())) for _ in range(repeat))
    view = views[-1]
    _discard(app, views[:-1])
    scene = view.journey_scene()
    # Every map item, not its parts; cards and cells sit in their lane's group (no contents).
    from cjm_desktop.ui.canvas.lane_group import LaneGroup

    boxes = [
        i.sceneBoundingRect()
        for i in scene.items()
        if not isinstance(i, LaneGroup) and isinstance(i.parentItem(), LaneGroup | type(None))
    ]

    def build_floor() -> QGraphicsView:
        floor = _floor_view(boxes)
        floor.show()
        app.processEvents()
        floor.viewport().repaint()
        return floor

    floors: list = []
    floor_build = min(_timed(lambda: floors.append(build_floor())) for _ in range(repeat))
    floor_view = floors[-1]
    _discard(app, floors[:-1])

    journey = project.journeys[0]
    lane, step = journey.lanes[3], journey.steps()[4]
    dragged = journey.cards_in_cell(lane.id, step.id)[0].id

    def our_grip(_n: int) -> QPoint:
        # Centred, so the press is on the card, clear of the pinned headers and the edges.
        centre = scene.cards[dragged].sceneBoundingRect().center()
        view.centerOn(centre)
        app.processEvents()
        return view.mapFromScene(centre)

    before = document.undo_stack.count()
    ours_release, ours_moves = _drags(view, our_grip)
    moved = document.undo_stack.count() - before
    if moved != DRAGS:
        raise SystemExit(f"only {moved} of {DRAGS} drags moved the card: the benchmark is off")
    middle = boxes[len(boxes) // 2].center()
    floor_view.centerOn(middle)
    app.processEvents()
    floor_item = floor_view.scene().itemAt(middle, floor_view.transform())

    def floor_grip(_n: int) -> QPoint:
        return floor_view.mapFromScene(floor_item.sceneBoundingRect().center())

    floor_release, floor_moves = _drags(floor_view, floor_grip)
    view.close()
    floor_view.close()

    from run import ms, peak_rss_mb

    rss, rss_floor = peak_rss_mb(OURS_MEMORY), peak_rss_mb(FLOOR_MEMORY)
    items = f"{len(boxes)} plain rects"
    return [
        (
            "canvas L: build + first paint",
            ms(ours_build),
            items,
            ms(floor_build),
            f"{ours_build / floor_build:.2f}x (goal 3x)",
        ),
        (
            f"canvas L: drop to repainted frame, median of {DRAGS}",
            ms(statistics.median(ours_release)),
            "plain rect dropped",
            ms(statistics.median(floor_release)),
            "goal < 16 ms",
        ),
        (
            f"canvas L: drop to repainted frame, p95 of {DRAGS}",
            ms(_p95(ours_release)),
            "plain rect dropped",
            ms(_p95(floor_release)),
            "",
        ),
        (
            "canvas L: drag move + repaint, median",
            ms(statistics.median(ours_moves)),
            "plain rect moved",
            ms(statistics.median(floor_moves)),
            f"{statistics.median(ours_moves) / statistics.median(floor_moves):.2f}x",
        ),
        (
            "peak memory, L open on the canvas",
            f"{rss:.0f} MB",
            "L loaded, empty window",
            f"{rss_floor:.0f} MB",
            "goal < 400 MB",
        ),
    ]


if __name__ == "__main__":
    app = QApplication.instance() or QApplication([])
    for row in canvas_rows({}, 3):
        print(" | ".join(row))
