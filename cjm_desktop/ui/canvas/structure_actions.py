"""Adding, duplicating and moving the map's stages and lanes: one place behind the stage and lane
headers' context menus, the Insert keys on a focused header and the Map menu.

The target is the stage (or lane) the user points at: the keyboard's focused header, else the
selected header, else the stage of the focused or selected step or card; the menu's "Add stage"
without any of these adds at the end (or the start).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...editing import AddCurve, AddLane, AddStage, AddStep, MoveLane, MoveStage, RemoveCurve
from ...editing.duplicates import duplicate_lane, duplicate_stage, duplicate_step
from ...model import EmotionCurve, Journey, Lane, LaneKind, Stage, Step, new_id
from . import edits_factory as make
from .header_moves import header_move

#: Colours for new curves, one the lane does not use yet (as-is red, to-be blue, ...).
CURVE_COLORS = ("#d9534f", "#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#6d4c41")


def tr(text: str) -> str:
    return QCoreApplication.translate("JourneyCanvas", text)


class StructureActions:
    """The structure commands of one JourneyCanvas, each pushing one undoable edit."""

    def __init__(self, view) -> None:
        self.view = view

    @property
    def journey(self) -> Journey | None:
        return self.view.journey_scene().journey

    def _pointed_ids(self) -> list[str]:
        """The selection, then the keyboard's focus while its ring shows (an empty cell
        counts by its step)."""
        focus = self.view.focus
        ids = list(self.view.journey_scene().selected_ids())
        if focus.visible and focus.exists(focus.key):
            ids.append(focus.key if isinstance(focus.key, str) else focus.key[1])
        return ids

    def target_stage(self) -> str | None:
        journey = self.journey
        if journey is None:
            return None
        for object_id in self._pointed_ids():
            if journey.stage(object_id) is not None:
                return object_id
            step_id = object_id
            if (card := journey.card(object_id)) is not None:
                step_id = card.step_id
            if (stage := journey.stage_of_step(step_id)) is not None:
                return stage.id
        return None

    def target_lane(self) -> str | None:
        journey = self.journey
        if journey is None:
            return None
        for object_id in self._pointed_ids():
            if journey.lane(object_id) is not None:
                return object_id
            if (card := journey.card(object_id)) is not None:
                return card.lane_id
        return None

    def _add_and_edit(self, edit, new_id: str) -> None:
        """Push `edit`, give what it added the focus (scrolled into view, selected) and put its
        title into in-place editing."""
        self.view.document.push(edit)
        self.view.focus.focus(new_id)
        self.view.journey_scene().start_inline_edit(new_id)

    # -- stages ---------------------------------------------------------------------------
    def add_stage(self, after: bool, stage_id: str | None = None) -> bool:
        """A new stage with one step (so it shows) after or before `stage_id` (the target by
        default; without one at the end or the start), its title put into in-place editing."""
        journey = self.journey
        if journey is None:
            return False
        stage_id = stage_id or self.target_stage()
        ids = [s.id for s in journey.stages]
        if stage_id in ids:
            index = ids.index(stage_id) + (1 if after else 0)
        else:
            index = len(ids) if after else 0
        stage = Stage(name=tr("New stage"), steps=[Step(name=tr("New step"))])
        edit = AddStage(journey.id, stage, index)
        self._add_and_edit(edit, stage.id)
        return True

    def duplicate_stage(self, stage_id: str | None = None) -> bool:
        journey = self.journey
        stage_id = stage_id or self.target_stage()
        if journey is None or stage_id is None:
            return False
        name = tr("{name} (copy)").format(name=journey.stage(stage_id).name)
        edit = duplicate_stage(journey, stage_id, tr("Duplicate stage"), name)
        self._add_and_edit(edit, edit.edits[0].stage.id)
        return True

    def move_stage(self, dx: int, stage_id: str | None = None) -> bool:
        journey = self.journey
        stage_id = stage_id or self.target_stage()
        if journey is None or stage_id is None:
            return False
        index = [s.id for s in journey.stages].index(stage_id) + dx
        if not 0 <= index < len(journey.stages):
            return False
        self.view.document.push(MoveStage(journey.id, stage_id, index))
        self.view.focus.follow()
        return True

    # -- steps ----------------------------------------------------------------------------
    def target_step(self) -> str | None:
        journey = self.journey
        if journey is None:
            return None
        for object_id in self._pointed_ids():
            if journey.step(object_id) is not None:
                return object_id
            if (card := journey.card(object_id)) is not None:
                return card.step_id
        return None

    def add_step(self) -> bool:
        """Map > Add Step: after the selected step (or the selected card's), else at the end
        of the selected stage, else of the last stage."""
        journey = self.journey
        if journey is None or not journey.stages:
            return False
        step_id = self.target_step()
        if step_id is not None:
            edit = make.add_step_at(journey, step_id, tr("New step"), after=True)
        else:
            stage = journey.stage(self.target_stage() or "") or journey.stages[-1]
            edit = AddStep(journey.id, stage.id, Step(name=tr("New step")), len(stage.steps))
        self._add_and_edit(edit, edit.step.id)
        return True

    def duplicate_step(self, step_id: str) -> bool:
        journey = self.journey
        step = journey.step(step_id) if journey is not None else None
        if step is None:
            return False
        name = tr("{name} (copy)").format(name=step.name)
        edit = duplicate_step(journey, step_id, tr("Duplicate step"), name)
        self._add_and_edit(edit, edit.edits[0].step.id)
        return True

    def move_step(self, dx: int, step_id: str) -> bool:
        journey = self.journey
        edit = header_move(journey, "step", step_id, dx, 0) if journey is not None else None
        if edit is None:
            return False
        self.view.document.push(edit)
        self.view.focus.follow()
        return True

    # -- lanes ----------------------------------------------------------------------------
    def add_lane(self) -> bool:
        """Map > Add Lane: below the selected lane (or the selected card's), of its kind; else a
        text lane at the bottom."""
        journey = self.journey
        if journey is None:
            return False
        lane_id = self.target_lane()
        if lane_id is not None:
            edit = make.add_lane_at(journey, lane_id, tr("New lane"), below=True)
        else:
            edit = AddLane(journey.id, Lane(kind=LaneKind.TEXT, title=tr("New lane")))
        self._add_and_edit(edit, edit.lane.id)
        return True

    def duplicate_lane(self, lane_id: str | None = None) -> bool:
        journey = self.journey
        lane_id = lane_id or self.target_lane()
        if journey is None or lane_id is None:
            return False
        title = tr("{name} (copy)").format(name=journey.lane(lane_id).title)
        edit = duplicate_lane(journey, lane_id, tr("Duplicate lane"), title)
        self._add_and_edit(edit, edit.edits[0].lane.id)
        return True

    def move_lane(self, dy: int, lane_id: str | None = None) -> bool:
        journey = self.journey
        lane_id = lane_id or self.target_lane()
        if journey is None or lane_id is None:
            return False
        index = [lane.id for lane in journey.lanes].index(lane_id) + dy
        if not 0 <= index < len(journey.lanes):
            return False
        self.view.document.push(MoveLane(journey.id, lane_id, index))
        self.view.focus.follow()
        return True

    # -- emotion curves -------------------------------------------------------------------
    def add_curve(self, lane_id: str) -> bool:
        """A new, empty curve on an emotion lane, in a colour the lane's curves do not use."""
        journey = self.journey
        lane = journey.lane(lane_id) if journey is not None else None
        if lane is None:
            return False
        used = {c.color.lower() for c in lane.curves if c.color}
        color = next((c for c in CURVE_COLORS if c not in used), CURVE_COLORS[0])
        curve = EmotionCurve(label=tr("New curve"), color=color)
        self.view.document.push(AddCurve(journey.id, lane.id, curve))
        return True

    def duplicate_curve(self, curve_id: str) -> bool:
        journey = self.journey
        found = journey.curve(curve_id) if journey is not None else None
        if found is None:
            return False
        lane = next(lane for lane in journey.lanes if found in lane.curves)
        used = {c.color.lower() for c in lane.curves if c.color}
        copy = found.model_copy(
            deep=True,
            update={
                "id": new_id("curve-"),
                "label": tr("{name} (copy)").format(name=found.label),
                "color": next((c for c in CURVE_COLORS if c not in used), found.color),
            },
        )
        self.view.document.push(AddCurve(journey.id, lane.id, copy, lane.curves.index(found) + 1))
        return True

    def delete_curve(self, curve_id: str) -> bool:
        journey = self.journey
        if journey is None or journey.curve(curve_id) is None:
            return False
        self.view.document.push(RemoveCurve(journey.id, curve_id))
        return True

    def duplicate_focused(self) -> bool:
        """Ctrl+D and Edit > Duplicate: the selected (or focused) stage, step or lane."""
        journey = self.journey
        for object_id in self._pointed_ids():
            if journey is not None and journey.stage(object_id) is not None:
                return self.duplicate_stage(object_id)
            if journey is not None and journey.lane(object_id) is not None:
                return self.duplicate_lane(object_id)
            if journey is not None and journey.step(object_id) is not None:
                return self.duplicate_step(object_id)
        return False
