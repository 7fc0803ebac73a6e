"""The action plan in the main window: a dock below the canvas (toggled from View > Panels), and
"Create action from this card" in the canvas's menu of pain point, drop-off and opportunity cards.

Kept out of main_window.py, which only calls `install(window)` while building its docks (before
the saved dock layout is restored, so the dock's place is remembered like the others').
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMenu, QScrollArea

from .action_plan_panel import ActionPlanPanel

CONTEXT = "ActionPlan"


def install(window) -> QDockWidget:
    """Add the action plan dock to `window` (a MainWindow); sets window.action_plan(_dock)."""
    panel = ActionPlanPanel(window.document)
    # The table, filters and matrix need ~840x300; in a scroll area they no longer force that
    # minimum on the whole window (a 1366x768 laptop could not show it).
    scroller = QScrollArea()
    scroller.setObjectName("actionPlanScroller")
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QScrollArea.Shape.NoFrame)
    scroller.setWidget(panel)
    title = QCoreApplication.translate(CONTEXT, "Action plan")
    dock = window._dock("actionPlanDock", title, scroller)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    toggle = dock.toggleViewAction()
    window.actions_.panels_menu.addAction(toggle)
    window.action_plan = panel
    window.action_plan_dock = dock

    def show_action(_action_id: str) -> None:
        dock.show()
        dock.raise_()

    panel.action_shown.connect(show_action)
    extras = getattr(window.canvas, "card_menu_extras", None)
    if extras is not None:
        extras.append(lambda menu, card_id: add_card_entries(panel, menu, card_id))
    return dock


def add_card_entries(panel: ActionPlanPanel, menu: QMenu, card_id: str) -> None:
    """The card menu's "Create action from this card", for cards that invite one."""
    if not panel.card_for_action(card_id):
        return
    menu.addSeparator()
    entry = menu.addAction(
        QCoreApplication.translate(CONTEXT, "Create action from this card"),
        lambda: panel.create_from_card(card_id),
    )
    entry.setObjectName("createActionFromCard")
