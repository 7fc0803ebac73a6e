"""A persona: the customer a journey map follows, with the questionnaire of DOMAIN.md."""

from pydantic import Field

from .base import ModelBase, ObjectId, id_field
from .images import EmbeddedImage


class CustomField(ModelBase):
    """A label/value pair for questionnaire answers that have no field of their own."""

    label: str = ""
    value: str = ""


# The questionnaire fields in the order the wizard and the persona page show them.
QUESTIONNAIRE_FIELDS: tuple[str, ...] = (
    "age",
    "location",
    "household",
    "income",
    "occupation",
    "goals",
    "needs",
    "pains",
    "drivers",
    "barriers",
    "information_sources",
    "influencers",
    "preferred_channels",
    "loyalty",
    "media_use",
    "notes",
)


class Persona(ModelBase):
    id: ObjectId = id_field("persona-")
    name: str = ""
    tagline: str = ""
    quote: str = ""
    photo: EmbeddedImage | None = None
    age: str = Field("", description="Age or life stage")
    location: str = ""
    household: str = ""
    income: str = Field("", description="Income or social class")
    occupation: str = ""
    goals: str = ""
    needs: str = Field("", description="Wishes and needs")
    pains: str = ""
    drivers: str = Field("", description="What makes them buy (again)")
    barriers: str = ""
    information_sources: str = ""
    influencers: str = Field("", description="Who and what influences buying")
    preferred_channels: str = ""
    loyalty: str = ""
    media_use: str = ""
    notes: str = ""
    custom_fields: list[CustomField] = Field(default_factory=list)
