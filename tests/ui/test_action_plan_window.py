"""The action plan in the main window: its dock in View > Panels; selecting an action selects the
cards it addresses on the canvas (switching maps when needed) and clicking a card selects the
actions addressing it; "Create action from this card" from the card's menu and the panel's button,
one undo step each."""

from __future__ import annotations

import pytest
from action_plan_support import click_cell, plan_project
from main_window_support import app_files, show_window
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_desktop.editing import SetFields
from cjm_desktop.model import Action, Project
from cjm_desktop.ui.canvas.context_menu import build_context_menu
from cjm_desktop.ui.main_window import MainWindow
from cjm_desktop.ui.panels.action_plan_model import COLUMN

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files"]


@pytest.fixture
def window(qtbot):
    window = show_window(qtbot, MainWindow(project=plan_project(), check_recovery=False))
    window.action_plan_dock.show()
    return window


def _card_point(window, card_id: str):
    item = window.canvas.journey_scene().cards[card_id]
    return window.canvas.mapFromScene(item.sceneBoundingRect().center())


def _click_card(window, card_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(
        window.canvas.viewport(), Qt.MouseButton.LeftButton, modifier, _card_point(window, card_id)
    )


def _selected_cards(window) -> set[str]:
    scene = window.canvas.journey_scene()
    return {card_id for card_id, item in scene.cards.items() if item.isSelected()}


def _menu_entries(window, card_id: str) -> dict:
    scene = window.canvas.journey_scene()
    menu = build_context_menu(window.canvas, scene.cards[card_id].sceneBoundingRect().center())
    return {action.text(): action for action in menu.actions() if action.text()}


def test_the_dock_is_toggled_from_view_panels(window):
    toggle = next(a for a in window.actions_.panels_menu.actions() if a.text() == "Action plan")
    assert window.action_plan_dock.isVisible()
    toggle.trigger()
    assert not window.action_plan_dock.isVisible()
    toggle.trigger()
    assert window.action_plan_dock.isVisible()


def test_selecting_an_action_selects_the_cards_it_addresses(window):
    table = window.action_plan.table
    click_cell(table, 1, COLUMN["title"])  # Free delivery: delivery cost and checkout
    assert window.document.selection == ["card-cost", "card-checkout"]
    assert _selected_cards(window) == {"card-cost", "card-checkout"}
    # An action on the other map shows that map with its card selected.
    click_cell(table, 2, COLUMN["title"])
    assert window.document.current_journey_id == "journey-store"
    assert _selected_cards(window) == {"card-queue"}
    # An action without cards selects none.
    click_cell(table, 3, COLUMN["title"])
    assert window.document.selection == []


def test_clicking_a_card_selects_the_actions_addressing_it(window):
    _click_card(window, "card-checkout")
    assert window.action_plan.selected_ids() == ["action-free"]
    # The canvas keeps its own selection: the card, not the other card of the action.
    assert window.document.selection == ["card-checkout"]
    assert window.inspector.heading.text() == "Card"
    _click_card(window, "card-slow", Qt.KeyboardModifier.ControlModifier)
    assert window.action_plan.selected_ids() == ["action-speed", "action-free"]
    _click_card(window, "card-web")  # no action addresses the website card
    assert window.action_plan.selected_ids() == []


def test_create_action_from_a_pain_point_card_menu_is_one_undo_step(window):
    document = window.document
    assert "Create action from this card" not in _menu_entries(window, "card-web")
    assert "Create action from this card" not in _menu_entries(window, "card-walk")
    for card_id in ("card-checkout", "card-app"):  # a drop-off, an opportunity
        assert "Create action from this card" in _menu_entries(window, card_id)
    window.action_plan_dock.hide()
    _menu_entries(window, "card-slow")["Create action from this card"].trigger()
    new = document.project.actions[-1]
    assert (new.title, new.journey_id, new.stage_id, new.card_ids) == (
        "Slow site",
        "journey-shop",
        "stage-a",
        ["card-slow"],
    )
    # The dock comes up with the new action selected, and its card stays selected on the map.
    assert window.action_plan_dock.isVisible()
    assert window.action_plan.selected_ids() == [new.id]
    assert document.selection == ["card-slow"]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert len(document.project.actions) == 4
    assert window.action_plan.model.rowCount() == 4


def test_the_panel_button_makes_an_action_of_the_selected_card(window):
    button = window.action_plan.from_card_button
    assert not button.isEnabled()
    _click_card(window, "card-web")
    assert not button.isEnabled()
    _click_card(window, "card-app")
    assert button.isEnabled()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    new = window.document.project.actions[-1]
    assert (new.title, new.stage_id, new.card_ids) == ("Order app", "stage-b", ["card-app"])
    window.document.undo_stack.undo()
    assert [a.id for a in window.document.project.actions][-1] == "action-loose"


def test_deleting_an_addressed_card_keeps_the_table_in_step(window):
    # Deleting a card removes it from the actions that address it (one undo step with it).
    _click_card(window, "card-slow")
    QTest.keyClick(window.canvas, Qt.Key.Key_Delete)
    action = window.document.project.action("action-speed")
    assert action.card_ids == []
    window.document.undo_stack.undo()
    assert action.card_ids == ["card-slow"]


def test_the_table_follows_edits_made_elsewhere_and_another_project(window):
    panel = window.action_plan
    window.document.push(SetFields("action-speed", {"title": "Fast pages", "owner": "Dirk"}))
    assert panel.table.model().index(0, COLUMN["title"]).data() == "Fast pages"
    assert panel.filters.owner.findText("Dirk") >= 0
    window.document.replace_project(Project(actions=[Action(title="Only", owner="Eva")]), None)
    assert panel.table.model().rowCount() == 1
    assert panel.table.model().index(0, COLUMN["title"]).data() == "Only"
    owners = [panel.filters.owner.itemText(i) for i in range(panel.filters.owner.count())]
    assert owners == ["All", "(no owner)", "Eva"]
