"""The GUI entry point: --version answers without starting Qt or needing a display; a file the
system hands to the running application (macOS's QFileOpenEvent) opens in a window."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from main_window_support import app_files, sample_project, show_window, write_project
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from cjm_desktop import __version__
from cjm_desktop.editing import SetFields
from cjm_desktop.ui import file_open_events, window_registry
from cjm_desktop.ui.main_window import MainWindow

__all__ = ["app_files"]

ROOT = Path(__file__).resolve().parents[2]


def test_version_needs_no_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"  # would fail to start without a display
    result = subprocess.run(
        [sys.executable, "-m", "cjm_desktop", "--version"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"cjm-desktop {__version__}"


@pytest.fixture
def file_open_filter(qapp):
    handler = file_open_events.install(qapp)
    yield
    qapp.removeEventFilter(handler)


def _post_file_open(qapp, path: Path) -> None:
    QCoreApplication.postEvent(qapp, QFileOpenEvent(str(path)))


def test_a_file_handed_over_by_the_system_opens_in_a_window(
    qtbot, qapp, app_files, file_open_filter
):
    first = show_window(qtbot, MainWindow(project=sample_project()))
    # Work not saved yet in the open window: the file gets a window of its own.
    journey = first.document.project.journeys[0]
    assert first.document.push(SetFields(journey.id, {"title": "Mijn werk"}))
    path = write_project(app_files / "taart.cjm")
    _post_file_open(qapp, path)
    qtbot.waitUntil(lambda: window_registry.window_for(path) is not None)
    opened = window_registry.window_for(path)
    assert opened is not first and opened.isVisible()
    assert opened.document.project.journeys[0].title == "Brood kopen"
    assert first.document.project.journeys[0].title == "Mijn werk"
    # Handed over again: the same window comes to the front, no second copy.
    count = len(window_registry.windows())
    _post_file_open(qapp, path)
    QCoreApplication.processEvents()
    assert len(window_registry.windows()) == count


def test_a_handed_over_file_opens_in_a_window_that_holds_nothing_yet(
    qtbot, qapp, app_files, file_open_filter
):
    window = show_window(qtbot, MainWindow(project=sample_project()))
    window.document.undo_stack.setClean()
    path = write_project(app_files / "brood.cjm")
    _post_file_open(qapp, path)
    qtbot.waitUntil(lambda: window.document.path is not None)
    assert Path(window.document.path).resolve() == path.resolve()
