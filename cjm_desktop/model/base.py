"""The pydantic base class shared by every model of a project."""

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from .ids import ID_PATTERN, new_id

EMOTION_MIN = -2
EMOTION_MAX = 2

ObjectId = Annotated[str, Field(pattern=ID_PATTERN)]
EmotionValue = Annotated[int, Field(ge=EMOTION_MIN, le=EMOTION_MAX)]
Score = Annotated[int, Field(ge=1, le=5)]
# A colour as "#rrggbb"; empty means "use the default of the style".
Color = Annotated[str, Field(pattern=r"^(#[0-9a-fA-F]{6})?$")]


class ModelBase(BaseModel):
    """Strict about unknown keys (typos in files are reported), validates assignments so an Edit
    cannot put a wrong type into the model."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)


def id_field(prefix: str):
    return Field(default_factory=lambda: new_id(prefix))
