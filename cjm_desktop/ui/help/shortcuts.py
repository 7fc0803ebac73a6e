"""ShortcutsDialog: the keyboard shortcuts grouped by area (File, Edit, Map, View, Panels, the
journey map), read from the window's menus when it opens, so it lists exactly the keys the window
answers to (also after a menu changes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def _typed(keys: QKeySequence) -> bool:
    """Whether `keys` is typed on an ordinary keyboard: Qt also binds dedicated keys (a Copy or
    Undo key, from Key_Back on, and the Help key) and, on X11, F13-F35 (the Undo, Copy, Paste and
    Cut keys of old Sun keyboards: F14, F16, F18, F20) that would only clutter the table."""
    if keys.isEmpty():
        return False
    key = keys[0].key().value
    if key == Qt.Key.Key_Help.value or Qt.Key.Key_F13.value <= key <= Qt.Key.Key_F35.value:
        return False
    return key < Qt.Key.Key_Back.value


def _keys_text(action: QAction) -> str:
    return ", ".join(k.toString(NATIVE) for k in action.shortcuts() if _typed(k))


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _menu_rows(menu: QMenu, heading: str, seen: set[int]) -> list[tuple[str, str, str]]:
    rows = []
    for action in menu.actions():
        if action.menu() is not None:
            sub = action.menu()
            rows += _menu_rows(sub, f"{heading} › {plain(sub.title())}", seen)
            continue
        text = _keys_text(action)
        if action.isSeparator() or not text or id(action) in seen:
            continue
        seen.add(id(action))
        rows.append((heading, plain(action.text()), text))
    return rows


def shortcut_rows(window) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu action of `window` that has a shortcut."""
    seen: set[int] = set()
    rows = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is not None:
            rows += _menu_rows(menu, plain(menu.title()), seen)
    for action in window.findChildren(QAction):
        text = _keys_text(action)
        if text and id(action) not in seen and action.isVisible() and action.text():
            seen.add(id(action))
            rows.append((_panel_of(action), plain(action.text()), text))
    return rows


def _panel_of(action: QAction) -> str:
    """The title of the dock whose panel holds `action` (the map list's Move up), else ""."""
    widget = action.parent()
    while isinstance(widget, QWidget):
        if isinstance(widget, QDockWidget):
            return widget.windowTitle()
        widget = widget.parentWidget()
    return ""


def _canvas_rows() -> list[tuple[str, str, str]]:
    """The journey map's own keys (the canvas handles them, no menu action has them)."""
    from ..canvas.key_help import canvas_key_rows

    return canvas_key_rows()


class ShortcutsDialog(QDialog):
    """The shortcuts as a tree: an area (a menu, a submenu, the journey map) with its commands
    and their keys. The columns fit their contents; a text cut short shows whole as a tooltip."""

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A table to read, not to choose from: no row stands out as selected.
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self._fill(shortcut_rows(window) + _canvas_rows())
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(True)
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.tree)
        column.addWidget(buttons)
        self.resize(self._wanted_width(), 560)

    def _fill(self, rows: list[tuple[str, str, str]]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for heading, command, keys in rows:
            area = heading.split(" › ")[-1] or self.tr("Other")
            group = groups.get(area)
            if group is None:
                group = groups[area] = QTreeWidgetItem(self.tree, [area])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item = QTreeWidgetItem(group, [command, keys])
            for column, text in enumerate((command, keys)):
                item.setToolTip(column, text)

    def _wanted_width(self) -> int:
        """Wide enough for both columns, within the screen."""
        tree = self.tree
        width = tree.sizeHintForColumn(0) + tree.sizeHintForColumn(1) + 80
        screen = self.screen() or QGuiApplication.primaryScreen()
        limit = screen.availableGeometry().width() - 80 if screen is not None else width
        return max(520, min(width, limit))
