#!/usr/bin/env python3
"""Canvas timings on the L project (20 stages x 10 steps x 12 lanes, ~5,000 cards): building the
scene, painting, a card drag (each mouse move with a synchronous repaint) and the relayout after
the drop. Not part of the test run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/canvas_drag.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from synthetic import synthetic_project  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from cjm_desktop.ui.canvas import JourneyCanvas
    from cjm_desktop.ui.document import Document

    project = synthetic_project("L")
    document = Document(project)
    start = time.perf_counter()
    view = JourneyCanvas(document)
    print("build scene (L)", ms(time.perf_counter() - start))
    view.resize(1600, 1000)
    view.show()
    app.processEvents()
    start = time.perf_counter()
    view.viewport().repaint()
    print("paint at 100 %", ms(time.perf_counter() - start))
    scene = view.journey_scene()
    journey = project.journeys[0]
    lane, step = journey.lanes[0], journey.steps()[1]
    card = journey.cards_in_cell(lane.id, step.id)[0]
    a = view.mapFromScene(scene.cards[card.id].sceneBoundingRect().center())
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    times = []
    for i in range(1, 61):
        start = time.perf_counter()
        QTest.mouseMove(viewport, a + QPoint(i * 5, i * 3))
        viewport.repaint()
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    end = a + QPoint(300, 180)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    viewport.repaint()
    print("drop: edit, relayout, repaint", ms(time.perf_counter() - start))
    print(f"drag move + repaint: median {ms(statistics.median(times))}, max {ms(max(times))}")
    view.zoom_fit()
    app.processEvents()
    start = time.perf_counter()
    viewport.repaint()
    print("paint whole map (zoom to fit)", ms(time.perf_counter() - start))


if __name__ == "__main__":
    main()
