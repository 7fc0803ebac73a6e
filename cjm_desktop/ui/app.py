"""The GUI entry point: `main(argv)` starts the application with a window for the file named on
the command line, or the bundled example; files the system hands over later (macOS's
QFileOpenEvent) open in a window too."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .. import __version__


def _import_model_before_qt() -> None:
    # PySide reads the source of every module imported after it (looking for `from __feature__
    # import`): ~140 modules of pydantic and the standard library are spared that this way.
    from .. import model  # noqa: F401


#: Set to 1 to quit as soon as the canvas has been painted once: how benchmarks/startup.py times a
#: cold start through this entry point. Unset, nothing is installed.
QUIT_AFTER_FIRST_PAINT = "CJM_QUIT_AFTER_FIRST_PAINT"


def _quit_after_first_paint(app, window) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # Queued: the paint this event starts finishes before the loop quits.
                QTimer.singleShot(0, app.quit)
            return False

    viewport = window.canvas.viewport()
    watcher = _FirstPaint(viewport)
    viewport.installEventFilter(watcher)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = argv[1:]
    if "--version" in args:
        # Answered before Qt starts, so it works without a display.
        print(f"cjm-desktop {__version__}")
        return 0
    from .collector import collect_rarely_during_start_up

    collect_rarely_during_start_up()
    _import_model_before_qt()
    from PySide6.QtWidgets import QApplication

    from . import file_open_events
    from .app_settings import APPLICATION, ORGANISATION, AppSettings
    from .main_window import MainWindow
    from .theme import apply_appearance, follow_system
    from .translators import install_translators

    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("CJM Desktop")
    app.setApplicationVersion(__version__)
    # Wayland matches windows to their launcher by this name (icon in the dock, "open with").
    app.setDesktopFileName("nl.cjmdesktop.CjmDesktop")
    from PySide6.QtGui import QIcon

    from .icons import APP_ICON_PATH

    app.setWindowIcon(QIcon(str(APP_ICON_PATH)))
    settings = AppSettings()
    install_translators(app, settings.language())
    apply_appearance(app, settings.appearance())
    follow_system(app, settings.appearance)
    if sys.platform == "darwin":
        # Before the first window: the double-clicked file arrives once the loop runs. Only
        # macOS sends these; elsewhere an application filter would only pass every event of
        # every widget through Python (8,000 before the first paint, each mouse move of a drag).
        file_open_events.install(app)
    files = [a for a in args if not a.startswith("-")]
    window = MainWindow(Path(files[0]) if files else None)
    if os.environ.get(QUIT_AFTER_FIRST_PAINT) == "1":
        _quit_after_first_paint(app, window)
    window.show()
    for extra in files[1:]:
        window.open_path(Path(extra))
    from .guided_setup import offer_unfinished_setup

    offer_unfinished_setup(window)  # a set-up cut short by a crash or a power cut
    return app.exec()
