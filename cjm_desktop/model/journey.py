"""One journey map: stages split into steps (columns), lanes (rows) and the cards in the cells."""

from typing import Annotated

from pydantic import Field, field_validator

from .base import Color, EmotionValue, ModelBase, ObjectId, id_field
from .enums import Channel, Evidence, JourneyState, LaneKind, Mode
from .images import EmbeddedImage


class Step(ModelBase):
    """A column of the map."""

    id: ObjectId = id_field("step-")
    name: str = ""
    description: str = ""


class Stage(ModelBase):
    """A phase of the journey (e.g. Awareness), spanning one or more steps."""

    id: ObjectId = id_field("stage-")
    name: str = ""
    goal: str = ""
    description: str = ""
    time_frame: str = ""
    color: Color = ""
    steps: list[Step] = Field(default_factory=list)


class EmotionCurve(ModelBase):
    """A line of emotion values across the steps; an emotion lane may hold several."""

    id: ObjectId = id_field("curve-")
    persona_id: ObjectId | None = None
    label: str = ""
    color: Color = ""
    points: dict[ObjectId, EmotionValue] = Field(default_factory=dict)
    notes: dict[ObjectId, Annotated[str, Field(max_length=2000)]] = Field(default_factory=dict)

    @field_validator("points", "notes", mode="after")
    @classmethod
    def _sorted_keys(cls, value: dict) -> dict:
        # Sorted keys make the file independent of the order in which points were set.
        return dict(sorted(value.items()))


class Lane(ModelBase):
    """A row of the map; its kind decides what goes in it and how it is drawn."""

    id: ObjectId = id_field("lane-")
    kind: LaneKind = LaneKind.TEXT
    title: str = ""
    collapsed: bool = False
    curves: list[EmotionCurve] = Field(default_factory=list)


class Card(ModelBase):
    """A note in a cell (lane x step)."""

    id: ObjectId = id_field("card-")
    lane_id: ObjectId
    step_id: ObjectId
    order: int = 0
    title: str = ""
    details: str = ""
    color: Color = ""
    evidence: Evidence = Evidence.ASSUMPTION
    image: EmbeddedImage | None = None
    # Touchpoint cards
    channel: Channel | None = None
    mode: Mode | None = None
    sentiment: EmotionValue | None = None
    moment_of_truth: bool = False
    drop_off: bool = False
    # Metric cards (seed 004's measurement table)
    metric: str = ""
    how_measured: str = ""
    target: str = ""
    actual: str = ""
    tags: list[str] = Field(default_factory=list)


class Journey(ModelBase):
    """One map: a persona's way through the stages, as-is (current) or to-be (future)."""

    id: ObjectId = id_field("journey-")
    title: str = ""
    persona_id: ObjectId | None = None
    scenario: str = ""
    expectations: str = ""
    state: JourneyState = JourneyState.CURRENT
    counterpart_id: ObjectId | None = None
    template: str | None = None
    stages: list[Stage] = Field(default_factory=list)
    lanes: list[Lane] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)

    # Lookups used by edits, layout and exporters. Linear scans: a map has at most a few thousand
    # objects, and an index would have to be kept in step with every edit.
    def steps(self) -> list[Step]:
        return [step for stage in self.stages for step in stage.steps]

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def stage_of_step(self, step_id: str) -> Stage | None:
        return next((s for s in self.stages if any(t.id == step_id for t in s.steps)), None)

    def step(self, step_id: str) -> Step | None:
        return next((t for t in self.steps() if t.id == step_id), None)

    def lane(self, lane_id: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    def curve(self, curve_id: str) -> EmotionCurve | None:
        return next((c for lane in self.lanes for c in lane.curves if c.id == curve_id), None)

    def cards_in_cell(self, lane_id: str, step_id: str) -> list[Card]:
        """The cards of one cell, in their display order."""
        cell = [c for c in self.cards if c.lane_id == lane_id and c.step_id == step_id]
        return sorted(cell, key=lambda c: c.order)

    def cards_by_cell(self) -> dict[tuple[str, str], list[Card]]:
        """(lane_id, step_id) -> that cell's cards in display order, as cards_in_cell gives them,
        for every cell at once: asking cell by cell scans every card per cell, which takes
        seconds for a big map."""
        cells: dict[tuple[str, str], list[Card]] = {}
        for card in sorted(self.cards, key=lambda c: c.order):
            cells.setdefault((card.lane_id, card.step_id), []).append(card)
        return cells

    def emotion_lanes(self) -> list[Lane]:
        return [lane for lane in self.lanes if lane.kind == LaneKind.EMOTION]

    def first_curve(self) -> EmotionCurve | None:
        return next((c for lane in self.emotion_lanes() for c in lane.curves), None)
