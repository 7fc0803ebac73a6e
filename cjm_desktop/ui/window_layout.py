"""Where the main window's docks go: the default arrangement (one that leaves the map room on a
1366x768 laptop), the user's arrangement saved on close and restored on the next start, and
View > Reset Layout.

The default: maps over the touchpoint library in a narrow left column; the inspector with the
personas and the checklist as tabs in the right column; the action plan and the as-is / to-be
comparison as tabs below the map, closed until asked for (Ctrl+4, View > Panels, or a new action).
No dock may force a large minimum size on the window: the action plan scrolls inside its dock.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

#: Saved with the dock state. Raise it when the default arrangement or the set of docks
#: changes: a state saved by an older version is then not restored (restoreState refuses it)
#: and the new default is used, instead of docks coming back in an arrangement that no longer fits.
LAYOUT_VERSION = 2

DEFAULT_SIZE = QSize(1440, 900)
LEFT_WIDTH = 210
RIGHT_WIDTH = 300
MAPS_HEIGHT = 150
#: The least height, and the share of the window's, that the action plan gets when opened.
BOTTOM_HEIGHT = 260
BOTTOM_SHARE = 0.4


def _docks(window: QMainWindow, *names: str) -> list[QDockWidget]:
    return [dock for dock in (getattr(window, name, None) for name in names) if dock is not None]


def arrange_default(window: QMainWindow) -> None:
    """Put every dock of `window` (a MainWindow) in its default place and visibility."""
    area = Qt.DockWidgetArea
    for dock in window.findChildren(QDockWidget):
        dock.setFloating(False)
    left = _docks(window, "map_dock", "palette_dock")
    right = _docks(window, "inspector_dock", "persona_dock", "checklist_dock")
    bottom = _docks(window, "action_plan_dock", "comparison_dock")
    for docks, where in ((left, area.LeftDockWidgetArea), (right, area.RightDockWidgetArea)):
        for dock in docks:
            window.addDockWidget(where, dock)
            dock.show()
    for dock in bottom:
        window.addDockWidget(area.BottomDockWidgetArea, dock)
    if len(left) == 2:
        window.splitDockWidget(left[0], left[1], Qt.Orientation.Vertical)
    _tabify(window, right)
    _tabify(window, bottom)
    for dock in bottom:
        dock.hide()
    if right:
        right[0].raise_()
    sides = [docks[0] for docks in (left, right) if docks]
    widths = [LEFT_WIDTH, RIGHT_WIDTH] if len(sides) == 2 else [RIGHT_WIDTH]
    window.resizeDocks(sides, widths, Qt.Orientation.Horizontal)
    if len(left) == 2:
        window.resizeDocks(left, [MAPS_HEIGHT, 1000], Qt.Orientation.Vertical)


def keep_room_for_bottom_docks(window: QMainWindow) -> None:
    """The action plan and comparison docks open with a usable height (Qt would give a dock
    that scrolls inside only a strip the height of its title and a row)."""
    for dock in _docks(window, "action_plan_dock", "comparison_dock"):

        def opened(visible: bool, dock: QDockWidget = dock) -> None:
            if visible and not dock.isFloating() and dock.height() < BOTTOM_HEIGHT:
                height = max(BOTTOM_HEIGHT, int(window.height() * BOTTOM_SHARE))
                window.resizeDocks([dock], [height], Qt.Orientation.Vertical)

        dock.visibilityChanged.connect(opened)


def _tabify(window: QMainWindow, docks: list[QDockWidget]) -> None:
    for first, second in itertools.pairwise(docks):
        window.tabifyDockWidget(first, second)


def restore(window: QMainWindow, geometry, state) -> None:
    """The saved window size and docks, or the defaults when none (or an older layout) is saved."""
    arrange_default(window)
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(default_size())
    if state is not None:
        window.restoreState(state, LAYOUT_VERSION)


def save_state(window: QMainWindow):
    return window.saveState(LAYOUT_VERSION)


def default_size() -> QSize:
    """1440x900, or less on a smaller screen (a 1366x768 laptop with its taskbar)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None or QGuiApplication.platformName() == "offscreen":
        # The test platform's screen is 800x800; the tests are written for the full size.
        return QSize(DEFAULT_SIZE)
    return DEFAULT_SIZE.boundedTo(screen.availableGeometry().size())
