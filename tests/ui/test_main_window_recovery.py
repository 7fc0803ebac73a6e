"""Autosave and crash recovery: a process killed after an autosave leaves a recovery copy that the
next start offers; restoring brings the edit back unsaved, discarding removes the copy."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from main_window_support import MessageBoxes, app_files, show_window, write_project
from PySide6.QtWidgets import QMessageBox

from cjm_desktop.editing import SetFields
from cjm_desktop.ui import project_files
from cjm_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("app_files")
Button = QMessageBox.StandardButton
ROOT = Path(__file__).resolve().parents[2]
__all__ = ["app_files"]

# Edits the first map's title, lets the real autosave timer fire, then waits to be killed.
_CRASHING_EDITOR = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from cjm_desktop.editing import SetFields
    from cjm_desktop.ui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(Path(sys.argv[1]))
    journey = window.document.project.journeys[0]
    window.document.push(SetFields(journey.id, {"title": "Na de crash"}))
    written = []
    window.autosave.written.connect(written.append)
    window.autosave.timer.setInterval(20)
    deadline = time.monotonic() + 30
    while not written and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    print("autosaved" if written else "no autosave", flush=True)
    time.sleep(60)
    """
)


def _crash_after_autosave(path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-c", _CRASHING_EDITOR, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        line = process.stdout.readline().strip()
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        process.stdout.close()
    assert line == "autosaved"
    assert process.returncode == -signal.SIGKILL


def test_a_killed_editor_leaves_a_copy_that_the_next_start_restores(qtbot, tmp_path, monkeypatch):
    path = write_project(tmp_path / "bakkerij.cjm")
    _crash_after_autosave(path)
    boxes = MessageBoxes(monkeypatch, Button.Yes)
    window = show_window(qtbot, MainWindow(path))
    assert len(boxes.texts) == 1 and "bakkerij.cjm" in boxes.texts[0]
    assert window.document.project.journeys[0].title == "Na de crash"
    assert window.document.path == path
    # Restored, not saved: the file still holds the old title until the user saves.
    assert window.isWindowModified()
    assert "Na de crash" not in path.read_text(encoding="utf-8")


def test_discarding_the_offer_removes_the_copy(qtbot, tmp_path, monkeypatch):
    path = write_project(tmp_path / "bakkerij.cjm")
    _crash_after_autosave(path)
    MessageBoxes(monkeypatch, Button.Discard)
    window = show_window(qtbot, MainWindow(path))
    assert window.document.project.journeys[0].title == "Brood kopen"
    assert project_files.recovery_for(path) is None


def test_autosave_writes_only_unsaved_changes_and_saving_removes_the_copy(qtbot, tmp_path):
    path = write_project(tmp_path / "bakkerij.cjm")
    window = show_window(qtbot, MainWindow(path))
    window.autosave.save_recovery()
    assert project_files.recovery_for(path) is None
    journey = window.document.project.journeys[0]
    window.document.push(SetFields(journey.id, {"title": "Taart"}))
    window.autosave.save_recovery()
    assert project_files.recovery_for(path) is not None
    assert window.save()
    assert project_files.recovery_for(path) is None


def test_losing_focus_with_unsaved_changes_autosaves(qtbot, tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    path = write_project(tmp_path / "bakkerij.cjm")
    window = show_window(qtbot, MainWindow(path))
    journey = window.document.project.journeys[0]
    window.document.push(SetFields(journey.id, {"title": "Taart"}))
    # What the platform sends when the user switches to another application.
    with qtbot.waitSignal(window.autosave.written):
        QApplication.instance().applicationStateChanged.emit(
            Qt.ApplicationState.ApplicationInactive
        )
    copy = project_files.recovery_for(path)
    assert copy is not None and "Taart" in copy.path.read_text(encoding="utf-8")
