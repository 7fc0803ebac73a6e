"""The canvas's context menus: the same actions as the keys and double-clicks, for the card,
header or cell under the mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QMenu

from ...model import LaneKind
from . import edits_factory as make
from .clipboard_actions import cards_from_mime
from .header_moves import header_move


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
    if item is not None and item.kind == "stage":
        _add_stage_entries(menu, view, item.object_id)
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
        _add_step_entries(menu, view, item.object_id)
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
        _add_lane_entries(menu, view, item.object_id)
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


def tr(text: str) -> str:
    return QCoreApplication.translate("JourneyCanvas", text)


def _entry(menu: QMenu, text: str, slot, name: str, keys: str = ""):
    action = menu.addAction(text, slot)
    action.setObjectName(name)
    if keys:
        # Shown beside the entry, so the menu teaches the key; the canvas handles the key.
        action.setShortcut(QKeySequence(keys))
    return action


def _add_stage_entries(menu: QMenu, view, stage_id: str) -> None:
    structure = view.structure
    stages = [s.id for s in view.journey_scene().journey.stages]
    _entry(
        menu,
        tr("Add stage before"),
        lambda: structure.add_stage(after=False, stage_id=stage_id),
        "addStageBefore",
        "Shift+Ins",
    )
    _entry(
        menu,
        tr("Add stage after"),
        lambda: structure.add_stage(after=True, stage_id=stage_id),
        "addStageAfter",
        "Ins",
    )
    _entry(
        menu,
        tr("Duplicate stage"),
        lambda: structure.duplicate_stage(stage_id),
        "duplicateStage",
        "Ctrl+D",
    )
    left = _entry(
        menu,
        tr("Move left"),
        lambda: structure.move_stage(-1, stage_id),
        "moveStageLeft",
        "Ctrl+Left",
    )
    left.setEnabled(stages.index(stage_id) > 0)
    right = _entry(
        menu,
        tr("Move right"),
        lambda: structure.move_stage(1, stage_id),
        "moveStageRight",
        "Ctrl+Right",
    )
    right.setEnabled(stages.index(stage_id) < len(stages) - 1)


def _add_step_entries(menu: QMenu, view, step_id: str) -> None:
    structure, journey = view.structure, view.journey_scene().journey
    _entry(
        menu,
        tr("Duplicate step"),
        lambda: structure.duplicate_step(step_id),
        "duplicateStep",
        "Ctrl+D",
    )
    for dx, text, name, keys in (
        (-1, tr("Move left"), "moveStepLeft", "Ctrl+Left"),
        (1, tr("Move right"), "moveStepRight", "Ctrl+Right"),
    ):
        entry = _entry(menu, text, lambda d=dx: structure.move_step(d, step_id), name, keys)
        entry.setEnabled(header_move(journey, "step", step_id, dx, 0) is not None)


def _add_lane_entries(menu: QMenu, view, lane_id: str) -> None:
    structure = view.structure
    lanes = [lane.id for lane in view.journey_scene().journey.lanes]
    _entry(
        menu,
        tr("Duplicate lane"),
        lambda: structure.duplicate_lane(lane_id),
        "duplicateLane",
        "Ctrl+D",
    )
    up = _entry(
        menu, tr("Move up"), lambda: structure.move_lane(-1, lane_id), "moveLaneUp", "Ctrl+Up"
    )
    up.setEnabled(lanes.index(lane_id) > 0)
    down = _entry(
        menu, tr("Move down"), lambda: structure.move_lane(1, lane_id), "moveLaneDown", "Ctrl+Down"
    )
    down.setEnabled(lanes.index(lane_id) < len(lanes) - 1)
    lane = view.journey_scene().journey.lane(lane_id)
    if lane.kind != LaneKind.EMOTION:
        return
    menu.addSeparator()
    _entry(menu, tr("Add emotion curve"), lambda: structure.add_curve(lane_id), "addCurve")
    for curve in lane.curves:
        name = curve.label or tr("Unnamed curve")
        _entry(
            menu,
            tr("Duplicate curve “{name}”").format(name=name),
            lambda c=curve.id: structure.duplicate_curve(c),
            "duplicateCurve",
        )
        _entry(
            menu,
            tr("Delete curve “{name}”").format(name=name),
            lambda c=curve.id: structure.delete_curve(c),
            "deleteCurve",
        )


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
