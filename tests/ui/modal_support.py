"""Helpers for tests (no tests here): act on modal dialogs once they are up.

A modal dialog runs its own event loop inside the call that opened it, so the test acts from a
timer. The timer polls, since a menu click or a progress dialog may come first. A dialog nobody
answers is closed by a watchdog, so a broken test fails instead of hanging.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

POLL_MS = 20
WATCHDOG_MS = 60_000


class Modals:
    """`when(kind, act)`: call `act(widget)` once a visible modal widget of `kind` is up."""

    def __init__(self) -> None:
        self.timers: list[QTimer] = []
        self.stuck: list[str] = []
        self.watchdog = QTimer()
        self.watchdog.setSingleShot(True)
        self.watchdog.timeout.connect(self._close_stuck)
        self.watchdog.start(WATCHDOG_MS)

    def when(self, kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
        timer = QTimer()
        timer.setInterval(POLL_MS)

        def poll() -> None:
            widget = QApplication.activeModalWidget()
            if not isinstance(widget, kind) or not widget.isVisible():
                return
            timer.stop()
            try:
                act(widget)
            except BaseException:
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
                raise

        timer.timeout.connect(poll)
        timer.start()
        self.timers.append(timer)

    def _close_stuck(self) -> None:
        while (widget := QApplication.activeModalWidget()) is not None:
            self.stuck.append(type(widget).__name__)
            widget.close()

    def stop(self) -> None:
        self.watchdog.stop()
        for timer in self.timers:
            timer.stop()
        assert not self.stuck, f"modal dialogs nobody answered: {self.stuck}"


@pytest.fixture
def modals(qtbot):
    helper = Modals()
    yield helper
    helper.stop()


def message_text(box: QMessageBox) -> str:
    return "\n".join((box.text(), box.informativeText(), box.detailedText()))


def click_box_button(qtbot, box: QMessageBox, text: str) -> None:
    """Click the button of `box` whose text (without '&') is `text`."""
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
