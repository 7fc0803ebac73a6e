"""MainWindow: one open project: the journey canvas in the centre, the map list, touchpoint
library and inspector in docks, menus and toolbar; opening, saving safely, autosave and the
offer to recover after a crash.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QGraphicsView,
    QLabel,
    QMainWindow,
    QWidget,
)

from ..model import Project
from ..user_message import UserError
from . import accessibility, collector, project_files, window_layout, window_registry
from .app_settings import AppSettings
from .autosave import Autosave
from .document import Document
from .focus_mode import FocusMode
from .guided_setup import start_guided_setup
from .open_failure import RECOVERED, ask_what_to_open, spare_copies
from .panel_shortcuts import install as install_panel_shortcuts
from .panels.action_plan_dock import install as install_action_plan
from .panels.inspector import Inspector
from .panels.map_list import MapList
from .panels.touchpoint_palette import TouchpointPalette
from .project_drop import project_paths
from .project_files import RecoveredCopy
from .prompts import SaveAnswer, ask_restore, ask_save_changes, show_error
from .review_docks import ReviewPanel
from .review_docks import install as install_review_docks
from .starting_projects import example_path, starting_project
from .window_actions import WindowActions

FILE_FILTER_TEXT = "CJM projects (*.cjm)"
APP_NAME = "CJM Desktop"


def _translate(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _make_canvas(document: Document, parent: QWidget) -> QGraphicsView:
    try:
        from .canvas import JourneyCanvas
    except ImportError:
        # The canvas is optional for the shell: a plain view keeps the window usable.
        return QGraphicsView(parent)
    return JourneyCanvas(document, parent)


class MainWindow(QMainWindow):
    """The editor window of one document. `path=None` opens the bundled example."""

    # Built when their dock is first shown or they are first asked for (review_docks).
    persona_panel = ReviewPanel()
    checklist_view = ReviewPanel()
    comparison_view = ReviewPanel()

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        project: Project | None = None,
        check_recovery: bool = True,
        document: Document | None = None,
    ) -> None:
        collector.freeze_start_up_objects()
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)
        self.settings = AppSettings()
        # A window built again in another language takes over its predecessor's document.
        adopted = document is not None
        self.document = document if adopted else Document(parent=self)
        self.document.setParent(self)
        self.canvas = _make_canvas(self.document, self)
        self.canvas.setObjectName("canvas")
        self.setCentralWidget(self.canvas)
        self.actions_ = WindowActions(self)
        self.actions_.build_menus()
        self.addToolBar(self.actions_.build_toolbar())
        self._build_docks()
        install_review_docks(self)
        install_panel_shortcuts(self)
        self.autosave = Autosave(self.document, self)
        self.autosave.failed.connect(self._autosave_failed)
        self.autosave.written.connect(self._autosave_written)
        self._autosave_failing = False
        self.document.modified_changed.connect(self._update_title)
        self.document.path_changed.connect(self._update_title)
        self.document.changed.connect(self._update_title)
        self.document.edit_refused.connect(self._edit_refused)
        self._restore_layout()
        self.focus_mode = FocusMode(self)
        accessibility.install(self)
        window_registry.register(self)
        if adopted:
            self.document.announce_all()
        else:
            self._open_initial(path, project, check_recovery)
        self._update_title()

    # -- building ---------------------------------------------------------------------------
    def _build_docks(self) -> None:
        self.map_list = MapList(self.document)
        self.palette = TouchpointPalette(self.document)
        self.inspector = Inspector(self.document)
        self.map_dock = self._dock("mapsDock", _translate("Maps"), self.map_list)
        self.palette_dock = self._dock(
            "touchpointsDock", _translate("Touchpoint library"), self.palette
        )
        self.inspector_dock = self._dock("inspectorDock", _translate("Inspector"), self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.map_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.splitDockWidget(self.map_dock, self.palette_dock, Qt.Orientation.Vertical)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        for dock in (self.map_dock, self.palette_dock, self.inspector_dock):
            self.actions_.panels_menu.addAction(dock.toggleViewAction())
        install_action_plan(self)

    def _dock(self, name: str, title: str, widget: QWidget | None) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        if widget is not None:
            dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        return dock

    def _restore_layout(self) -> None:
        window_layout.restore(self, self.settings.window_geometry(), self.settings.window_state())
        window_layout.keep_room_for_bottom_docks(self)
        set_zoom = getattr(self.canvas, "set_zoom", None)
        if callable(set_zoom):
            self.zoom_label = QLabel(self)
            self.zoom_label.setMinimumWidth(60)
            self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.statusBar().addPermanentWidget(self.zoom_label)
            self.canvas.zoom_changed.connect(self._zoom_changed)
            set_zoom(self.settings.zoom())
            self._zoom_changed(self.canvas.zoom())

    def reset_layout(self) -> None:
        """View > Reset Layout: the docks back in their default places."""
        self.focus_mode.leave()
        window_layout.arrange_default(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc that no panel or the map used (an inline edit, a drag) leaves focus mode.
        if event.key() == Qt.Key.Key_Escape and self.focus_mode.active:
            self.focus_mode.leave()
            event.accept()
            return
        super().keyPressEvent(event)

    def _zoom_changed(self, zoom: float) -> None:
        self.settings.set_zoom(zoom)
        self.zoom_label.setText(f"{zoom:.0%}")

    # -- title and status -------------------------------------------------------------------
    def _update_title(self, *args) -> None:
        self.setWindowTitle(f"{self.document.display_name()}[*] — {APP_NAME}")
        self.setWindowModified(self.document.is_modified())
        self.setWindowFilePath(str(self.document.path) if self.document.path else "")

    def _edit_refused(self, error: UserError) -> None:
        self._status(error.render(_tr_context))

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- autosave ---------------------------------------------------------------------------
    def _autosave_failed(self, error: UserError) -> None:
        """Say that autosave fails and why: in the status bar each time, in a dialog only the
        first time (not at every interval), until a copy is written again."""
        reason = error.render(_tr_context).partition("\n")[0]
        self.statusBar().showMessage(
            _translate("Autosave is failing: {reason}").format(reason=reason)
        )
        if self._autosave_failing:
            return
        self._autosave_failing = True
        show_error(
            self,
            _translate("Autosave is failing"),
            _translate(
                "{reason} Your changes are not being saved automatically, so a crash would "
                "lose them: save your work with File > Save."
            ).format(reason=reason),
        )

    def _autosave_written(self, _path) -> None:
        if self._autosave_failing:
            self._autosave_failing = False
            self.statusBar().clearMessage()

    # -- opening ----------------------------------------------------------------------------
    def _open_initial(self, path, project: Project | None, check_recovery: bool) -> None:
        if project is not None:
            self.document.replace_project(project, None)
            return
        if path is not None:
            # The starting project only when the file fails: loading and drawing it first
            # doubled the cold start.
            if not self._load_into_this_window(Path(path), check_recovery=check_recovery):
                self.document.replace_project(
                    starting_project(self.settings.new_project_language()), None
                )
            return
        self.document.replace_project(starting_project(self.settings.new_project_language()), None)
        if check_recovery:
            self.offer_recovery()

    def _load_into_this_window(self, path: Path, *, check_recovery: bool = True) -> bool:
        """Open `path` here; when it cannot be opened, explain and offer its backup or recovered
        copy. False when nothing was opened."""
        try:
            self.document.load(path)
        except UserError as error:
            return self._open_spare_copy(path, error)
        self.settings.add_recent_file(path)
        self._status(_translate("Opened {name}").format(name=path.name))
        if check_recovery:
            self.offer_recovery()
        return True

    def _open_spare_copy(self, path: Path, error: UserError) -> bool:
        copy = ask_what_to_open(self, path, error, spare_copies(path))
        if copy is None:
            if not path.exists():
                self.settings.remove_recent_file(path)
            return False
        # Saving goes to the original file, and only when the user saves: until then the
        # damaged file is left exactly as it is.
        self.document.replace_project(copy.project, path)
        self.document.mark_modified()
        self.settings.add_recent_file(path)
        if copy.kind == RECOVERED:
            project_files.discard(RecoveredCopy(copy.path, path.resolve()))
            # Written again at once, so a crash before the next autosave keeps it.
            self.autosave.save_recovery()
            text = _translate("Opened the recovered copy of {name}. Save to keep it.")
        else:
            text = _translate("Opened the backup of {name}. Save to replace the damaged file.")
        self._status(text.format(name=path.name))
        return True

    def open_dialog(self) -> None:
        folder = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, _translate("Open project"), folder, _translate(FILE_FILTER_TEXT)
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> MainWindow | None:
        """Show `path`: focus the window that has it open, else load it here (when this window
        holds nothing worth keeping) or in a new window."""
        existing = window_registry.window_for(path)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        if not self.document.is_modified() and self.document.path is None:
            return self if self._load_into_this_window(Path(path)) else None
        window = MainWindow(path)
        if window.document.path is None:
            window.close()
            return None
        window.show()
        return window

    def new_project(self) -> None:
        from .dialogs.new_project_dialog import NewProjectDialog

        dialog = NewProjectDialog(self)
        if not dialog.exec():
            return
        if dialog.wants_guided_setup:
            start_guided_setup(self, str(dialog.chosen_language()))
            return
        project = dialog.project()
        if not self.document.is_modified() and self.document.path is None:
            self.document.replace_project(project, None)
        else:
            MainWindow(project=project).show()

    # -- project files dropped on the window --------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # The canvas takes pictures and library entries; a project file falls through to here.
        if project_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if project_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = project_paths(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in paths:
            self.open_path(path)

    # -- recovery ---------------------------------------------------------------------------
    def offer_recovery(self) -> None:
        """Offer a recovered copy newer than the file shown (or of an unsaved project)."""
        path = self.document.path
        if path is not None:
            copy = project_files.recovery_for(path)
        else:
            copies = [c for c in project_files.untitled_recoveries() if c.newer_than_original()]
            copy = max(copies, key=lambda c: c.path.stat().st_mtime, default=None)
        if copy is None:
            return
        when = datetime.fromtimestamp(copy.path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        name = path.name if path else _translate("an unsaved project")
        if not ask_restore(self, name, when):
            project_files.discard(copy)
            return
        try:
            project = project_files.load_recovery(copy)
        except UserError as error:
            show_error(self, _translate("Cannot recover"), error.render(_tr_context))
            return
        self.document.replace_project(project, path)
        self.document.mark_modified()
        project_files.discard(copy)
        # Written again at once, so a second crash before the next autosave keeps it.
        self.autosave.save_recovery()

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        try:
            self.document.save()
        except UserError as error:
            show_error(self, _translate("Cannot save"), error.render(_tr_context))
            return False
        self.autosave.discard()
        self.settings.add_recent_file(self.document.path)
        self._status(_translate("Saved {name}").format(name=self.document.path.name))
        return True

    def save_as(self) -> bool:
        start = self.document.path or Path.home() / f"{self.document.display_name()}.cjm"
        name, _ = QFileDialog.getSaveFileName(
            self, _translate("Save project as"), str(start), _translate(FILE_FILTER_TEXT)
        )
        if not name:
            return False
        path = Path(name) if name.endswith(".cjm") else Path(name + ".cjm")
        try:
            self.document.save_as(path)
        except UserError as error:
            show_error(self, _translate("Cannot save"), error.render(_tr_context))
            return False
        self.settings.add_recent_file(path)
        self._status(_translate("Saved {name}").format(name=path.name))
        return True

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; True when the window may close."""
        if not self.document.is_modified():
            return True
        answer = ask_save_changes(self, self.document.display_name())
        if answer == SaveAnswer.SAVE:
            return self.save()
        if answer == SaveAnswer.DISCARD:
            self.autosave.discard()
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.focus_mode.leave()
        self.settings.save_window(self.saveGeometry(), window_layout.save_state(self))
        self.settings.sync()
        self.autosave.stop()
        window_registry.unregister(self)
        event.accept()

    # -- language ---------------------------------------------------------------------------
    def set_language(self, language: str | None) -> None:
        """View > Language: store the choice and show every window in it at once."""
        from .language_switch import apply_interface_language

        if language == self.settings.language():
            return
        self.settings.set_language(language)
        self.settings.sync()
        apply_interface_language(language)

    def release_document(self) -> Document:
        """Hand the document to the window that replaces this one (language_switch): this
        window stops saving it, stops showing it and leaves the list of open windows."""
        self.autosave.stop()
        window_registry.unregister(self)
        self.document.disconnect_views()
        document = self.document
        document.setParent(None)
        return document


def _tr_context(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


__all__ = ["MainWindow", "example_path"]
