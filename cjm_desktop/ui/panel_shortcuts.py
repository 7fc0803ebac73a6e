"""Keys for the main panels: Ctrl+1 maps, Ctrl+2 touchpoint library, Ctrl+3 inspector, Ctrl+4
action plan, Ctrl+5 personas (Cmd on macOS), shown beside the panels' entries in View > Panels
and so in the shortcut table.

Ctrl+0 already fits the map, so the number row is the View menu's. Nothing else uses Ctrl+1..5:
not the menus, not the canvas's keys, not the text fields, and Cmd+digit types nothing on a Mac.

The key sits on the dock's own toggle action, but a toggle would hide a panel that is open
behind another tab. So the key means: bring the panel to the front with the keyboard in it; the
same key again, while the keyboard is in it, closes it and returns to the map. A click on the
menu entry still simply toggles.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

#: (window attribute of the dock, digit).
PANEL_KEYS = (
    ("map_dock", Qt.Key.Key_1),
    ("palette_dock", Qt.Key.Key_2),
    ("inspector_dock", Qt.Key.Key_3),
    ("action_plan_dock", Qt.Key.Key_4),
    ("persona_dock", Qt.Key.Key_5),
)


class _PanelKey(QObject):
    """Filters the Shortcut event of one dock's toggle action."""

    def __init__(self, window: QMainWindow, dock: QDockWidget) -> None:
        super().__init__(dock)
        self.window = window
        self.dock = dock

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Shortcut:
            return False
        if in_front(self.dock) and _has_keyboard(self.dock):
            self.dock.close()
            canvas = getattr(self.window, "canvas", None)
            if canvas is not None:
                canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            # Back where it was when closed (the toggle's own way), then to the front.
            self.dock.show()
            self.dock.raise_()
            _focus_first_field(self.dock)
        return True


def install(window: QMainWindow) -> None:
    """Give the main docks of `window` their keys (docks it lacks are skipped)."""
    for attribute, key in PANEL_KEYS:
        dock = getattr(window, attribute, None)
        if dock is None:
            continue
        action = dock.toggleViewAction()
        action.setShortcut(QKeySequence(Qt.Modifier.CTRL | key))
        action.installEventFilter(_PanelKey(window, dock))


def in_front(dock: QDockWidget) -> bool:
    """Shown and not hidden behind another dock's tab."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def _has_keyboard(dock: QDockWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and dock.isAncestorOf(focus)


def _focus_first_field(dock: QDockWidget) -> None:
    """Put the keyboard on the panel's first control that takes it from the Tab key."""
    focus = QApplication.focusWidget()
    if _has_keyboard(dock) and focus.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return
    widget: QWidget | None = dock.widget()
    start = widget
    while widget is not None:
        widget = widget.nextInFocusChain()
        if widget is start or not dock.isAncestorOf(widget):
            break
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
