"""KeyboardActions: the canvas's keys and double-clicks: focus moves, delete, Enter/F2 inline
editing, Ctrl+arrow moves of cards, headers and emotion points, Insert and double-click creation
of cards, steps and lanes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

from . import edits_factory as make
from .header_moves import header_move

ARROWS = {
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
}


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
        """Arrows move the keyboard focus (Shift+arrows add to the selection); Ctrl+arrows move
        the focused card (or the selected cards), header or emotion point; Enter or F2 edits the
        title (in an empty cell: adds a card); Alt+Enter opens the item in the inspector; Insert
        adds a card, step or lane next to the focused one; Delete removes the selection."""
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selection(refocus=True)
            return True
        if key == Qt.Key.Key_F2:
            self.edit_focused()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if alt:
                return self.open_in_inspector()
            self.edit_focused()
            return True
        if key == Qt.Key.Key_Insert and shift:
            # Before the focused header; elsewhere Shift+Insert stays the platform's Paste.
            return self.insert_before_focused_header()
        if key == Qt.Key.Key_Insert:
            return self.insert_next_to_focus()
        if key in ARROWS:
            dx, dy = ARROWS[key]
            if ctrl:
                return self.move_focused(dx, dy)
            return self.view.focus.move(dx, dy, extend=shift)
        return False

    def delete_selection(self, refocus: bool = False) -> None:
        """Remove the selection; by key (`refocus`) the focus then goes to the next item, so a
        keyboard user can go on deleting or reading from there."""
        scene = self.scene
        if scene.journey is None:
            return
        ids = scene.selected_ids()
        focus = self.view.focus
        successor = focus.successor_after_removal(ids) if refocus and focus.key in ids else None
        pushed = self._push(
            make.remove_objects(
                scene.journey, ids, QCoreApplication.translate("JourneyCanvas", "Delete")
            )
        )
        if pushed and focus.exists(successor):
            focus.focus(successor)

    def edit_selected(self) -> None:
        ids = self.scene.selected_ids()
        if ids:
            self.scene.start_inline_edit(ids[0])

    def edit_focused(self) -> None:
        """Edit the focused item's title in place; in an empty cell, add a card and edit it."""
        focus = self.view.focus
        key = focus.key if focus.exists(focus.key) else None
        if isinstance(key, tuple):
            if not focus.is_emotion_cell(key):
                self.new_card(*key)
        elif key is not None:
            self.scene.start_inline_edit(key)
        else:
            self.edit_selected()

    def open_in_inspector(self) -> bool:
        focus = self.view.focus
        key = focus.key if isinstance(focus.key, str) and focus.exists(focus.key) else None
        ids = [key] if key else self.scene.selected_ids()
        if not ids:
            return False
        self.view.open_requested.emit(ids[0])
        return True

    def insert_next_to_focus(self) -> bool:
        scene, focus = self.scene, self.view.focus
        journey = scene.journey
        key = focus.key if focus.exists(focus.key) else None
        if journey is None or key is None:
            return False
        if isinstance(key, tuple):
            if focus.is_emotion_cell(key):
                return False
            self.new_card(*key)
        elif (card := journey.card(key)) is not None:
            cell = [c.id for c in journey.cards_in_cell(card.lane_id, card.step_id)]
            self.new_card(card.lane_id, card.step_id, cell.index(card.id) + 1)
        elif journey.stage(key) is not None:
            self.view.structure.add_stage(after=True, stage_id=key)
        elif journey.step(key) is not None:
            edit = make.add_step_after(
                journey, key, QCoreApplication.translate("JourneyCanvas", "New step")
            )
            self._create_and_edit(edit, edit.step.id)
        elif journey.lane(key) is not None:
            edit = make.add_lane_below(
                journey, key, QCoreApplication.translate("JourneyCanvas", "New lane")
            )
            self._create_and_edit(edit, edit.lane.id)
        else:
            return False
        return True

    def claims(self, event: QKeyEvent) -> bool:
        """Whether the canvas keeps `event` from the window's shortcuts: Shift+Insert while
        the keyboard focus is on a stage, step or lane header."""
        if event.key() != Qt.Key.Key_Insert:
            return False
        if event.modifiers() != Qt.KeyboardModifier.ShiftModifier:
            return False
        focus, journey = self.view.focus, self.scene.journey
        key = focus.key
        return (
            journey is not None
            and isinstance(key, str)
            and focus.exists(key)
            and (journey.stage(key) or journey.step(key) or journey.lane(key)) is not None
            and not self.scene.inline_editor_active()
        )

    def insert_before_focused_header(self) -> bool:
        """Shift+Insert on a stage, step or lane header: a new one before (above) it."""
        focus, journey = self.view.focus, self.scene.journey
        key = focus.key if isinstance(focus.key, str) and focus.exists(focus.key) else None
        if journey is None or key is None:
            return False
        if journey.stage(key) is not None:
            return self.view.structure.add_stage(after=False, stage_id=key)
        if journey.step(key) is not None:
            edit = make.add_step_at(
                journey, key, QCoreApplication.translate("JourneyCanvas", "New step"), after=False
            )
            self._create_and_edit(edit, edit.step.id)
            return True
        if journey.lane(key) is not None:
            edit = make.add_lane_at(
                journey, key, QCoreApplication.translate("JourneyCanvas", "New lane"), below=False
            )
            self._create_and_edit(edit, edit.lane.id)
            return True
        return False

    def new_card(self, lane_id: str, step_id: str, index: int | None = None) -> None:
        edit = make.add_card(
            self.scene.journey,
            lane_id,
            step_id,
            index,
            title=QCoreApplication.translate("JourneyCanvas", "New card"),
        )
        self._create_and_edit(edit, edit.card.id)

    def move_focused(self, dx: int, dy: int) -> bool:
        """Ctrl+arrows: move the selected cards, or the focused header, or change the emotion
        point of the focused emotion cell; one undoable edit each."""
        scene, focus = self.scene, self.view.focus
        journey = scene.journey
        if journey is None:
            return False
        focus.visible = True
        key = focus.key if focus.exists(focus.key) else None
        if focus.is_emotion_cell(key):
            return self._nudge_emotion(key, -dy)
        if isinstance(key, str) and key not in scene.cards:
            item = scene._item_for(key)
            self._push(header_move(journey, item.kind, key, dx, dy))
            focus.follow()
            return True
        return self.move_selected_card(dx, dy, to_cell=False)

    def _nudge_emotion(self, cell: tuple[str, str], change: int) -> bool:
        lane = self.scene.journey.lane(cell[0])
        if not change or lane is None or not lane.curves:
            return True
        curve = lane.curves[0]
        value = max(-2, min(2, curve.points.get(cell[1], 0) + change))
        self._push(make.set_emotion_point(self.scene, curve.id, cell[1], value))
        return True

    def move_selected_card(self, dx: int, dy: int, to_cell: bool) -> bool:
        """Move the selected cards one place (see card_moves.neighbour_target)."""
        scene = self.scene
        card_ids = scene.selected_card_ids_in_order()
        if not card_ids or scene.journey is None:
            return False
        target = scene.neighbour_target(card_ids, dx, dy, to_cell)
        if target is not None:
            self._push(make.move_edit(scene, scene.cards[card_ids[0]], card_ids, target))
        self.view.focus.follow()
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
            self.new_card(object_id, extra)
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
