"""The Help menu of a main window (guide, keyboard shortcuts, About) and the Preferences entry
of its Edit menu; called once while the window builds its menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar

from .about import AboutDialog
from .guide import GuideDialog
from .shortcuts import ShortcutsDialog


def _show(dialog: QDialog) -> QDialog:
    # Not exec(): the help stays open beside the map while the user works.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _action(window, text: str, slot, name: str) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.triggered.connect(lambda checked=False: slot())
    return action


def build_help_menu(window, bar: QMenuBar) -> QMenu:
    menu = bar.addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
    menu.setObjectName("helpMenu")
    guide = _action(
        window,
        QCoreApplication.translate("HelpMenu", "Journey Mapping &Guide"),
        lambda: _show(GuideDialog(window)),
        "guideAction",
    )
    guide.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents))
    shortcuts = _action(
        window,
        QCoreApplication.translate("HelpMenu", "&Keyboard Shortcuts"),
        lambda: _show(ShortcutsDialog(window)),
        "shortcutsAction",
    )
    about = _action(
        window,
        QCoreApplication.translate("HelpMenu", "&About CJM Desktop"),
        lambda: _show(AboutDialog(window)),
        "aboutAction",
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    menu.addAction(guide)
    menu.addAction(shortcuts)
    menu.addSeparator()
    menu.addAction(about)
    return menu


def add_preferences(window, edit_menu: QMenu) -> QAction:
    from ..dialogs.preferences_dialog import open_preferences

    action = _action(
        window,
        QCoreApplication.translate("HelpMenu", "&Preferences…"),
        lambda: open_preferences(window),
        "preferencesAction",
    )
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    edit_menu.addSeparator()
    edit_menu.addAction(action)
    return action
