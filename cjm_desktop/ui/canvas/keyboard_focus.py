"""KeyboardFocus: the item of the canvas the keyboard acts on, and the ring that shows it.

The focus is a card, a stage, step or lane header, or a cell without cards (where Enter creates
one; in an emotion lane, Ctrl+Up/Down sets the curve's point). Arrows move it to the nearest
item in that direction, Tab and Shift+Tab in reading order (and out of the canvas past either
end). Moving the focus selects the item, so the inspector shows it; Shift+arrow adds it to the
selection. The ring shows only while the canvas has keyboard focus and the keyboard was used
last, like :focus-visible on the web; a mouse press hides it and the focus follows the selection.

A screen reader cannot see graphics items, so the canvas's accessible description says what has
the focus and an accessibility event tells the reader it changed.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent

from ...model import LaneKind
from . import layout_bridge as bridge
from .focus_order import nearest_in_direction, reading_order
from .focus_ring import FocusRing

#: An object ID (card, stage, step, lane) or a (lane_id, step_id) cell without cards.
FocusKey = str | tuple[str, str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("JourneyCanvas", text)


class KeyboardFocus:
    """The keyboard focus of one JourneyCanvas."""

    def __init__(self, view) -> None:
        self.view = view
        self.key: FocusKey | None = None
        self.visible = False  # the keyboard was used last (the ring may show)
        self.ring = FocusRing()
        view.journey_scene().addItem(self.ring)
        document = view.document
        self._connections = (
            (document.changed, self._after_change),
            (document.selection_changed, self._follow_selection),
            (document.current_journey_changed, self._forget),
            (document.project_replaced, self._forget),
        )
        for signal, slot in self._connections:
            signal.connect(slot)

    def detach(self) -> None:
        """Stop following the document (the view is going)."""
        for signal, slot in self._connections:
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    @property
    def scene(self):
        return self.view.journey_scene()

    # -- what can have the focus ------------------------------------------------------------
    def _layout_rects(self) -> dict[FocusKey, QRectF]:
        """Every focusable thing at its layout rectangle (headers where they are unpinned)."""
        scene, layout, journey = self.scene, self.scene.layout, self.scene.journey
        if layout is None or journey is None:
            return {}
        rects: dict[FocusKey, QRectF] = {}
        for records in (
            bridge.stage_records(layout),
            bridge.step_records(layout),
            bridge.lane_records(layout),
            bridge.card_records(layout),
        ):
            for key, record in records.items():
                rects[key] = bridge.qrect(record.box)
        filled = {(card.lane_id, card.step_id) for card in journey.cards}
        for key, record in bridge.cell_records(layout).items():
            if key not in filled and key in scene.cells:
                rects[key] = bridge.qrect(record.box)
        return rects

    def exists(self, key: FocusKey | None) -> bool:
        if key is None:
            return False
        if isinstance(key, tuple):
            return key in self.scene.cells and key in self._layout_rects()
        return self.scene._item_for(key) is not None

    def item_rect(self, key: FocusKey | None) -> QRectF | None:
        """Where `key` is drawn now (a pinned header where it slid to), in scene coordinates."""
        if not self.exists(key):
            return None
        if isinstance(key, tuple):
            return self.scene.cells[key].sceneBoundingRect()
        return self.scene._item_for(key).sceneBoundingRect()

    def current_rect(self) -> QRectF | None:
        return self.item_rect(self.key)

    def is_emotion_cell(self, key: FocusKey | None) -> bool:
        return isinstance(key, tuple) and key[0] in self.scene.emotion

    # -- moving the focus -------------------------------------------------------------------
    def move(self, dx: int, dy: int, extend: bool = False) -> bool:
        """Arrow keys: to the nearest item in that direction. True when the key was used."""
        if self.scene.journey is None:
            return False
        self.visible = True
        rects = self._layout_rects()
        if not self.exists(self.key):
            self._start_key()
            return True
        start = rects.pop(self.key, None)
        target = nearest_in_direction(start, rects, dx, dy) if start is not None else None
        if target is not None:
            self.focus(target, extend=extend)
        else:
            self.follow()  # at the edge: stay, but show where the focus is
        return True

    def tab(self, forward: bool) -> bool:
        """Tab/Shift+Tab: the next item in reading order; False past either end (the focus then
        leaves the canvas, and comes back in at the start or end)."""
        order = reading_order(self.scene.journey)
        if not order:
            return False
        self.visible = True
        if not self.exists(self.key):
            self.focus(order[0] if forward else order[-1])
            return True
        if isinstance(self.key, tuple):
            # An empty cell sits in its lane after the cards of the steps before it.
            anchor = self._cell_anchor(self.key)
            index = order.index(anchor) + (1 if forward else 0)
        else:
            index = order.index(self.key) + (1 if forward else -1)
        if not 0 <= index < len(order):
            self.key = None
            self.follow()
            return False
        self.focus(order[index])
        return True

    def _cell_anchor(self, cell: tuple[str, str]) -> str:
        """The item of the reading order just before cell: the last card of its lane in an
        earlier step, or the lane's header."""
        journey = self.scene.journey
        steps = {step.id: n for n, step in enumerate(journey.steps())}
        before = [
            c
            for c in journey.cards
            if c.lane_id == cell[0]
            and steps.get(c.step_id, -1) < steps[cell[1]]
            and c.step_id in steps
        ]
        before.sort(key=lambda c: (steps[c.step_id], c.order))
        return before[-1].id if before else cell[0]

    def entered(self, forward: bool | None) -> None:
        """The canvas got keyboard focus: by Tab (True), Shift+Tab (False) or otherwise (None)."""
        if forward is not None:
            self.visible = True
            if not self.exists(self.key):
                order = reading_order(self.scene.journey)
                if order:
                    self.focus(order[0] if forward else order[-1])
                    return
        self.follow()

    def _start_key(self) -> None:
        """The first arrow press: start at the selection, else the first item of the map."""
        selected = [i for i in self.view.document.selection if self.exists(i)]
        order = reading_order(self.scene.journey)
        key = selected[0] if selected else (order[0] if order else None)
        if key is not None:
            self.focus(key)

    def focus(self, key: FocusKey, extend: bool = False) -> None:
        """Give `key` the focus: select it (or add it with `extend`), scroll it into view."""
        self.key = key
        scene = self.scene
        if isinstance(key, tuple):
            scene.current_cell = key
            if not extend:
                scene.select_only([])
        elif extend:
            scene.select_only([*scene.selected_ids(), key])
        else:
            scene.select_only([key])
        rect = self.item_rect(key)
        if rect is not None:
            self._reveal(key, rect)
        self.follow()
        self._announce()

    def _reveal(self, key: FocusKey, rect: QRectF) -> None:
        """Scroll `rect` into view, and out from under the pinned headers, which cover the
        top and left of the view once it is scrolled."""
        view, scene = self.view, self.scene
        view.ensureVisible(rect, 24, 24)
        if scene.layout is None or (isinstance(key, str) and scene.cards.get(key) is None):
            return  # a header is never under the pinned headers
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        scale = view.zoom()
        margin = 8.0
        if visible.left() > 0:
            covered = visible.left() + scene.layout.lane_header_width + margin - rect.left()
            if covered > 0:
                bar = view.horizontalScrollBar()
                bar.setValue(bar.value() - round(covered * scale))
        if visible.top() > 0:
            covered = visible.top() + scene.layout.header_height + margin - rect.top()
            if covered > 0:
                bar = view.verticalScrollBar()
                bar.setValue(bar.value() - round(covered * scale))

    def mouse_used(self) -> None:
        self.visible = False
        self.ring.hide()

    def follow(self, *args) -> None:
        """Put the ring around the focused item, or hide it."""
        show = self.visible and self.view.hasFocus() and not self.scene.inline_editor_active()
        self.ring.surround(self.current_rect() if show else None)

    # -- keeping up with the document --------------------------------------------------------
    def _after_change(self, *args) -> None:
        if self.key is not None and not self.exists(self.key):
            self.key = None
        self.follow()

    def _follow_selection(self, ids: list[str]) -> None:
        if ids and self.key not in ids and self.exists(ids[0]):
            self.key = ids[0]
        self.follow()

    def _forget(self, *args) -> None:
        self.key = None
        self.ring.hide()

    def successor_after_removal(self, removed: list[str]) -> FocusKey | None:
        """Where the focus goes when `removed` are deleted: the next item in reading order that
        stays, else the one before, so the keyboard user is not dropped at the map's start."""
        order = reading_order(self.scene.journey)
        if self.key not in order:
            return None
        index = order.index(self.key)
        gone = set(removed)
        for key in order[index + 1 :] + order[:index][::-1]:
            if key not in gone:
                return key
        return None

    # -- telling assistive technology ---------------------------------------------------------
    def describe(self, key: FocusKey | None) -> str:
        journey = self.scene.journey
        if journey is None or key is None:
            return ""
        if isinstance(key, tuple):
            lane, step = journey.lane(key[0]), journey.step(key[1])
            if lane is None or step is None:
                return ""
            if lane.kind == LaneKind.EMOTION:
                return _tr("Emotion curve at step {step}: Ctrl+Up or Ctrl+Down changes it").format(
                    step=step.name
                )
            return _tr("Empty cell: lane {lane}, step {step}. Enter adds a card").format(
                lane=lane.title, step=step.name
            )
        if (card := journey.card(key)) is not None:
            lane, step = journey.lane(card.lane_id), journey.step(card.step_id)
            return _tr("Card {title}: lane {lane}, step {step}").format(
                title=card.title,
                lane=lane.title if lane else "",
                step=step.name if step else "",
            )
        if (stage := journey.stage(key)) is not None:
            return _tr("Stage {name}").format(name=stage.name)
        if (step := journey.step(key)) is not None:
            stage = journey.stage_of_step(key)
            return _tr("Step {name} of stage {stage}").format(
                name=step.name, stage=stage.name if stage else ""
            )
        if (lane := journey.lane(key)) is not None:
            return _tr("Lane {title}").format(title=lane.title)
        return ""

    def _announce(self) -> None:
        text = self.describe(self.key)
        self.view.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.view, QAccessible.Event.DescriptionChanged)
            )
