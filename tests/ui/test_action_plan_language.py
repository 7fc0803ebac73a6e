"""The action plan in the interface's language: scores with the interface's decimal sign (2,50 in
Dutch), and the impact/effort quadrants under the names consultants use."""

from __future__ import annotations

import pytest
from action_plan_support import plan_project
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from translation_support import dutch_qm

from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.action_plan_panel import ActionPlanPanel
from cjm_desktop.ui.translators import install_translators, reset_translators

__all__ = ["dutch_qm"]

QUADRANTS = {
    "en": ["Quick wins", "Major projects", "Fill-ins", "Thankless tasks"],
    "nl": ["Snelle winst", "Grote projecten", "Opvullers", "Tijdverspillers"],
}


@pytest.fixture(params=["en", "nl"])
def language(request, qapp, dutch_qm):
    install_translators(qapp, request.param)
    yield request.param
    reset_translators(qapp)


@pytest.fixture
def panel(qtbot, language):
    panel = ActionPlanPanel(Document(plan_project()))
    qtbot.addWidget(panel)
    panel.resize(1300, 460)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _score_text(panel, action_id: str) -> str:
    model = panel.table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Score"
    )
    titles = {a.id: a.title for a in panel.document.project.actions}
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == titles[action_id])
    return model.index(row, column).data()


def test_scores_use_the_interface_decimal_sign(panel, language):
    matrix = panel.matrix
    dot = matrix.dot_position("action-queue")
    QTest.mouseClick(matrix, Qt.MouseButton.LeftButton, pos=QPoint(round(dot.x()), round(dot.y())))
    # Impact 2, effort 3 becomes impact 3, effort 2: a score of one and a half.
    QTest.keyClick(matrix, Qt.Key.Key_Up)
    QTest.keyClick(matrix, Qt.Key.Key_Left)
    assert _score_text(panel, "action-queue") == ("1,50" if language == "nl" else "1.50")
    assert _score_text(panel, "action-free") == ("1,25" if language == "nl" else "1.25")


def test_the_quadrants_have_the_names_consultants_use(panel, language):
    assert [name for name, _box in panel.matrix.quadrant_title_boxes()] == QUADRANTS[language]
