"""ShortcutsDialog: a table of the keyboard shortcuts, read from the window's menus when it
opens, so it lists exactly the keys the window answers to (also after a menu changes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


def _typed(keys: QKeySequence) -> bool:
    """Whether `keys` is typed on an ordinary keyboard: Qt also binds dedicated keys (a Copy or
    Undo key, from Key_Back on) that would only clutter the table."""
    return not keys.isEmpty() and keys[0].key().value < Qt.Key.Key_Back.value


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
            rows.append(("", plain(action.text()), text))
    return rows


def _canvas_rows() -> list[tuple[str, str, str]]:
    """The journey map's own keys (the canvas handles them, no menu action has them)."""
    from ..canvas.key_help import canvas_key_rows

    return canvas_key_rows()


class ShortcutsDialog(QDialog):
    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(window) + _canvas_rows()
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addWidget(buttons)
        self.resize(560, 520)
