"""Where a drag would land: one small class per kind of drag, with the line the drop indicator
draws. Indexes count positions in the list as it is with the dragged things taken out."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF


@dataclass(frozen=True)
class CardDropTarget:
    lane_id: str
    step_id: str
    index: int
    line: QLineF


@dataclass(frozen=True)
class StageDropTarget:
    index: int
    line: QLineF


@dataclass(frozen=True)
class StepDropTarget:
    stage_id: str
    index: int
    line: QLineF


@dataclass(frozen=True)
class LaneDropTarget:
    index: int
    line: QLineF


DropTarget = CardDropTarget | StageDropTarget | StepDropTarget | LaneDropTarget
