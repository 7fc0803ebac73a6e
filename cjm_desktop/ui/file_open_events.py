"""Files the operating system asks the running application to open: macOS hands a double-clicked
(or dropped-on-the-dock) .cjm to the app as a QFileOpenEvent, not on the command line.

`install(app)` puts a filter on the application; each file is shown the way File > Open Recent
shows one (MainWindow.open_path): its window if it is already open, else in the front window
when that holds nothing worth keeping, else in a new window.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication

from . import window_registry


class FileOpenFilter(QObject):
    """Turns the application's FileOpen events into open windows."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An application filter sees every event of every object: leave all others at once.
        if event.type() != QEvent.Type.FileOpen or watched is not QCoreApplication.instance():
            return False
        name = event.file()
        if not name:
            return False
        open_in_a_window(Path(name))
        return True


def install(app: QCoreApplication) -> FileOpenFilter:
    """Install the filter on `app` (it lives as long as `app`); returned so it can be removed."""
    handler = FileOpenFilter(app)
    app.installEventFilter(handler)
    return handler


def open_in_a_window(path: Path):
    """Show `path` from the front main window (the active one, else the last opened), or in a
    window of its own when none is open; returns the window showing it, or None."""
    windows = [w for w in window_registry.windows() if shiboken6.isValid(w) and w.isVisible()]
    active = QApplication.activeWindow()
    front = active.window() if active is not None else None
    target = front if front in windows else (windows[-1] if windows else None)
    if target is not None:
        return target.open_path(path)
    from .main_window import MainWindow

    # The only window: shown even if the file cannot be read (it then says why), so the
    # application does not start without one.
    window = MainWindow(path)
    window.show()
    return window
