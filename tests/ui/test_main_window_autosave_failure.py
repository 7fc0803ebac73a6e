"""Autosave that cannot write is said once in a dialog and each time in the status bar; a file
name that is not valid UTF-8 autosaves and saves (issue 11, items 13 and 14)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from main_window_support import MessageBoxes, app_files, show_window, write_project
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cjm_desktop.editing import SetFields
from cjm_desktop.storage import load
from cjm_desktop.ui import project_files
from cjm_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files"]


def _edit(window, title: str) -> None:
    journey = window.document.project.journeys[0]
    assert window.document.push(SetFields(journey.id, {"title": title}))


def _autosave_soon(window) -> None:
    window.autosave.timer.setInterval(20)


def test_a_failing_autosave_is_shown_once_in_a_dialog_and_in_the_status_bar(
    qtbot, tmp_path, monkeypatch
):
    blocker = tmp_path / "recovery-is-a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(project_files.RECOVERY_DIR_ENV, str(blocker))
    boxes = MessageBoxes(monkeypatch)
    window = show_window(qtbot, MainWindow(write_project(tmp_path / "bakkerij.cjm")))
    failures = []
    window.autosave.failed.connect(failures.append)
    _edit(window, "Taart bestellen")
    _autosave_soon(window)

    qtbot.waitUntil(lambda: len(failures) >= 3)

    assert len(boxes.texts) == 1, "one dialog, not one every interval"
    assert "Cannot write the automatic recovery copy: " in boxes.texts[0]
    assert str(blocker) in boxes.texts[0]
    assert "File > Save" in boxes.texts[0]
    status = window.statusBar().currentMessage()
    assert status.startswith("Autosave is failing: Cannot write the automatic recovery copy: ")

    # The folder becomes usable: the next copy is written and the warning goes away...
    monkeypatch.setenv(project_files.RECOVERY_DIR_ENV, str(tmp_path / "recovery"))
    written = []
    window.autosave.written.connect(written.append)
    qtbot.waitUntil(lambda: bool(written))
    assert window.statusBar().currentMessage() == ""
    # ...and a new failure later is worth a dialog again.
    monkeypatch.setenv(project_files.RECOVERY_DIR_ENV, str(blocker))
    count = len(failures)
    qtbot.waitUntil(lambda: len(failures) > count)
    assert len(boxes.texts) == 2

    # Saving still works, and the unusable folder does not turn it into an error.
    window.autosave.timer.stop()
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.isWindowModified()
    assert len(boxes.texts) == 2


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_a_file_name_that_is_not_utf8_autosaves_and_saves(qtbot, tmp_path, monkeypatch):
    path = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.cjm")))
    write_project(path)
    boxes = MessageBoxes(monkeypatch)
    window = show_window(qtbot, MainWindow(path))
    written, failures = [], []
    window.autosave.written.connect(written.append)
    window.autosave.failed.connect(failures.append)
    _edit(window, "Café bestellen")
    _autosave_soon(window)
    qtbot.waitUntil(lambda: bool(written))
    assert failures == []
    copy = project_files.recovery_for(path)
    assert copy is not None and load(copy.path).journeys[0].title == "Café bestellen"

    window.autosave.timer.stop()
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert not window.isWindowModified()
    assert load(path).journeys[0].title == "Café bestellen"
    assert project_files.find_recoveries() == []
    assert boxes.texts == []
