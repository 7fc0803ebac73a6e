"""JourneyScene: the items of the current journey of a Document, placed by cjm_desktop.layout.

It follows the document: on `changed(Change)` it lays the journey out again and moves the items
whose rectangles changed, repaints only the cards named in the change (or whose layout changed),
and creates or removes only items that appeared or disappeared. Selection is kept in step with
`document.selection` both ways.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from ...model import Journey
from .. import theme
from ..collector import long_lived_build
from . import layout_bridge as bridge
from .card_item import CardItem
from .card_moves import neighbour_target
from .cell_item import CellItem
from .drop_indicator import DropIndicator
from .emotion_curve_item import EmotionLaneItem
from .header_item import HeaderItem
from .inline_editor import InlineEditor
from .lane_group import LaneGroup
from .lane_header_item import LaneHeaderItem
from .map_item import MapItem
from .persona_card_item import PersonaCardItem
from .stage_header_item import StageHeaderItem
from .step_header_item import StepHeaderItem

# How much taller than the map (and its margin) the scene may stay after a card edit.
_SCENE_RECT_SLACK = 240.0


class JourneyScene(QGraphicsScene):
    """The scene of one JourneyCanvas."""

    def __init__(self, document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.setBackgroundBrush(theme.canvas_colors().background)
        self.journey_id: str | None = None
        self.layout = None
        self.cards: dict[str, CardItem] = {}
        self.stages: dict[str, StageHeaderItem] = {}
        self.steps: dict[str, StepHeaderItem] = {}
        self.lanes: dict[str, LaneHeaderItem] = {}
        self.cells: dict[tuple[str, str], CellItem] = {}
        self.emotion: dict[str, EmotionLaneItem] = {}
        # The parent of each lane's cells and cards (see lane_group).
        self.lane_groups: dict[str, LaneGroup] = {}
        self._card_records: dict[str, object] = {}
        # The records each group's items were last given: an edit's relayout keeps the records
        # it did not change (the same objects), so a sync skips those items by identity.
        self._applied: dict[int, dict] = {}
        # Which cell each card was in at the last layout: an edit of cards relays out only
        # the cells they left and entered.
        self._card_cells: dict[str, tuple[str, str]] = {}
        # The cells an edit's relayout placed again (the rest of their lanes kept its cards).
        self._relaid_cells: set[tuple[str, str]] = set()
        self.indicator = DropIndicator()
        self.addItem(self.indicator)
        self.persona_card = PersonaCardItem()
        self.addItem(self.persona_card)
        self.current_cell: tuple[str, str] | None = None
        self._syncing_selection = False
        self._editor: InlineEditor | None = None
        self._visible = QRectF()
        self._project = document.project
        document.changed.connect(self.on_document_changed)
        document.selection_changed.connect(self.on_document_selection)
        document.current_journey_changed.connect(self._show_if_other_journey)
        document.project_replaced.connect(self.show_current_journey)
        self.selectionChanged.connect(self._send_selection)
        self.show_current_journey()

    def detach(self) -> None:
        """Stop following the document and the scene's own selection: called as the view goes,
        so the scene's teardown (which deselects items) calls no Python slot half-destroyed."""
        for signal, slot in (
            (self.selectionChanged, self._send_selection),
            (self.document.changed, self.on_document_changed),
            (self.document.selection_changed, self.on_document_selection),
            (self.document.current_journey_changed, self._show_if_other_journey),
            (self.document.project_replaced, self.show_current_journey),
        ):
            # Already gone when the document was handed to another window (language_switch);
            # PySide then warns, which the test suite turns into an error.
            with (
                warnings.catch_warnings(),
                contextlib.suppress(RuntimeError, TypeError, SystemError),
            ):
                warnings.simplefilter("ignore", RuntimeWarning)
                signal.disconnect(slot)

    def apply_theme(self) -> None:
        """Repaint in the palette's colours (light or dark): background, then every item."""
        self.setBackgroundBrush(theme.canvas_colors().background)
        # Not a rebuild: removing items would drop the selection. Forgetting the headers'
        # records makes the next sync give every item its look again.
        for group in (self.stages, self.steps, self.lanes):
            for item in group.values():
                item.record = None
        self._applied.clear()
        if self.journey is not None:
            self._sync(self.journey, all_cards=False)

    # -- the journey shown -----------------------------------------------------------------
    @property
    def journey(self) -> Journey | None:
        if self.journey_id is None:
            return None
        return self.document.project.journey(self.journey_id)

    def _document_journey_id(self) -> str | None:
        journey = self.document.current_journey()
        return journey.id if journey is not None else None

    def show_current_journey(self, *args) -> None:
        """Build every item afresh: only when another journey (or project) is shown."""
        self.cancel_inline_edit()
        for group in (self.cards, self.stages, self.steps, self.lanes, self.cells, self.emotion):
            for item in group.values():
                # Cards and cells leave with their lane's group (a dragged card has none).
                if item.parentItem() is None and item.scene() is self:
                    self.removeItem(item)
            group.clear()
        for lane_group in self.lane_groups.values():
            self.removeItem(lane_group)
        self.lane_groups.clear()
        self._card_records.clear()
        self._applied.clear()
        self._project = self.document.project
        self.journey_id = self._document_journey_id()
        self.layout = None
        self.persona_card.show_for(self._project, None, (0, 0, 0, 0))
        if self.journey is not None:
            with long_lived_build():
                self._sync(self.journey, all_cards=True)
        self.on_document_selection()

    def _show_if_other_journey(self, *args) -> None:
        # A new project announces itself twice (replaced, then its first map): build it once.
        if self._project is self.document.project and self._document_journey_id() == (
            self.journey_id
        ):
            return
        self.show_current_journey()

    def on_document_changed(self, change) -> None:
        if self.document.project is not self._project or self.journey is None:
            self.show_current_journey()
            return
        if self._document_journey_id() != self.journey_id:
            self.show_current_journey()
            return
        if self.journey_id not in change.journeys:
            return  # another map, or project-wide data the canvas does not draw
        self._sync(self.journey, all_cards=False, changed_cards=set(change.cards), change=change)
        self.on_document_selection()

    # -- building and updating items --------------------------------------------------------
    def _sync(
        self,
        journey: Journey,
        all_cards: bool,
        changed_cards: set[str] = frozenset(),
        change=None,
    ):
        self.layout, relaid = self._lay_out(journey, change)
        shifted, new_groups = self._place_lane_groups(relaid, defer=all_cards)
        self._sync_group(
            self.stages,
            bridge.stage_records(self.layout),
            StageHeaderItem,
            lambda item, rec: bridge.apply_stage(item, rec, journey),
        )
        self._sync_group(
            self.steps,
            bridge.step_records(self.layout),
            StepHeaderItem,
            lambda item, rec: bridge.apply_step(item, rec, journey),
        )
        self._sync_group(
            self.lanes,
            bridge.lane_records(self.layout),
            LaneHeaderItem,
            lambda item, rec: bridge.apply_lane(item, rec, journey),
        )
        self._sync_cells(theme.canvas_colors(), shifted, relaid)
        self._sync_group(
            self.emotion,
            bridge.emotion_records(self.layout),
            EmotionLaneItem,
            lambda item, rec: bridge.apply_emotion(item, rec, journey),
        )
        self._sync_cards(journey, changed_cards, shifted, relaid)
        for lane_group in new_groups:
            self.addItem(lane_group)  # with its cells and cards: Qt indexes each once
        for lane_id in [k for k in self.lane_groups if k not in self.layout.lanes]:
            self.removeItem(self.lane_groups.pop(lane_id))
        self.persona_card.show_for(self.document.project, journey, self.layout.corner)
        self._fit_scene_rect(relaid is not None)
        self.pin_headers(self._visible)

    def fit_scene_rect(self) -> None:
        """The scene rectangle exactly the map with its margin (no slack kept from card edits),
        for fitting the map in the window."""
        if self.layout is not None:
            self._fit_scene_rect(False)

    def _fit_scene_rect(self, card_edit: bool) -> None:
        """The map with a margin. After a card edit a rectangle taller by at most
        _SCENE_RECT_SLACK is kept: each change of it makes Qt re-index the scene and the view
        recompute its scroll range (~3 ms a drop on a big map), and a drag to and fro makes the
        map shorter and taller by a card's height each time."""
        wanted = bridge.map_rect(self.layout).adjusted(-40, -40, 40, 40)
        if card_edit:
            now = self.sceneRect()
            if now.contains(wanted) and now.height() - wanted.height() <= _SCENE_RECT_SLACK:
                return
        self.setSceneRect(wanted)

    def _lay_out(self, journey: Journey, change):
        """The layout after `change`: only the lanes of the cells whose cards it touched (and
        a shift of the lanes below) when it touched nothing but cards, else all of it. With it
        the lanes laid out again, or None when all of it was."""
        if (
            change is not None
            and self.layout is not None
            and not (change.structure or change.curves)
        ):
            moved = change.cards
            now = {c.id: (c.lane_id, c.step_id) for c in journey.cards if c.id in moved}
            cells = {self._card_cells[i] for i in moved if i in self._card_cells}
            cells |= set(now.values())
            geometry = bridge.lay_out_cells(journey, self.layout, cells)
            if geometry is not None:
                for card_id in moved:
                    self._card_cells.pop(card_id, None)
                self._card_cells.update(now)
                self._relaid_cells = cells
                return geometry, {lane_id for lane_id, _ in cells}
        self._card_cells = {c.id: (c.lane_id, c.step_id) for c in journey.cards}
        return bridge.lay_out(journey), None

    def _place_lane_groups(self, relaid: set[str] | None, defer: bool):
        """Put each lane's group at the lane's top. Returns the lanes whose items need no
        visit (a relayout of other lanes only kept or shifted them, and their group moved them
        along) and the groups made now, to be added once filled when `defer` (a map's build)."""
        new = []
        left, _, width, _ = self.layout.bounds
        for lane_id, record in self.layout.lanes.items():
            top = record.box[1]
            lane_group = self.lane_groups.get(lane_id)
            if lane_group is None:
                lane_group = self.lane_groups[lane_id] = LaneGroup(lane_id, top)
                lane_group.fit(left, width, record.box[3])
                if defer:
                    new.append(lane_group)
                else:
                    self.addItem(lane_group)
                continue
            if lane_group.y() != top:
                lane_group.setPos(0.0, top)
            lane_group.fit(left, width, record.box[3])
        if relaid is None:
            return frozenset(), new
        return {lane_id for lane_id in self.layout.lanes if lane_id not in relaid}, new

    def pin_headers(self, visible: QRectF) -> None:
        """Keep stage and step headers at the top of the visible area and lane headers at its
        left, so a big map can be read anywhere without scrolling back to find the labels."""
        self._visible = QRectF(visible)
        if self.layout is None:
            return
        down = max(0.0, visible.top()) if not visible.isNull() else 0.0
        right = max(0.0, visible.left()) if not visible.isNull() else 0.0
        for group, records, dx, dy in (
            (self.stages, bridge.stage_records(self.layout), 0.0, down),
            (self.steps, bridge.step_records(self.layout), 0.0, down),
            (self.lanes, bridge.lane_records(self.layout), right, 0.0),
        ):
            for key, item in group.items():
                if item.zValue() == HeaderItem.DRAG_Z:
                    continue  # being dragged: it follows the mouse
                box = records[key].box
                item.setPos(box[0] + dx, box[1] + dy)
        corner = self.layout.corner
        self.persona_card.setPos(corner[0] + right, corner[1] + down)

    def _sync_group(self, items: dict, records: dict, factory, apply) -> None:
        applied = self._applied.setdefault(id(items), {})
        for key in [k for k in items if k not in records]:
            self.removeItem(items.pop(key))
            applied.pop(key, None)
        for key, record in records.items():
            if applied.get(key) is record:
                continue  # the relayout kept this record: the item already shows it
            item = items.get(key)
            if item is None:
                item = factory(key)
                items[key] = item
                self.addItem(item)
            apply(item, record)
            applied[key] = record

    def _sync_cells(self, colors, shifted: set[str], relaid: set[str] | None) -> None:
        """_sync_group for cells, each in its lane's group; cells of `shifted` lanes moved with
        their group and are not visited when only the `relaid` lanes were laid out again."""
        items, records = self.cells, bridge.cell_records(self.layout)
        applied = self._applied.setdefault(id(items), {})
        if relaid is None:
            for key in [k for k in items if k not in records]:
                self.removeItem(items.pop(key))
                applied.pop(key, None)
            keyed = records.items()
        else:  # the same rows and columns: no cell came or went
            steps = self.layout.steps
            keyed = [((lane, step), records[lane, step]) for lane in relaid for step in steps]
        lanes, groups = self.layout.lanes, self.lane_groups
        for key, record in keyed:
            if applied.get(key) is record:
                continue  # the relayout kept this record: the item already shows it
            item = items.get(key)
            if item is None:
                item = items[key] = bridge.new_cell(key, record, colors, lanes[key[0]].box[1])
                item.setParentItem(groups[key[0]])
            elif key[0] not in shifted:
                bridge.apply_cell(item, record, colors)
            applied[key] = record

    def _sync_cards(
        self,
        journey: Journey,
        changed: set[str],
        shifted: set[str],
        relaid: set[str] | None,
    ) -> None:
        """Cards of lanes only shifted moved with their group: when only the `relaid` lanes
        were laid out again, only their cards (and the `changed` ones) are visited. Their
        _card_records may then lag behind; only the look, not the place, is read from it."""
        records = bridge.card_records(self.layout)
        pictures = None
        if relaid is None:
            candidates = records.items()
            gone = [k for k in self.cards if k not in records]
        else:  # records is the relayout's LaneCards, which placed only these cells' cards
            candidates = [
                (card_id, records[card_id])
                for cell in self._relaid_cells
                for card_id in records.cell(*cell)
            ]
            gone = {k for k in changed if k in self.cards and k not in records}
        for card_id in gone:
            self.removeItem(self.cards.pop(card_id))
            self._card_records.pop(card_id, None)
        cards, card_records, card_cells = self.cards, self._card_records, self._card_cells
        lanes, groups = self.layout.lanes, self.lane_groups
        for card_id, record in candidates:
            item = cards.get(card_id)
            if item is None:
                # New (every card when a map is built): placed and given its look's source
                # in as few calls as can be, since a big map has thousands.
                if pictures is None:
                    pictures = {card.id: card.image for card in journey.cards if card.image}
                lane_id = card_cells[card_id][0]
                x, y, width, height = record.box
                item = CardItem(card_id, (x, y - lanes[lane_id].box[1], width, height))
                item.first_look_source(bridge.card_look, record, pictures.get(card_id))
                cards[card_id] = item
                card_records[card_id] = record
                item.setParentItem(groups[lane_id])
                continue
            old = card_records.get(card_id)
            if old is record and card_id not in changed and item.has_look():
                continue  # kept by the relayout: same place, same picture
            lane_id = card_cells[card_id][0]
            if lane_id in shifted and card_id not in changed:
                card_records[card_id] = record  # moved with its lane's group
                continue
            lane_group = groups[lane_id]
            if item.parentItem() is not lane_group:
                item.setParentItem(lane_group)  # keeps its pos, which set_scene_rect mends
            # Repaint only cards whose picture changed: the layout record holds the wrapped
            # lines, badges and colour, so an equal record (bar position) is an equal picture.
            if card_id not in changed and item.has_look() and bridge.same_look(old, record):
                # Moved with its lane (thousands when a lane above grows): the size is the
                # same, so only the position changes and the cached pixmap stays.
                item.setPos(record.box[0], record.box[1] - lanes[lane_id].box[1])
                self._card_records[card_id] = record
                continue
            # Also when its box is the same: its lane's group may have moved under it.
            item.set_scene_rect(bridge.qrect(record.box))
            if pictures is None:
                pictures = {card.id: card.image for card in journey.cards if card.image}
            item.set_look_source(bridge.card_look, record, pictures.get(card_id))
            self._card_records[card_id] = record

    def restore_positions(self, object_ids: Iterable[str] | None = None) -> None:
        """Put items back at their layout rectangles after a drag or a cancelled drag: the ones
        named (those the drag moved), or every item. Naming them keeps a drop on a big map from
        touching thousands of items that never moved."""
        groups = (
            (self.cards, bridge.card_records(self.layout), CardItem.Z),
            (self.stages, bridge.stage_records(self.layout), HeaderItem.Z),
            (self.steps, bridge.step_records(self.layout), HeaderItem.Z),
            (self.lanes, bridge.lane_records(self.layout), HeaderItem.Z),
        )
        headers_restored = False
        for items, records, z in groups:
            keys = items.keys() if object_ids is None else [i for i in object_ids if i in items]
            for key in keys:
                item = items[key]
                item.setZValue(z)
                if items is self.cards:
                    lane_group = self.lane_groups[self._card_cells[key][0]]
                    if item.parentItem() is not lane_group:
                        item.setParentItem(lane_group)
                else:
                    headers_restored = True
                item.set_scene_rect(bridge.qrect(records[key].box))
        # Only a header put back needs pinning again: after a card drop the edit's sync pins
        # every header anyway, so walking all ~250 of them here too was work done twice.
        if headers_restored:
            self.pin_headers(self._visible)

    def lift_card(self, card_id: str) -> QPointF:
        """Take a card out of its lane's group for a drag, above every lane (a child draws
        only as high as its lane): it stays where it is; returns its place in the scene.
        restore_positions puts it back."""
        item = self.cards[card_id]
        pos = item.scenePos()
        item.setParentItem(None)
        item.setPos(pos)
        item.setZValue(item.DRAG_Z)
        return pos

    # -- hit testing (delegated to the layout) -----------------------------------------------
    def draggable_at(self, pos: QPointF) -> MapItem | None:
        """The card or header under `pos`, if any."""
        for item in self.items(pos):
            if isinstance(item, CardItem | HeaderItem):
                return item
        return None

    def cell_at(self, pos: QPointF) -> tuple[str, str] | None:
        return bridge.cell_at(self.layout, pos) if self.layout is not None else None

    def emotion_point_at(self, pos: QPointF):
        """(emotion lane item, curve_id, step_id) of the point under `pos`, or None."""
        for lane_id, item in self.emotion.items():
            if item.sceneBoundingRect().contains(pos):
                hit = item.point_at(pos)
                if hit is not None:
                    return item, hit[0], hit[1]
                # A step where the first curve has no value yet: a press there sets one.
                lane = self.journey.lane(lane_id)
                cell = self.cell_at(pos)
                if lane is not None and lane.curves and cell is not None:
                    curve = lane.curves[0]
                    if cell[1] not in curve.points:
                        return item, curve.id, cell[1]
        return None

    def emotion_value_at(self, lane_id: str, y: float) -> int:
        return bridge.emotion_value_at(self.layout, lane_id, y)

    def card_drop_target(self, pos: QPointF, moving: list[str]):
        if self.layout is None or self.journey is None:
            return None
        return bridge.card_drop_target(self.layout, self.journey, pos, moving)

    def stage_drop_target(self, pos: QPointF, stage_id: str):
        return bridge.stage_drop_target(self.layout, self.journey, pos, stage_id)

    def step_drop_target(self, pos: QPointF, step_id: str):
        return bridge.step_drop_target(self.layout, self.journey, pos, step_id)

    def lane_drop_target(self, pos: QPointF, lane_id: str):
        return bridge.lane_drop_target(self.layout, self.journey, pos, lane_id)

    def neighbour_target(self, card_ids: list[str], dx: int, dy: int, to_cell: bool):
        return neighbour_target(self.journey, card_ids, dx, dy, to_cell)

    def double_click_target(self, pos: QPointF) -> tuple[str | None, str | None, str | None]:
        """("edit", id, None), ("new_card", lane_id, step_id), ("new_step", step_id, None),
        ("new_lane", lane_id, None) or (None, None, None)."""
        item = self.draggable_at(pos)
        if isinstance(item, HeaderItem):
            zone = item.plus_zone_scene()
            if zone is not None and zone.contains(pos):
                return ("new_step" if item.kind == "step" else "new_lane", item.object_id, None)
            return "edit", item.object_id, None
        if isinstance(item, CardItem):
            return "edit", item.object_id, None
        if self.emotion_point_at(pos) is not None:
            return None, None, None
        cell = self.cell_at(pos)
        if cell is not None and cell[0] not in self.emotion:
            return "new_card", cell[0], cell[1]
        return None, None, None

    def show_drop_indicator(self, target) -> None:
        self.indicator.show_line(None if target is None else target.line)

    # -- selection ------------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        return [item.object_id for item in self.selectedItems() if isinstance(item, MapItem)]

    def selected_card_ids_in_order(self) -> list[str]:
        """Selected cards in map order (by lane, step and order), so moves keep their order."""
        journey = self.journey
        if journey is None:
            return []
        selected = {i.object_id for i in self.selectedItems() if isinstance(i, CardItem)}
        lane_index = {lane.id: n for n, lane in enumerate(journey.lanes)}
        step_index = {step.id: n for n, step in enumerate(journey.steps())}
        cards = [c for c in journey.cards if c.id in selected]
        cards.sort(
            key=lambda c: (lane_index.get(c.lane_id, 0), step_index.get(c.step_id, 0), c.order)
        )
        return [c.id for c in cards]

    def _item_for(self, object_id: str) -> MapItem | None:
        for group in (self.cards, self.stages, self.steps, self.lanes):
            if object_id in group:
                return group[object_id]
        return None

    def select_only(self, ids: list[str]) -> None:
        self._syncing_selection = True
        try:
            wanted = set(ids)
            for item in self.selectedItems():
                if getattr(item, "object_id", None) not in wanted:
                    item.setSelected(False)
            for object_id in ids:
                item = self._item_for(object_id)
                if item is not None:
                    item.setSelected(True)
        finally:
            self._syncing_selection = False
        self._send_selection()
        card = next((self.journey.card(i) for i in ids if i in self.cards), None)
        if card is not None:
            self.current_cell = (card.lane_id, card.step_id)

    def toggle_selected(self, object_id: str) -> None:
        item = self._item_for(object_id)
        if item is not None:
            item.setSelected(not item.isSelected())

    def select_all_cards(self) -> None:
        self.select_only(list(self.cards))

    def select_next_card(self, step: int) -> bool:
        ordered = [c.id for c in self.journey.cards] if self.journey else []
        if not ordered:
            return False
        current = self.selected_card_ids_in_order()
        index = ordered.index(current[0]) + step if current else 0
        self.select_only([ordered[index % len(ordered)]])
        return True

    def _send_selection(self) -> None:
        if self._syncing_selection:
            return
        ids = self.selected_ids()
        if self.document.selection != ids:
            self._syncing_selection = True
            try:
                self.document.set_selection(ids)
            finally:
                self._syncing_selection = False

    def on_document_selection(self, *args) -> None:
        if self._syncing_selection:
            return
        wanted = set(self.document.selection)
        self._syncing_selection = True
        try:
            # Only the items selected now and those wanted: a big map has thousands of cards.
            for item in self.selectedItems():
                object_id = getattr(item, "object_id", None)
                if object_id not in wanted and self._item_for(object_id) is item:
                    item.setSelected(False)
            for object_id in wanted:
                item = self._item_for(object_id)
                if item is not None and not item.isSelected():
                    item.setSelected(True)
        finally:
            self._syncing_selection = False

    def paste_cell(self) -> tuple[str, str] | None:
        """Where pasted cards go: the cell of the selected card, else the last cell used."""
        journey = self.journey
        if journey is None:
            return None
        ids = self.selected_card_ids_in_order()
        if ids:
            card = journey.card(ids[0])
            return card.lane_id, card.step_id
        if self.current_cell is not None and self.current_cell in self.cells:
            return self.current_cell
        return next((key for key in self.cells if key[0] not in self.emotion), None)

    # -- inline editing -------------------------------------------------------------------
    def inline_editor_active(self) -> bool:
        return self._editor is not None

    def start_inline_edit(self, object_id: str) -> bool:
        self.cancel_inline_edit()
        item = self._item_for(object_id)
        journey = self.journey
        if item is None or journey is None:
            return False
        field_name, text, rect, font = bridge.editable_title(self.layout, journey, item)
        editor = InlineEditor(
            text, rect, font, lambda result: self._inline_done(object_id, field_name, result)
        )
        self._editor = editor
        self.addItem(editor)
        for view in self.views():
            view.ensureVisible(rect)
        editor.begin()
        return True

    def _inline_done(self, object_id: str, field_name: str, text: str | None) -> None:
        editor, self._editor = self._editor, None
        if editor is not None:
            # Removing the item inside its own focus-out handler is unsafe: defer it.
            editor.hide()
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: editor.scene() and self.removeItem(editor))
        obj = self.document.project.find(object_id)
        if text is None or obj is None or getattr(obj, field_name, None) == text:
            return
        from .edits_factory import set_title

        self.document.push(set_title(object_id, field_name, text))
        for view in self.views():
            view.setFocus()

    def commit_inline_edit(self) -> None:
        if self._editor is not None:
            self._editor.finish(commit=True)

    def cancel_inline_edit(self) -> None:
        if self._editor is not None:
            self._editor.finish(commit=False)

    def inline_editor(self) -> InlineEditor | None:
        return self._editor

    def map_rect(self) -> QRectF:
        return bridge.map_rect(self.layout) if self.layout is not None else QRectF()
