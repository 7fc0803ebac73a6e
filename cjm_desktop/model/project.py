"""The project: everything one `.cjm` file holds."""

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationInfo, model_validator

from .action import Action
from .base import ModelBase, ObjectId, id_field
from .brand import Brand
from .enums import Language
from .journey import Journey
from .persona import Persona

SCHEMA_VERSION = 1


def _whole_number(value: Any) -> Any:
    # `true` and `1.0` equal 1 in Python, and pydantic's lax Literal[1] check would take either
    # as version 1; the migrations read the version as a whole number, so the fast path must too.
    if type(value) is not int:
        raise ValueError("the file format version must be a whole number")
    return value


SchemaVersion = Annotated[Literal[1], BeforeValidator(_whole_number)]

# Validation context key: storage checks references itself so it can report each broken one
# with its own path instead of one combined error.
SKIP_INTEGRITY = "skip_integrity"


def now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class Project(ModelBase):
    schema_version: SchemaVersion = SCHEMA_VERSION
    id: ObjectId = id_field("project-")
    title: str = ""
    language: Language = Language.NL
    author: str = ""
    created: datetime = Field(default_factory=now)
    modified: datetime = Field(default_factory=now)
    brand: Brand = Field(default_factory=Brand)
    personas: list[Persona] = Field(default_factory=list)
    journeys: list[Journey] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references_resolve(self, info: ValidationInfo) -> "Project":
        if info.context and info.context.get(SKIP_INTEGRITY):
            return self
        from .integrity import find_problems

        problems = find_problems(self)
        if problems:
            raise ValueError("; ".join(str(p) for p in problems))
        return self

    def persona(self, persona_id: str) -> Persona | None:
        return next((p for p in self.personas if p.id == persona_id), None)

    def journey(self, journey_id: str) -> Journey | None:
        return next((j for j in self.journeys if j.id == journey_id), None)

    def action(self, action_id: str) -> Action | None:
        return next((a for a in self.actions if a.id == action_id), None)

    def journey_of(self, object_id: str) -> Journey | None:
        """The journey that holds a stage, step, lane, curve or card with this ID."""
        from .integrity import iter_objects

        for journey in self.journeys:
            if any(obj_id == object_id for obj_id, _, _ in iter_objects(journey)):
                return journey
        return None

    def find(self, object_id: str) -> Any | None:
        """Any object of the project by ID (persona, journey, stage, step, lane, curve, card,
        action), or None."""
        from .integrity import iter_project_objects

        return next((obj for oid, obj, _ in iter_project_objects(self) if oid == object_id), None)
