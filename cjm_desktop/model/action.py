"""An improvement action of the roadmap (wizard step 6, the Excel action plan)."""

from datetime import date

from pydantic import Field

from .base import ModelBase, ObjectId, Score, id_field
from .enums import Priority, Status


class Action(ModelBase):
    id: ObjectId = id_field("action-")
    title: str = ""
    description: str = ""
    journey_id: ObjectId | None = None
    stage_id: ObjectId | None = None
    card_ids: list[ObjectId] = Field(
        default_factory=list, description="Pain points, gaps or touchpoints the action addresses"
    )
    owner: str = ""
    priority: Priority = Priority.MEDIUM
    impact: Score = 3
    effort: Score = 3
    status: Status = Status.IDEA
    start: date | None = None
    due: date | None = None
    kpi: str = ""
    target: str = ""
    notes: str = ""
