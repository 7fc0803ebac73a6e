"""The main window's actions, menus and toolbar, with the platform's standard shortcuts.

Actions call the window's methods; edit actions go to the focused text field when one has focus
(so Copy in the inspector copies text) and to the canvas otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QToolBar

from .export_runner import export_from_window
from .guided_setup import add_map_with_guided_setup, continue_guided_setup, start_guided_setup
from .help.menu import add_preferences, build_help_menu
from .icons import icon
from .import_plan import import_plan_from_window
from .map_import import build_import_menu

StandardKey = QKeySequence.StandardKey


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowActions:
    """Creates and holds the QActions of one MainWindow."""

    def __init__(self, window) -> None:
        self.window = window
        w = window
        self.new = self._make(tr("&New…"), w.new_project, StandardKey.New, "new")
        self.guided_setup = self._make(
            tr("&Guided Set-up…"), lambda: start_guided_setup(w), None, "wizard"
        )
        self.guided_setup.setStatusTip(
            tr("Build a journey map and improvement plan step by step, without jargon")
        )
        self.add_map_setup = self._make(
            tr("Add Map with Gui&ded Set-up…"), lambda: add_map_with_guided_setup(w), None
        )
        self.add_map_setup.setStatusTip(
            tr("Add a map, a persona and actions to this project with the guided set-up")
        )
        self.continue_setup = self._make(
            tr("Con&tinue Saved Set-up…"), lambda: continue_guided_setup(w), None
        )
        self.open = self._make(tr("&Open…"), w.open_dialog, StandardKey.Open, "open")
        self.save = self._make(tr("&Save"), w.save, StandardKey.Save, "save")
        self.save_as = self._make(tr("Save &As…"), w.save_as, StandardKey.SaveAs)
        self.export = self._make(tr("&Export…"), lambda: export_from_window(w), None, "export")
        self.export.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E))
        self.export.setStatusTip(tr("Save the project as a PDF report, Excel workbook or pictures"))
        self.import_plan = self._make(
            tr("&Import Action Plan…"), lambda: import_plan_from_window(w), None
        )
        self.import_plan.setStatusTip(tr("Read back an action plan edited in Excel"))
        self.import_map_menu = build_import_menu(w)
        self.close = self._make(tr("&Close"), w.close, StandardKey.Close)
        self.quit = self._make(tr("&Quit"), QApplication.closeAllWindows, StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        stack = w.document.undo_stack
        self.undo = stack.createUndoAction(w, tr("&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(StandardKey.Undo))
        self.undo.setIcon(icon("undo"))
        self.redo = stack.createRedoAction(w, tr("&Redo"))
        self.redo.setShortcuts(QKeySequence.keyBindings(StandardKey.Redo))
        self.redo.setIcon(icon("redo"))
        self.cut = self._make(tr("Cu&t"), lambda: self.edit_command("cut"), StandardKey.Cut)
        self.copy = self._make(tr("&Copy"), lambda: self.edit_command("copy"), StandardKey.Copy)
        self.paste = self._make(tr("&Paste"), lambda: self.edit_command("paste"), StandardKey.Paste)
        self.delete = self._make(
            tr("&Delete"), lambda: self.edit_command("delete_selection"), StandardKey.Delete
        )
        self.select_all = self._make(
            tr("Select &All"), lambda: self.edit_command("select_all"), StandardKey.SelectAll
        )
        self.zoom_in = self._make(
            tr("Zoom &In"), lambda: self.canvas_command("zoom_in"), StandardKey.ZoomIn, "zoom_in"
        )
        self.zoom_out = self._make(
            tr("Zoom &Out"),
            lambda: self.canvas_command("zoom_out"),
            StandardKey.ZoomOut,
            "zoom_out",
        )
        self.zoom_fit = self._make(
            tr("&Fit Map in Window"), lambda: self.canvas_command("zoom_fit"), None, "zoom_fit"
        )
        self.zoom_fit.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0))
        self.focus_map = self._make(tr("Focus on &Map"), lambda: w.focus_mode.toggle(), None)
        self.focus_map.setCheckable(True)
        self.focus_map.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.focus_map.setStatusTip(tr("Show the map alone; F11 or Esc brings the panels back"))
        self.reset_layout = self._make(tr("&Reset Layout"), lambda: w.reset_layout(), None)
        self.reset_layout.setStatusTip(tr("Put the panels back in their original places"))
        self.add_stage_after = self._make(
            tr("Add Stage &After"), lambda: self.canvas_command("add_stage_after"), None
        )
        self.add_stage_after.setStatusTip(
            tr("A new stage after the selected one (Insert on a stage header)")
        )
        self.add_stage_before = self._make(
            tr("Add Stage &Before"), lambda: self.canvas_command("add_stage_before"), None
        )
        self.add_stage_before.setStatusTip(
            tr("A new stage before the selected one (Shift+Insert on a stage header)")
        )
        self.duplicate = self._make(tr("D&uplicate"), lambda: self.edit_command("duplicate"), None)
        self.duplicate.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        self.duplicate.setStatusTip(
            tr("Copy the selected stage or lane with its cards, or the map or persona in its list")
        )
        self.add_step = self._make(tr("Add S&tep"), lambda: self.canvas_command("add_step"), None)
        self.add_step.setStatusTip(
            tr("A new step after the selected one (Insert on a step header)")
        )
        self.add_lane = self._make(tr("Add La&ne"), lambda: self.canvas_command("add_lane"), None)
        self.add_lane.setStatusTip(
            tr("A new lane below the selected one (Insert on a lane header)")
        )
        self.move_stage_left = self._make(
            tr("Move Stage &Left"), lambda: self.canvas_command("move_stage_left"), None
        )
        self.move_stage_right = self._make(
            tr("Move Stage &Right"), lambda: self.canvas_command("move_stage_right"), None
        )
        self.recent_menu = QMenu(tr("Open &Recent"), w)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.language_group = QActionGroup(w)

    def _make(self, text: str, slot, key, icon_name: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if key is not None:
            action.setShortcuts(QKeySequence.keyBindings(key))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda checked=False: slot())
        return action

    # -- routing ---------------------------------------------------------------------------
    def edit_command(self, name: str) -> None:
        focus = QApplication.focusWidget()
        if self._list_command(focus, name):
            return
        if isinstance(focus, (QLineEdit, QPlainTextEdit)):
            text_method = {"delete_selection": "del_", "select_all": "selectAll"}.get(name, name)
            if isinstance(focus, QPlainTextEdit) and name == "delete_selection":
                focus.textCursor().removeSelectedText()
                return
            method = getattr(focus, text_method, None)
            if callable(method):  # a text field has nothing to duplicate
                method()
            return
        self.canvas_command(name)

    def _list_command(self, focus, name: str) -> bool:
        """Delete and Duplicate in the map list or the persona list act on the map or persona
        chosen there, not on the map's selection behind it."""
        method = {"delete_selection": "delete_current", "duplicate": "duplicate_current"}.get(name)
        if method is None or focus is None:
            return False
        window = self.window
        persona_dock = getattr(window, "persona_dock", None)
        # The dock's widget, not window.persona_panel: that would build the panel.
        for panel in (getattr(window, "map_list", None), persona_dock and persona_dock.widget()):
            listed = getattr(panel, "list", None)
            if listed is not None and focus is listed:
                getattr(panel, method)()
                return True
        return False

    def canvas_command(self, name: str) -> None:
        method = getattr(self.window.canvas, name, None)
        if callable(method):
            method()

    # -- menus -----------------------------------------------------------------------------
    def build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        for item in (
            self.new,
            self.guided_setup,
            self.add_map_setup,
            self.continue_setup,
            None,
            self.open,
            self.recent_menu,
            None,
            self.save,
            self.save_as,
            None,
            self.export,
            self.import_plan,
            self.import_map_menu,
            None,
            self.close,
            self.quit,
        ):
            self._add(file_menu, item)
        edit_menu = bar.addMenu(tr("&Edit"))
        for item in (
            self.undo,
            self.redo,
            None,
            self.cut,
            self.copy,
            self.paste,
            self.duplicate,
            self.delete,
            None,
            self.select_all,
        ):
            self._add(edit_menu, item)
        self.view_menu = bar.addMenu(tr("&View"))
        for item in (self.zoom_in, self.zoom_out, self.zoom_fit, None, self.focus_map, None):
            self._add(self.view_menu, item)
        self.panels_menu = self.view_menu.addMenu(tr("&Panels"))
        self.view_menu.addAction(self.reset_layout)
        self._build_language_menu(self.view_menu.addMenu(tr("&Language")))
        self.map_menu = bar.addMenu(tr("&Map"))
        self.map_menu.setObjectName("mapMenu")
        for item in (
            self.add_stage_before,
            self.add_stage_after,
            self.add_step,
            self.add_lane,
            None,
            self.move_stage_left,
            self.move_stage_right,
        ):
            self._add(self.map_menu, item)
        self.preferences = add_preferences(self.window, edit_menu)
        self.help_menu = build_help_menu(self.window, bar)

    def _add(self, menu: QMenu, item) -> None:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)

    def _build_language_menu(self, menu: QMenu) -> None:
        current = self.window.settings.language()
        for code, name in ((None, tr("System language")), ("en", "English"), ("nl", "Nederlands")):
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.language_group.addAction(action)
            action.triggered.connect(lambda checked=False, c=code: self.window.set_language(c))

    def build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(tr("Main toolbar"), self.window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setMovable(False)
        for item in (
            self.new,
            self.open,
            self.save,
            None,
            self.undo,
            self.redo,
            None,
            self.zoom_out,
            self.zoom_in,
            self.zoom_fit,
        ):
            if item is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(item)
        for action, short in (
            (self.new, tr("New")),
            (self.open, tr("Open")),
            (self.save, tr("Save")),
            (self.zoom_in, tr("Zoom in")),
            (self.zoom_out, tr("Zoom out")),
            (self.zoom_fit, tr("Fit")),
        ):
            action.setIconText(short)
        self.undo.setIconText(tr("Undo"))
        self.redo.setIconText(tr("Redo"))
        return toolbar

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.window.settings.recent_files()
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number % 10}  {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda checked=False, p=path: self.window.open_path(p))
        if not recent:
            menu.addAction(tr("No recent files")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(tr("Clear Menu"), self.window.settings.clear_recent_files)
