"""The impact/effort matrix, driven with the mouse and keys: dragging a dot to another cell sets
impact and effort in one undo step; a click selects the action's row in the table; arrow keys move
the selected dot one score; the dots follow the table's filters; with many actions the labels
make way for each other, and a hovered or selected dot shows its own."""

from __future__ import annotations

import itertools

import pytest
from action_plan_support import plan_project
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from cjm_desktop.resource_paths import resource
from cjm_desktop.storage.file_format import load
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.action_plan_panel import ActionPlanPanel
from cjm_desktop.ui.panels.impact_effort_geometry import Box
from cjm_desktop.ui.panels.impact_effort_matrix import DOT_RADIUS

EXAMPLES = resource("examples")


@pytest.fixture
def panel(qtbot):
    panel = ActionPlanPanel(Document(plan_project()))
    qtbot.addWidget(panel)
    panel.resize(1300, 460)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _point(p: QPointF) -> QPoint:
    return QPoint(round(p.x()), round(p.y()))


def _drag(matrix, start: QPointF, end: QPointF, steps: int = 6) -> None:
    a, b = _point(start), _point(end)
    QTest.mousePress(matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for i in range(1, steps + 1):
        QTest.mouseMove(matrix, a + (b - a) * (i / steps))
    QTest.mouseRelease(matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_dragging_a_dot_sets_impact_and_effort_in_one_undo_step(panel):
    document, matrix = panel.document, panel.matrix
    action = document.project.action("action-speed")
    start = matrix.dot_position("action-speed")
    assert start == matrix.cell_center(4, 2)
    # Released off the centre of the target cell: the score is the cell's, snapped.
    target = matrix.cell_center(2, 5) + QPointF(9, -6)
    _drag(matrix, start, target)
    assert (action.impact, action.effort) == (2, 5)
    assert document.undo_stack.count() == 1
    assert matrix.dot_position("action-speed") == matrix.cell_center(2, 5)
    assert panel.selected_ids() == ["action-speed"]
    document.undo_stack.undo()
    assert (action.impact, action.effort) == (4, 2)
    assert matrix.dot_position("action-speed") == matrix.cell_center(4, 2)


def test_a_drag_past_the_edge_stops_at_the_outer_score(panel):
    matrix = panel.matrix
    action = panel.document.project.action("action-loose")
    plot = matrix.plot()
    _drag(matrix, matrix.dot_position("action-loose"), QPointF(plot.left - 20, plot.top - 20))
    assert (action.impact, action.effort) == (5, 1)


def test_a_click_without_moving_selects_the_row_and_changes_nothing(panel):
    matrix = panel.matrix
    QTest.mouseClick(
        matrix, Qt.MouseButton.LeftButton, pos=_point(matrix.dot_position("action-free"))
    )
    assert panel.selected_ids() == ["action-free"]
    assert panel.document.undo_stack.count() == 0
    # Ctrl+click adds to the selection; a click on empty ground clears it.
    QTest.mouseClick(
        matrix,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        _point(matrix.dot_position("action-queue")),
    )
    assert panel.selected_ids() == ["action-free", "action-queue"]
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=_point(matrix.cell_center(1, 5)))
    assert panel.selected_ids() == []


def test_arrow_keys_move_the_selected_dot_one_score(panel):
    matrix = panel.matrix
    action = panel.document.project.action("action-queue")
    QTest.mouseClick(
        matrix, Qt.MouseButton.LeftButton, pos=_point(matrix.dot_position("action-queue"))
    )
    QTest.keyClick(matrix, Qt.Key.Key_Up)
    QTest.keyClick(matrix, Qt.Key.Key_Left)
    assert (action.impact, action.effort) == (3, 2)
    assert panel.document.undo_stack.count() == 2


def test_escape_during_a_drag_puts_the_dot_back(panel):
    matrix = panel.matrix
    action = panel.document.project.action("action-speed")
    a = _point(matrix.dot_position("action-speed"))
    b = _point(matrix.cell_center(1, 5))
    QTest.mousePress(matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    QTest.mouseMove(matrix, (a + b) / 2)
    QTest.mouseMove(matrix, b)
    QTest.keyClick(matrix, Qt.Key.Key_Escape)
    QTest.mouseRelease(matrix, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    assert (action.impact, action.effort) == (4, 2)
    assert panel.document.undo_stack.count() == 0


def test_the_matrix_shows_only_the_actions_the_filters_let_through(panel):
    matrix = panel.matrix
    assert matrix.dot_position("action-queue") is not None
    panel.filters.journey.setCurrentIndex(panel.filters.journey.findText("Web shop"))
    assert matrix.dot_position("action-queue") is None
    assert matrix.dot_position("action-speed") is not None


@pytest.fixture
def bakery(qtbot):
    """The Dutch example: 14 actions, several sharing a score, in a matrix of a usual size."""
    panel = ActionPlanPanel(Document(load(EXAMPLES / "bakkerij_nl.cjm")))
    qtbot.addWidget(panel)
    panel.resize(1300, 460)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_labels_of_many_actions_overlap_no_label_dot_or_quadrant_name(bakery):
    matrix = bakery.matrix
    actions = bakery.document.project.actions
    assert len(actions) == 14
    dots = [matrix.dot_position(a.id) for a in actions]
    assert len({(p.x(), p.y()) for p in dots}) == 14  # none hidden under another
    labels = matrix.labels()
    boxes = [box for _text, box in labels.values()]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b)
    r = DOT_RADIUS
    dot_boxes = [Box(p.x() - r, p.y() - r, 2 * r, 2 * r) for p in dots]
    names = [box for _text, box in matrix.quadrant_title_boxes()]
    plot = matrix.plot()
    area = Box(plot.left, plot.top, plot.width, plot.height)
    for box in boxes:
        assert box.inside(area)
        assert not any(box.overlaps(other) for other in (*dot_boxes, *names))
    # No quadrant name lies under a dot ("Quick wins" had one on it).
    for name in names:
        assert not any(name.overlaps(dot) for dot in dot_boxes)


def test_a_title_is_shown_whole_or_numbered_with_a_key(bakery, qtbot):
    """Never a cut label ("Cake pa…"): a dot shows its whole title, or a number that the key
    below the chart lists with the whole title; a click on a key entry selects the action."""
    matrix, key = bakery.matrix, bakery.matrix_key
    titles = {a.id: a.title for a in bakery.document.project.actions}
    labels = matrix.labels()
    for action_id, (text, _box) in labels.items():
        assert text == titles[action_id]
    numbered = {i: matrix.dot_number(i) for i in titles if i not in labels}
    assert numbered and all(n is not None for n in numbered.values())
    assert sorted(numbered.values()) == list(range(1, len(numbered) + 1))
    qtbot.waitUntil(key.isVisible)
    entries = [key.item(row).text() for row in range(key.count())]
    assert entries == [
        f"{n}  {titles[i]}" for i, n in sorted(numbered.items(), key=lambda kv: kv[1])
    ]
    first = key.item(0)
    QTest.mouseClick(
        key.viewport(), Qt.MouseButton.LeftButton, pos=key.visualItemRect(first).center()
    )
    assert bakery.selected_ids() == [first.data(Qt.ItemDataRole.UserRole)]


def test_hovering_a_dot_without_a_label_shows_it_and_selecting_keeps_it(bakery):
    matrix = bakery.matrix
    labels = matrix.labels()
    unlabelled = [a for a in bakery.document.project.actions if a.id not in labels]
    assert unlabelled
    action = unlabelled[0]
    dot = _point(matrix.dot_position(action.id))
    assert matrix.hover_label() is None
    QTest.mouseMove(matrix, dot)
    hovered = matrix.hover_label()
    assert hovered is not None and hovered[0] == action.id
    assert hovered[1] == action.title
    QTest.mouseMove(matrix, _point(matrix.cell_center(1, 5)))
    assert matrix.hover_label() is None
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=dot)
    assert bakery.selected_ids() == [action.id]
    assert action.id in matrix.labels()


def test_a_matrix_without_dots_paints_once_and_then_rests(qtbot):
    """With no visible action there are no positions; the matrix must not take that as "not laid
    out yet" and schedule another paint from every paint (a busy loop while the dock is shown)."""
    from PySide6.QtCore import QEvent, QObject

    from cjm_desktop.model import Project

    panel = ActionPlanPanel(Document(Project()))
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = PaintCounter()
    panel.matrix.installEventFilter(counter)
    panel.matrix.update()
    qtbot.wait(200)
    assert 1 <= counter.count <= 3
