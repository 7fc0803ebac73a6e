"""The action plan table, driven through the view: cells edited with their editors (line edit,
drop-down, 1-5 spin box, date field), each change one undo step checked against the project;
filters, sorting, and the new / delete buttons."""

from __future__ import annotations

from datetime import date

import pytest
from action_plan_support import click_cell, double_click_cell, plan_project
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyle,
    QTableView,
    QToolButton,
)
from translation_support import dutch_qm

from cjm_desktop.model import Priority, Status
from cjm_desktop.ui.document import Document
from cjm_desktop.ui.panels.action_plan_model import COLUMN
from cjm_desktop.ui.panels.action_plan_panel import ActionPlanPanel
from cjm_desktop.ui.translators import install_translators, remove_translators

__all__ = ["dutch_qm"]


@pytest.fixture
def panel(qtbot):
    panel = ActionPlanPanel(Document(plan_project()))
    qtbot.addWidget(panel)
    panel.resize(1300, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _editor(panel, kind):
    # A closed editor is hidden and deleted later: only the open one is visible.
    editors = [e for e in panel.table.viewport().findChildren(kind) if e.isVisible()]
    assert len(editors) == 1, editors
    return editors[0]


def _close_editor() -> None:
    # The delegate commits and closes on Enter through a queued call.
    QApplication.processEvents()


def _titles(panel) -> list[str]:
    table = panel.table
    return [table.model().index(r, COLUMN["title"]).data() for r in range(table.model().rowCount())]


def test_typing_an_owner_changes_the_action_and_undo_restores_it(panel):
    document = panel.document
    action = document.project.action("action-speed")
    double_click_cell(panel.table, 0, COLUMN["owner"])
    line = _editor(panel, QLineEdit)
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(line, "Chris")
    QTest.keyClick(line, Qt.Key.Key_Return)
    _close_editor()
    assert action.owner == "Chris"
    assert panel.table.model().index(0, COLUMN["owner"]).data() == "Chris"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert action.owner == "Bram"
    assert panel.table.model().index(0, COLUMN["owner"]).data() == "Bram"


def test_status_and_priority_are_drop_down_lists_and_each_pick_is_one_undo_step(panel):
    document = panel.document
    action = document.project.action("action-speed")
    double_click_cell(panel.table, 0, COLUMN["status"])
    combo = _editor(panel, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Idea",
        "Planned",
        "In progress",
        "Done",
        "Dropped",
    ]
    QTest.keyClick(combo, Qt.Key.Key_Down)
    _close_editor()
    assert action.status == Status.IN_PROGRESS
    assert panel.table.model().index(0, COLUMN["status"]).data() == "In progress"
    double_click_cell(panel.table, 0, COLUMN["priority"])
    QTest.keyClick(_editor(panel, QComboBox), Qt.Key.Key_Down)
    _close_editor()
    assert action.priority == Priority.MEDIUM
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert (action.status, action.priority) == (Status.IN_PROGRESS, Priority.HIGH)
    document.undo_stack.undo()
    assert action.status == Status.PLANNED


def test_choosing_another_map_offers_its_stages_and_drops_the_old_stage(panel):
    document = panel.document
    action = document.project.action("action-loose")
    row = 3
    assert not panel.table.model().flags(panel.table.model().index(row, COLUMN["stage_id"])) & (
        Qt.ItemFlag.ItemIsEditable
    )
    double_click_cell(panel.table, row, COLUMN["journey_id"])
    combo = _editor(panel, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["(none)", "Web shop", "Store"]
    QTest.keyClick(combo, Qt.Key.Key_Down)
    _close_editor()
    assert action.journey_id == "journey-shop"
    double_click_cell(panel.table, row, COLUMN["stage_id"])
    combo = _editor(panel, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(none)",
        "Orientation",
        "Purchase",
    ]
    QTest.keyClick(combo, Qt.Key.Key_End)
    _close_editor()
    assert action.stage_id == "stage-b"
    # Another map cannot hold the stage of the first: it goes, and undo brings it back.
    double_click_cell(panel.table, row, COLUMN["journey_id"])
    QTest.keyClick(_editor(panel, QComboBox), Qt.Key.Key_End)
    _close_editor()
    assert (action.journey_id, action.stage_id) == ("journey-store", None)
    document.undo_stack.undo()
    assert (action.journey_id, action.stage_id) == ("journey-shop", "stage-b")


def test_impact_is_a_spin_box_from_1_to_5(panel):
    document = panel.document
    action = document.project.action("action-speed")
    double_click_cell(panel.table, 0, COLUMN["impact"])
    spin = _editor(panel, QSpinBox)
    assert (spin.minimum(), spin.maximum(), spin.value()) == (1, 5, 4)
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "9")  # refused by the spin box: the value stays in range
    QTest.keyClick(spin, Qt.Key.Key_Return)
    _close_editor()
    assert action.impact == 4
    assert document.undo_stack.count() == 0
    double_click_cell(panel.table, 0, COLUMN["effort"])
    spin = _editor(panel, QSpinBox)
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "5")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    _close_editor()
    assert action.effort == 5
    assert panel.table.model().index(0, COLUMN["score"]).data() == "0.80"
    document.undo_stack.undo()
    assert action.effort == 2


def test_a_due_date_is_picked_in_a_date_field_with_a_calendar_and_can_be_cleared(panel):
    document = panel.document
    action = document.project.action("action-speed")
    double_click_cell(panel.table, 0, COLUMN["due"])
    date_edit = _editor(panel, QDateEdit)
    assert date_edit.calendarPopup()
    assert date_edit.date().toPython() == date(2031, 3, 1)
    QTest.keyClick(date_edit, Qt.Key.Key_Up)  # the year, where the cursor starts
    QTest.keyClick(date_edit, Qt.Key.Key_Return)
    _close_editor()
    assert action.due == date(2032, 3, 1)
    assert panel.table.model().index(0, COLUMN["due"]).data() == "2032-03-01"
    double_click_cell(panel.table, 0, COLUMN["due"])
    clear = next(b for b in panel.table.viewport().findChildren(QToolButton) if b.isVisible())
    QTest.mouseClick(clear, Qt.MouseButton.LeftButton)
    _close_editor()
    assert action.due is None
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert action.due == date(2032, 3, 1)
    document.undo_stack.undo()
    assert action.due == date(2031, 3, 1)


def test_filters_by_status_owner_map_and_stage(panel):
    filters = panel.filters
    assert _titles(panel) == [
        "Faster pages",
        "Free delivery over 25",
        "Second till",
        "Ask for reviews",
    ]
    filters.owner.setFocus()
    QTest.keyClick(filters.owner, Qt.Key.Key_End)  # the last owner: Bram
    assert filters.owner.currentText() == "Bram"
    assert _titles(panel) == ["Faster pages"]
    QTest.keyClick(filters.owner, Qt.Key.Key_Up)  # Anna
    assert _titles(panel) == ["Free delivery over 25", "Second till"]
    # Status "Done" among Anna's actions.
    filters.status.setCurrentIndex(filters.status.findText("Done"))
    assert _titles(panel) == ["Second till"]
    filters.show_all()
    filters.journey.setCurrentIndex(filters.journey.findText("Web shop"))
    assert _titles(panel) == ["Faster pages", "Free delivery over 25"]
    # Only the stages of the chosen map are offered.
    stages = [filters.stage.itemText(i) for i in range(filters.stage.count())]
    assert stages == ["All", "(no stage)", "Orientation", "Purchase"]
    filters.stage.setCurrentIndex(filters.stage.findText("Purchase"))
    assert _titles(panel) == ["Free delivery over 25"]
    filters.show_all()
    filters.journey.setCurrentIndex(filters.journey.findText("(no map)"))
    assert _titles(panel) == ["Ask for reviews"]


def test_an_owner_typed_in_the_table_appears_in_the_owner_filter(panel):
    double_click_cell(panel.table, 3, COLUMN["owner"])
    line = _editor(panel, QLineEdit)
    QTest.keyClicks(line, "Dirk")
    QTest.keyClick(line, Qt.Key.Key_Return)
    _close_editor()
    owners = [panel.filters.owner.itemText(i) for i in range(panel.filters.owner.count())]
    assert owners == ["All", "(no owner)", "Anna", "Bram", "Dirk"]


def test_clicking_a_header_sorts_by_meaning_and_again_reverses(panel):
    header = panel.table.horizontalHeader()

    def click_header(key: str) -> None:
        x = header.sectionViewportPosition(COLUMN[key]) + header.sectionSize(COLUMN[key]) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click_header("priority")  # High, Medium, Medium, Low: by rank, not alphabet
    assert _titles(panel)[0] == "Faster pages"
    assert _titles(panel)[-1] == "Second till"
    click_header("due")  # dates first, the empty ones last
    assert _titles(panel)[:2] == ["Second till", "Faster pages"]
    click_header("due")
    assert _titles(panel)[-2:] == ["Faster pages", "Second till"]
    click_header("impact")
    assert [a.impact for a in panel.plan_filter.visible_actions()] == [2, 3, 4, 5]
    # The model keeps the project's order; only the view is sorted.
    assert panel.document.project.actions[0].id == "action-speed"


def test_new_action_is_added_and_its_title_edited_then_both_undone(panel):
    document = panel.document
    QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert len(document.project.actions) == 5
    line = _editor(panel, QLineEdit)
    QTest.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(line, "Call back")
    QTest.keyClick(line, Qt.Key.Key_Return)
    _close_editor()
    new = document.project.actions[-1]
    assert new.title == "Call back"
    assert new.journey_id == document.current_journey_id == "journey-shop"
    assert panel.selected_ids() == [new.id]
    document.undo_stack.undo()
    assert new.title == "New action"
    document.undo_stack.undo()
    assert len(document.project.actions) == 4


def test_delete_button_and_delete_key_remove_the_selected_actions_in_one_step(panel):
    document = panel.document
    assert not panel.delete_button.isEnabled()
    click_cell(panel.table, 0, COLUMN["title"])
    click_cell(panel.table, 2, COLUMN["title"], Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_ids() == ["action-speed", "action-queue"]
    QTest.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert [a.id for a in document.project.actions] == ["action-free", "action-loose"]
    assert _titles(panel) == ["Free delivery over 25", "Ask for reviews"]
    document.undo_stack.undo()
    assert len(document.project.actions) == 4
    assert _titles(panel)[0] == "Faster pages"
    click_cell(panel.table, 3, COLUMN["owner"])
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [a.id for a in document.project.actions] == [
        "action-speed",
        "action-free",
        "action-queue",
    ]
    document.undo_stack.undo()
    assert len(document.project.actions) == 4


def test_a_day_clicked_in_the_calendar_pop_up_is_the_new_date_at_once(panel):
    action = panel.document.project.action("action-queue")
    double_click_cell(panel.table, 2, COLUMN["due"])
    date_edit = _editor(panel, QDateEdit)
    # The arrow at the right of the field opens the calendar.
    arrow = QPoint(date_edit.width() - 6, date_edit.height() // 2)
    QTest.mouseClick(date_edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = date_edit.calendarWidget()
    assert calendar.isVisible()
    days = calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = days.model()
    day_20 = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.index(r, c).data() == 20
    )
    QTest.mouseClick(
        days.viewport(), Qt.MouseButton.LeftButton, pos=days.visualRect(day_20).center()
    )
    _close_editor()
    assert action.due == date(2030, 6, 20)
    assert not date_edit.isVisible()  # the editor closed with the pick
    panel.document.undo_stack.undo()
    assert action.due == date(2030, 6, 15)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_header_text_fits_its_column(qtbot, qapp, dutch_qm, language):
    translators = install_translators(qapp, language)
    try:
        panel = ActionPlanPanel(Document(plan_project()))
        qtbot.addWidget(panel)
        panel.resize(1300, 420)
        panel.show()
        qtbot.waitExposed(panel)
        header = panel.table.horizontalHeader()
        # Clicking a header adds the sort arrow beside its text; it must still fit.
        effort = COLUMN["effort"]
        QTest.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(header.sectionViewportPosition(effort) + 10, header.height() // 2),
        )
        assert header.sortIndicatorSection() == effort
        metrics = QFontMetrics(header.font())
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        model = panel.table.model()
        texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        if language == "nl":
            assert "Inspanning" in texts
        cut = [
            text
            for column, text in enumerate(texts)
            if header.sectionSize(column) < metrics.horizontalAdvance(text) + 2 * margin
        ]
        assert not cut
    finally:
        remove_translators(qapp, translators)
