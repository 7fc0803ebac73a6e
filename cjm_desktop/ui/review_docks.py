"""The persona panel, the as-is/to-be comparison and the checklist as docks of the main window,
with View menu entries that bring each to the front.

`install(window)` is all the window calls; it runs before the window restores its saved layout,
so the docks come back where the user left them.

The docks exist from the start (their tabs, View menu toggles and keys), the panels inside them
only from the first time a dock is shown or a panel is asked for (`ReviewPanel`): most sessions
never open them, and importing and building them took ~15 ms of every cold start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _persona_panel(window: QMainWindow) -> QWidget:
    from .panels.persona_panel import PersonaPanel

    return PersonaPanel(window.document)


def _checklist_view(window: QMainWindow) -> QWidget:
    from .panels.checklist_view import ChecklistView

    return _going_to(window, ChecklistView(window.document))


def _comparison_view(window: QMainWindow) -> QWidget:
    from .panels.comparison_view import ComparisonView

    return _going_to(window, ComparisonView(window.document))


def _going_to(window: QMainWindow, view: QWidget) -> QWidget:
    view.go_to.connect(lambda journey_id, object_id: show_object(window, journey_id, object_id))
    return view


#: window attribute of the panel: (window attribute of its dock, builder).
_PANELS = {
    "persona_panel": ("persona_dock", _persona_panel),
    "checklist_view": ("checklist_dock", _checklist_view),
    "comparison_view": ("comparison_dock", _comparison_view),
}


class ReviewPanel:
    """`window.persona_panel` and the like: the panel in its dock, built on first use."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: QMainWindow | None, owner: type | None = None):
        if window is None:
            return self
        return _panel(window, self.name)


def _panel(window: QMainWindow, name: str) -> QWidget:
    dock_name, build = _PANELS[name]
    dock = getattr(window, dock_name)
    panel = dock.widget()
    if panel is None:
        panel = build(window)
        dock.setWidget(panel)
    return panel


def install(window: QMainWindow) -> None:
    """Add the three docks to `window` (a MainWindow) and their entries to its View menu."""
    window.persona_dock = _empty_dock(window, "personaDock", _tr("Personas"), "persona_panel")
    window.checklist_dock = _empty_dock(window, "checklistDock", _tr("Checklist"), "checklist_view")
    window.comparison_dock = _empty_dock(
        window, "comparisonDock", _tr("As-is / to-be comparison"), "comparison_view"
    )
    right = Qt.DockWidgetArea.RightDockWidgetArea
    window.addDockWidget(right, window.persona_dock)
    window.addDockWidget(right, window.checklist_dock)
    inspector = getattr(window, "inspector_dock", None)
    if inspector is not None:
        # Tabs behind the inspector: the right column keeps its width, the inspector its place.
        window.tabifyDockWidget(inspector, window.persona_dock)
        window.tabifyDockWidget(window.persona_dock, window.checklist_dock)
        inspector.raise_()
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, window.comparison_dock)
    window.comparison_dock.hide()
    canvas = getattr(window, "canvas", None)
    if canvas is not None and hasattr(canvas, "persona_requested"):
        canvas.persona_requested.connect(lambda persona_id: show_persona(window, persona_id))
    actions = window.actions_
    for dock in (window.persona_dock, window.checklist_dock, window.comparison_dock):
        actions.panels_menu.addAction(dock.toggleViewAction())
    menu = actions.view_menu
    first = actions.panels_menu.menuAction()
    window.show_personas_action = _bring_up_action(window, _tr("P&ersonas"), "persona_panel")
    window.show_checklist_action = _bring_up_action(window, _tr("&Checklist"), "checklist_view")
    window.show_comparison_action = _bring_up_action(
        window, _tr("Compare &As-is and To-be"), "comparison_view"
    )
    window.show_comparison_action.setStatusTip(
        _tr("The emotion curves and touchpoints of a to-be map against its as-is map")
    )
    window.show_checklist_action.setStatusTip(_tr("What the maps still lack, to click through"))
    for action in (
        window.show_personas_action,
        window.show_checklist_action,
        window.show_comparison_action,
    ):
        menu.insertAction(first, action)
    menu.insertSeparator(first)


def _empty_dock(window: QMainWindow, object_name: str, title: str, panel: str) -> QDockWidget:
    dock = window._dock(object_name, title, None)

    def build(visible: bool) -> None:
        if visible and dock.widget() is None:
            _panel(window, panel)

    # Shown by a tab, the View menu, its key or a restored layout: Qt reports each as visible,
    # before the dock is painted.
    dock.visibilityChanged.connect(build)
    return dock


def _bring_up_action(window: QMainWindow, text: str, panel: str) -> QAction:
    action = QAction(text, window)
    action.triggered.connect(lambda checked=False: _bring_up(window, panel))
    return action


def _bring_up(window: QMainWindow, panel: str) -> QWidget:
    dock = getattr(window, _PANELS[panel][0])
    if dock.isHidden() and not dock.isFloating():
        _share_area(window, dock)
    dock.show()
    dock.raise_()
    widget = _panel(window, panel)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    return widget


def show_persona(window: QMainWindow, persona_id: str) -> None:
    """Open (or bring to the front) the persona dock on `persona_id`."""
    _bring_up(window, "persona_panel").show_persona(persona_id)


def _share_area(window: QMainWindow, dock: QDockWidget) -> None:
    """Open `dock` as a tab of a dock already shown in its area (the action plan, say) rather
    than squeezing both side by side."""
    area = window.dockWidgetArea(dock)
    for other in window.findChildren(QDockWidget):
        if (
            other is not dock
            and other.isVisible()
            and not other.isFloating()
            and window.dockWidgetArea(other) == area
        ):
            if dock not in window.tabifiedDockWidgets(other):
                window.tabifyDockWidget(other, dock)
            return


def show_object(window: QMainWindow, journey_id: str, object_id: str) -> None:
    """Show map `journey_id` with `object_id` selected and scrolled into view."""
    document = window.document
    document.set_current_journey(journey_id)
    document.set_selection([object_id])
    canvas = window.canvas
    scene = canvas.journey_scene() if hasattr(canvas, "journey_scene") else None
    rect = _scene_rect_of(scene, object_id) if scene is not None else None
    if rect is not None:
        # Margins as wide as the pinned headers, so the item does not end up under them.
        canvas.ensureVisible(rect, 190, 100)


def _scene_rect_of(scene, object_id: str) -> QRectF | None:
    if "/" in object_id:
        # An emotion value: the step's column in the emotion lane.
        curve_id, _, step_id = object_id.partition("/")
        for lane in scene.emotion.values():
            point = lane.point_scene_pos(curve_id, step_id)
            if point is not None:
                return QRectF(point.x() - 20, point.y() - 20, 40, 40)
        for lane in scene.emotion.values():
            step = scene.steps.get(step_id)
            if step is not None:
                rect = lane.sceneBoundingRect()
                column = step.sceneBoundingRect()
                return QRectF(column.left(), rect.top(), column.width(), rect.height())
        object_id = step_id
    for group in (scene.cards, scene.stages, scene.steps):
        item = group.get(object_id)
        if item is not None:
            return item.sceneBoundingRect()
    return None
