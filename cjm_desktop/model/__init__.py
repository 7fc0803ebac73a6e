"""The data model of a project: pydantic v2 models, no Qt and no I/O."""

from .action import Action
from .base import EMOTION_MAX, EMOTION_MIN
from .brand import Brand
from .enums import (
    Channel,
    Evidence,
    JourneyState,
    LaneKind,
    Language,
    Mode,
    Priority,
    Status,
)
from .ids import new_id
from .images import (
    MAX_DECODE_PIXELS,
    MAX_IMAGE_BYTES,
    DecodablePicture,
    decodable_picture,
    decode_image,
    encode_image,
    image_format,
    image_size,
)
from .integrity import Problem, find_problems, format_path
from .journey import Card, EmotionCurve, Journey, Lane, Stage, Step
from .persona import QUESTIONNAIRE_FIELDS, CustomField, Persona
from .project import SCHEMA_VERSION, SKIP_INTEGRITY, Project

__all__ = [
    "EMOTION_MAX",
    "EMOTION_MIN",
    "MAX_DECODE_PIXELS",
    "MAX_IMAGE_BYTES",
    "QUESTIONNAIRE_FIELDS",
    "SCHEMA_VERSION",
    "SKIP_INTEGRITY",
    "Action",
    "Brand",
    "Card",
    "Channel",
    "CustomField",
    "DecodablePicture",
    "EmotionCurve",
    "Evidence",
    "Journey",
    "JourneyState",
    "Lane",
    "LaneKind",
    "Language",
    "Mode",
    "Persona",
    "Priority",
    "Problem",
    "Project",
    "Stage",
    "Status",
    "Step",
    "decodable_picture",
    "decode_image",
    "encode_image",
    "find_problems",
    "format_path",
    "image_format",
    "image_size",
    "new_id",
]
