"""Focus on the map (F11, View > Focus on Map): the window shows the map alone, without docks,
toolbar and status bar; F11 again, Esc or the menu entry brings back exactly what was shown.

The menu bar stays, so the way out stays in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar, QWidget

from .panel_shortcuts import in_front


class FocusMode(QObject):
    """The focus mode of one MainWindow; its checkable action is `window.actions_.focus_map`."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = window.actions_.focus_map
        #: What was shown when the mode began (None: not in focus mode), and the docks that were
        #: the front tab of their group, so hiding and showing does not swap the tabs.
        self._shown: list[QWidget] | None = None
        self._in_front: list[QDockWidget] = []

    @property
    def active(self) -> bool:
        return self._shown is not None

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    def enter(self) -> None:
        if self.active:
            return
        window = self.window
        docks = [d for d in window.findChildren(QDockWidget) if d.parent() is window]
        bars: list[QWidget] = [t for t in window.findChildren(QToolBar) if t.parent() is window]
        status = window.statusBar()
        self._shown = [w for w in (*docks, *bars, status) if not w.isHidden()]
        self._in_front = [d for d in docks if not d.isHidden() and in_front(d)]
        for widget in self._shown:
            widget.hide()
        self.action.setChecked(True)
        window.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        if not self.active:
            return
        for widget in self._shown:
            widget.show()
        for dock in self._in_front:
            dock.raise_()
        self._shown = None
        self._in_front = []
        self.action.setChecked(False)
