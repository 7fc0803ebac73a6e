"""The canvas's context menus: the same actions as the keys and double-clicks, for the card,
header or cell under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from . import edits_factory as make
from .clipboard_actions import cards_from_mime


def build_context_menu(view, scene_pos) -> QMenu:
    """The menu for what lies at `scene_pos` (also used by tests, which cannot run exec())."""
    scene = view.journey_scene()
    menu = QMenu(view)
    journey = scene.journey
    if journey is None:
        return menu
    item = scene.draggable_at(scene_pos)
    cell = scene.cell_at(scene_pos)
    if item is not None and not item.isSelected():
        scene.select_only([item.object_id])
    if item is not None:
        rename = menu.addAction(
            QCoreApplication.translate("JourneyCanvas", "Edit title"),
            lambda: scene.start_inline_edit(item.object_id),
        )
        rename.setShortcut(QKeySequence("F2"))
    if item is not None and item.kind == "card":
        menu.addAction(QCoreApplication.translate("JourneyCanvas", "Copy"), view.copy).setShortcut(
            QKeySequence.StandardKey.Copy
        )
        menu.addAction(QCoreApplication.translate("JourneyCanvas", "Cut"), view.cut).setShortcut(
            QKeySequence.StandardKey.Cut
        )
        # Panels add their own entries for a card (the action plan's "Create action from this
        # card"), so the canvas need not know them.
        for add_entries in view.card_menu_extras:
            add_entries(menu, item.object_id)
    if item is not None and item.kind == "step":
        menu.addAction(
            QCoreApplication.translate("JourneyCanvas", "Add step after"),
            lambda: view.keys._create_and_edit(
                edit := make.add_step_after(
                    journey, item.object_id, QCoreApplication.translate("JourneyCanvas", "New step")
                ),
                edit.step.id,
            ),
        )
    if item is not None and item.kind == "lane":
        menu.addAction(
            QCoreApplication.translate("JourneyCanvas", "Add lane below"),
            lambda: view.keys._create_and_edit(
                edit := make.add_lane_below(
                    journey, item.object_id, QCoreApplication.translate("JourneyCanvas", "New lane")
                ),
                edit.lane.id,
            ),
        )
    if item is None and cell is not None:
        lane_id, step_id = cell
        scene.current_cell = cell

        def new_card() -> None:
            edit = make.add_card(
                journey,
                lane_id,
                step_id,
                None,
                title=QCoreApplication.translate("JourneyCanvas", "New card"),
            )
            view.keys._create_and_edit(edit, edit.card.id)

        menu.addAction(QCoreApplication.translate("JourneyCanvas", "New card"), new_card)
    if cell is not None:
        from PySide6.QtGui import QGuiApplication

        paste = menu.addAction(QCoreApplication.translate("JourneyCanvas", "Paste"), view.paste)
        paste.setShortcut(QKeySequence.StandardKey.Paste)
        paste.setEnabled(bool(cards_from_mime(QGuiApplication.clipboard().mimeData())))
        scene.current_cell = cell
    if item is not None:
        menu.addSeparator()
        delete = menu.addAction(
            QCoreApplication.translate("JourneyCanvas", "Delete"), view.delete_selection
        )
        delete.setShortcut(QKeySequence.StandardKey.Delete)
    menu.addSeparator()
    menu.addAction(QCoreApplication.translate("JourneyCanvas", "Zoom to fit"), view.zoom_fit)
    return menu


def show_context_menu(view, event) -> None:
    scene_pos = view.mapToScene(event.pos())
    global_pos = event.globalPos()
    focused = view.focus.current_rect()
    if event.reason() == QContextMenuEvent.Reason.Keyboard and focused is not None:
        # The Menu key (or Shift+F10) opens the menu of the keyboard's item, not the mouse's.
        scene_pos = focused.center()
        global_pos = view.viewport().mapToGlobal(view.mapFromScene(scene_pos))
    menu = build_context_menu(view, scene_pos)
    menu.exec(global_pos)
