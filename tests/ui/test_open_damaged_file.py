"""A project file that cannot be opened: the message says so in plain words and offers the backup
next to it (NAME.cjm.bak) or the recovered copy; the copy opens unsaved with the original file as
its save target, and the damaged file changes only when the user saves. Every way of opening
(start-up with a file, File > Open, Open Recent, a drop on the window) gets the offer."""

from __future__ import annotations

from pathlib import Path

import pytest
from main_window_support import app_files, sample_project, show_window
from menu_clicks import choose
from modal_support import click_box_button, message_text, modals
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
)

from cjm_desktop import storage
from cjm_desktop.ui import project_files, window_registry
from cjm_desktop.ui.app_settings import AppSettings
from cjm_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("app_files")
__all__ = ["app_files", "modals"]


def _damaged_with_backup(folder: Path) -> tuple[Path, bytes]:
    """A project saved twice (so the first save is the backup), then cut off mid-way."""
    path = folder / "bakkerij.cjm"
    project = sample_project()
    project.title = "Bakkerij (vorige versie)"
    storage.save(project, path)
    project.title = "Bakkerij (laatste versie)"
    storage.save(project, path, backup=True)
    damaged = path.read_bytes()[: len(path.read_bytes()) // 2]
    path.write_bytes(damaged)
    return path, damaged


def _answer(qtbot, modals, button: str, seen: list[str]) -> None:
    def act(box: QMessageBox) -> None:
        seen.append(message_text(box))
        seen.append("|".join(b.text() for b in box.buttons()))
        click_box_button(qtbot, box, button)

    modals.when(QMessageBox, act)


def _opened_the_backup(window, path: Path, damaged: bytes) -> None:
    document = window.document
    assert document.path == path
    assert document.project.title == "Bakkerij (vorige versie)"
    assert window.isWindowModified()
    assert "backup" in window.statusBar().currentMessage()
    assert path.read_bytes() == damaged  # nothing written until the user saves


def test_start_up_with_a_damaged_file_offers_its_backup(qtbot, tmp_path, modals):
    path, damaged = _damaged_with_backup(tmp_path)
    seen: list[str] = []
    _answer(qtbot, modals, "Open the backup", seen)
    window = show_window(qtbot, MainWindow(path))
    assert "bakkerij.cjm" in seen[0]
    assert "You can open the backup “bakkerij.cjm.bak”" in seen[0]
    assert "stays as it is until you save" in seen[0]
    assert seen[1] == "Open the backup|Close"
    _opened_the_backup(window, path, damaged)

    # Saving is what replaces the damaged file; it then loads again.
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert storage.load(path).title == "Bakkerij (vorige versie)"
    assert not window.isWindowModified()


def test_file_open_offers_the_backup(qtbot, tmp_path, modals, monkeypatch):
    path, damaged = _damaged_with_backup(tmp_path)
    window = show_window(qtbot, MainWindow())
    # The file chosen in the platform's file dialog (not the subject here).
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    seen: list[str] = []
    _answer(qtbot, modals, "Open the backup", seen)
    choose(qtbot, window, "File", "Open")
    [window] = window_registry.windows()
    _opened_the_backup(window, path, damaged)


def test_open_recent_offers_the_recovered_copy_too(qtbot, tmp_path, modals):
    path, damaged = _damaged_with_backup(tmp_path)
    recovered = sample_project()
    recovered.title = "Bakkerij (automatisch bewaard)"
    project_files.write_recovery(recovered, path)
    AppSettings().add_recent_file(path)
    window = show_window(qtbot, MainWindow(check_recovery=False))
    seen: list[str] = []
    _answer(qtbot, modals, "Open recovered copy", seen)
    choose(qtbot, window, "File", "Open Recent", "1  bakkerij.cjm")
    assert seen[1] == "Open recovered copy|Open the backup|Close"
    assert "saved automatically" in seen[0]
    [window] = window_registry.windows()
    assert window.document.path == path
    assert window.document.project.title == "Bakkerij (automatisch bewaard)"
    assert window.isWindowModified()
    assert path.read_bytes() == damaged
    # The copy is kept (written again) until the user saves.
    assert project_files.recovery_for(path) is not None


def test_closing_the_message_opens_nothing_and_changes_nothing(qtbot, tmp_path, modals):
    path, damaged = _damaged_with_backup(tmp_path)
    AppSettings().add_recent_file(path)
    window = show_window(qtbot, MainWindow(check_recovery=False))
    example = window.document.project
    seen: list[str] = []
    _answer(qtbot, modals, "Close", seen)
    choose(qtbot, window, "File", "Open Recent", "1  bakkerij.cjm")
    assert window.document.project is example and window.document.path is None
    assert path.read_bytes() == damaged
    # Still there, so it stays in the list to try again.
    assert AppSettings().recent_files() == [path.resolve()]


def test_without_a_backup_the_message_says_what_else_to_do(qtbot, tmp_path, modals):
    path = tmp_path / "kapot.cjm"
    path.write_text('{"schema_version": 1, "title": "Kap', encoding="utf-8")
    seen: list[str] = []
    _answer(qtbot, modals, "Close", seen)
    show_window(qtbot, MainWindow(path))
    assert seen[1] == "Close"
    assert "No backup of this project file was found" in seen[0]


def test_a_damaged_file_dropped_on_the_window_offers_its_backup(qtbot, tmp_path, modals):
    path, damaged = _damaged_with_backup(tmp_path)
    window = show_window(qtbot, MainWindow(check_recovery=False))
    seen: list[str] = []
    _answer(qtbot, modals, "Open the backup", seen)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    # Sent to the window as the platform sends a drag: Qt finds the widget under the pointer
    # (the canvas, which leaves project files to the window) and delivers the drop to whichever
    # accepted the drag.
    handle = window.windowHandle()
    canvas = window.canvas.viewport()
    where = canvas.mapTo(window, canvas.rect().center()).toPointF()
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(where.toPoint(), copy, mime, buttons, modifiers)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(where.toPoint(), copy, mime, buttons, modifiers)
    QApplication.sendEvent(handle, move)
    assert move.isAccepted()
    QApplication.sendEvent(handle, QDropEvent(where, copy, mime, buttons, modifiers))
    _opened_the_backup(window, path, damaged)
