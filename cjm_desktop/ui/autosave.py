"""Autosave: while a document has unsaved changes, write a recovery copy every minute (or as often
as Preferences say) and when the application loses focus, so a crash loses at most that much."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from ..user_message import UserError
from . import project_files
from .app_settings import AppSettings
from .document import Document

INTERVAL_MS = 60_000  # a minute: the default of Preferences' autosave interval


class Autosave(QObject):
    """Writes recovery copies of one document; `written(path)` after each, `failed(UserError)`
    when one cannot be written (the window tells the user)."""

    written = Signal(object)
    failed = Signal(object)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.timer = QTimer(self)
        self.timer.setInterval(AppSettings().autosave_minutes() * INTERVAL_MS)
        self.timer.timeout.connect(self.save_recovery)
        self.timer.start()
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._application_state_changed)

    def set_interval_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * INTERVAL_MS)

    def _application_state_changed(self, state) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.save_recovery()

    def save_recovery(self) -> None:
        if not self.document.is_modified():
            return
        try:
            path = project_files.write_recovery(self.document.project, self.document.path)
        except UserError as error:
            # Autosave must never interrupt the user's work here; the window says it is failing.
            self.failed.emit(error)
            return
        except OSError as error:
            self.failed.emit(project_files.recovery_write_error(error))
            return
        self.written.emit(path)

    def discard(self) -> None:
        """The user saved or chose to discard: the recovery copy is no longer wanted."""
        project_files.discard_recovery(self.document.path, self.document.project)

    def stop(self) -> None:
        self.timer.stop()
        app = QGuiApplication.instance()
        if app is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                app.applicationStateChanged.disconnect(self._application_state_changed)
