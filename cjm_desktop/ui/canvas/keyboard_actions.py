"""KeyboardActions: the canvas's keys and double-clicks: delete, F2 inline editing, arrow moves of
the selected card, and creating cards, steps and lanes by double-click."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from . import edits_factory as make


class KeyboardActions:
    """Keys and double-clicks of one JourneyCanvas, each ending in one pushed edit."""

    def __init__(self, view) -> None:
        self.view = view

    @property
    def scene(self):
        return self.view.journey_scene()

    def _push(self, edit) -> bool:
        if edit is None:
            return False
        self.view.document.push(edit)
        return True

    # -- keys ------------------------------------------------------------------------------
    def handle(self, event: QKeyEvent) -> bool:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection()
            return True
        if key == Qt.Key.Key_F2:
            self.edit_selected()
            return True
        arrows = {
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
        }
        if key in arrows:
            return self.move_selected_card(*arrows[key], to_cell=ctrl)
        if key == Qt.Key.Key_Tab or key == Qt.Key.Key_Backtab:
            return self.scene.select_next_card(-1 if key == Qt.Key.Key_Backtab else 1)
        return False

    def delete_selection(self) -> None:
        scene = self.scene
        if scene.journey is None:
            return
        ids = scene.selected_ids()
        self._push(
            make.remove_objects(
                scene.journey, ids, QCoreApplication.translate("JourneyCanvas", "Delete")
            )
        )

    def edit_selected(self) -> None:
        ids = self.scene.selected_ids()
        if ids:
            self.scene.start_inline_edit(ids[0])

    def move_selected_card(self, dx: int, dy: int, to_cell: bool) -> bool:
        """Up/Down move the selected card within its cell; Ctrl+arrows (and Left/Right) move it
        to the neighbouring cell."""
        scene = self.scene
        card_ids = scene.selected_card_ids_in_order()
        if not card_ids or scene.journey is None:
            return False
        target = scene.neighbour_target(card_ids, dx, dy, to_cell)
        if target is None:
            return True
        self._push(make.move_edit(scene, scene.cards[card_ids[0]], card_ids, target))
        return True

    # -- double-click creation and editing -------------------------------------------------
    def double_click(self, event: QMouseEvent) -> bool:
        scene = self.scene
        if scene.journey is None:
            return False
        pos = self.view.mapToScene(event.position().toPoint())
        what, object_id, extra = scene.double_click_target(pos)
        if what == "edit":
            scene.start_inline_edit(object_id)
        elif what == "new_card":
            lane_id, step_id = object_id, extra
            edit = make.add_card(
                scene.journey,
                lane_id,
                step_id,
                None,
                title=QCoreApplication.translate("JourneyCanvas", "New card"),
            )
            self._create_and_edit(edit, edit.card.id)
        elif what == "new_step":
            edit = make.add_step_after(
                scene.journey, object_id, QCoreApplication.translate("JourneyCanvas", "New step")
            )
            self._create_and_edit(edit, edit.step.id)
        elif what == "new_lane":
            edit = make.add_lane_below(
                scene.journey, object_id, QCoreApplication.translate("JourneyCanvas", "New lane")
            )
            self._create_and_edit(edit, edit.lane.id)
        else:
            return False
        return True

    def _create_and_edit(self, edit, new_id: str) -> None:
        self.view.document.push(edit)
        self.scene.select_only([new_id])
        self.scene.start_inline_edit(new_id)
