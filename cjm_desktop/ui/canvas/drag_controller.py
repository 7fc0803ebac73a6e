"""DragController: turns a press, moves and a release on a canvas item into one edit.

A press on a card, a stage, step or lane header, or an emotion point starts a pending gesture; it
becomes a drag once the mouse travels the platform's drag distance, otherwise it is a click that
selects. While dragging, the items follow the mouse and a drop indicator shows where they will
land; nothing in the model changes until the release pushes one edit, so a whole drag is one undo
step. Escape cancels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from . import edits_factory as make
from .map_item import MapItem


@dataclass
class _Gesture:
    """One press-move-release on an item."""

    item: MapItem
    press_scene: QPointF
    press_view: QPointF
    ctrl: bool
    dragging: bool = False
    # Cards being dragged and where each started (scene coordinates).
    card_ids: list[str] = field(default_factory=list)
    origins: dict[str, QPointF] = field(default_factory=dict)
    target: object = None
    # Emotion point drags: the curve, the step and the value under the mouse.
    curve_id: str | None = None
    step_id: str | None = None
    value: int | None = None


class DragController:
    """Mouse gestures on items of one JourneyCanvas."""

    def __init__(self, view) -> None:
        self.view = view
        self.gesture: _Gesture | None = None

    @property
    def scene(self):
        return self.view.journey_scene()

    # -- press / move / release ----------------------------------------------------------------
    def press(self, event: QMouseEvent) -> bool:
        """Start a gesture if the press hits a draggable item; return whether it did."""
        pos = self.view.mapToScene(event.position().toPoint())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        hit = self.scene.emotion_point_at(pos)
        if hit is not None:
            lane_item, curve_id, step_id = hit
            self.gesture = _Gesture(lane_item, pos, event.position(), ctrl)
            self.gesture.curve_id, self.gesture.step_id = curve_id, step_id
            return True
        item = self.scene.draggable_at(pos)
        if item is None:
            return False
        self.gesture = _Gesture(item, pos, event.position(), ctrl)
        if item.kind == "card" and not ctrl and not item.isSelected():
            self.scene.select_only([item.object_id])
        return True

    def move(self, event: QMouseEvent) -> bool:
        g = self.gesture
        if g is None:
            return False
        if not g.dragging:
            distance = (event.position() - g.press_view).manhattanLength()
            if distance < QApplication.startDragDistance():
                return True
            self._begin(g)
        self._scroll_near_edge(event.position())
        self._update(g, self.view.mapToScene(event.position().toPoint()))
        return True

    def _scroll_near_edge(self, pos: QPointF) -> None:
        """Dragging close to an edge of the viewport scrolls the map, so far cells are reachable
        without dropping halfway."""
        rect = self.view.viewport().rect()
        margin, step = 24, 24
        dx = -step if pos.x() < margin else step if pos.x() > rect.width() - margin else 0
        dy = -step if pos.y() < margin else step if pos.y() > rect.height() - margin else 0
        if dx:
            bar = self.view.horizontalScrollBar()
            bar.setValue(bar.value() + dx)
        if dy:
            bar = self.view.verticalScrollBar()
            bar.setValue(bar.value() + dy)

    def release(self, event: QMouseEvent) -> bool:
        g = self.gesture
        if g is None:
            return False
        self.gesture = None
        if not g.dragging:
            self._click(g)
            return True
        self._update(g, self.view.mapToScene(event.position().toPoint()))
        self._finish(g, commit=True)
        return True

    def cancel(self) -> bool:
        """Escape during a drag: put everything back, push nothing."""
        g = self.gesture
        if g is None or not g.dragging:
            return False
        self.gesture = None
        self._finish(g, commit=False)
        return True

    # -- the parts of a gesture ----------------------------------------------------------------
    def _click(self, g: _Gesture) -> None:
        if g.curve_id is not None:
            # A click on an empty step of the curve gives it the value under the mouse.
            curve = self.scene.journey.curve(g.curve_id)
            if curve is not None and g.step_id not in curve.points:
                value = self.scene.emotion_value_at(g.item.object_id, g.press_scene.y())
                edit = make.set_emotion_point(self.scene, g.curve_id, g.step_id, value)
                if edit is not None:
                    self.view.document.push(edit)
            return
        if g.ctrl:
            self.scene.toggle_selected(g.item.object_id)
        else:
            self.scene.select_only([g.item.object_id])

    def _begin(self, g: _Gesture) -> None:
        g.dragging = True
        if g.curve_id is not None:
            return
        if g.item.kind == "card":
            if not g.item.isSelected():
                self.scene.select_only([g.item.object_id])
            g.card_ids = self.scene.selected_card_ids_in_order()
            for card_id in g.card_ids:
                g.origins[card_id] = self.scene.lift_card(card_id)
        else:
            g.origins[g.item.object_id] = g.item.pos()
            g.item.setZValue(g.item.DRAG_Z)
            if g.item.kind == "stage":
                # A stage takes its steps along, so the drag shows the whole block moving.
                stage = self.scene.journey.stage(g.item.object_id)
                for step in stage.steps if stage else []:
                    header = self.scene.steps[step.id]
                    g.origins[step.id] = header.pos()
                    header.setZValue(header.DRAG_Z)
        self.view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def _update(self, g: _Gesture, pos: QPointF) -> None:
        delta = pos - g.press_scene
        scene = self.scene
        if g.curve_id is not None:
            g.value = scene.emotion_value_at(g.item.object_id, pos.y())
            g.item.set_override(g.curve_id, g.step_id, g.value)
            return
        kind = g.item.kind
        if kind == "card":
            for card_id, origin in g.origins.items():
                scene.cards[card_id].setPos(origin + delta)
            g.target = scene.card_drop_target(pos, g.card_ids)
        elif kind == "stage":
            for object_id, origin in g.origins.items():
                item = scene.stages.get(object_id) or scene.steps[object_id]
                item.setPos(origin + QPointF(delta.x(), 0))
            g.target = scene.stage_drop_target(pos, g.item.object_id)
        elif kind == "step":
            g.item.setPos(g.origins[g.item.object_id] + QPointF(delta.x(), 0))
            g.target = scene.step_drop_target(pos, g.item.object_id)
        elif kind == "lane":
            g.item.setPos(g.origins[g.item.object_id] + QPointF(0, delta.y()))
            g.target = scene.lane_drop_target(pos, g.item.object_id)
        scene.show_drop_indicator(g.target)

    def _finish(self, g: _Gesture, commit: bool) -> None:
        scene = self.scene
        self.view.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        scene.show_drop_indicator(None)
        edit = None
        if g.curve_id is not None:
            g.item.set_override(None, None, None)
            if commit and g.value is not None:
                edit = make.set_emotion_point(scene, g.curve_id, g.step_id, g.value)
        elif commit and g.target is not None:
            edit = make.move_edit(scene, g.item, g.card_ids, g.target)
        # Put items back where the layout has them; the edit's change moves them for good.
        scene.restore_positions([g.item.object_id, *g.origins])
        if edit is not None:
            self.view.document.push(edit)
