"""Helpers for the main window tests (no tests here): settings and recovery folders of their
own, a small project file, and answering message boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from cjm_desktop.model import Card, Journey, Lane, LaneKind, Persona, Project, Stage, Step
from cjm_desktop.storage.canonical_json import dumps
from cjm_desktop.ui import window_registry
from cjm_desktop.ui.translators import reset_translators


@pytest.fixture
def app_files(qtbot, tmp_path, monkeypatch):
    """Settings and recovery copies go to tmp_path, never to the user's folders. Afterwards the
    windows hold no unsaved changes, so closing them asks nothing (a modal box would hang)."""
    monkeypatch.setenv("CJM_SETTINGS_FILE", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("CJM_RECOVERY_DIR", str(tmp_path / "recovery"))
    yield tmp_path
    for window in window_registry.windows():
        _forget_changes(window)
        window.close()
    # A test that switched the interface language leaves the next one in English.
    reset_translators(QApplication.instance())


def sample_project() -> Project:
    persona = Persona(name="Anna")
    steps = [Step(name="Zoeken"), Step(name="Kopen")]
    lane = Lane(kind=LaneKind.TOUCHPOINTS, title="Contactmomenten")
    card = Card(lane_id=lane.id, step_id=steps[0].id, title="Website")
    journey = Journey(
        title="Brood kopen",
        persona_id=persona.id,
        stages=[Stage(name="Oriënteren", steps=steps)],
        lanes=[lane],
        cards=[card],
    )
    return Project(title="Bakkerij", personas=[persona], journeys=[journey])


def write_project(path: Path, project: Project | None = None) -> Path:
    path.write_text(dumps(project or sample_project()), encoding="utf-8")
    return path


class MessageBoxes:
    """Answers every QMessageBox with the next of `answers` and records what it said."""

    def __init__(self, monkeypatch, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.texts: list[str] = []
        boxes = self

        def exec_(box: QMessageBox) -> int:
            boxes.texts.append(f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}")
            if not boxes.answers:
                return QMessageBox.StandardButton.Ok
            return boxes.answers.pop(0)

        monkeypatch.setattr(QMessageBox, "exec", exec_)


def _forget_changes(window) -> None:
    if shiboken6.isValid(window):
        window.document.undo_stack.clear()
        window.document.undo_stack.setClean()


def show_window(qtbot, window):
    # Not qtbot.addWidget: the window deletes itself on close, which pytest-qt cannot follow;
    # app_files closes what is still open.
    window.show()
    qtbot.waitExposed(window)
    # Shortcuts reach only the active window.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
