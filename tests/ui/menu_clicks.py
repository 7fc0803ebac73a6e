"""Helpers for tests (no tests here): choose a menu entry with the mouse, as a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…")


def choose(qtbot, window, *path: str) -> None:
    """Click the menu bar entry path[0], then the entries path[1:] (texts without '&' and '…')."""
    bar = window.menuBar()
    top = next(a for a in bar.actions() if _plain(a.text()) == path[0])
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(top).center())
    menu: QMenu = top.menu()
    qtbot.waitUntil(menu.isVisible)
    for name in path[1:]:
        action = next(a for a in menu.actions() if _plain(a.text()) == name)
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        if action.menu() is not None:
            menu = action.menu()
            qtbot.waitUntil(menu.isVisible)
